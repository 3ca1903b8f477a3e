"""Live boards: contributions and questions on an agenda item, and the votes on them."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import Model
from .base import Authored, public_id_column, utcnow

CONTRIBUTION_KINDS = ("contribution", "question")
# pending: held for moderation; published: visible; dismissed: seen by its author only;
# withdrawn: taken back by its author; archived: hidden by a moderator; merged: folded
# into another item (its votes moved there).
CONTRIBUTION_STATUSES = ("pending", "published", "dismissed", "withdrawn", "archived", "merged")


class Contribution(Authored, Model):
    __tablename__ = "contribution"
    authored_times = ("created_at",)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    agenda_item_id: Mapped[int] = mapped_column(sa.ForeignKey("agenda_item.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(20), default="contribution")
    text: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(12), default="published", index=True)
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
