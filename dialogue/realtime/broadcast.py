"""The one place that emits. Delta events are sequenced per audience and logged for replay.

Services never import this module; the features' announcers call it after they commit.
It knows rooms and audiences, not features: every payload is built by its feature.
"""

from __future__ import annotations

from typing import Any

from ..extensions import db, socketio
from ..models import DialogueSession
from . import event_log, kick, personal, rooms

# The log's reads, for the sync handler and the tests.
last_seq = event_log.last_seq
missed_events = event_log.missed_events


def server() -> Any:
    """The python-socketio server under Flask-SocketIO (its stubs do not declare it)."""
    return socketio.server  # type: ignore[attr-defined]


def audiences_of(session: DialogueSession, room: str) -> dict[str, str]:
    """Who receives an event sent to ``room``, and the room each audience hears it in."""
    moderators = rooms.moderators_room(session.public_id)
    if room == moderators:
        return {"moderators": moderators}
    return {"public": room, "moderators": moderators}


def publish(session: DialogueSession, room: str, name: str, payload: dict) -> None:
    """Log a delta event in each audience's own sequence, commit, then emit it.

    Each audience gets its own numbers, so none sees a gap where an event it cannot see
    (a held post, the console's counts) took a number.
    """
    sent = [(to, event_log.log(session, audience, name, payload))
            for audience, to in audiences_of(session, room).items()]
    db.session.commit()
    for to, event in sent:
        socketio.emit(name, event, to=to)


def to_everyone(session: DialogueSession, name: str, payload: dict) -> None:
    """A delta for everyone in the session (participants, projector, and the console)."""
    publish(session, rooms.session_room(session.public_id), name, payload)


def to_moderators(session: DialogueSession, name: str, payload: dict) -> None:
    """A delta only the facilitator sees (the moderation queue, flags); logged for replay."""
    publish(session, rooms.moderators_room(session.public_id), name, payload)


def notify(room: str, name: str, payload: dict) -> None:
    """An unsequenced message to one audience (a person's own sockets, the moderators)."""
    socketio.emit(name, payload, to=room)


def to_author(author_ref: str, name: str, payload: dict) -> None:
    """A notice for one participant's own sockets only (their post held, dismissed, ...),
    addressed so that nothing stable about the person crosses the message queue."""
    personal.send(server(), personal.envelope(author_ref, "author", name, payload))


def to_signed_author(author_ref: str, post: str, name: str, payload: dict) -> None:
    """A notice for the sockets of the author of ``post``, a post they signed with their
    name (its ``author_ref`` is that post's own: anonymity.attributed_ref)."""
    personal.send(server(), personal.envelope(author_ref, "signed", name, payload,
                                              post=post))


def session_closed(session: DialogueSession) -> None:
    # The log was deleted with the author key; this last event is not logged.
    for room in (rooms.session_room(session.public_id),
                 rooms.moderators_room(session.public_id)):
        notify(room, "session_closed", {})
        socketio.close_room(room)


def participant_removed(session: DialogueSession, seat_hash: str, reason: str) -> None:
    """Close every open socket of a seat that was withdrawn (``reason`` "removed") or
    replaced by a new invite link ("new_link"), on every server process; ``removed``
    tells them which first, so a person whose link was reissued without asking knows."""
    personal.send(server(), personal.envelope(
        personal.seat_key(session, seat_hash), "seat", "removed", {"reason": reason},
        close=True))


def facilitator_logged_out(facilitator_id: int) -> None:
    """Close the sockets of a facilitator who logged out (console and projector pages)."""
    kick.close_room_sockets(server(), rooms.facilitator_room(facilitator_id))


def facilitator_logged_out_signal(sender: object, user: object = None) -> None:
    """flask_login's ``user_logged_out`` (connected by realtime.init_app)."""
    if user is not None and getattr(user, "id", None) is not None:
        facilitator_logged_out(user.id)  # type: ignore[attr-defined]
