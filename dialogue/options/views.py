"""Participant pages for policy options (work without JavaScript; live updates add to them)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from .. import rate_limits
from ..extensions import db
from ..facilitate.services import normalise_code
from ..join import services as join_services
from ..join.context import current_seat, seat_withdrawn
from ..models import DialogueSession, PolicyOption, RosterEntry
from ..realtime.actors import acting_person
from ..refusals import Refused
from . import announce, rounds, services
from .carry_over import carried_from
from .errors import EditConflict
from .fields import display_text, field_specs
from .forms import (
    ActionForm,
    AmendmentForm,
    ArgumentForm,
    ConsentForm,
    fill_option_form,
    option_form,
    option_values,
    rating_form,
    rating_values,
    show_conflict,
)
from .history import changes_since_carry_over, history
from .views_common import amendable_choices

bp = Blueprint("options", __name__, url_prefix="/s/<code>/options")


@bp.errorhandler(join_services.JoinRefused)
def refused(error: join_services.JoinRefused):
    db.session.rollback()
    return render_template("join/refused.html", message=str(error)), error.status


class Joined:
    """The joined participant on this page request: their session, roster entry and author
    ref, as ``realtime.actors.acting_person`` resolves them (the sockets' and the API's
    resolver); someone not (or no longer) seated is sent where they can join."""

    def __init__(self, code: str):
        self.session = join_services.session_by_code(normalise_code(code))
        join_services.require_joinable(self.session)
        actor = acting_person(self.session, "participant")
        if actor is None:
            if seat_withdrawn(self.session):
                raise join_services.seat_withdrawn_refusal()
            seated = current_seat(self.session) is not None  # but the Rule not accepted
            abort(redirect(url_for("join.rule" if seated else "join.walk_in",
                                   code=self.session.code)))
        self.actor = actor
        self.entry: RosterEntry = db.session.get_one(RosterEntry, actor.participant_id)
        self.ref = actor.ref
        # Form posts have their own per-person limit, in the storage the sockets use.
        if request.method == "POST" and not rate_limits.allow("form", actor.rate_key):
            abort(429)

    def option(self, option_id: str) -> PolicyOption:
        try:
            return services.option_in(self.session, option_id)
        except Refused:
            abort(404)


def _option_url(seat: Joined, option: PolicyOption) -> str:
    return url_for("options.option_page", code=seat.session.code, option_id=option.public_id)


@bp.route("")
def index(code: str):
    seat = Joined(code)
    in_rounds = {option.public_id for each in rounds.rounds_of(seat.session) if each.is_open
                 for option in each.options}
    return render_template("options/list.html", session=seat.session,
                           options=services.options_of(seat.session), in_rounds=in_rounds,
                           may_create=seat.session.participants_may_create_options)


def option_context(session: DialogueSession, option: PolicyOption, ref: str | None) -> dict:
    """What the option page shows; shared with the facilitator's view of the option."""
    specs = field_specs(session)
    open_rounds = rounds.open_rounds_for(option)
    return {
        "session": session, "option": option, "specs": specs, "display_text": display_text,
        "arguments": services.arguments_of(option),
        "supported": services.voted_arguments(session, ref) if ref else set(),
        "own_arguments": {each.id for each in services.arguments_of(option)
                          if ref and each.author_ref == ref},
        "open_rounds": open_rounds,
        "answered": {each.id: option.id in rounds.answered(each, ref) if ref else False
                     for each in open_rounds},
        "results": [result for result in rounds.revealed_results(session)
                    if any(entry["option"] == option.public_id for entry in result["options"])],
        "carried_from": carried_from(option),
        "since_carry_over": changes_since_carry_over(option, specs),
        "may_edit": services.may_edit(option, services.as_participant(ref or "")),
        "own_amendments": services.own_amendments(session, ref, option) if ref else [],
        "amendable": option.status in services.AMENDABLE,
        "field_labels": {spec.key: _(spec.label) for spec in specs},
        "amend_texts": {spec.key: option.fields.get(spec.key, "") for spec in specs
                        if spec.kind != "choices"},
    }


def _option_page(seat: Joined, option: PolicyOption, status: int = 200, error: str | None = None,
                 **forms):
    amendment_form = forms.get("amendment_form")
    if amendment_form is None:  # start from the current text of the field (?amend=key)
        amendment_form = AmendmentForm(prefix="amend")
        amendment_form.field_key.choices = amendable_choices(seat.session)
        keys = [choice.value for choice in amendment_form.field_key.choices]
        wanted = request.args.get("amend", "")
        key = wanted if wanted in keys else (keys[0] if keys else "")
        amendment_form.field_key.data = key
        amendment_form.text.data = option.fields.get(key, "") if key else ""
    amendment_form.field_key.choices = amendable_choices(seat.session)
    context = option_context(seat.session, option, seat.ref)
    return render_template(
        "options/option.html", **context, error=error, amendment_form=amendment_form,
        argument_form=forms.get("argument_form") or ArgumentForm(prefix="arg"),
        rating_form=forms.get("rating_form") or rating_form(seat.session, prefix="rate"),
        consent_form=forms.get("consent_form") or ConsentForm(prefix="consent"),
        k=seat.session.k_anonymity,
    ), status


@bp.route("/<option_id>")
def option_page(code: str, option_id: str):
    seat = Joined(code)
    return _option_page(seat, seat.option(option_id))


@bp.route("/<option_id>/history")
def option_history(code: str, option_id: str):
    seat = Joined(code)
    option = seat.option(option_id)
    return render_template("options/history.html", session=seat.session, option=option,
                           entries=history(option, field_specs(seat.session)),
                           back=_option_url(seat, option))


@bp.route("/new", methods=["GET", "POST"])
def create(code: str):
    seat = Joined(code)
    if not seat.session.participants_may_create_options:
        abort(403)
    form = option_form(seat.session)
    if form.validate_on_submit():
        try:
            option = services.create_option(seat.session, services.as_participant(seat.ref),
                                            option_values(form))
        except Refused as error:
            db.session.rollback()
            return render_template("options/edit.html", session=seat.session, form=form,
                                   error=error.message, option=None), error.status
        db.session.commit()
        announce.option_changed(seat.session, option)
        return redirect(_option_url(seat, option))
    return render_template("options/edit.html", session=seat.session, form=form, option=None,
                           error=None), 400 if form.errors else 200


@bp.route("/<option_id>/edit", methods=["GET", "POST"])
def edit(code: str, option_id: str):
    seat = Joined(code)
    option = seat.option(option_id)
    form = option_form(seat.session)
    conflict = None
    if form.validate_on_submit():
        try:
            revision = services.edit_option(option, services.as_participant(seat.ref),
                                            form.base_version.data or 0, option_values(form))
        except EditConflict as error:
            db.session.rollback()
            conflict = error  # the form keeps their text; the current text shows beside it
            show_conflict(form, error)
        except Refused as error:
            db.session.rollback()
            return _option_page(seat, option, error.status, error=error.message)
        else:
            db.session.commit()
            if revision is not None:
                announce.option_changed(seat.session, option, revision)
            flash(_("Saved. Everyone sees the new text."), "success")
            return redirect(_option_url(seat, option))
    elif not form.is_submitted():
        fill_option_form(form, option.fields)
        form.base_version.data = option.version
    if not services.may_edit(option, services.as_participant(seat.ref)):
        return _option_page(seat, option, 409, error=_(
            "This option cannot be edited now; you can propose an amendment if it is open "
            "for amendments."))
    return render_template("options/edit.html", session=seat.session, form=form, option=option,
                           conflict=conflict, specs=field_specs(seat.session),
                           display_text=display_text, error=None), (
        409 if conflict else 400 if form.errors else 200)


def _write(seat: Joined, option: PolicyOption, action, done: str, **forms):
    """Run a participant's write; on a broken rule show the page with the reason, unchanged."""
    try:
        result = action()
    except Refused as error:
        db.session.rollback()
        return _option_page(seat, option, error.status, error=error.message, **forms)
    db.session.commit()
    flash(done, "success")
    return result or redirect(_option_url(seat, option))


@bp.route("/<option_id>/amend", methods=["POST"])
def amend(code: str, option_id: str):
    seat = Joined(code)
    option = seat.option(option_id)
    form = AmendmentForm(prefix="amend")
    form.field_key.choices = amendable_choices(seat.session)
    if not form.validate():
        return _option_page(seat, option, 400, amendment_form=form)

    def action():
        amendment = services.propose_amendment(option, seat.ref, form.field_key.data,
                                               form.text.data or "", form.reason.data or "")
        db.session.commit()
        announce.amendment_changed(seat.session, amendment)

    return _write(seat, option, action, _("Amendment sent to the facilitator."),
                  amendment_form=form)


@bp.route("/<option_id>/arguments", methods=["POST"])
def argue(code: str, option_id: str):
    seat = Joined(code)
    option = seat.option(option_id)
    form = ArgumentForm(prefix="arg")
    if not form.validate():
        return _option_page(seat, option, 400, argument_form=form)

    def action():
        argument = services.add_argument(option, seat.ref, form.side.data or "",
                                         form.text.data or "")
        db.session.commit()
        announce.argument_added(seat.session, argument, option)

    return _write(seat, option, action, _("Argument added."), argument_form=form)


@bp.route("/<option_id>/arguments/<argument_id>/support", methods=["POST"])
def support(code: str, option_id: str, argument_id: str):
    seat = Joined(code)
    option = seat.option(option_id)
    if not ActionForm().validate():
        abort(400)

    def action():
        argument = services.argument_in(seat.session, argument_id)
        if argument.option_id != option.id:
            abort(404)
        services.vote_argument(argument, seat.ref, seat.entry.reseated_on)
        db.session.commit()
        announce.argument_voted(seat.session, argument)

    return _write(seat, option, action, _("Support counted."))


@bp.route("/<option_id>/rounds/<round_id>/rate", methods=["POST"])
def rate(code: str, option_id: str, round_id: str):
    seat = Joined(code)
    option = seat.option(option_id)
    form = rating_form(seat.session, prefix="rate")
    if not form.validate():
        return _option_page(seat, option, 400, rating_form=form)

    def action():
        found = rounds.round_in(seat.session, round_id)
        rounds.rate(found, option, seat.ref, seat.entry.stakeholder_group, rating_values(form),
                    seat.entry.reseated_on)

    return _write(seat, option, action, _("Thank you: your rating is in."), rating_form=form)


@bp.route("/<option_id>/rounds/<round_id>/consent", methods=["POST"])
def consent(code: str, option_id: str, round_id: str):
    seat = Joined(code)
    option = seat.option(option_id)
    form = ConsentForm(prefix="consent")
    if not form.validate():
        return _option_page(seat, option, 400, consent_form=form)

    def action():
        found = rounds.round_in(seat.session, round_id)
        rounds.give_consent(found, option, seat.ref, seat.entry.stakeholder_group,
                            form.choice.data, form.reason.data or "", seat.entry.reseated_on)

    return _write(seat, option, action, _("Thank you: your answer is in."), consent_form=form)
