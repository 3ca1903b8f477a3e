"""The board operations as a JSON API under /api/v1, for integrations.

Same commands, same rules as the sockets (boards/commands.py). Authentication is the
browser's: the Flask session cookie (a participant's seat or the owner's login), and for
every write the CSRF token in an ``X-CSRFToken`` header. Described at /api/v1/openapi.json.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user

from ..anonymity import author_ref
from ..extensions import db
from ..join.context import current_participant
from ..models import DialogueSession
from ..rate_limits import person_key
from ..realtime.actors import Actor
from ..realtime.broadcast import agenda_payload
from . import commands, openapi, payloads

bp = Blueprint("boards_api", __name__, url_prefix="/api/v1")

STATUS = {
    "malformed": 400, "too_long": 400, "too_large": 413, "empty": 400, "invalid": 400,
    "reason_required": 400, "flagged": 409, "not_found": 404, "forbidden": 403,
    "not_yours": 403, "rate_limited": 429, "session_closed": 409, "board_locked": 409,
    "board_closed": 409, "wrong_state": 409, "not_editable": 409, "not_votable": 409,
    "own_item": 409, "conflict": 409, "not_connected": 401,
}


def _actor(sid: str) -> Actor:
    """Who is calling, for this session: its owner, or a participant holding a seat."""
    session = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=sid))
    if session is None or session.is_closed:
        abort(404)
    if current_user.is_authenticated and current_user.id == session.owner_id:
        return Actor("facilitator", session.id, session.public_id,
                     facilitator_id=current_user.id,
                     rate_key=person_key(session, f"facilitator:{current_user.id}"))
    participant = current_participant(session)
    if participant is None or not participant.acknowledged_rule or participant.revoked:
        abort(403)
    ref = author_ref(session, participant)
    return Actor("participant", session.id, session.public_id, participant_id=participant.id,
                 author_ref=ref, rate_key=person_key(session, ref))


def _body() -> object:
    if not request.data:
        return {}
    data = request.get_json(silent=True)
    return data if data is not None else _MALFORMED


_MALFORMED = "<malformed JSON>"  # a non-object: the schema refuses it with "malformed"


def _run(sid: str, name: str, **from_url: str):
    body = _body()
    if isinstance(body, dict):
        body = {**body, **from_url}
    reply = commands.execute(_actor(sid), name, body)
    return jsonify(reply), (200 if reply["ok"] else STATUS.get(reply["error"], 400))


@bp.get("/openapi.json")
def openapi_document():
    return jsonify(openapi.document())


@bp.get("/sessions/<sid>/boards")
def boards(sid: str):
    """Every board as the caller may see it, with the agenda (the socket snapshot)."""
    actor = _actor(sid)
    session = db.session.get(DialogueSession, actor.session_id)
    return jsonify({"ok": True, "agenda": agenda_payload(session),
                    **payloads.board_snapshot(session, actor)})


@bp.post("/sessions/<sid>/boards/<board>/contributions")
def post_contribution(sid: str, board: str):
    return _run(sid, "board_post", board=board)


@bp.patch("/sessions/<sid>/contributions/<cid>")
def edit_contribution(sid: str, cid: str):
    return _run(sid, "board_edit", id=cid)


@bp.post("/sessions/<sid>/contributions/<cid>/withdraw")
def withdraw_contribution(sid: str, cid: str):
    return _run(sid, "board_withdraw", id=cid)


@bp.post("/sessions/<sid>/contributions/<cid>/vote")
def vote(sid: str, cid: str):
    return _run(sid, "board_vote", id=cid)


@bp.get("/sessions/<sid>/mine")
def mine(sid: str):
    return _run(sid, "board_mine")


@bp.post("/sessions/<sid>/contributions/<cid>/moderation")
def moderate(sid: str, cid: str):
    return _run(sid, "board_moderate", id=cid)


@bp.post("/sessions/<sid>/contributions/<cid>/merge")
def merge(sid: str, cid: str):
    return _run(sid, "board_merge", id=cid)


@bp.patch("/sessions/<sid>/boards/<board>")
def board_settings(sid: str, board: str):
    return _run(sid, "board_settings", board=board)


@bp.post("/sessions/<sid>/agenda")
def agenda(sid: str):
    return _run(sid, "agenda_control")
