"""The facilitator's set-up operations as a JSON API under /api/v1: sessions, agenda,
roster, invitations and policy options.

Who may call: the facilitator, with an API token (``Authorization: Bearer``) or logged in
(the cookie, and for writes the CSRF token in ``X-CSRFToken``); see realtime/actors.py.
Each operation runs the same service as its page, so the rules are the pages' rules;
options go through the live layer's commands (``realtime.run``), as over a socket.
A session that is not the caller's, or that the token does not reach, is not found (404).
Every refusal has the one shape ``{ok: false, error, message}`` and changes nothing.
Described in /api/v1/openapi.json (api/openapi.py) and docs/api.md.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import Blueprint, current_app, jsonify
from flask_babel import gettext as _

from ..boards import announce
from ..extensions import db
from ..facilitate import services
from ..facilitate.handout import invite_link
from ..facilitate.roster_import import RosterImportError, add_rows
from ..facilitate.seats import change_seat
from ..facilitate.views import templates_dir
from ..invitations import services as invitations
from ..invitations.mail import SmtpSettings
from ..models import AgendaItem, DialogueSession, Facilitator, RosterEntry
from ..models.dialogue_session import BOARD_KINDS
from ..options import services as options
from ..options.payloads import option_payload
from ..options.payloads import template_payload as option_template_payload
from ..realtime import run
from ..realtime.actors import (
    acting_facilitator_id,
    acting_person,
    api_token,
    protect_api,
    speaks_for_owner,
)
from ..realtime.schema import Field, Flag, OneOf, request_json
from ..refusals import Refused, status_of
from ..security import cacheable
from ..session_templates import list_templates
from . import openapi, payloads
from .fields import MAX_ENTRIES, Day, Line, Objects, Paragraphs, Whole, values

bp = protect_api(Blueprint("api", __name__, url_prefix="/api/v1"))

SETTINGS: dict[str, Field] = {
    "title": Line(200, required=False), "title_de": Line(200, required=False, blank=True),
    "description": Paragraphs(2000, required=False),
    "description_de": Paragraphs(2000, required=False),
    "meets_on": Day(), "place": Line(200, required=False, blank=True),
    "language": OneOf(("en", "de"), required=False),
    "k_anonymity": Whole(2, 50, required=False),
    "max_contribution_length": Whole(50, 5000, required=False),
    "participants_may_create_options": Flag(),
}


def _agenda_spec(new: bool) -> dict:
    return {
        "title": Line(200, required=new), "title_de": Line(200, required=False, blank=True),
        "question": Paragraphs(1000, required=new, blank=False),
        "question_de": Paragraphs(1000, required=False),
        "board_kind": OneOf(BOARD_KINDS, required=False),
        "on_the_record": Flag(), "premoderation": Flag(),
        "minutes": Whole(1, 600, required=False),
    }


ENTRY = {"name": Line(200), "email": Line(254, required=False, blank=True),
         "affiliation": Line(200, required=False, blank=True),
         "stakeholder_group": Line(120, required=False, blank=True),
         "language": Line(5, required=False, blank=True)}
ROSTER = {"entries": Objects(ENTRY, MAX_ENTRIES)}
MOVE = {"direction": OneOf(("up", "down"), code="invalid")}


def _ok(**reply: Any):
    return jsonify({"ok": True, **reply})


def _facilitator() -> Facilitator:
    """The facilitator calling; 401 for a request that is neither logged in nor sent a
    token."""
    facilitator_id = acting_facilitator_id()
    facilitator = db.session.get(Facilitator, facilitator_id) if facilitator_id else None
    if facilitator is None:
        raise Refused("unauthorized", _("Log in, or send an API token as "
                                        "\"Authorization: Bearer <token>\"."))
    return facilitator


def _session(sid: str) -> DialogueSession:
    """The caller's session (the token must reach it); 404 otherwise, as the pages do."""
    _facilitator()
    session = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=sid))
    if session is None or not speaks_for_owner(session):
        raise Refused("not_found", _("There is no such session, or it is not one you "
                                     "(or this token) may reach."))
    return session


def _open(sid: str) -> DialogueSession:
    session = _session(sid)
    services.require_open(session)
    return session


def _item(session: DialogueSession, item_id: str) -> AgendaItem:
    item = next((each for each in session.agenda if each.public_id == item_id), None)
    if item is None:
        raise Refused("not_found", _("There is no such agenda item in this session."))
    return item


def _entry(session: DialogueSession, entry_id: str) -> RosterEntry:
    entry = db.session.scalar(sa.select(RosterEntry).filter_by(public_id=entry_id,
                                                               session_id=session.id))
    if entry is None:
        raise Refused("not_found", _("There is no such person on this session's invite "
                                     "list."))
    return entry


@bp.get("/openapi.json")
@cacheable
def openapi_document():
    """The description of the whole API: these operations and the board API's."""
    return jsonify(openapi.document())


# -- sessions -----------------------------------------------------------------------------

@bp.get("/templates")
def list_session_templates():
    """The templates a session can be made from."""
    _facilitator()
    return _ok(templates=[payloads.template_payload(each)
                          for each in list_templates(templates_dir())])


@bp.get("/sessions")
def list_sessions():
    """The caller's sessions (with a token: those it reaches)."""
    facilitator = _facilitator()
    holder = api_token()
    return _ok(sessions=[payloads.session_summary(each)
                         for each in services.sessions_of(facilitator)
                         if holder is None or holder.reaches(each)])


@bp.post("/sessions")
def create_session():
    """A new draft session from a template; a token must reach all sessions to do it."""
    facilitator = _facilitator()
    holder = api_token()
    if holder is not None and not holder.all_sessions:
        raise Refused("forbidden", _("Only a token for all your sessions may create "
                                     "sessions."))
    wanted = values({"template": Line(80)})["template"]
    templates = {each.slug: each for each in list_templates(templates_dir())}
    if wanted not in templates:
        raise Refused("invalid", _("There is no template %(slug)s. Known: %(known)s.",
                                   slug=wanted[:80], known=", ".join(templates)))
    session = services.create_session(facilitator, templates[wanted])
    db.session.commit()
    return _ok(session=payloads.session_payload(session))


@bp.get("/sessions/<sid>")
def get_session(sid: str):
    return _ok(session=payloads.session_payload(_session(sid)))


@bp.patch("/sessions/<sid>")
def update_session(sid: str):
    """Change any of the settings the set-up page's "Details" form has."""
    session = _session(sid)
    changes = values(SETTINGS)
    services.update_settings(session, **changes)
    db.session.commit()
    return _ok(session=payloads.session_payload(session))


# -- agenda -------------------------------------------------------------------------------

def _agenda_reply(session: DialogueSession, item: AgendaItem | None = None):
    reply: dict[str, Any] = {"items": [payloads.agenda_item_payload(each)
                                       for each in session.agenda]}
    if item is not None:
        reply["item"] = payloads.agenda_item_payload(item)
    return _ok(**reply)


def _agenda_changed(session: DialogueSession, item: AgendaItem | None = None):
    db.session.commit()
    announce.agenda_changed(session)  # the console, the projector and the participants
    return _agenda_reply(session, item)


@bp.get("/sessions/<sid>/agenda/items")
def list_agenda_items(sid: str):
    return _agenda_reply(_session(sid))


@bp.post("/sessions/<sid>/agenda/items")
def add_agenda_item(sid: str):
    session = _session(sid)
    item = services.add_agenda_item(session, **values(_agenda_spec(new=True)))
    return _agenda_changed(session, item)


@bp.patch("/sessions/<sid>/agenda/items/<item_id>")
def edit_agenda_item(sid: str, item_id: str):
    session = _session(sid)
    item = _item(session, item_id)
    changes = values(_agenda_spec(new=False))
    services.update_agenda_item(item, **changes)
    return _agenda_changed(session, item)


@bp.post("/sessions/<sid>/agenda/items/<item_id>/move")
def move_agenda_item(sid: str, item_id: str):
    """One place up or down."""
    session = _session(sid)
    item = _item(session, item_id)
    direction = values(MOVE)["direction"]
    services.move_agenda_item(item, -1 if direction == "up" else 1)
    return _agenda_changed(session, item)


@bp.delete("/sessions/<sid>/agenda/items/<item_id>")
def remove_agenda_item(sid: str, item_id: str):
    """Only an item that has not been opened; a session keeps at least one."""
    session = _session(sid)
    services.remove_agenda_item(_item(session, item_id))
    return _agenda_changed(session)


# -- roster -------------------------------------------------------------------------------

def _link(entry: RosterEntry) -> str | None:
    """The personal link, made afresh, for the answer of the operation that makes it."""
    return None if entry.walk_in or entry.revoked else invite_link(entry)


@bp.get("/sessions/<sid>/roster")
def list_roster(sid: str):
    """The invite list as the set-up page shows it (no links: see add and reissue)."""
    session = _session(sid)
    return _ok(entries=[payloads.roster_entry_payload(each)
                        for each in services.roster_of(session)])


@bp.post("/sessions/<sid>/roster")
def add_to_roster(sid: str):
    """Add people, all or none, with the invite-list file's checks; answers each one's
    personal link."""
    session = _open(sid)
    entries = values(ROSTER)["entries"]
    try:
        added = add_rows(session, list(enumerate(entries, start=1)))
    except RosterImportError as error:
        raise Refused("invalid", error.problems[0], problems=error.problems) from None
    db.session.commit()
    return _ok(entries=[{**payloads.roster_entry_payload(each), "link": _link(each)}
                        for each in added])


def _roster_action(sid: str, entry_id: str, action: str):
    session = _open(sid)
    values({})  # no body, or an empty one
    entry = _entry(session, entry_id)
    change_seat(session, entry, action)
    return entry


@bp.post("/sessions/<sid>/roster/<entry_id>/remove")
def remove_from_roster(sid: str, entry_id: str):
    """Withdraw the person's seat and link (they stay on the list as removed)."""
    entry = _roster_action(sid, entry_id, "remove")
    return _ok(entry=payloads.roster_entry_payload(entry))


@bp.post("/sessions/<sid>/roster/<entry_id>/reissue")
def reissue_link(sid: str, entry_id: str):
    """A new personal link: the old one and its seat stop working. The new link is in
    this answer, and only here."""
    entry = _roster_action(sid, entry_id, "reissue")
    return _ok(entry=payloads.roster_entry_payload(entry), link=_link(entry))


# -- invitations --------------------------------------------------------------------------

def _smtp() -> SmtpSettings | None:
    return SmtpSettings.from_config(current_app.config)


def _sent(report: invitations.SendReport):
    # Counts only: an address or a link in a log line would tie a person to a seat.
    current_app.logger.info("invitations_sent sent=%d failed=%d", report.sent,
                            len(report.failed))
    return _ok(sent=report.sent,
               failed=[payloads.failed_delivery_payload(each) for each in report.failed])


@bp.get("/sessions/<sid>/invitations")
def invitations_state(sid: str):
    """Whether email is set up, how many are not invited yet, and the failed deliveries."""
    session = _session(sid)
    roster = [each for each in services.roster_of(session) if invitations.mailable(each)]
    return _ok(configured=_smtp() is not None, unsent=len(invitations.unsent(roster)),
               failed=[payloads.failed_delivery_payload(each)
                       for each in invitations.failed(roster)])


@bp.post("/sessions/<sid>/invitations")
def send_invitations(sid: str):
    """Email everyone with an address who has not had an invitation (or whose failed)."""
    session = _open(sid)
    values({})
    report = invitations.send_invitations(
        session, invitations.unsent(services.roster_of(session)), _smtp(), invite_link)
    db.session.commit()
    return _sent(report)


@bp.post("/sessions/<sid>/invitations/<entry_id>")
def resend_invitation(sid: str, entry_id: str):
    """Send (again) to one person, e.g. after a failed delivery."""
    session = _open(sid)
    values({})
    entry = _entry(session, entry_id)
    if not invitations.mailable(entry):
        raise services.ServiceError(
            _("This person has no email address on the invite list, or was removed."))
    report = invitations.send_invitations(session, [entry], _smtp(), invite_link)
    db.session.commit()
    return _sent(report)


# -- options ------------------------------------------------------------------------------

@bp.get("/sessions/<sid>/options")
def list_options(sid: str):
    """The session's policy options and their fields' template."""
    session = _session(sid)
    return _ok(template=option_template_payload(session),
               items=[option_payload(each) for each in options.options_of(session)])


def _command(sid: str, name: str, **from_url: str):
    """Run the live layer's command ``name`` as the session's facilitator: the same rules,
    receipts (``client_key``) and announcements as over a socket."""
    session = _session(sid)
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    data = request_json()
    if isinstance(data, dict):
        data = {**data, **from_url}
    reply = run(name, acting_person(session, "facilitator"), data)
    return jsonify(reply), (200 if reply["ok"] else status_of(reply["error"]))


@bp.post("/sessions/<sid>/options")
def create_option(sid: str):
    return _command(sid, "option_create")


@bp.patch("/sessions/<sid>/options/<option_id>")
def edit_option(sid: str, option_id: str):
    return _command(sid, "option_edit", option=option_id)


@bp.post("/sessions/<sid>/options/<option_id>/status")
def set_option_status(sid: str, option_id: str):
    return _command(sid, "option_status", option=option_id)

