"""The board operations as a JSON API under /api/v1, for integrations.

Same commands, same rules as the sockets (boards/commands.py). Authentication: the Flask
session cookie (a participant's seat or the owner's login) with, for every write, the
CSRF token in an ``X-CSRFToken`` header; or the owner's API token (``Authorization:
Bearer``, realtime/actors.py), which acts as the facilitator. Described, with the set-up
operations, at /api/v1/openapi.json (api/openapi.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, abort, jsonify

from ..extensions import db
from ..models import DialogueSession
from ..realtime import run
from ..realtime.actors import Actor, acting_person, protect_api
from ..realtime.schema import request_json
from ..refusals import status_of
from . import payloads
from .announce import agenda_payload

bp = protect_api(Blueprint("boards_api", __name__, url_prefix="/api/v1"))


def _actor(sid: str) -> Actor:
    """Who is calling, for this session: its owner, or a participant holding a seat."""
    session = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=sid))
    if session is None or session.is_closed:
        abort(404)
    actor = acting_person(session)
    if actor is None:
        abort(403)
    return actor


def _run(sid: str, name: str, **from_url: str):
    data = request_json()
    if isinstance(data, dict):
        data = {**data, **from_url}
    reply = run(name, _actor(sid), data)
    return jsonify(reply), (200 if reply["ok"] else status_of(reply["error"]))


@bp.get("/sessions/<sid>/boards")
def boards(sid: str):
    """Every board as the caller may see it, with the agenda (the socket snapshot)."""
    actor = _actor(sid)
    session = db.session.get_one(DialogueSession, actor.session_id)
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
