"""Live boards: contributions and questions on an agenda item, and the votes on them."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import Model
from .base import Authored, public_id_column, utcnow

CONTRIBUTION_KINDS = ("contribution", "question")
MAX_ATTRIBUTION = 403  # a roster name (200), ", " and an affiliation (200)


class ContributionStatus(StrEnum):
    """Where a contribution stands. Stored as its value (a plain string)."""

    PENDING = "pending"  # held for moderation: its author and the moderators see it
    PUBLISHED = "published"  # on the board for everyone
    DISMISSED = "dismissed"  # seen by its author only, with the moderator's reason
    WITHDRAWN = "withdrawn"  # taken back by its author
    ARCHIVED = "archived"  # hidden by a moderator, kept for the record
    MERGED = "merged"  # folded into another item (its votes moved there)


Status = ContributionStatus
CONTRIBUTION_STATUSES = tuple(status.value for status in ContributionStatus)
# Groups the rules and payloads use.
LIVE = (Status.PENDING, Status.PUBLISHED)  # not yet answered for by a moderator
MODERATED = (Status.PENDING, Status.PUBLISHED, Status.DISMISSED, Status.ARCHIVED)
GONE = (Status.WITHDRAWN, Status.MERGED)  # no longer anyone's item to act on
OWN_EDITABLE = LIVE  # the author may still edit or withdraw these

# The one table of moves: step -> (the statuses it may start from, the status it ends in).
# A step not allowed from the current status is refused ``wrong_state`` (boards.services).
TRANSITIONS: dict[str, tuple[tuple[ContributionStatus, ...], ContributionStatus]] = {
    "approve": ((Status.PENDING, Status.DISMISSED, Status.ARCHIVED), Status.PUBLISHED),
    "dismiss": (LIVE, Status.DISMISSED),
    "archive": ((Status.PUBLISHED,), Status.ARCHIVED),
    "merge": (LIVE, Status.MERGED),
    "withdraw": (OWN_EDITABLE, Status.WITHDRAWN),
    # an edit of a published item on a pre-moderated board goes back to the queue
    "hold": ((Status.PUBLISHED,), Status.PENDING),
    # redacting a held post publishes it (the moderator has read it)
    "redact": ((Status.PENDING,), Status.PUBLISHED),
    # the console's undo of a dismissal or a merge: back to where the item was
    "restore_to_pending": ((Status.DISMISSED,), Status.PENDING),
    "restore_to_published": ((Status.DISMISSED,), Status.PUBLISHED),
    "unmerge_to_pending": ((Status.MERGED,), Status.PENDING),
    "unmerge_to_published": ((Status.MERGED,), Status.PUBLISHED),
}
# What a moderator may change in place (text, labels, answered, spotlight) without a move.
EDITABLE_BY_MODERATOR = MODERATED
ANSWERABLE = (Status.PUBLISHED, Status.ARCHIVED)
SPOTLIGHTABLE = (Status.PUBLISHED,)


class Contribution(Authored, Model):
    __tablename__ = "contribution"
    authored_times = ("created_at",)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    agenda_item_id: Mapped[int] = mapped_column(sa.ForeignKey("agenda_item.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(20), default="contribution")
    text: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(12), default=Status.PUBLISHED.value,
                                        index=True)
    dismiss_reason: Mapped[str | None] = mapped_column(sa.String(500), nullable=True)
    # Why a moderator redacted passages of the text (the author sees it). The passages
    # themselves are gone: the text holds "[redacted]" in their place.
    redaction_reason: Mapped[str | None] = mapped_column(sa.String(500), nullable=True)
    answered: Mapped[bool] = mapped_column(default=False)
    labels: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    # Counter column kept in the vote's transaction: no COUNT(*) on the hot path.
    vote_count: Mapped[int] = mapped_column(default=0)
    # Indexed, as every key into an authored table: the close rewrites them (close_order).
    merged_into_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contribution.id"), nullable=True, index=True)
    # Detector spans [{start, end, label}] for moderators and the export's redaction.
    flags: Mapped[list[dict]] = mapped_column(sa.JSON, default=list)
    # Flags a facilitator reviewed and cleared (kept visible in the export).
    cleared_flags: Mapped[list[dict]] = mapped_column(sa.JSON, default=list)
    edited: Mapped[bool] = mapped_column(default=False)
    # Shown large on the projector; at most one per board (the service keeps it so).
    spotlight: Mapped[bool] = mapped_column(default=False)
    # While a merge can be undone: the state it had and the ids of the votes that moved to
    # the item it was merged into ({"status", "votes"}); no author ref. Cleared at close.
    merge_undo: Mapped[dict | None] = mapped_column(sa.JSON, nullable=True)
    # Coarsened to the day when the session closes; used for "recent" while it runs.
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # "Name, Affiliation" when the author chose to post this under their name on an item
    # that is on the record (taken from their roster entry at posting, never from the
    # client); None for everything else. Consented content of the record: kept at close.
    # Such a post's author_ref is its own (anonymity.attributed_ref), not the author's.
    attribution: Mapped[str | None] = mapped_column(sa.String(MAX_ATTRIBUTION),
                                                    nullable=True)

    agenda_item = relationship("AgendaItem")


class Vote(Authored, Model):
    """One participant's upvote of one contribution: unique per (contribution, author_ref)."""

    __tablename__ = "vote"
    deleted_at_close = True  # the count lives on in Contribution.vote_count
    __table_args__ = (sa.UniqueConstraint("contribution_id", "author_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    contribution_id: Mapped[int] = mapped_column(sa.ForeignKey("contribution.id"), index=True)


class ModerationLogEntry(Model):
    """One moderation act, for the facilitator's account of the moderation: what was done
    (dismissed, merged, edited, redacted) on which board and why, to the day.

    Deliberately not tied to the contribution or its author: no key into the authored
    tables, no author ref, no time finer than the day; lists are ordered by day, board,
    action and reason, never by id, so they do not tell the posting or moderation order.
    """

    __tablename__ = "moderation_log_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True)
    day: Mapped[date] = mapped_column(sa.Date)
    action: Mapped[str] = mapped_column(sa.String(12))
    kind: Mapped[str] = mapped_column(sa.String(20), default="contribution")
    reason: Mapped[str] = mapped_column(sa.String(500), default="")

    agenda_item = relationship("AgendaItem")
