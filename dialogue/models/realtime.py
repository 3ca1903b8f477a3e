"""Event log for reconnect replay, and write receipts for idempotent retries."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import Model
from .base import utcnow

AUDIENCES = ("public", "moderators")
"""Who receives a sequence of events: ``public`` is every participant and the projector,
``moderators`` the facilitator's console (every public event too, numbered in its own
sequence). Each audience's numbers run without gaps over what it receives."""


class EventStream(Model):
    """The last sequence number of one audience's events in a session.

    Kept apart from ``dialogue_session``, which then is not rewritten on every event.
    """

    __tablename__ = "event_stream"
    __table_args__ = (sa.UniqueConstraint("session_id", "audience"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    audience: Mapped[str] = mapped_column(sa.String(20))
    last_seq: Mapped[int] = mapped_column(default=0)


class SessionEvent(Model):
    """A delta event as one audience received it, kept so a reconnecting client can catch
    up. Nothing addressed to one person is kept. The log is deleted when the session
    closes."""

    __tablename__ = "session_event"
    __table_args__ = (sa.UniqueConstraint("session_id", "audience", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    audience: Mapped[str] = mapped_column(sa.String(20))
    seq: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(sa.String(40))
    payload: Mapped[dict] = mapped_column(sa.JSON)


class WriteReceipt(Model):
    """The result of a write, by idempotency key, so a retried write applies once.

    Keyed by HMAC of the author and the client's key; cleared when the session closes.
    """

    __tablename__ = "write_receipt"
    __table_args__ = (sa.UniqueConstraint("session_id", "key_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    key_hash: Mapped[str] = mapped_column(sa.String(64))
    result: Mapped[dict] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
