"""The one place that emits. Delta events are sequenced per audience and logged for replay.

Services never import this module; views and socket handlers call it after they commit.
Vote tallies are coalesced: changed counts are flushed at most ``FLUSH_HZ`` times a second
per room (DESIGN.md §4), so a "someone just voted" signal cannot be timed to a person.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db, socketio
from ..models import DialogueSession, EventStream, RosterEntry, SessionEvent
from . import kick, personal, rooms
from .tally_store import LocalDirtySet, RedisDirtySet

FLUSH_HZ = 10
REPLAY_LIMIT = 500  # beyond this many missed events a client gets a fresh snapshot


def _next_seq(session_id: int, audience: str) -> int:
    """Atomically take the audience's next sequence number (safe across processes)."""
    take = (sa.update(EventStream)
            .where(EventStream.session_id == session_id, EventStream.audience == audience)
            .values(last_seq=EventStream.last_seq + 1).returning(EventStream.last_seq))
    seq = db.session.execute(take).scalar_one_or_none()
    if seq is None:  # the audience's first event: its counter starts at 0
        insert = (postgresql.insert if db.session.get_bind().dialect.name == "postgresql"
                  else sqlite.insert)
        db.session.execute(insert(EventStream).values(
            session_id=session_id, audience=audience, last_seq=0).on_conflict_do_nothing())
        seq = db.session.execute(take).scalar_one()
    return seq


def last_seq(session: DialogueSession, audience: str) -> int:
    """The number of the audience's latest event (0 before the first)."""
    return db.session.scalar(sa.select(EventStream.last_seq).where(
        EventStream.session_id == session.id, EventStream.audience == audience)) or 0


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
    sent = []
    for audience, to in audiences_of(session, room).items():
        event = {"seq": _next_seq(session.id, audience), **payload}
        db.session.add(SessionEvent(session_id=session.id, audience=audience,
                                    seq=event["seq"], name=name, payload=event))
        sent.append((to, event))
    db.session.commit()
    for to, event in sent:
        socketio.emit(name, event, to=to)


def notify(room: str, name: str, payload: dict) -> None:
    """An unsequenced message to one audience (a person's own sockets, the moderators)."""
    socketio.emit(name, payload, to=room)


def missed_events(session: DialogueSession, audience: str, after_seq: int) -> dict | None:
    """``{events, seq}``: the audience's logged events after ``after_seq`` up to ``seq``,
    its latest number; None if a snapshot is needed (too many missed, a first load, or a
    number this sequence never reached)."""
    latest = last_seq(session, audience)
    if after_seq < 0 or after_seq > latest or latest - after_seq > REPLAY_LIMIT:
        return None
    rows = db.session.scalars(
        sa.select(SessionEvent)
        .where(SessionEvent.session_id == session.id, SessionEvent.audience == audience,
               SessionEvent.seq > after_seq, SessionEvent.seq <= latest)
        .order_by(SessionEvent.seq)
    )
    return {"events": [{"event": row.name, "data": row.payload} for row in rows],
            "seq": latest}


def agenda_payload(session: DialogueSession) -> dict:
    current = session.current_item
    return {
        "status": session.status,
        "current": current.public_id if current else None,
        "items": [{"id": item.public_id, "title": item.title, "question": item.question,
                   "state": item.state, "board": item.board_kind,
                   "on_the_record": item.on_the_record} for item in session.agenda],
    }


def agenda_changed(session: DialogueSession) -> None:
    """The agenda or the current item changed: participants' screens follow."""
    publish(session, rooms.session_room(session.public_id), "agenda", agenda_payload(session))


def board_event(session: DialogueSession, board_public_id: str, name: str,
                payload: dict) -> None:
    """A delta on one board (contribution added, changed, removed; board settings)."""
    publish(session, rooms.board_room(board_public_id), name, payload)


def moderators_event(session: DialogueSession, name: str, payload: dict) -> None:
    """A delta only the facilitator sees (the moderation queue, flags); logged for replay."""
    publish(session, rooms.moderators_room(session.public_id), name, payload)


def to_author(author_ref: str, name: str, payload: dict) -> None:
    """A notice for one participant's own sockets only (their post held, dismissed, ...),
    addressed so that nothing stable about the person crosses the message queue."""
    personal.send(socketio.server, personal.envelope(author_ref, "author", name, payload))


def session_closed(session: DialogueSession) -> None:
    # The log was deleted with the author key; this last event is not logged.
    for room in (rooms.session_room(session.public_id),
                 rooms.moderators_room(session.public_id)):
        notify(room, "session_closed", {})
        socketio.close_room(room)


def participant_removed(session: DialogueSession, entry: RosterEntry,
                        notice: bool = True) -> None:
    """Close every open socket of a participant who lost their seat (removed, or their
    invite reissued), on every server process; ``removed`` tells them why first."""
    personal.send(socketio.server, personal.envelope(
        personal.seat_key(session, entry), "seat", "removed" if notice else None, close=True))


def facilitator_logged_out(facilitator_id: int) -> None:
    """Close the sockets of a facilitator who logged out (console and projector pages)."""
    kick.close_room_sockets(socketio.server, rooms.facilitator_room(facilitator_id))


# Policy options (payloads in options/payloads.py: public ids and text, never an author).

def option_changed(session: DialogueSession, option, revision=None) -> None:
    """An option was created, edited, amended, carried over or changed status."""
    from ..options.payloads import revision_payload

    publish(session, rooms.session_room(session.public_id), "option",
            revision_payload(option, revision))


def argument_added(session: DialogueSession, argument, option) -> None:
    from ..options.payloads import argument_payload

    publish(session, rooms.session_room(session.public_id), "argument",
            argument_payload(argument, option))


def argument_voted(session: DialogueSession, argument) -> None:
    """Coalesced like every tally: the count goes out with the next flush."""
    tallies.mark(session.id, rooms.session_room(session.public_id), "argument",
                 argument.public_id)


def amendment_changed(session: DialogueSession, amendment) -> None:
    """Proposed or decided: the facilitator's workspace and the proposer's own screen."""
    from ..options.payloads import amendment_payload

    payload = amendment_payload(amendment)
    publish(session, rooms.moderators_room(session.public_id), "amendment", payload)
    if amendment.author_ref:
        to_author(amendment.author_ref, "amendment", payload)


def round_opened(session: DialogueSession, rating_round) -> None:
    from ..options.payloads import round_payload

    publish(session, rooms.session_room(session.public_id), "round",
            round_payload(session, rating_round))


round_closed = round_opened  # the same event: the payload says whether it is open


def results_revealed(session: DialogueSession, results: dict) -> None:
    """Revealed results to everyone, the projector included (it is in the session room)."""
    publish(session, rooms.session_room(session.public_id), "results", results)


def participation_changed(session: DialogueSession) -> None:
    """Someone joined, posted or voted: the console's counts follow, coalesced like tallies."""
    tallies.mark(session.id, rooms.moderators_room(session.public_id), "participation",
                 session.public_id)


class TallyCoalescer:
    """Collects changed tallies per room and flushes them ``FLUSH_HZ`` times a second.

    ``loader(session_id, public_ids) -> {public_id: counts}`` reads the committed counts at
    flush time, so the latest value wins even when several processes mark the same item.
    """

    def __init__(self) -> None:
        self._store: LocalDirtySet | RedisDirtySet = LocalDirtySet()
        self._loaders: dict[str, Callable[[int, set[str]], dict[str, dict]]] = {}
        self._every: dict[str, float] = {}
        self._flushed: dict[tuple, float] = {}  # (session, room, kind) -> last flush
        self._started = False
        self.clock = time.monotonic

    def register(self, kind: str, loader: Callable[[int, set[str]], dict[str, dict]],
                 every: float = 0.0) -> None:
        """``every``: flush this kind at most once in so many seconds per room (in this
        process), for counts that are costly to read and need not move ten times a second."""
        self._loaders[kind] = loader
        if every:
            self._every[kind] = every

    @property
    def _dirty(self) -> dict:
        """The marks kept in this process (tests clear them between cases)."""
        return self._store._dirty if isinstance(self._store, LocalDirtySet) else {}

    def mark(self, session_id: int, room: str, kind: str, public_id: str) -> None:
        self._store.add((session_id, room, kind), public_id)

    def start(self, app) -> None:
        if self._started:
            return
        self._started = True
        if app.config.get("REDIS_URL"):  # several processes: one flush per room in total
            self._store = RedisDirtySet(app.config["REDIS_URL"],
                                        app.config.get("REDIS_CHANNEL", "flask-socketio"),
                                        1 / FLUSH_HZ)
        socketio.start_background_task(self._run, app)

    def _run(self, app) -> None:
        while True:
            socketio.sleep(1 / FLUSH_HZ)
            with app.app_context():
                try:
                    self.flush()
                except Exception:  # keep flushing; the error is logged with its reference
                    current_app.logger.exception("tally flush failed")
                finally:
                    db.session.remove()

    def flush(self) -> int:
        """Emit one ``tally`` event per dirty room; returns how many were emitted."""
        dirty = self._store.take()
        emitted = 0
        now = self.clock()
        for key, ids in dirty.items():
            session_id, room, kind = key
            if kind in self._every:
                if now - self._flushed.get(key, -math.inf) < self._every[kind]:
                    for public_id in ids:  # not yet: they go out with a later flush
                        self._store.add(key, public_id)
                    continue
                self._flushed[key] = now
            counts = self._loaders[kind](session_id, ids)
            if not counts:
                continue
            session = db.session.get(DialogueSession, session_id)
            if session is None or session.is_closed:
                continue
            publish(session, room, "tally", {"kind": kind, "counts": counts})
            emitted += 1
        return emitted


tallies = TallyCoalescer()
