"""Erasing a closed session's key and author refs from the database's files, verified.

Severing the link (``anonymity.sever_links``) removes the key and the refs from the rows;
their bytes can still sit in a file of the database: SQLite's WAL, PostgreSQL's dead
tuples, old index pages, WAL segments. The close marks the session "erasure pending" in
the same transaction that severs the link, then scrubs the storage and verifies the result
(``sqlite.scrub`` / ``postgresql.scrub``); only a verified scrub clears the mark. A session
left pending is retried on later visits to its page and by ``dialogue check``.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import Flask, current_app
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import DialogueSession, ErasurePending, RosterEntry, WriteReceipt, authored_models
from ..models.base import utcnow
from . import postgresql, sqlite

# Why erasure could not be verified; the codes are stored, the texts shown.
REASONS = {
    "interrupted": _l("The close was interrupted before the storage was scrubbed."),
    "busy": _l("Another connection holds the database open (a backup, an sqlite3 shell), "
               "so its write-ahead log cannot be emptied."),
    "found": _l("The key or an author reference is still in a file beside the database; "
                "delete that copy."),
    "locked": _l("A table was in use by another transaction and could not be rewritten."),
    "dead_rows": _l("A transaction that started before the close can still see old rows."),
    "wal_settings": _l("The server's settings keep old WAL segments (see docs/production.md)."),
    "wal_segments": _l("WAL segments written before the close are still in pg_wal."),
    "privileges": _l("The database role may not run CHECKPOINT or pg_switch_wal()."),
    "statistics": _l("PostgreSQL's planner statistics keep samples of author references."),
    "unverified": _l("The database did not report whether every old row was removed."),
}
# Reasons that do not clear without an operator: not retried on every page visit.
OPERATOR_REASONS = {"found", "wal_settings", "privileges", "statistics", "unverified"}


def init_app(app: Flask) -> None:
    postgresql.init_app(app)


def traces_of(session: DialogueSession) -> list[bytes]:
    """The bytes that must vanish from the files: the key and every ref, raw and in hex.

    Kept in memory for the length of the close only, to verify the scrub.
    """
    traces: list[bytes] = []
    if session.author_key is not None:
        traces += [bytes(session.author_key), bytes(session.author_key).hex().encode()]
    for model in authored_models():
        traces += [ref.encode() for ref in db.session.scalars(
            sa.select(model.author_ref).distinct().where(
                model.session_id == session.id, model.author_ref.is_not(None)))
            if ref is not None]
    traces += [value.encode() for value in db.session.scalars(
        sa.select(RosterEntry.seat_hash).where(RosterEntry.session_id == session.id,
                                               RosterEntry.seat_hash.is_not(None)))
        if value is not None]
    traces += [value.encode() for value in db.session.scalars(
        sa.select(WriteReceipt.key_hash).where(WriteReceipt.session_id == session.id))]
    return traces


def mark_pending(session: DialogueSession) -> None:
    """Record, in the closing transaction, that the session's bytes are not yet erased."""
    day = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    db.session.add(ErasurePending(session_id=session.id, since=day, reason="interrupted"))


def scrub(traces: list[bytes] | None = None) -> str | None:
    """Scrub the storage and verify it; clear the pending marks it covered if it worked.

    Returns None when erasure is verified, else the reason code (kept on the marks).
    ``traces`` are searched for in the files where the app can read them (SQLite).
    """
    db.session.commit()
    # Only marks committed before the scrub began are covered by it: a session closing
    # meanwhile in another process keeps its own mark until its own scrub.
    marked = {mark.session_id: mark.reason for mark in pending()}
    if db.engine.dialect.name == "sqlite":
        reason = sqlite.scrub(db.engine, current_app.instance_path, traces or [])
    else:
        reason = postgresql.scrub(db.engine)
    reason = reason or _copies_left(marked.values())
    covered = ErasurePending.session_id.in_(marked)
    if reason is None:
        db.session.execute(sa.delete(ErasurePending).where(covered))
    else:
        db.session.execute(sa.update(ErasurePending).where(covered).values(reason=reason))
    db.session.commit()
    if reason is None and db.engine.dialect.name == "sqlite":
        sqlite.checkpoint(db.engine)  # empty the WAL of the marks' own deletion too
    return reason


def _copies_left(reasons) -> str | None:
    """A retry cannot search for the traces (they are gone from memory); a file found
    holding them before must be gone itself (an operator deletes such a copy)."""
    for reason in reasons:
        if reason.startswith("found:") and any(
                path.exists() for path in sqlite.paths_in(reason, current_app.instance_path)):
            return reason
    return None


def pending() -> list[ErasurePending]:
    return list(db.session.scalars(sa.select(ErasurePending).order_by(ErasurePending.since)))


def retry_pending(by_operator: bool = True) -> list[ErasurePending]:
    """Scrub again if any session's erasure is pending; return what is still pending.

    A visit to a page retries only what can clear by itself (a reader that let go);
    what needs the operator (settings, privileges) is retried by `dialogue check`.
    """
    marks = pending()
    if any(by_operator or mark.reason.split(":")[0] not in OPERATOR_REASONS
           for mark in marks):
        scrub()
    return pending()


def pending_for(session: DialogueSession) -> ErasurePending | None:
    return db.session.get(ErasurePending, session.id)


def needs_operator(mark: ErasurePending) -> bool:
    return mark.reason.split(":")[0] in OPERATOR_REASONS


def reason_text(code: str) -> str:
    base, _, detail = code.partition(":")
    text = str(REASONS.get(base, REASONS["unverified"]))
    return f"{text} ({detail.replace(';', ', ')})" if detail else text
