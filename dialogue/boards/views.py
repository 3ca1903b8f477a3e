"""Board pages: the facilitator's console and the projector. The participant's board is
the join blueprint's session page, drawn from templates/boards/participant.html.

The pages are shells: their content arrives over the socket (a snapshot, then deltas).
"""

from __future__ import annotations

from flask import Blueprint, make_response, render_template, request, url_for
from flask_login import login_required

from ..facilitate.views import owned_session
from ..options.rounds import revealed_results
from . import moderation
from . import projector as projector_view

bp = Blueprint("boards", __name__, url_prefix="/facilitate")


@bp.before_request
@login_required
def require_login():
    """Console and projector belong to the session's owner, logged in."""


@bp.route("/<sid>/console")
def console(sid: str):
    session = owned_session(sid)
    return render_template("boards/console.html", session=session,
                           current_item=session.current_item,
                           results=revealed_results(session))


@bp.route("/<sid>/projector")
def projector(sid: str):
    """Full screen for the room: opened by the owner (the socket joins as "projector").
    The console frames this same page, scaled down, as its live preview (``?preview=1``),
    so this page alone may be framed, and only by the app's own pages."""
    session = owned_session(sid)
    revealed = revealed_results(session)
    response = make_response(render_template(
        "boards/projector.html", session=session, current_item=session.current_item,
        results=revealed[0] if revealed else None, every_result=revealed,
        shown=projector_view.payload(session), preview=request.args.get("preview") == "1",
        join_url=url_for("join.walk_in", code=session.code, _external=True)))
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self' {'wss' if request.scheme == 'https' else 'ws'}://{request.host}; "
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        "frame-ancestors 'self'")
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


@bp.route("/<sid>/moderation")
def moderation_log(sid: str):
    """The moderation log: what was dismissed, merged, edited or redacted, on which board
    and why, to the day; never who wrote it, never in the order it happened."""
    session = owned_session(sid)
    titles = {item.id: item for item in session.agenda}
    return render_template("boards/moderation_log.html", session=session,
                           entries=moderation.moderation_log(session), items=titles,
                           counts=moderation.moderation_counts(session))
