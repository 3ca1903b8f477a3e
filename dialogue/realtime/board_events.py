"""Socket.IO handlers for live boards: one per event, each a line into boards.commands.

Who may send which event, and what it emits, is in docs/realtime.md. Every event is
acknowledged: ``{ok: true, ...}`` or ``{ok: false, error, message}``.
"""

from __future__ import annotations

from flask import request

from ..boards import commands, payloads
from ..extensions import db, socketio
from .actors import connections
from .events import snapshot_providers


def _run(name: str, data: object) -> dict:
    try:
        return commands.execute(connections.get(request.sid), name, data)
    finally:
        db.session.remove()


@socketio.on("board_post")
def board_post(data=None):
    """Participant: post to the open board {board, text, kind?, confirm?, client_key}."""
    return _run("board_post", data)


@socketio.on("board_edit")
def board_edit(data=None):
    """Participant: rewrite their own unanswered item {id, text, confirm?, client_key}."""
    return _run("board_edit", data)


@socketio.on("board_withdraw")
def board_withdraw(data=None):
    """Participant: take back their own unanswered item {id, client_key}."""
    return _run("board_withdraw", data)


@socketio.on("board_vote")
def board_vote(data=None):
    """Participant: upvote another's item, or take the vote back {id, up, client_key}."""
    return _run("board_vote", data)


@socketio.on("board_mine")
def board_mine(data=None):
    """Participant: their own items and votes, after a replay (private state)."""
    return _run("board_mine", data)


@socketio.on("board_moderate")
def board_moderate(data=None):
    """Facilitator: approve, dismiss, edit, label, answer, archive or spotlight an item."""
    return _run("board_moderate", data)


@socketio.on("board_merge")
def board_merge(data=None):
    """Facilitator: fold a duplicate into another item {id, into, client_key}."""
    return _run("board_merge", data)


@socketio.on("board_settings")
def board_settings(data=None):
    """Facilitator: pre-moderation on or off for one board {board, premoderation}."""
    return _run("board_settings", data)


@socketio.on("agenda_control")
def agenda_control(data=None):
    """Facilitator: open, lock, unlock or finish an item, or open the next one."""
    return _run("agenda_control", data)


snapshot_providers["boards"] = payloads.board_snapshot
