"""Socket.IO handlers: connect (authenticate), sync (replay or snapshot). Thin by design.

The protocol is documented in docs/realtime.md.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from flask import request
from flask_login import current_user
from flask_socketio import ConnectionRefusedError, join_room
from flask_wtf.csrf import CSRFError, validate_csrf
from wtforms import ValidationError

from ..anonymity import author_ref
from ..extensions import db, socketio
from ..join.context import current_participant
from ..models import DialogueSession
from ..rate_limits import person_key
from . import broadcast, personal, rooms
from .actors import Actor, connections

# name -> fn(session, actor) -> dict, merged into a snapshot (features register theirs)
snapshot_providers: dict[str, Callable[[DialogueSession, Actor], dict]] = {}


def _session_for(auth: dict) -> DialogueSession:
    public_id = auth.get("session")
    if not isinstance(public_id, str) or len(public_id) > 64:
        raise ConnectionRefusedError("unknown_session")
    session = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=public_id))
    if session is None or session.is_closed:
        raise ConnectionRefusedError("unknown_session")
    return session


def _actor_for(session: DialogueSession, wanted: str) -> Actor:
    if wanted == "facilitator":
        if not current_user.is_authenticated or current_user.id != session.owner_id:
            raise ConnectionRefusedError("forbidden")
        return Actor("facilitator", session.id, session.public_id,
                     facilitator_id=current_user.id,
                     rate_key=person_key(session, f"facilitator:{current_user.id}"))
    if wanted == "projector":
        if not current_user.is_authenticated or current_user.id != session.owner_id:
            raise ConnectionRefusedError("forbidden")
        return Actor("projector", session.id, session.public_id,
                     facilitator_id=current_user.id,
                     rate_key=person_key(session, f"facilitator:{current_user.id}"))
    participant = current_participant(session)
    if participant is None or not participant.acknowledged_rule:
        raise ConnectionRefusedError("forbidden")
    ref = author_ref(session, participant)
    return Actor("participant", session.id, session.public_id,
                 participant_id=participant.id, author_ref=ref,
                 seat_key=personal.seat_key(session, participant),
                 rate_key=person_key(session, ref))


@socketio.on("connect")
def connect(auth=None):
    """Sent by every client. auth: {session, role, csrf}. Refused without a valid seat/login."""
    auth = auth if isinstance(auth, dict) else {}
    try:
        validate_csrf(auth.get("csrf"))
    except (ValidationError, CSRFError) as exc:
        raise ConnectionRefusedError("csrf") from exc
    session = _session_for(auth)
    role = auth.get("role", "participant")
    actor = _actor_for(session, role if role in ("facilitator", "projector") else "participant")
    connections[request.sid] = actor
    for room in actor_rooms(session, actor):
        join_room(room)
    if actor.facilitator_id is not None:  # closed at logout
        join_room(rooms.facilitator_room(actor.facilitator_id))
    db.session.remove()


@socketio.on("disconnect")
def disconnect(reason=None):
    connections.pop(request.sid, None)


def audience_of(actor: Actor) -> str:
    """Whose sequence of events this socket receives (models.AUDIENCES)."""
    return "moderators" if actor.is_facilitator else "public"


def actor_rooms(session: DialogueSession, actor: Actor) -> set[str]:
    """The rooms of the actor's audience: the console hears every event in the moderators
    room (numbered in its own sequence), everyone else in the session and board rooms."""
    if actor.is_facilitator:
        return {rooms.moderators_room(session.public_id)}
    names = {rooms.session_room(session.public_id)}
    names.update(rooms.board_room(item.public_id) for item in session.agenda)
    if actor.role == "projector":
        names.add(rooms.projector_room(session.public_id))
    return names


def snapshot(session: DialogueSession, actor: Actor) -> dict:
    """Everything a client needs to draw its screen, as seen by this actor."""
    data: dict = {"seq": broadcast.last_seq(session, audience_of(actor))}
    for provider in snapshot_providers.values():
        data.update(provider(session, actor))
    return data


@socketio.on("sync")
def sync(data=None):
    """Sent by a client on (re)connect with {last_seq}; answers missed events or a snapshot."""
    actor = connections.get(request.sid)
    if actor is None:
        return {"ok": False, "error": "not_connected"}
    session = db.session.get(DialogueSession, actor.session_id)
    for room in actor_rooms(session, actor):  # boards added since connect are followed too
        join_room(room)
    last = data.get("last_seq") if isinstance(data, dict) else None
    missed = None
    audience = audience_of(actor)
    if isinstance(last, int) and not isinstance(last, bool):
        missed = broadcast.missed_events(session, audience, last)
    reply = ({"ok": True, "mode": "replay", **missed}
             if missed is not None else
             {"ok": True, "mode": "snapshot", "snapshot": snapshot(session, actor)})
    db.session.remove()
    return reply


snapshot_providers["agenda"] = lambda session, actor: {
    "agenda": broadcast.agenda_payload(session)}
