"""Consistent online backups, and the promise that a closed session's link is not in them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa

from .extensions import db
from .models import DialogueSession, authored_models


class BackupError(RuntimeError):
    """The backup could not be made or failed its checks; nothing usable was left behind."""


def _closed_sessions_hold_no_link(connection: sqlite3.Connection) -> None:
    keys = connection.execute(
        "SELECT count(*) FROM session_key JOIN dialogue_session s "
        "ON s.id = session_key.session_id WHERE s.status = 'closed'").fetchone()[0]
    if keys:
        raise BackupError("A closed session still has an author key; refusing to back it up.")
    for model in authored_models():
        table = model.__tablename__
        linked = connection.execute(
            f"SELECT count(*) FROM {table} JOIN dialogue_session s "  # noqa: S608 - model names
            f"ON s.id = {table}.session_id WHERE s.status = 'closed' "
            f"AND {table}.author_ref IS NOT NULL").fetchone()[0]
        if linked:
            raise BackupError(f"{table} still links rows of a closed session to authors; "
                              "refusing to back it up.")


def backup_sqlite(target: Path) -> dict:
    """Write a consistent copy with ``VACUUM INTO`` and check it; return what was checked."""
    if db.engine.dialect.name != "sqlite":
        raise BackupError("`dialogue backup` copies SQLite databases. For PostgreSQL use "
                          "pg_dump (see docs/production.md).")
    target = target.resolve()
    if target.exists():
        raise BackupError(f"{target} exists already; choose a new file name.")
    if not target.parent.is_dir():
        raise BackupError(f"The folder {target.parent} does not exist.")
    # Any session closed is already scrubbed in the live file; VACUUM INTO writes only
    # live pages, so deleted keys and refs are not carried into the copy either.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM INTO ?", (str(target),))
    copy = sqlite3.connect(target)
    try:
        integrity = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            raise BackupError(f"The copy failed its integrity check: {integrity}")
        _closed_sessions_hold_no_link(copy)
        sessions = copy.execute("SELECT count(*) FROM dialogue_session").fetchone()[0]
    except BackupError:
        copy.close()
        target.unlink(missing_ok=True)
        raise
    copy.close()
    live = db.session.scalar(sa.select(sa.func.count()).select_from(DialogueSession))
    if sessions != live:
        target.unlink(missing_ok=True)
        raise BackupError("The copy does not hold every session; it was removed.")
    return {"path": str(target), "sessions": sessions, "integrity": integrity}
