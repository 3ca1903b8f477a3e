"""The roster: who is invited. Identity lives here and nowhere else."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import Model
from .base import new_secret, public_id_column


class RosterEntry(Model):
    """One invited (or walk-in) participant of one session.

    Authored rows never point here; they carry ``author_ref`` instead (DESIGN.md §2).
    """

    __tablename__ = "roster_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    email: Mapped[str] = mapped_column(sa.String(254), default="")
    affiliation: Mapped[str] = mapped_column(sa.String(200), default="")
    stakeholder_group: Mapped[str] = mapped_column(sa.String(120), default="")
    walk_in: Mapped[bool] = mapped_column(default=False)
    # Part of every invite token; changing it revokes the links issued before.
    invite_nonce: Mapped[str] = mapped_column(sa.String(64), default=new_secret)
    # Hash of the secret held by the one browser that claimed this seat.
    seat_hash: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    revoked: Mapped[bool] = mapped_column(default=False)
    acknowledged_rule: Mapped[bool] = mapped_column(default=False)
    # Day only after close: a fine join time could be matched to a first post.
    joined_on: Mapped[datetime | None] = mapped_column(nullable=True)
    # When a new link replaced a seat this entry had held. The seat claimed with it votes,
    # rates and answers only on what appeared after this moment: whatever came before,
    # the old seat may already have voted on, and nothing may say which (docs/security.md).
    reseated_on: Mapped[datetime | None] = mapped_column(nullable=True)
    # The language of this person's invitation ("" = the session's language).
    language: Mapped[str] = mapped_column(sa.String(5), default="")
    # The day (never the time) the invitation email was sent; cleared at close. The link
    # itself is never stored.
    invitation_sent_on: Mapped[date | None] = mapped_column(sa.Date, nullable=True)
    # Why the last sending failed (the mail server's answer), until a sending succeeds.
    invitation_error: Mapped[str | None] = mapped_column(sa.String(300), nullable=True)
