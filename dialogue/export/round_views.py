"""The round report's page: preview, release and the facilitator's downloads.

Reached from a session of the round (``/facilitate/<sid>/export/round``): the round is that
session's owner and ``round_name``, so no round name ever travels in a URL. Owner only
(``owned_session``: 404 for anybody else).
"""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # WTForms 3.3

from ..extensions import db
from ..facilitate.views import owned_session
from ..models import DialogueSession
from . import round_release, services
from .flags import UNDECIDED
from .forms import ReleaseForm
from .round import ROUND_FORMATS, build_round, round_context, round_sessions
from .views import bp


def _form(language: str) -> ReleaseForm:
    form = ReleaseForm(language=language)
    form.formats.choices = [SelectChoice(key, round_release.LABELS[key])
                            for key in ROUND_FORMATS]
    if not form.is_submitted():
        form.formats.data = list(ROUND_FORMATS)
    return form


def _undecided(session: DialogueSession) -> int:
    return sum(flag.decision == UNDECIDED for flag in services.preview(session).flags())


@bp.route("/facilitate/<sid>/export/round")
@login_required
def round_page(sid: str):
    """The round report as it would be released, the sessions' reviews, the release."""
    session = owned_session(sid)
    language = round_release.round_language(session, request.args.get("language"))
    if not (session.round_name or "").strip():
        return render_template("export/round_page.html", session=session, report=None,
                               sessions=[], release=None, stale=False)
    report = build_round(session.owner_id, session.round_name or "", language)
    release = round_release.latest_round_release(session.owner_id, session.round_name or "")
    sessions = [(each, _undecided(each)) for each in round_sessions(
        session.owner_id, session.round_name or "")]
    return render_template(
        "export/round_page.html", session=session, sessions=sessions, release=release,
        stale=bool(release and round_release.is_stale(release, report)),
        release_form=_form(language), labels=round_release.LABELS, **round_context(report))


@bp.route("/facilitate/<sid>/export/round/release", methods=["POST"])
@login_required
def round_release_post(sid: str):
    """Release the round report: this facilitator, now, these formats, this language."""
    session = owned_session(sid)
    round_release.round_of(session)
    form = _form(request.form.get("language", ""))
    if not form.validate_on_submit() or form.formats.data is None:
        raise services.ExportError(_("Choose at least one format and a language."))
    round_release.release_round(session, current_user, form.formats.data, form.language.data)
    db.session.commit()
    flash(_("The round report is released."), "success")
    return redirect(url_for("export.round_page", sid=session.public_id,
                            language=form.language.data), 303)


@bp.route("/facilitate/<sid>/export/round/download/<fmt>")
@login_required
def round_download(sid: str, fmt: str):
    """The released round report in one of its formats (the facilitator only)."""
    session = owned_session(sid)
    if fmt not in ROUND_FORMATS:
        abort(404)
    release = round_release.latest_round_release(session.owner_id,
                                                 round_release.round_of(session))
    if release is None:
        raise services.ExportError(_("The round report has not been released yet."))
    if fmt not in release.formats:
        abort(404)
    mimetype, _extension = round_release.MIMETYPES[fmt]
    response = Response(round_release.round_release_file(release, fmt),
                        content_type=mimetype)
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{round_release.round_filename(release, fmt)}"')
    response.headers["Cache-Control"] = "private, no-store"
    return response
