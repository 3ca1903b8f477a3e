"""The facilitator's rules for a board: approve, dismiss, edit, label, answer, archive,
spotlight, merge, pre-moderation and the agenda. Only the session's owner reaches these
(the callers check the role); like services.py, no request and no Socket.IO here.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from ..extensions import db
from ..facilitate import services as agenda
from ..models import AgendaItem, Contribution, DialogueSession, ModerationLogEntry, Vote
from ..models.base import utcnow
from ..models.board import (
    ANSWERABLE,
    EDITABLE_BY_MODERATOR,
    LIVE,
    SPOTLIGHTABLE,
    TRANSITIONS,
    Status,
)
from ..refusals import Refused
from . import detection, redaction
from .services import Outcome, clean_text, is_public, move, require_status

MAX_LABELS = 5
MAX_LABEL_LENGTH = 30
MAX_REASON_LENGTH = 500
# What the moderation log records (and the report's annex counts).
LOGGED_ACTIONS = ("dismissed", "merged", "edited", "redacted")
RESTORE_TO = (Status.PENDING.value, Status.PUBLISHED.value)


# -- the moderation log: what was done and why, to the day, never who wrote it ------------

def log_act(contribution: Contribution, action: str, reason: str | None = None) -> None:
    """Record one act. Only the board, the item's kind, the day and the reason are kept:
    no key to the contribution (whose row holds its author ref until the close)."""
    db.session.add(ModerationLogEntry(
        session_id=contribution.session_id, agenda_item_id=contribution.agenda_item_id,
        day=utcnow().date(), action=action, kind=contribution.kind or "contribution",
        reason=(reason or "").strip()[:MAX_REASON_LENGTH]))


def _unlog(contribution: Contribution, action: str, reason: str | None = None) -> None:
    """An undo takes back one matching entry (the most recent day's), so an undone
    dismissal or merge is not counted."""
    query = (sa.select(ModerationLogEntry)
             .filter_by(session_id=contribution.session_id,
                        agenda_item_id=contribution.agenda_item_id, action=action,
                        kind=contribution.kind or "contribution")
             .order_by(ModerationLogEntry.day.desc()).limit(1))
    if reason is not None:
        query = query.filter_by(reason=reason.strip()[:MAX_REASON_LENGTH])
    entry = db.session.scalar(query)
    if entry is not None:
        db.session.delete(entry)


def moderation_log(session: DialogueSession) -> list[ModerationLogEntry]:
    """The session's log for the facilitator: by day, then board, action, kind and reason
    (never by id, which would tell the order of the acts)."""
    entries = list(db.session.scalars(sa.select(ModerationLogEntry).filter_by(
        session_id=session.id)))
    positions = {item.id: item.position for item in session.agenda}
    return sorted(entries, key=lambda entry: (
        entry.day, positions.get(entry.agenda_item_id or 0, -1), entry.action, entry.kind,
        entry.reason))


def moderation_counts(session: DialogueSession) -> dict[str, dict[str, int]]:
    """For the report's annex: how many items were dismissed, merged, edited and redacted,
    by reason (``""``: no reason given), e.g. ``{"dismissed": {"Off topic": 2}, "merged":
    {"": 3}, "edited": {}, "redacted": {}}``. Every action is present; counts only."""
    counts: dict[str, dict[str, int]] = {action: {} for action in LOGGED_ACTIONS}
    rows = db.session.execute(
        sa.select(ModerationLogEntry.action, ModerationLogEntry.reason, sa.func.count())
        .where(ModerationLogEntry.session_id == session.id)
        .group_by(ModerationLogEntry.action, ModerationLogEntry.reason))
    for action, reason, count in rows:
        counts.setdefault(action, {})[reason or ""] = count
    return {action: dict(sorted(by_reason.items())) for action, by_reason in counts.items()}


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
             spans: list[tuple[int, int]] | None = None, to: str = Status.PUBLISHED) -> Outcome:
    """A facilitator's action on one contribution (see docs/realtime.md for the list)."""
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    if action == "redact":
        if text is not None or not spans:
            raise Refused("invalid", _("Select the passage to redact."))
        reason = _check_reason(reason)
        outcome = redaction.redact(session, contribution, spans, reason)
        log_act(contribution, "redacted", reason)
        return outcome
    outcome = Outcome().touch(contribution, is_public(contribution))
    if text is not None:  # "edit" and "approve" may carry a corrected text
        if action not in ("edit", "approve"):
            raise Refused("invalid", _("Only an edit or an approval carries a text."))
        require_status(contribution, EDITABLE_BY_MODERATOR)
        text = clean_text(session, text)
        if text != contribution.text:
            contribution.text, contribution.edited = text, True
            contribution.flags = detection.find_flags(session, text)
            log_act(contribution, "edited", reason)
    if action == "approve":
        move(contribution, "approve")
        contribution.dismiss_reason = None
    elif action == "dismiss":
        require_status(contribution, TRANSITIONS["dismiss"][0])
        contribution.dismiss_reason = _check_reason(reason)  # before anything changes
        move(contribution, "dismiss")
        log_act(contribution, "dismissed", contribution.dismiss_reason)
    elif action == "restore":
        # The console's "Undo" of a dismissal: back to the state it had (``to``), and the
        # log forgets the dismissal.
        require_status(contribution, TRANSITIONS["restore_to_pending"][0])
        if to not in RESTORE_TO:
            raise Refused("invalid", _("Restore to waiting or to the board."))
        _unlog(contribution, "dismissed", contribution.dismiss_reason)
        move(contribution, f"restore_to_{to}")
        contribution.dismiss_reason = None
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
    """Fold a duplicate into another item: its votes move over, counted once per person.

    A vote of someone who also voted for ``into`` (or who wrote it) stays on the
    duplicate, uncounted while it is merged; the moved votes' ids and the duplicate's
    state are kept in ``merge_undo`` so that ``unmerge`` can put everything back."""
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    if duplicate.id == into.id or duplicate.agenda_item_id != into.agenda_item_id:
        raise Refused("invalid", _("Merge two different items of the same board."))
    require_status(into, LIVE)
    require_status(duplicate, TRANSITIONS["merge"][0])
    outcome = Outcome().touch(duplicate, is_public(duplicate)).touch(into, is_public(into))
    staying = sa.select(Vote.author_ref).where(Vote.contribution_id == into.id)
    movable = [Vote.contribution_id == duplicate.id, Vote.author_ref.not_in(staying)]
    if into.author_ref:  # a vote moved onto its voter's own item would be a self-vote
        movable.append(Vote.author_ref != into.author_ref)
    moved = list(db.session.scalars(sa.select(Vote.id).where(*movable)))
    if moved:
        db.session.execute(sa.update(Vote).where(Vote.id.in_(moved))
                           .values(contribution_id=into.id))
    db.session.flush()
    into.vote_count = _count_votes(into)
    duplicate.merge_undo = {"status": duplicate.status, "votes": moved,
                            "labels": list(into.labels or [])}
    move(duplicate, "merge")
    duplicate.merged_into_id, duplicate.vote_count = into.id, 0
    if duplicate.labels:
        into.labels = _check_labels((list(into.labels) + list(duplicate.labels))[:MAX_LABELS])
    log_act(duplicate, "merged")
    return outcome


def _count_votes(contribution: Contribution) -> int:
    return db.session.execute(
        sa.select(sa.func.count()).select_from(Vote)
        .where(Vote.contribution_id == contribution.id)).scalar_one()


def merged_item_of(session: DialogueSession, public_id: str) -> Contribution:
    """A merged item of this session that can still be unmerged."""
    contribution = db.session.scalar(sa.select(Contribution).filter_by(
        public_id=public_id, session_id=session.id))
    if contribution is None or contribution.status == Status.WITHDRAWN:
        raise Refused("not_found", _("That contribution is not on this board any more."))
    if contribution.status != Status.MERGED or not contribution.merge_undo:
        raise Refused("wrong_state", _("This contribution was not merged, or can no longer "
                                       "be separated."))
    return contribution


def unmerge(session: DialogueSession, duplicate: Contribution) -> tuple[Outcome, Contribution]:
    """Undo a merge: the duplicate comes back in its earlier state with the votes that moved
    (those still there: a voter may have taken theirs back), and the log forgets it."""
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    into = db.session.get(Contribution, duplicate.merged_into_id)
    undo = duplicate.merge_undo or {}
    if into is None or into.status not in LIVE:
        raise Refused("wrong_state", _("The item it was merged into has changed; it can no "
                                       "longer be separated."))
    outcome = Outcome().touch(duplicate, False).touch(into, is_public(into))
    moved = [int(each) for each in undo.get("votes", [])]
    if moved:
        db.session.execute(sa.update(Vote).where(Vote.id.in_(moved),
                                                 Vote.contribution_id == into.id)
                           .values(contribution_id=duplicate.id))
    db.session.flush()
    earlier = str(undo.get("status"))
    move(duplicate, f"unmerge_to_{earlier if earlier in RESTORE_TO else Status.PUBLISHED}")
    duplicate.merged_into_id, duplicate.merge_undo = None, None
    duplicate.vote_count, into.vote_count = _count_votes(duplicate), _count_votes(into)
    if isinstance(undo.get("labels"), list):
        into.labels = undo["labels"]
    _unlog(duplicate, "merged")
    return outcome, into


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
