"""Briefing inputs: the facilitator's page to attach them, the participants' page to read
them, and the PDF downloads of both.

Participants see the inputs of their own session only, with a seat that accepted the Rule
(as on the board): ``realtime.actors.acting_person``. A PDF leaves as an attachment
(``Content-Disposition``), typed ``application/pdf`` with ``nosniff``, under a name made
from its title, never shown inline.
"""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
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
from werkzeug.exceptions import RequestEntityTooLarge
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2

from ..extensions import csrf, db
from ..facilitate.forms import ConfirmForm
from ..facilitate.services import normalise_code
from ..facilitate.views import owned_session
from ..join import services as join_services
from ..join.context import current_seat, seat_withdrawn
from ..models import AgendaItem, BriefingInput, DialogueSession
from ..realtime.actors import acting_person
from ..texts import localized
from . import announce, services
from .forms import FORMS, LinkInputForm, PdfInputForm, TextInputForm

bp = Blueprint("inputs", __name__, url_prefix="/facilitate")
reading = Blueprint("inputs_reading", __name__, url_prefix="/s/<code>/inputs")
# Room for the form's other fields beside the file, in an upload's size limit.
FORM_ROOM = 64_000


@bp.before_request
@login_required
def require_login():
    """Attaching inputs is for the session's owner, logged in."""


def _item_choices(session: DialogueSession) -> list[SelectChoice]:
    return [SelectChoice(item.public_id, f"{number}. {localized(item, 'title')}")
            for number, item in enumerate(session.agenda, start=1)]


def _forms(session: DialogueSession, chosen: str | None = None, **given) -> dict:
    forms = {}
    for kind, form_class in FORMS.items():
        form = given.get(kind) or form_class(prefix=kind, formdata=None,
                                             data={"item": chosen} if chosen else None)
        form.item.choices = _item_choices(session)
        forms[kind] = form
    return forms


def _page(session: DialogueSession, status: int = 200, chosen: str | None = None,
          errors: dict[str, str] | None = None, **given):
    grouped = services.by_item(session)
    warnings = {found.id: services.warnings(session, found)
                for each in grouped.values() for found in each}
    return render_template(
        "inputs/manage.html", session=session, grouped=grouped, warnings=warnings,
        forms=_forms(session, chosen, **given), errors=errors or {},
        open_kind=next(iter(given), None),
        max_size=services.size_text(current_app.config["MAX_INPUT_BYTES"]),
        size_text=services.size_text), status


@bp.route("/<sid>/inputs")
def manage(sid: str):
    session = owned_session(sid)
    return _page(session, chosen=request.args.get("item"))


def _item_of(session: DialogueSession, public_id: str | None) -> AgendaItem | None:
    return next((item for item in session.agenda if item.public_id == public_id), None)


def _attached(session: DialogueSession, found: BriefingInput):
    db.session.commit()
    announce.changed(session)
    flash(_("Input attached: %(title)s", title=found.title), "success")
    words = services.warnings(session, found)
    if words:
        flash(_("This input is not on the record, but may identify someone: %(words)s. "
                "Under the Chatham House Rule nobody may be named; remove it and attach it "
                "again without these words. The export review marks them as well.",
                words=", ".join(words)), "error")
    return redirect(url_for("inputs.manage", sid=session.public_id) + f"#input-{found.public_id}")


def _attach(session: DialogueSession, kind: str, form, action):
    """Validate ``form``, then run ``action(item)``; any refusal shows the page again with
    the reason and stores nothing."""
    form.item.choices = _item_choices(session)
    if not form.validate():
        return _page(session, 400, **{kind: form})
    item = _item_of(session, form.item.data)
    if item is None:
        form.item.errors = [*form.item.errors, _("Choose an agenda item of this session.")]
        return _page(session, 400, **{kind: form})
    try:
        found = action(item)
    except services.InputRefused as refused:
        db.session.rollback()
        return _page(session, refused.status, errors={kind: refused.message}, **{kind: form})
    return _attached(session, found)


def _who(form) -> dict:
    return {"on_the_record": bool(form.on_the_record.data),
            "speaker": form.speaker.data or "", "role": form.speaker_role.data or ""}


@bp.route("/<sid>/inputs/text", methods=["POST"])
def add_text(sid: str):
    session = owned_session(sid)
    form = TextInputForm(prefix="text")
    return _attach(session, "text", form, lambda item: services.add_text(
        item, form.title.data or "", form.text.data or "", **_who(form)))


@bp.route("/<sid>/inputs/link", methods=["POST"])
def add_link(sid: str):
    session = owned_session(sid)
    form = LinkInputForm(prefix="link")
    return _attach(session, "link", form, lambda item: services.add_link(
        item, form.title.data or "", form.url.data or "", form.note.data or "",
        **_who(form)))


@bp.route("/<sid>/inputs/pdf", methods=["POST"])
@csrf.exempt  # checked below, once the upload's own size limit is set
def add_pdf(sid: str):
    session = owned_session(sid)
    limit = current_app.config["MAX_INPUT_BYTES"]
    # Larger than the app's MAX_CONTENT_LENGTH, for this upload only; a request over it is
    # refused before its body is read.
    request.max_content_length = limit + FORM_ROOM
    try:
        csrf.protect()
        form = PdfInputForm(prefix="pdf")
    except RequestEntityTooLarge:
        form = PdfInputForm(prefix="pdf", formdata=None)
        return _page(session, 413, errors={"pdf": services.too_large_message(limit)},
                     pdf=form)
    upload = form.file.data

    def action(item: AgendaItem) -> BriefingInput:
        if upload is None or not getattr(upload, "filename", ""):
            raise services.InputRefused(_("Choose a PDF file."))
        return services.add_pdf(item, form.title.data or "", upload.read(limit + 1), limit,
                                form.note.data or "", **_who(form))

    return _attach(session, "pdf", form, action)


def _owned_input(session: DialogueSession, input_id: str) -> BriefingInput:
    found = services.input_in(session, input_id)
    if found is None:
        abort(404)
    return found


@bp.route("/<sid>/inputs/<input_id>/remove", methods=["POST"])
def remove(sid: str, input_id: str):
    session = owned_session(sid)
    if not ConfirmForm().validate():
        abort(400)
    found = _owned_input(session, input_id)
    title = found.title
    services.remove(found)
    db.session.commit()
    announce.changed(session)
    flash(_("Input removed: %(title)s", title=title), "success")
    return redirect(url_for("inputs.manage", sid=sid))


@bp.errorhandler(services.ServiceError)
def rule_broken(error: services.ServiceError):
    db.session.rollback()
    return render_template("errors/message.html", title=_("Not possible"),
                           message=str(error)), error.status


def _file_response(found: BriefingInput) -> Response:
    if found.kind != "pdf" or found.file_data is None:
        abort(404)
    name = found.file_name or "input.pdf"
    response = Response(found.file_data, mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response


@bp.route("/<sid>/inputs/<input_id>/file")
def owner_file(sid: str, input_id: str):
    return _file_response(_owned_input(owned_session(sid), input_id))


# -- participants -------------------------------------------------------------------------


@reading.errorhandler(join_services.JoinRefused)
def refused(error: join_services.JoinRefused):
    db.session.rollback()
    if isinstance(error, join_services.SessionEnded):
        from ..join.views import ended

        return ended(error.session), error.status
    return render_template("join/refused.html", message=str(error)), error.status


def _seated(code: str) -> DialogueSession:
    """The session, if this browser holds a seat in it that accepted the Rule; else the
    join or Rule page, as the board sends it."""
    session = join_services.session_by_code(normalise_code(code))
    join_services.require_joinable(session)
    if acting_person(session, "participant") is None:
        if seat_withdrawn(session):
            raise join_services.seat_withdrawn_refusal()
        seated = current_seat(session) is not None  # but the Rule not accepted
        abort(redirect(url_for("join.rule" if seated else "join.walk_in", code=session.code)))
    return session


@reading.route("")
def index(code: str):
    session = _seated(code)
    return render_template("inputs/read.html", session=session,
                           grouped=services.by_item(session), current=session.current_item,
                           size_text=services.size_text)


@reading.route("/<input_id>/file")
def file(code: str, input_id: str):
    session = _seated(code)
    found = services.input_in(session, input_id)
    if found is None:
        abort(404)
    return _file_response(found)
