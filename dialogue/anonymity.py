"""The Chatham House guarantee in code: author refs, seat secrets and severing the link.

See DESIGN.md §2. Nothing outside this module computes an author ref.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

import sqlalchemy as sa

from .extensions import db
from .models import (
    DialogueSession,
    EventStream,
    RosterEntry,
    SessionEvent,
    WriteReceipt,
    authored_models,
)
from .models.base import utcnow


class SessionClosed(Exception):
    """The session is closed: its author key is gone and nothing more can be written."""


def new_author_key() -> bytes:
    return secrets.token_bytes(32)


def author_ref(session: DialogueSession, participant: RosterEntry) -> str:
    """HMAC(session key, participant id): stable within a session, unlinkable after close."""
    if session.author_key is None:
        raise SessionClosed(session.public_id)
    return hmac.new(session.author_key, str(participant.id).encode(), hashlib.sha256).hexdigest()


def keyed_hash(session: DialogueSession, *parts: str) -> str:
    """A session-keyed hash of arbitrary parts (idempotency keys, rate-limit buckets)."""
    if session.author_key is None:
        raise SessionClosed(session.public_id)
    message = "\x1f".join(parts).encode()
    return hmac.new(session.author_key, message, hashlib.sha256).hexdigest()


def seat_hash(secret: str) -> str:
    """The stored form of the secret a participant's browser holds for its seat."""
    return hashlib.sha256(secret.encode()).hexdigest()


def sever_links(session: DialogueSession) -> None:
    """Destroy the session key and every trace that could tie a row to a person.

    Clears author refs (which would otherwise still link one person's posts to each
    other), the event log and write receipts, and coarsens join times to the day.
    The caller commits, then runs scrub_storage() outside the transaction.
    """
    session.author_key = None
    day = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    for model in authored_models():
        values: dict = {"author_ref": None}
        if hasattr(model, "created_at"):
            values["created_at"] = day  # a fine time could be matched to a join time
        db.session.execute(
            sa.update(model).where(model.session_id == session.id).values(**values)
        )
    db.session.execute(sa.delete(SessionEvent).where(SessionEvent.session_id == session.id))
    db.session.execute(sa.delete(EventStream).where(EventStream.session_id == session.id))
    db.session.execute(sa.delete(WriteReceipt).where(WriteReceipt.session_id == session.id))
    for entry in db.session.scalars(
        sa.select(RosterEntry).where(RosterEntry.session_id == session.id)
    ):
        entry.seat_hash = None
        # Who was sent an invitation when, and why a sending failed, is no longer needed.
        entry.invitation_sent_on = None
        entry.invitation_error = None
        if entry.joined_on is not None:
            entry.joined_on = entry.joined_on.replace(hour=0, minute=0, second=0, microsecond=0)


def scrub_storage() -> None:
    """Make deleted bytes unrecoverable: for SQLite, checkpoint the WAL and VACUUM."""
    engine = db.engine
    if engine.dialect.name != "sqlite":
        # PostgreSQL: VACUUM reclaims dead tuples so the old values are not readable
        # through the table; WAL archives are the operator's responsibility (docs/).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
