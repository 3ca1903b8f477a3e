"""Event log for reconnect replay, and write receipts for idempotent retries."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import utcnow


class SessionEvent(db.Model):
    """A public delta event, kept so a reconnecting client can catch up.

    Only events sent to a whole session or board room are kept; nothing addressed to one
    person. The log is deleted when the session closes.
    """

    __tablename__ = "session_event"
    __table_args__ = (sa.UniqueConstraint("session_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    seq: Mapped[int] = mapped_column()
    room: Mapped[str] = mapped_column(sa.String(80))
    name: Mapped[str] = mapped_column(sa.String(40))
    payload: Mapped[dict] = mapped_column(sa.JSON)


class WriteReceipt(db.Model):
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
