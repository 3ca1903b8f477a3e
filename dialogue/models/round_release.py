"""The round report's releases: one per release of a round (a facilitator's sessions that
share a ``round_name``), and each released format as first rendered."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import Model
from .base import public_id_column, utcnow


class RoundRelease(Model):
    """One release of a round report: who released it, when, formats and language.

    ``content`` is the round report as released (built from each session's redacted
    export), so a download is exactly what the facilitator saw. ``review_digest`` digests
    the sessions' review state at release (decisions, redactions, which sessions): when
    it or the report differs today, the release is stale and its page says so.
    ``withdrawn`` is set when a passage it showed is redacted in one of the sessions:
    its content and files are dropped, as for a session's release.
    """

    __tablename__ = "round_release"
    __table_args__ = (sa.Index("ix_round_release_round", "facilitator_id", "round_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    facilitator_id: Mapped[int] = mapped_column(sa.ForeignKey("facilitator.id"))
    round_name: Mapped[str] = mapped_column(sa.String(200))
    released_on: Mapped[datetime] = mapped_column(default=utcnow)
    formats: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    language: Mapped[str] = mapped_column(sa.String(5), default="en")
    content: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    review_digest: Mapped[str] = mapped_column(sa.String(64), default="")
    withdrawn: Mapped[bool] = mapped_column(default=False)


class RoundFile(Model):
    """One format of one round release, stored the first time it is rendered."""

    __tablename__ = "round_file"
    __table_args__ = (sa.UniqueConstraint("release_id", "format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(
        sa.ForeignKey("round_release.id", ondelete="CASCADE"))
    format: Mapped[str] = mapped_column(sa.String(10))
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
