"""The outcome export: a facilitator's decision on each flagged span, each release, and
each released file as first rendered."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import Model
from .base import public_id_column, utcnow

# cleared: the span stays as written; confirmed: it is replaced by "[redacted]".
SPAN_DECISIONS = ("cleared", "confirmed")


class ExportDecision(Model):
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


class ExportRedaction(Model):
    """A passage of one exported text that the facilitator selected and redacted.

    Any words of any text, not only flagged ones. ``passage_key`` digests which text it is
    (kind, row, field) and ``text_digest`` the text as it was when the passage was chosen:
    the offsets apply to that text only, and if the text changes the whole of it is
    redacted until the facilitator looks again. The passage's words are not stored.
    """

    __tablename__ = "export_redaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    passage_key: Mapped[str] = mapped_column(sa.String(40), index=True)
    text_digest: Mapped[str] = mapped_column(sa.String(64))
    span_start: Mapped[int] = mapped_column()
    span_end: Mapped[int] = mapped_column()


class ExportRelease(Model):
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
    # Set when a passage was redacted after this release: its content and files are
    # dropped (they carry the words), and nothing is served until a new release.
    withdrawn: Mapped[bool] = mapped_column(default=False)


class ExportFile(Model):
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
