"""Export pages: the facilitator's preview, decisions and release; participants' downloads."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2

from ..extensions import db
from ..facilitate.services import normalise_code
from ..facilitate.views import owned_session
from ..join.context import current_participant, held_secret
from ..join.services import JoinRefused, session_by_code
from ..models import DialogueSession
from . import redactions, services
from .flags import UNDECIDED
from .forms import (
    DecideForm,
    NextStepsForm,
    RedactForm,
    ReleaseForm,
    ShareForm,
    StatusReasonForm,
    UndoRedactionForm,
)
from .html import report_context

bp = Blueprint("export", __name__)


@bp.errorhandler(services.ExportError)
def rule_broken(error: services.ExportError):
    db.session.rollback()
    return render_template("errors/message.html", title=_("Not possible"),
                           message=str(error)), 409


def _release_form(session: DialogueSession, language: str) -> ReleaseForm:
    form = ReleaseForm(language=language)
    form.formats.choices = [SelectChoice(key, fmt.label) for key, fmt in
                            services.FORMATS.items()]
    if not form.is_submitted():
        form.formats.data = list(services.FORMATS)
    return form


@bp.route("/facilitate/<sid>/export")
@login_required
def preview(sid: str):
    """The report as it will be, flagged spans highlighted, with the review and release."""
    session = owned_session(sid)
    language = services.language_for(session, request.args.get("language"))
    export, option_ids = services.preview_and_ids(session, language)
    rows = services.flag_rows(export)
    release = services.latest_release(session)
    statuses = [(o, option_ids[o.number], StatusReasonForm(
        option=option_ids[o.number], reason=str(o.status_reason)))
        for o in export.options if o.status_contradicts or str(o.status_reason)]
    return render_template(
        "export/preview.html", session=session, rows=rows, release=release,
        next_steps_form=NextStepsForm(next_steps=session.next_steps), statuses=statuses,
        unexplained=services.unexplained_statuses(export),
        undecided=sum(row.decision == UNDECIDED for row in rows),
        release_form=_release_form(session, language), decide_form=DecideForm(),
        redact_form=RedactForm(), undo_form=UndoRedactionForm(),
        share_form=ShareForm(shared=bool(release and release.shared_with_participants)),
        formats=services.FORMATS, **report_context(export, preview=True))


def _back(session: DialogueSession, anchor: str | None = None):
    language = request.form.get("language") or request.args.get("language")
    return redirect(url_for("export.preview", sid=session.public_id, language=language,
                            _anchor=anchor), 303)


@bp.route("/facilitate/<sid>/export/decide", methods=["POST"])
@login_required
def decide(sid: str):
    """Keep (cleared) or redact (confirmed) one flagged span."""
    session = owned_session(sid)
    form = DecideForm()
    if not form.validate_on_submit():
        abort(400)
    key, decision = form.key.data, form.decision.data
    if key is None or decision is None:  # not after validation (DataRequired, AnyOf)
        abort(400)
    services.decide(session, [key], decision)
    db.session.commit()
    return _back(session, f"flag-{key}")


@bp.route("/facilitate/<sid>/export/redact", methods=["POST"])
@login_required
def redact(sid: str):
    """Redact a passage selected in the preview (any words of any text, also after close)."""
    session = owned_session(sid)
    form = RedactForm()
    if not form.validate_on_submit():
        raise services.ExportError(_("Select the words to redact in the preview first."))
    passage, digest = form.passage.data, form.digest.data
    start, end = form.start.data, form.end.data
    if passage is None or digest is None or start is None or end is None:  # all required
        raise services.ExportError(_("Select the words to redact in the preview first."))
    redactions.redact_passage(session, passage, digest, start, end)
    db.session.commit()
    flash(_("The passage is redacted in every later release and format."), "success")
    return _back(session, "review")


@bp.route("/facilitate/<sid>/export/unredact", methods=["POST"])
@login_required
def unredact(sid: str):
    session = owned_session(sid)
    form = UndoRedactionForm()
    if not form.validate_on_submit():
        abort(400)
    redaction = form.redaction.data
    if redaction is None:  # not after validation (DataRequired)
        abort(400)
    redactions.undo_redaction(session, redaction)
    db.session.commit()
    return _back(session, "review")


@bp.route("/facilitate/<sid>/export/redact-rest", methods=["POST"])
@login_required
def redact_rest(sid: str):
    session = owned_session(sid)
    count = services.redact_undecided(session)
    db.session.commit()
    flash(_("%(count)d flagged passages will be redacted.", count=count), "success")
    return _back(session)


@bp.route("/facilitate/<sid>/export/release", methods=["POST"])
@login_required
def release(sid: str):
    """Record the release: this facilitator, now, these formats, this language."""
    session = owned_session(sid)
    form = _release_form(session, request.form.get("language", ""))
    if not form.validate_on_submit() or form.formats.data is None:  # None: not after DataRequired
        raise services.ExportError(_("Choose at least one format and a language."))
    services.release_export(session, current_user, form.formats.data, form.language.data)
    db.session.commit()
    flash(_("The outcome is released."), "success")
    return _back(session)


@bp.route("/facilitate/<sid>/export/next-steps", methods=["POST"])
@login_required
def next_steps(sid: str):
    """The agreed next steps, written down by the facilitator for the report's summary."""
    session = owned_session(sid)
    form = NextStepsForm()
    if not form.validate_on_submit():
        raise services.ExportError(_("The next steps could not be saved: %(why)s",
                                     why=" ".join(_errors(form))))
    services.set_next_steps(session, form.next_steps.data or "")
    db.session.commit()
    flash(_("The next steps are saved; they appear in the next release."), "success")
    return _back(session, "outcome")


@bp.route("/facilitate/<sid>/export/status-reason", methods=["POST"])
@login_required
def status_reason(sid: str):
    """Why an option's status stands against its consent result (shown in the report)."""
    session = owned_session(sid)
    form = StatusReasonForm()
    if not form.validate_on_submit():
        raise services.ExportError(_("The reason could not be saved: %(why)s",
                                     why=" ".join(_errors(form))))
    services.set_status_reason(session, form.option.data, form.reason.data or "")
    db.session.commit()
    flash(_("The reason is saved; it appears in the next release."), "success")
    return _back(session, "outcome")


def _errors(form) -> list[str]:
    return [str(error) for errors in form.errors.values() for error in errors]


@bp.route("/facilitate/<sid>/export/share", methods=["POST"])
@login_required
def share(sid: str):
    session = owned_session(sid)
    form = ShareForm()
    if not form.validate_on_submit():
        abort(400)
    services.set_shared(session, bool(form.shared.data))
    db.session.commit()
    flash(_("Participants can now download the outcome.") if form.shared.data else
          _("The outcome is no longer shared with participants."), "success")
    return _back(session)


def _download(release, fmt: str) -> Response:
    if fmt not in release.formats:
        abort(404)
    kind = services.FORMATS[fmt]
    # content_type, not mimetype: Flask would add a second "; charset=utf-8"
    response = Response(services.release_file(release, fmt), content_type=kind.mimetype)
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{services.filename(release, fmt)}"')
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.route("/facilitate/<sid>/export/download/<fmt>")
@login_required
def facilitator_download(sid: str, fmt: str):
    """The released export in one of its formats."""
    release = services.latest_release(owned_session(sid))
    if release is None:
        raise services.ExportError(_("Nothing has been released yet."))
    return _download(release, fmt)


def _participant_session(code: str) -> DialogueSession:
    """The session, if this browser took part. After close no seat can be checked any more
    (the link is severed), so the signed cookie's record of having joined is the proof."""
    try:
        session = session_by_code(normalise_code(code))
    except JoinRefused:
        abort(404)
    participant = current_participant(session)
    if participant is not None and participant.acknowledged_rule:
        return session
    if session.is_closed and held_secret(session) is not None:
        return session
    abort(404)


@bp.route("/s/<code>/outcome")
def outcome(code: str):
    """The participant's download page: the shared release's formats, or a short note."""
    session = _participant_session(code)
    release = services.shared_release(session)
    return render_template("export/outcome.html", session=session, release=release,
                           formats=services.FORMATS)


@bp.route("/s/<code>/outcome/<fmt>")
def participant_download(code: str, fmt: str):
    release = services.shared_release(_participant_session(code))
    if release is None:  # a participant may know that much: the outcome page says so too
        raise services.ExportError(_("The outcome has not been shared yet."))
    return _download(release, fmt)

from . import round_views  # noqa: E402,F401  (the round report's routes, on this blueprint)
