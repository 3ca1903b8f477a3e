"""Board pages: the facilitator's console and the projector. The participant's board is
the join blueprint's session page, drawn from templates/boards/participant.html.

The pages are shells: their content arrives over the socket (a snapshot, then deltas).
"""

from __future__ import annotations

from flask import Blueprint, render_template, url_for
from flask_login import login_required

from ..facilitate.views import owned_session
from ..options.services import projector_results

bp = Blueprint("boards", __name__, url_prefix="/facilitate")


@bp.before_request
@login_required
def require_login():
    """Console and projector belong to the session's owner, logged in."""


@bp.route("/<sid>/console")
def console(sid: str):
    session = owned_session(sid)
    return render_template("boards/console.html", session=session,
                           current_item=session.current_item)


@bp.route("/<sid>/projector")
def projector(sid: str):
    """Full screen for the room: opened by the owner (the socket joins as "projector")."""
    session = owned_session(sid)
    revealed = projector_results(session)
    return render_template("boards/projector.html", session=session,
                           current_item=session.current_item,
                           results=revealed[0] if revealed else None,
                           join_url=url_for("join.walk_in", code=session.code, _external=True))
