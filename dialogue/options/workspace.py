"""The facilitator's options workspace: create, edit, decide amendments, run rounds, carry over."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import login_required
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2

from ..extensions import db
from ..facilitate.views import owned_session
from ..models import Contribution, DialogueSession, PolicyOption
from ..refusals import Refused
from . import announce, carry_over, rounds, services
from .errors import EditConflict
from .fields import display_text, field_specs
from .forms import (
    ActionForm,
    CarryOverForm,
    RoundForm,
    StatusForm,
    fill_option_form,
    option_form,
    option_values,
    show_conflict,
)
from .history import history
from .views import option_context

bp = Blueprint("options_workspace", __name__, url_prefix="/facilitate/<sid>/options")


@bp.before_request
@login_required
def require_login():
    """Every page here is for the logged-in owner of the session (owned_session checks)."""


def _contributions(session: DialogueSession) -> list[Contribution]:
    return list(db.session.scalars(sa.select(Contribution).where(
        Contribution.session_id == session.id,
        Contribution.status.in_(services.LINKABLE_CONTRIBUTIONS))
        .order_by(Contribution.vote_count.desc(), Contribution.text, Contribution.public_id)))


def _workspace(session: DialogueSession, status: int = 200, error: str | None = None,
               **forms):
    options = services.options_of(session)
    round_form = forms.get("round_form") or RoundForm(prefix="round")
    round_form.options.choices = [SelectChoice(o.public_id, o.title) for o in options
                                  if o.status != "parked"]
    carry_form = CarryOverForm(prefix="carry")
    carry_form.source.choices = [SelectChoice(s.public_id, s.title)
                                 for s in carry_over.previous_sessions(session)]
    all_rounds = rounds.rounds_of(session)
    return render_template(
        "options/workspace.html", session=session, options=options, error=error,
        create_form=forms.get("create_form") or option_form(
            session, _contributions(session), prefix="new"),
        status_forms={o.id: StatusForm(prefix=o.public_id, status=o.status) for o in options},
        amendments=services.pending_amendments(session), round_form=round_form,
        carry_form=carry_form, rounds=all_rounds, action_form=ActionForm(),
        results={r.id: rounds.round_results(r) for r in all_rounds},
        specs={spec.key: spec for spec in field_specs(session)}, display_text=display_text,
        k=session.k_anonymity,
    ), status


def _done(session: DialogueSession, message: str, anchor: str = ""):
    flash(message, "success")
    return redirect(url_for("options_workspace.workspace", sid=session.public_id) + anchor)


def _refuse(session: DialogueSession, error: Refused):
    db.session.rollback()
    return _workspace(session, error.status, error=error.message)


@bp.route("")
def workspace(sid: str):
    return _workspace(owned_session(sid))


@bp.route("", methods=["POST"])
def create(sid: str):
    session = owned_session(sid)
    form = option_form(session, _contributions(session), prefix="new")
    if not form.validate():
        return _workspace(session, 400, create_form=form)
    try:
        option = services.create_option(session, services.FACILITATOR, option_values(form),
                                        form.contributions.data or [])
    except Refused as error:
        return _refuse(session, error)
    db.session.commit()
    announce.option_changed(session, option)
    return _done(session, _("Option created."), f"#option-{option.public_id}")


def _owned_option(session: DialogueSession, option_id: str) -> PolicyOption:
    try:
        return services.option_in(session, option_id)
    except Refused:
        abort(404)


@bp.route("/<option_id>")
def option_page(sid: str, option_id: str):
    session = owned_session(sid)
    option = _owned_option(session, option_id)
    return render_template("options/option.html", **option_context(session, option, None),
                           facilitator=True, entries=history(option, field_specs(session)),
                           k=session.k_anonymity, error=None)


@bp.route("/<option_id>/edit", methods=["GET", "POST"])
def edit(sid: str, option_id: str):
    session = owned_session(sid)
    option = _owned_option(session, option_id)
    form = option_form(session)
    conflict = None
    if form.validate_on_submit():
        try:
            revision = services.edit_option(option, services.FACILITATOR,
                                            form.base_version.data or 0, option_values(form))
        except EditConflict as error:
            db.session.rollback()
            conflict = error
            show_conflict(form, error)
        except Refused as error:
            return _refuse(session, error)
        else:
            db.session.commit()
            if revision is not None:
                announce.option_changed(session, option, revision)
            return _done(session, _("Saved."), f"#option-{option.public_id}")
    elif not form.is_submitted():
        fill_option_form(form, option.fields)
        form.base_version.data = option.version
    return render_template("options/edit.html", session=session, form=form, option=option,
                           conflict=conflict, specs=field_specs(session),
                           display_text=display_text, error=None, facilitator=True), (
        409 if conflict else 400 if form.errors else 200)


@bp.route("/<option_id>/status", methods=["POST"])
def set_status(sid: str, option_id: str):
    session = owned_session(sid)
    option = _owned_option(session, option_id)
    form = StatusForm(prefix=option.public_id)
    if not form.validate():
        return _workspace(session, 400)
    try:
        services.set_status(option, form.status.data)
    except Refused as error:
        return _refuse(session, error)
    db.session.commit()
    announce.option_changed(session, option)
    return _done(session, _("Status set."), f"#option-{option.public_id}")


def _decide(sid: str, amendment_id: str, accept: bool):
    session = owned_session(sid)
    if not ActionForm().validate():
        abort(400)
    try:
        amendment = services.amendment_in(session, amendment_id)
        revision = services.decide_amendment(amendment, accept)
    except Refused as error:
        if error.status == 404:
            abort(404)
        return _refuse(session, error)
    db.session.commit()
    announce.amendment_changed(session, amendment)
    if revision is not None:
        announce.option_changed(session, amendment.option, revision)
    return _done(session, _("Amendment accepted.") if accept else _("Amendment rejected."),
                 "#amendments")


@bp.route("/amendments/<amendment_id>/accept", methods=["POST"])
def accept_amendment(sid: str, amendment_id: str):
    return _decide(sid, amendment_id, True)


@bp.route("/amendments/<amendment_id>/reject", methods=["POST"])
def reject_amendment(sid: str, amendment_id: str):
    return _decide(sid, amendment_id, False)


@bp.route("/rounds", methods=["POST"])
def open_round(sid: str):
    session = owned_session(sid)
    form = RoundForm(prefix="round")
    form.options.choices = [SelectChoice(o.public_id, o.title)
                            for o in services.options_of(session)]
    if not form.validate():
        return _workspace(session, 400, round_form=form)
    try:
        found = rounds.open_round(session, form.kind.data, form.options.data or [])
    except Refused as error:
        return _refuse(session, error)
    db.session.commit()
    announce.round_opened(session, found)
    return _done(session, _("Round opened."), "#rounds")


def _round_action(sid: str, round_id: str, act):
    session = owned_session(sid)
    if not ActionForm().validate():
        abort(400)
    try:
        found = rounds.round_in(session, round_id)
        result = act(session, found)
    except Refused as error:
        if error.status == 404:
            abort(404)
        return _refuse(session, error)
    db.session.commit()
    return result


@bp.route("/rounds/<round_id>/close", methods=["POST"])
def close_round(sid: str, round_id: str):
    def act(session, found):
        rounds.close_round(found)
        db.session.commit()
        announce.round_closed(session, found)
        return _done(session, _("Round closed."), "#rounds")

    return _round_action(sid, round_id, act)


@bp.route("/rounds/<round_id>/reveal", methods=["POST"])
def reveal_results(sid: str, round_id: str):
    def act(session, found):
        results = rounds.reveal_results(found)
        db.session.commit()
        announce.results_revealed(session, results)
        return _done(session, _("Results revealed to everyone."), "#rounds")

    return _round_action(sid, round_id, act)


@bp.route("/carry-over", methods=["POST"])
def carry(sid: str):
    session = owned_session(sid)
    form = CarryOverForm(prefix="carry")
    sources = {s.public_id: s for s in carry_over.previous_sessions(session)}
    form.source.choices = [SelectChoice(public_id) for public_id in sources]
    if not form.validate():
        return _workspace(session, 400, error=_("Choose an earlier session of this round."))
    try:
        copies = carry_over.carry_over(session, sources[form.source.data])
    except Refused as error:
        return _refuse(session, error)
    db.session.commit()
    for option in copies:
        announce.option_changed(session, option)
    return _done(session, _("%(count)d options carried over.", count=len(copies)), "#options")
