"""What the facilitator hands out or shows: the join QR code full screen and as files, and
the printable invitation sheet (one page per participant with their own link and QR code)."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template, url_for
from flask_login import login_required

from ..join.qr import join_qr_png, join_qr_svg, qr_svg_data_uri
from ..join.services import invite_token
from ..models import DialogueSession, RosterEntry
from . import services
from .views import owned_session, rule_broken

bp = Blueprint("handout", __name__, url_prefix="/facilitate")
bp.register_error_handler(services.ServiceError, rule_broken)


@bp.before_request
@login_required
def require_login():
    """Every page here is for the logged-in owner of the session (owned_session checks)."""


def invite_link(entry: RosterEntry) -> str:
    """The entry's personal link, made afresh: links are never stored."""
    return url_for("join.invite", token=invite_token(current_app.config["SECRET_KEY"], entry),
                   _external=True)


def invitable(session: DialogueSession) -> list[RosterEntry]:
    """The people who get a personal link: invited, not removed, not walk-ins."""
    return [entry for entry in services.roster_of(session)
            if not entry.revoked and not entry.walk_in]


def _join_url(session: DialogueSession) -> str:
    return url_for("join.walk_in", code=session.code, _external=True)


def _attachment(body: bytes, mimetype: str, filename: str) -> Response:
    return Response(body, mimetype=mimetype,
                    headers={"Content-Disposition": f"attachment; filename={filename}"})


@bp.route("/<sid>/qr")
def qr_full_screen(sid: str):
    """The join QR code as large as the screen, for a projector or a second monitor."""
    session = owned_session(sid)
    return render_template("facilitate/qr.html", session=session, join_url=_join_url(session))


@bp.route("/<sid>/join-qr.png")
def qr_png(sid: str):
    session = owned_session(sid)
    return _attachment(join_qr_png(_join_url(session)), "image/png",
                       f"join-{session.code}.png")


@bp.route("/<sid>/join-qr.svg")
def qr_svg(sid: str):
    session = owned_session(sid)
    return _attachment(join_qr_svg(_join_url(session)), "image/svg+xml",
                       f"join-{session.code}.svg")


@bp.route("/<sid>/invitations")
def invitation_sheet(sid: str):
    """One printed page per participant: their name, the session, their link and its code.

    Each page carries only its own person's name: the sheet is cut up and handed out.
    """
    session = owned_session(sid)
    services.require_open(session)
    pages = []
    for entry in invitable(session):
        link = invite_link(entry)
        pages.append({"name": entry.name, "link": link, "qr": qr_svg_data_uri(link)})
    return render_template("facilitate/invitations.html", session=session, pages=pages)
