"""Facilitator pages: sessions list, set-up, agenda control, invite list, close."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms import StringField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2

from .. import erasure
from ..extensions import db
from ..join.qr import join_qr_svg
from ..join.services import invite_token
from ..models import AgendaItem, DialogueSession, RosterEntry
from ..realtime import broadcast
from ..realtime.actors import is_owner
from ..session_templates import list_templates
from ..signals import agenda_changed
from ..spreadsheet import csv_text
from ..texts import current_language
from . import services
from .forms import (
    AgendaItemForm,
    CloseForm,
    ConfirmForm,
    NewSessionForm,
    RosterImportForm,
    SettingsForm,
)
from .roster_import import RosterImportError, import_roster
from .seats import change_seat
from .session_texts import texts_form, update_texts

bp = Blueprint("facilitate", __name__, url_prefix="/facilitate")


@bp.before_request
@login_required
def require_login():
    """Every page here is for a logged-in facilitator."""


@bp.errorhandler(services.ServiceError)
def rule_broken(error: services.ServiceError):
    db.session.rollback()
    return render_template("errors/message.html", title=_("Not possible"),
                           message=str(error)), 409


def owned_session(public_id: str) -> DialogueSession:
    """The session, if the current facilitator owns it; 404 otherwise (no existence leak).
    Ownership is decided as for the sockets and the API (realtime.actors.is_owner)."""
    session = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=public_id))
    if session is None or not is_owner(session):
        abort(404)
    return session


def owned_item(session: DialogueSession, item_id: str) -> AgendaItem:
    item = next((each for each in session.agenda if each.public_id == item_id), None)
    if item is None:
        abort(404)
    return item


def templates_dir() -> Path:
    return Path(current_app.config["SESSIONS_DIR"])


@bp.route("/")
def sessions():
    return render_template("facilitate/sessions.html",
                           sessions=services.sessions_of(current_user))


@bp.route("/new", methods=["GET", "POST"])
def new_session():
    templates = {template.slug: template for template in list_templates(templates_dir())}
    form = NewSessionForm()
    form.template.choices = [SelectChoice(slug, template.title[current_language()])
                             for slug, template in templates.items()]
    if form.validate_on_submit():
        session = services.create_session(current_user, templates[form.template.data])
        db.session.commit()
        flash(_("Session created. Check the agenda and import the invite list."), "success")
        return redirect(url_for("facilitate.setup", sid=session.public_id))
    return render_template("facilitate/new.html", form=form, templates=templates), (
        400 if form.errors else 200)


def _setup_page(session: DialogueSession, status: int = 200,
                invalid_item_form: AgendaItemForm | None = None, **forms):
    """The set-up page; a form that failed validation is passed in to show its errors."""
    forms.setdefault("settings_form", SettingsForm(obj=session))
    forms.setdefault("add_form", AgendaItemForm(prefix="new"))
    forms.setdefault("texts_form", texts_form(session, formdata=None))
    forms.setdefault("import_form", RosterImportForm())
    forms.setdefault("close_form", CloseForm())
    item_forms = {item.id: AgendaItemForm(obj=item, prefix=item.public_id)
                  for item in session.agenda}
    if invalid_item_form is not None:
        item_forms.update({item.id: invalid_item_form for item in session.agenda
                           if item.public_id == invalid_item_form._prefix.rstrip("-")})
    roster = services.roster_of(session)
    secret = current_app.config["SECRET_KEY"]
    invites = {entry.id: url_for("join.invite", token=invite_token(secret, entry),
                                 _external=True) for entry in roster if not entry.revoked}
    return render_template(
        "facilitate/setup.html", session=session, roster=roster, invites=invites,
        item_forms=item_forms, confirm_form=ConfirmForm(),
        join_url=url_for("join.walk_in", code=session.code, _external=True),
        attendance=services.attendance_by_group(session),
        erasure_pending=erasure.pending_for(session), erasure=erasure, **forms,
    ), status


@bp.route("/<sid>")
def setup(sid: str):
    session = owned_session(sid)
    if session.is_closed and erasure.pending_for(session) is not None:
        erasure.retry_pending(by_operator=False)  # a later visit tries the erasure again
    return _setup_page(session)


@bp.route("/<sid>/settings", methods=["POST"])
def settings(sid: str):
    session = owned_session(sid)
    form = SettingsForm()
    if not form.validate():
        return _setup_page(session, 400, settings_form=form)
    services.update_settings(session, **_form_values(form))
    db.session.commit()
    flash(_("Settings saved."), "success")
    return redirect(url_for("facilitate.setup", sid=sid))


def _form_values(form) -> dict:
    """The submitted values; a text the request left out (an older page without the German
    fields, a script) is kept as it was rather than emptied."""
    return {name: field.data for name, field in form._fields.items()
            if name != "csrf_token" and not (isinstance(field, StringField)
                                             and not field.raw_data)}


_agenda_values = _form_values


@bp.route("/<sid>/texts", methods=["POST"])
def texts(sid: str):
    session = owned_session(sid)
    form = texts_form(session)
    if not form.validate():
        return _setup_page(session, 400, texts_form=form)
    update_texts(session, form)
    db.session.commit()
    flash(_("Texts saved."), "success")
    return redirect(url_for("facilitate.setup", sid=sid) + "#texts")


@bp.route("/<sid>/agenda", methods=["POST"])
def add_item(sid: str):
    session = owned_session(sid)
    form = AgendaItemForm(prefix="new")
    if not form.validate():
        return _setup_page(session, 400, add_form=form)
    services.add_agenda_item(session, **_agenda_values(form))
    db.session.commit()
    agenda_changed.send(session)
    return redirect(url_for("facilitate.setup", sid=sid) + "#agenda")


@bp.route("/<sid>/agenda/<item_id>", methods=["POST"])
def edit_item(sid: str, item_id: str):
    session = owned_session(sid)
    item = owned_item(session, item_id)
    form = AgendaItemForm(prefix=item.public_id)
    if not form.validate():
        return _setup_page(session, 400, invalid_item_form=form)
    services.update_agenda_item(item, **_agenda_values(form))
    db.session.commit()
    agenda_changed.send(session)
    return redirect(url_for("facilitate.setup", sid=sid) + "#agenda")


AGENDA_ACTIONS = {
    "up": lambda item: services.move_agenda_item(item, -1),
    "down": lambda item: services.move_agenda_item(item, 1),
    "remove": services.remove_agenda_item,
    "open": services.open_agenda_item,
    "lock": services.lock_agenda_item,
    "finish": services.finish_agenda_item,
}


@bp.route("/<sid>/agenda/<item_id>/<action>", methods=["POST"])
def item_action(sid: str, item_id: str, action: str):
    session = owned_session(sid)
    if action not in AGENDA_ACTIONS or not ConfirmForm().validate():
        abort(400)
    AGENDA_ACTIONS[action](owned_item(session, item_id))
    db.session.commit()
    agenda_changed.send(session)
    return redirect(url_for("facilitate.setup", sid=sid) + "#agenda")


@bp.route("/<sid>/next", methods=["POST"])
def next_item(sid: str):
    session = owned_session(sid)
    if not ConfirmForm().validate():
        abort(400)
    services.next_agenda_item(session)
    db.session.commit()
    agenda_changed.send(session)
    return redirect(url_for("facilitate.setup", sid=sid) + "#agenda")


@bp.route("/<sid>/roster", methods=["POST"])
def roster_import(sid: str):
    session = owned_session(sid)
    form = RosterImportForm()
    if not form.validate():
        return _setup_page(session, 400, import_form=form)
    data = form.csv_file.data.read(current_app.config["MAX_CSV_BYTES"] + 1)
    if len(data) > current_app.config["MAX_CSV_BYTES"]:
        form.csv_file.errors.append(_("The file is too large."))
        return _setup_page(session, 413, import_form=form)
    try:
        result = import_roster(session, data)
    except RosterImportError as error:
        db.session.rollback()
        form.csv_file.errors.extend(error.problems)
        return _setup_page(session, 400, import_form=form)
    db.session.commit()
    flash(_("%(count)d participants added to the invite list.", count=result.added), "success")
    return redirect(url_for("facilitate.setup", sid=sid) + "#roster")


def _owned_entry(session: DialogueSession, entry_id: str) -> RosterEntry:
    entry = db.session.scalar(sa.select(RosterEntry).filter_by(public_id=entry_id,
                                                               session_id=session.id))
    if entry is None:
        abort(404)
    return entry


@bp.route("/<sid>/roster/<entry_id>/<action>", methods=["POST"])
def roster_action(sid: str, entry_id: str, action: str):
    session = owned_session(sid)
    services.require_open(session)
    if action not in ("reissue", "revoke") or not ConfirmForm().validate():
        abort(400)
    entry = _owned_entry(session, entry_id)
    change_seat(session, entry, action)
    return redirect(url_for("facilitate.setup", sid=sid) + "#roster")


@bp.route("/<sid>/invites.csv")
def invites_csv(sid: str):
    """The invite links for a mail merge: facilitator-only, like the roster itself."""
    session = owned_session(sid)
    secret = current_app.config["SECRET_KEY"]
    rows = [["name", "email", "invite_link"]] + [
        [entry.name, entry.email, url_for("join.invite", token=invite_token(secret, entry),
                                          _external=True)]
        for entry in services.roster_of(session) if not entry.revoked and not entry.walk_in]
    return Response(csv_text(rows), mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename=invites-{session.code}.csv"})


@bp.route("/<sid>/qr.svg")
def qr_code(sid: str):
    session = owned_session(sid)
    return Response(join_qr_svg(url_for("join.walk_in", code=session.code, _external=True)),
                    mimetype="image/svg+xml")


@bp.route("/<sid>/close", methods=["POST"])
def close(sid: str):
    session = owned_session(sid)
    form = CloseForm()
    if not form.validate():
        return _setup_page(session, 400, close_form=form)
    pending = services.close_session(session)
    broadcast.session_closed(session)
    if pending is None:
        flash(_("The session is closed. No one can now tell who wrote what."), "success")
    else:
        flash(_("The session is closed, but erasure is pending: %(reason)s",
                reason=erasure.reason_text(pending)), "error")
    return redirect(url_for("facilitate.setup", sid=sid))
