"""The networking pages of a closed session: share, see the list, withdraw.

Only a browser that held a seat at close reaches them (its seat secret gives its ticket);
the list only while its own card is on it. Everyone else, the facilitator included, gets
403; before close, and for an unknown code, 404.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    url_for,
)
from flask_babel import gettext as _
from werkzeug.exceptions import TooManyRequests

from .. import rate_limits
from ..extensions import db
from ..facilitate.services import normalise_code
from ..join.services import JoinRefused, session_by_code
from ..models import DialogueSession, NetworkTicket
from . import services
from .forms import ShareForm, WithdrawForm

bp = Blueprint("networking", __name__)


def _refuse(message: str, status: int = 403):
    db.session.rollback()
    abort(make_response(render_template("networking/refused.html", message=message), status))


def _ticket(code: str) -> tuple[DialogueSession, NetworkTicket]:
    try:
        session = session_by_code(normalise_code(code))
    except JoinRefused:
        abort(404)
    if not session.is_closed:
        abort(404)  # the list exists only once the session has closed
    services.purge_expired()
    services.compact_if_deferred()
    ticket = services.my_ticket(session)
    if ticket is None:
        if services.expired(session):
            _refuse(_("The list of this session has been deleted, as planned, some time "
                      "after the session closed."), 410)
        _refuse(_("Only the participants of this session can share their contact here, "
                  "on the device they took part with."))
    assert ticket is not None
    return session, ticket


def _take_write(ticket: NetworkTicket) -> None:
    """Each change rewrites the list: a person's changes draw on the "write" limit, keyed
    by an HMAC of their ticket (opaque; gone from the limit storage within two windows)."""
    key = hmac.new(current_app.config["SECRET_KEY"].encode(),
                   b"network\x1f" + ticket.ticket.encode(), hashlib.sha256).hexdigest()
    if not rate_limits.allow("write", key):
        seconds = rate_limits.retry_after("write", key)
        db.session.rollback()
        raise TooManyRequests(_("You have changed your contact many times in a short "
                                "time. Wait %(seconds)s seconds and try again.",
                                seconds=seconds), retry_after=seconds)


@bp.route("/s/<code>/network/share", methods=["GET", "POST"])
def share(code: str):
    """The form, prefilled from what this person shares, or from their invitation."""
    session, ticket = _ticket(code)
    card = services.card_of(ticket)
    source = card or ticket
    form = ShareForm(data={"name": source.name, "affiliation": source.affiliation,
                           "contact": card.contact if card else ticket.email})
    if form.validate_on_submit():
        _take_write(ticket)
        services.share(ticket, (form.name.data or "").strip(),
                       (form.affiliation.data or "").strip(),
                       (form.contact.data or "").strip())
        flash(_("Your contact is on the list. Only the others who share theirs see it."),
              "success")
        return redirect(url_for("networking.contacts", code=session.code))
    status = 400 if form.errors else 200
    return render_template("networking/share.html", session=session, form=form,
                           shared=card is not None,
                           kept_until=services.kept_until(session)), status


@bp.route("/s/<code>/network")
def contacts(code: str):
    """The list: only for a person whose own card is on it."""
    session, ticket = _ticket(code)
    if services.card_of(ticket) is None:
        _refuse(_("The list is shown only to those who share their own contact."))
    return render_template("networking/list.html", session=session,
                           cards=services.listing(session), mine=ticket.ticket,
                           withdraw=WithdrawForm(), kinds=services.contact_kind,
                           kept_until=services.kept_until(session))


@bp.route("/s/<code>/network/withdraw", methods=["POST"])
def withdraw(code: str):
    session, ticket = _ticket(code)
    form = WithdrawForm()
    if not form.validate_on_submit():
        abort(400)
    if services.card_of(ticket) is None:
        _refuse(_("You are not sharing a contact in this session."), 409)
    _take_write(ticket)
    services.withdraw(ticket)
    db.session.commit()
    flash(_("Your contact has been deleted from the list. You no longer see the list."),
          "success")
    return redirect(url_for("join.session_page", code=session.code))
