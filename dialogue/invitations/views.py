"""The facilitator's invitation emails: edit the text, send, see who failed, resend one."""

from __future__ import annotations

import sqlalchemy as sa
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import login_required

from ..extensions import db
from ..facilitate import services as facilitate_services
from ..facilitate.forms import ConfirmForm
from ..facilitate.handout import invite_link
from ..facilitate.views import owned_session, rule_broken
from ..models import DialogueSession, RosterEntry
from . import services
from .forms import LANGUAGE_NAMES, InvitationTextForm
from .mail import SmtpSettings
from .texts import LANGUAGES, language_of, text_for

bp = Blueprint("invitations", __name__, url_prefix="/facilitate")
bp.register_error_handler(facilitate_services.ServiceError, rule_broken)


@bp.before_request
@login_required
def require_login():
    """Every page here is for the logged-in owner of the session (owned_session checks)."""


def _settings() -> SmtpSettings | None:
    return SmtpSettings.from_config(current_app.config)


def _page(session: DialogueSession, form: InvitationTextForm | None = None, status: int = 200):
    if form is None:
        form = InvitationTextForm(formdata=None)
        form.fill({language: text_for(session, language) for language in LANGUAGES})
    roster = [entry for entry in facilitate_services.roster_of(session)
              if not entry.revoked and not entry.walk_in]
    return render_template(
        "invitations/email.html", session=session, form=form, roster=roster,
        failed=services.failed(roster), unsent=services.unsent(roster),
        configured=_settings() is not None, confirm_form=ConfirmForm(),
        language_of=language_of, language_names=LANGUAGE_NAMES,
        mailable=services.mailable), status


def _report(report: services.SendReport) -> None:
    # Counts only: an address or a link in a log line would tie a person to a seat.
    current_app.logger.info("invitations_sent sent=%d failed=%d", report.sent,
                            len(report.failed))
    if report.sent:
        flash(_("%(count)d invitation(s) sent.", count=report.sent), "success")
    if report.failed:
        flash(_("%(count)d invitation(s) could not be sent: see the list of failed "
                "deliveries.", count=len(report.failed)), "error")


@bp.route("/<sid>/invitations/email")
def email(sid: str):
    session = owned_session(sid)
    facilitate_services.require_open(session)
    return _page(session)


@bp.route("/<sid>/invitations/email", methods=["POST"])
def send(sid: str):
    """Save the texts; with the send button, also send to everyone not yet invited."""
    session = owned_session(sid)
    facilitate_services.require_open(session)
    form = InvitationTextForm()
    if not form.validate():
        return _page(session, form, 400)
    services.save_texts(session, form.texts())
    if request.form.get("action") == "send":
        report = services.send_invitations(
            session, services.unsent(facilitate_services.roster_of(session)), _settings(),
            invite_link)
        db.session.commit()
        _report(report)
    else:
        db.session.commit()
        flash(_("Invitation texts saved."), "success")
    return redirect(url_for("invitations.email", sid=sid))


@bp.route("/<sid>/invitations/email/<entry_id>", methods=["POST"])
def resend(sid: str, entry_id: str):
    """Send (again) to one person, e.g. after a failed delivery."""
    session = owned_session(sid)
    if not ConfirmForm().validate():
        abort(400)
    entry = db.session.scalar(sa.select(RosterEntry).filter_by(public_id=entry_id,
                                                               session_id=session.id))
    if entry is None:
        abort(404)
    if not services.mailable(entry):
        raise facilitate_services.ServiceError(
            _("This person has no email address on the invite list, or was removed."))
    report = services.send_invitations(session, [entry], _settings(), invite_link)
    db.session.commit()
    _report(report)
    return redirect(url_for("invitations.email", sid=sid) + "#deliveries")
