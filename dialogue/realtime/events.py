"""The Socket.IO handlers of the live layer: connect, sync, disconnect, and one dispatcher
that runs every registered command through ``commands.execute``. Thin by design.

The protocol is documented in docs/realtime.md.
"""

from __future__ import annotations

import secrets
import traceback

import sqlalchemy as sa
from flask import current_app, request
from flask_babel import gettext as _
from flask_socketio import join_room
from flask_wtf.csrf import CSRFError, validate_csrf
from socketio.exceptions import ConnectionRefusedError
from wtforms import ValidationError

from ..extensions import db, socketio
from ..models import DialogueSession
from ..plain_text import is_plain
from ..refusals import Refused, refusal
from . import broadcast, commands, layer, rooms, schema
from .actors import Actor, acting_person, connections

# The reasons a connection is refused with (``connect_error``'s ``message``), documented
# in docs/realtime.md.
REFUSALS = ("csrf", "unknown_session", "forbidden")
SYNC: dict[str, schema.Field] = {"last_seq": schema.Integer(minimum=-1, required=False)}


def socket_id() -> str:
    """The socket of the event being handled (Flask-SocketIO sets it on the request)."""
    return request.sid  # type: ignore[attr-defined]


def _session_for(auth: dict) -> DialogueSession:
    public_id = auth.get("session")
    if not isinstance(public_id, str) or len(public_id) > 64 or not is_plain(public_id):
        raise ConnectionRefusedError("unknown_session")
    session = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=public_id))
    if session is None or session.is_closed:
        raise ConnectionRefusedError("unknown_session")
    return session


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
    actor = acting_person(session, role if role in ("facilitator", "projector")
                          else "participant")
    if actor is None:
        raise ConnectionRefusedError("forbidden")
    connections[socket_id()] = actor
    for room in actor_rooms(session, actor):
        join_room(room)
    if actor.facilitator_id is not None:  # closed at logout
        join_room(rooms.facilitator_room(actor.facilitator_id))
    db.session.remove()


@socketio.on("disconnect")
def disconnect(reason=None):
    connections.pop(socket_id(), None)


@socketio.on("*")
def dispatch(event, data=None, *extra):
    """Every other event: a registered command, or ``unknown_event``. Always answered."""
    command = layer().commands.get(event) if isinstance(event, str) else None
    if command is None:
        return refusal("unknown_event", _("There is no such event."))
    try:
        return commands.execute(command, connections.get(socket_id()), data)
    finally:
        db.session.remove()


@socketio.on_error_default
def unexpected_error(error: BaseException):
    """A handler that fails unexpectedly still answers (the client is never left waiting),
    with a reference that finds the log line; a failed connect is refused."""
    db.session.rollback()
    db.session.remove()
    reference = secrets.token_hex(4)
    event = getattr(request, "event", None) or {}
    # The class and where it was raised, never the message: a database error's message can
    # quote the values it was given.
    where = traceback.extract_tb(error.__traceback__)[-1:]
    current_app.logger.error("socket_error event=%s error=%s at=%s ref=%s",
                             _event_name(event), type(error).__name__,
                             f"{where[0].filename}:{where[0].lineno}" if where else "-",
                             reference)
    if event.get("message") == "connect":
        return False
    return refusal("server_error", _("Something went wrong on our side. Nothing you sent "
                                     "was changed; please try again."), reference=reference)


def _event_name(event: dict) -> str:
    """The event's name for the log: a registered one, or "*" (never what a client made
    up, which could be anything)."""
    name = event.get("message")
    if name == "*":
        args = event.get("args") or ()
        name = args[0] if args else None
    if isinstance(name, str) and (name in ("connect", "sync") or name in layer().commands):
        return name
    return "-"


def audience_of(actor: Actor) -> str:
    """Whose sequence of events this socket receives (models.AUDIENCES)."""
    return "moderators" if actor.is_facilitator else "public"


def actor_rooms(session: DialogueSession, actor: Actor) -> set[str]:
    """The rooms of the actor's audience: the console hears every event in the moderators
    room (numbered in its own sequence), everyone else in the session room (every board's
    events go to it, so a board added after connecting is heard at once)."""
    if actor.is_facilitator:
        return {rooms.moderators_room(session.public_id)}
    names = {rooms.session_room(session.public_id)}
    if actor.role == "projector":
        names.add(rooms.projector_room(session.public_id))
    return names


def snapshot(session: DialogueSession, actor: Actor) -> dict:
    """Everything a client needs to draw its screen, as seen by this actor."""
    data: dict = {"seq": broadcast.last_seq(session, audience_of(actor))}
    for provider in layer().snapshots.values():
        data.update(provider(session, actor))
    return data


@socketio.on("sync")
def sync(data=None):
    """Sent by a client on (re)connect with {last_seq}; answers missed events or a snapshot."""
    actor = connections.get(socket_id())
    if actor is None:
        return refusal("not_connected", _("Reconnect and try again."))
    session = db.session.get(DialogueSession, actor.session_id)
    if session is None or session.is_closed:
        db.session.remove()
        return refusal("session_closed", _("This session is closed."))
    try:  # {last_seq}: -1 (or nothing) on a first load
        last = schema.validate(SYNC, data).get("last_seq", -1)
    except Refused as refused:
        db.session.remove()
        return refused.reply()
    missed = broadcast.missed_events(session, audience_of(actor), last)
    reply = ({"ok": True, "mode": "replay", **missed}
             if missed is not None else
             {"ok": True, "mode": "snapshot", "snapshot": snapshot(session, actor)})
    db.session.remove()
    return reply
