"""Participant pages: join by code or invite link, accept the Rule, the session page."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask_babel import gettext as _
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2

from ..extensions import db
from ..facilitate.services import normalise_code
from ..models import DialogueSession, RosterEntry
from ..redirects import local_path
from ..signals import participant_joined
from ..texts import group_choices
from . import services, throttle
from .context import current_participant, held_secret, remember_seat, seat_withdrawn
from .forms import CodeForm, RuleForm, WalkInForm

bp = Blueprint("join", __name__)
throttle.guard(bp)


@bp.errorhandler(services.JoinRefused)
def refused(error: services.JoinRefused):
    db.session.rollback()
    if isinstance(error, services.SessionEnded):
        return ended(error.session), error.status
    return render_template("join/refused.html", message=str(error)), error.status


def ended(session: DialogueSession) -> str:
    """The "Session ended" screen: thanks, and the shared outcome's downloads for a browser
    that took part (the export's own rule: after close, the cookie's seat is the proof)."""
    from ..export import services as export

    took_part = held_secret(session) is not None
    release = export.shared_release(session) if took_part else None
    return render_template("join/ended.html", session=session, took_part=took_part,
                           release=release, formats=export.FORMATS)


@bp.route("/", methods=["GET", "POST"])
@bp.route("/join", methods=["GET", "POST"])
def enter_code():
    """The landing page: one field for the session code."""
    form = CodeForm()
    if form.validate_on_submit():
        code = normalise_code(form.code.data or "")
        try:
            services.session_by_code(code)
        except services.JoinRefused as error:
            form.code.errors = [*form.code.errors, str(error)]
            return render_template("join/code.html", form=form), error.status
        return redirect(url_for("join.walk_in", code=code))
    return render_template("join/code.html", form=form), 400 if form.errors else 200


def _session(code: str) -> DialogueSession:
    return services.session_by_code(normalise_code(code))


@bp.route("/join/<code>", methods=["GET", "POST"])
def walk_in(code: str):
    """A walk-in gives name, organisation and group, seen by the facilitator only."""
    session = _session(code)
    services.require_joinable(session)
    if current_participant(session) is not None:
        return redirect(url_for("join.rule", code=session.code))
    form = WalkInForm()
    form.stakeholder_group.choices = [SelectChoice("", _("Choose…"))] + [
        SelectChoice(value, label) for value, label in group_choices(session)]
    if form.validate_on_submit():
        throttle.take_walk_in()
        seat = services.join_as_walk_in(session, (form.name.data or "").strip(),
                                        (form.affiliation.data or "").strip(),
                                        form.stakeholder_group.data)
        # The page's one button says "I accept the Chatham House Rule — join" and sends
        # accept=y: joined and accepted in one tap. Without it, the Rule page follows.
        accepted = request.form.get("accept") == "y"
        if accepted:
            services.acknowledge_rule(seat.entry)
        db.session.commit()
        participant_joined.send(session)
        remember_seat(session, seat)
        return redirect(url_for("join.session_page" if accepted else "join.rule",
                                code=session.code))
    status = 400 if form.errors else 200
    return render_template("join/walk_in.html", form=form, session=session), status


@bp.route("/i/<token>")
def invite(token: str):
    """A personal invite link: binds the seat to this browser."""
    entry = services.entry_for_token(current_app.config["SECRET_KEY"], token,
                                     current_app.config["INVITE_MAX_AGE_DAYS"])
    session = db.session.get_one(DialogueSession, entry.session_id)
    seat = services.claim_seat(entry, held_secret(session))
    db.session.commit()
    participant_joined.send(session)
    remember_seat(session, seat)
    return redirect(url_for("join.rule", code=session.code))


def _seated(code: str) -> tuple[DialogueSession, RosterEntry]:
    """The session and this browser's participant; a browser without a seat goes to join."""
    session = _session(code)
    services.require_joinable(session)
    participant = current_participant(session)
    if participant is None:
        if seat_withdrawn(session):
            raise services.seat_withdrawn_refusal()
        abort(redirect(url_for("join.walk_in", code=session.code)))
    return session, participant


@bp.route("/s/<code>/rule", methods=["GET", "POST"])
def rule(code: str):
    """The Chatham House Rule in two sentences and one button ("I accept the Chatham House
    Rule", which sends accept=y): one tap from an invite link to the board."""
    session, participant = _seated(code)
    form = RuleForm()
    if form.validate_on_submit():
        services.acknowledge_rule(participant)
        db.session.commit()
        return redirect(url_for("join.session_page", code=session.code))
    status = 400 if form.errors else 200
    return render_template("join/rule.html", form=form, session=session), status


@bp.route("/s/<code>")
def session_page(code: str):
    """The participant's view of the session: agenda and the current item."""
    session, participant = _seated(code)
    if not participant.acknowledged_rule:
        return redirect(url_for("join.rule", code=session.code))
    # The name a post "under my name" shows, for the form's own label: only if an item of
    # the session is on the record (h19a; this person's own roster values, to them alone).
    from ..boards.services import attribution_text

    shown_as = (attribution_text(participant)
                if any(item.on_the_record for item in session.agenda) else None)
    return render_template("boards/participant.html", session=session,
                           current_item=session.current_item, shown_as=shown_as)


@bp.route("/lang/<lang>", methods=["POST"])
def switch_language(lang: str):
    from flask import session as cookie

    if lang not in current_app.config["LANGUAGES"]:
        abort(404)
    cookie["lang"] = lang
    return redirect(local_path(request.form.get("next")) or url_for("join.enter_code"))
