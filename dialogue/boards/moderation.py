"""The facilitator's rules for a board: approve, dismiss, edit, label, answer, archive,
spotlight, merge, pre-moderation and the agenda. Only the session's owner reaches these
(the callers check the role); like services.py, no request and no Socket.IO here.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from ..extensions import db
from ..facilitate import services as agenda
from ..models import AgendaItem, Contribution, DialogueSession, Vote
from ..models.board import (
    ANSWERABLE,
    EDITABLE_BY_MODERATOR,
    LIVE,
    SPOTLIGHTABLE,
    TRANSITIONS,
)
from ..refusals import Refused
from . import detection, redaction
from .services import Outcome, clean_text, is_public, move, require_status

MAX_LABELS = 5
MAX_LABEL_LENGTH = 30
MAX_REASON_LENGTH = 500

def _check_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise Refused("reason_required", _("Give the author a reason."))
    if len(reason) > MAX_REASON_LENGTH:
        raise Refused("too_long", _("Please keep the reason under %(max)d characters.",
                                       max=MAX_REASON_LENGTH))
    return reason


def _check_labels(labels: list[str] | None) -> list[str]:
    cleaned: list[str] = []
    for label in labels or []:
        label = label.strip()
        if not label or len(label) > MAX_LABEL_LENGTH:
            raise Refused("invalid", _("Labels are 1 to %(max)d characters long.",
                                          max=MAX_LABEL_LENGTH))
        if label not in cleaned:
            cleaned.append(label)
    if len(cleaned) > MAX_LABELS:
        raise Refused("invalid", _("At most %(max)d labels.", max=MAX_LABELS))
    return cleaned


def _spotlight(contribution: Contribution, on: bool, outcome: Outcome) -> None:
    """At most one spotlight per board: turning one on turns the previous one off."""
    if on:
        require_status(contribution, SPOTLIGHTABLE)
        for other in db.session.scalars(sa.select(Contribution).filter_by(
                agenda_item_id=contribution.agenda_item_id, spotlight=True)):
            if other is not contribution:
                other.spotlight = False
                outcome.touch(other, is_public(other))
    contribution.spotlight = on


def moderate(session: DialogueSession, contribution: Contribution, action: str, *,
             text: str | None = None, reason: str | None = None,
             labels: list[str] | None = None, on: bool = True,
             spans: list[tuple[int, int]] | None = None) -> Outcome:
    """A facilitator's action on one contribution (see docs/realtime.md for the list)."""
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    if action == "redact":
        if text is not None or not spans:
            raise Refused("invalid", _("Select the passage to redact."))
        return redaction.redact(session, contribution, spans, _check_reason(reason))
    outcome = Outcome().touch(contribution, is_public(contribution))
    if text is not None:  # "edit" and "approve" may carry a corrected text
        if action not in ("edit", "approve"):
            raise Refused("invalid", _("Only an edit or an approval carries a text."))
        require_status(contribution, EDITABLE_BY_MODERATOR)
        text = clean_text(session, text)
        if text != contribution.text:
            contribution.text, contribution.edited = text, True
            contribution.flags = detection.find_flags(session, text)
    if action == "approve":
        move(contribution, "approve")
        contribution.dismiss_reason = None
    elif action == "dismiss":
        require_status(contribution, TRANSITIONS["dismiss"][0])
        contribution.dismiss_reason = _check_reason(reason)  # before anything changes
        move(contribution, "dismiss")
    elif action == "archive":
        move(contribution, "archive")
    elif action == "answer":
        require_status(contribution, ANSWERABLE)
        contribution.answered = on
    elif action == "label":
        contribution.labels = _check_labels(labels)
    elif action == "spotlight":
        _spotlight(contribution, on, outcome)
    elif action != "edit":
        raise Refused("invalid", _("Unknown action."))
    elif text is None:
        raise Refused("invalid", _("Nothing to change."))
    return outcome


def merge(session: DialogueSession, duplicate: Contribution, into: Contribution) -> Outcome:
    """Fold a duplicate into another item: its votes move over, counted once per person."""
    if duplicate.id == into.id or duplicate.agenda_item_id != into.agenda_item_id:
        raise Refused("invalid", _("Merge two different items of the same board."))
    require_status(into, LIVE)
    require_status(duplicate, TRANSITIONS["merge"][0])
    outcome = Outcome().touch(duplicate, is_public(duplicate)).touch(into, is_public(into))
    already = sa.select(Vote.author_ref).where(Vote.contribution_id == into.id)
    db.session.execute(sa.delete(Vote).where(Vote.contribution_id == duplicate.id,
                                             Vote.author_ref.in_(already)))
    if into.author_ref:  # a vote moved onto its voter's own item would be a self-vote
        db.session.execute(sa.delete(Vote).where(Vote.contribution_id == duplicate.id,
                                                 Vote.author_ref == into.author_ref))
    db.session.execute(sa.update(Vote).where(Vote.contribution_id == duplicate.id)
                       .values(contribution_id=into.id))
    db.session.flush()
    into.vote_count = db.session.execute(
        sa.select(sa.func.count()).select_from(Vote).where(Vote.contribution_id == into.id)
    ).scalar_one()
    move(duplicate, "merge")
    duplicate.merged_into_id, duplicate.vote_count = into.id, 0
    if duplicate.labels:
        into.labels = _check_labels((list(into.labels) + list(duplicate.labels))[:MAX_LABELS])
    return outcome


def set_premoderation(session: DialogueSession, item: AgendaItem, on: bool) -> Outcome:
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    item.premoderation = on
    return Outcome(board=item)


AGENDA_ACTIONS = {
    "open": agenda.open_agenda_item,
    "unlock": agenda.open_agenda_item,
    "lock": agenda.lock_agenda_item,
    "finish": agenda.finish_agenda_item,
}


def control_agenda(session: DialogueSession, action: str, item: AgendaItem | None) -> Outcome:
    """Open, lock, unlock or finish an item, or open the next one; screens follow."""
    try:
        if action == "next":
            agenda.next_agenda_item(session)
        elif action in AGENDA_ACTIONS and item is not None:
            AGENDA_ACTIONS[action](item)
        else:
            raise Refused("invalid", _("Name the agenda item."))
    except agenda.ServiceError as error:
        raise Refused("wrong_state", str(error)) from error
    return Outcome(agenda=True)
