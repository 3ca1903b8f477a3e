"""The outcome export: a facilitator's decision on each flagged span, each release, and
each released file as first rendered."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import public_id_column, utcnow

# cleared: the span stays as written; confirmed: it is replaced by "[redacted]".
SPAN_DECISIONS = ("cleared", "confirmed")


class ExportDecision(db.Model):
    """What the facilitator decided about one flagged span of one exported text.

    ``span_key`` is a digest of where the span is and of the whole text it sits in, so an
    edit of that text makes the old decision lapse (and the span is redacted again until
    someone looks at it). The span's own words are not stored here.
    """

    __tablename__ = "export_decision"
    __table_args__ = (sa.UniqueConstraint("session_id", "span_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    span_key: Mapped[str] = mapped_column(sa.String(64))
    decision: Mapped[str] = mapped_column(sa.String(10))


class ExportRelease(db.Model):
    """One release of the outcome: who released it, when, in which formats and language.

    ``content`` is the redacted export model as released, so what participants download
    is exactly what the facilitator reviewed, whatever changes afterwards. The newest
    release of a session is the one in force.
    """

    __tablename__ = "export_release"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    facilitator_id: Mapped[int] = mapped_column(sa.ForeignKey("facilitator.id"))
    released_on: Mapped[datetime] = mapped_column(default=utcnow)
    formats: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    language: Mapped[str] = mapped_column(sa.String(5), default="en")
    shared_with_participants: Mapped[bool] = mapped_column(default=False)
    content: Mapped[dict] = mapped_column(sa.JSON, default=dict)


class ExportFile(db.Model):
    """One format of one release, stored the first time it is rendered.

    A release never changes, so neither does its file: later downloads are served from
    here. The bytes are rendered from the release's redacted ``content`` and hold nothing
    it does not; a new release has its own files.
    """

    __tablename__ = "export_file"
    __table_args__ = (sa.UniqueConstraint("release_id", "format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(
        sa.ForeignKey("export_release.id", ondelete="CASCADE"))
    format: Mapped[str] = mapped_column(sa.String(10))
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
