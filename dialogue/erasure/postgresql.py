"""PostgreSQL: rewrite every relation that held a key or a ref, then retire the old WAL.

A DELETE or UPDATE leaves the old row version in the heap, and its key in every index,
until the page is reused; plain VACUUM marks the space free but leaves the bytes. So the
scrub rewrites each touched table with ``VACUUM (FULL, VERBOSE)`` (new heap, index, TOAST,
free-space and visibility map files; the old files are unlinked at the next checkpoint),
and checks in the verbose report that no dead row version had to be kept for an older
transaction. Then CHECKPOINT, ``pg_switch_wal()`` and CHECKPOINT again: every WAL segment
written before is removed, unless a setting keeps it (``wal_recycle`` renames old segments
for reuse with their bytes intact; ``wal_keep_size``, replication slots and archiving keep
them), which the scrub checks. ANALYZE never samples these columns (statistics target 0,
set when the tables are created), so pg_statistic holds no copy.
"""

from __future__ import annotations

import re
import time

import sqlalchemy as sa
from flask import Flask, current_app
from sqlalchemy.exc import DBAPIError

from ..extensions import db
from ..models import authored_models

REWRITE_ATTEMPTS = 4
_KEPT = re.compile(r"(\d+) dead row versions cannot be removed yet")
_SEGMENT = re.compile(r"^[0-9A-F]{24}$")


def unsampled_columns() -> list[tuple[str, str]]:
    """(table, column) of every column holding a key, an author ref or a seat's hash."""
    return [("session_key", "key"), ("roster_entry", "seat_hash"),
            ("write_receipt", "key_hash")] + [
        (model.__tablename__, "author_ref") for model in authored_models()]


def touched_tables() -> list[str]:
    """Every table that held the key, a ref or a seat's hash, or an old copy of the key."""
    return sorted({table for table, _ in unsampled_columns()}
                  | {"dialogue_session", "session_event"}
                  | {"network_card"})  # withdrawn contacts (networking/services.compact)


def _no_samples(target, connection, tables=(), **_kw) -> None:
    if connection.dialect.name != "postgresql":
        return
    created = {table.name for table in tables}
    for table, column in unsampled_columns():
        if table in created:
            connection.exec_driver_sql(
                f'ALTER TABLE "{table}" ALTER COLUMN "{column}" SET STATISTICS 0')


def init_app(app: Flask) -> None:
    """Tables made by ``create_all`` (tests, scratch databases) get the target 0 too."""
    if not sa.event.contains(db.metadata, "after_create", _no_samples):
        sa.event.listen(db.metadata, "after_create", _no_samples)


def _rewrite(connection, tables: list[str]) -> str | None:
    """VACUUM FULL each table; None if no dead row version was kept, else why not.

    A table whose rewrite had to keep dead row versions for a snapshot taken before the
    close (often a request's transaction that ends a moment later) is rewritten again, a
    few times, before the close gives up and reports erasure pending.
    """
    notes: list[str] = []
    raw = connection.connection.driver_connection

    def handler(diagnostic) -> None:
        notes.append(diagnostic.message_detail or "")

    raw.add_notice_handler(handler)
    timeout = int(current_app.config["ERASURE_LOCK_TIMEOUT_MS"])
    reason: str | None = None
    try:
        connection.exec_driver_sql(f"SET lock_timeout = {timeout}")
        for attempt in range(REWRITE_ATTEMPTS):
            if attempt:
                time.sleep(0.2 * attempt)
            left: list[str] = []
            reason = None
            for table in tables:
                notes.clear()
                connection.exec_driver_sql(f'VACUUM (FULL, VERBOSE) "{table}"')
                kept = [int(match.group(1)) for note in notes if (match := _KEPT.search(note))]
                if not kept:  # the report's wording (lc_messages) is not the one we read
                    return "unverified"
                if any(kept):
                    left, reason = [*left, table], "dead_rows"
            if not left:
                return None
            tables = left
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", "") == "55P03":  # lock_not_available
            return "locked"
        raise
    finally:
        raw.remove_notice_handler(handler)
        connection.exec_driver_sql("RESET lock_timeout")
    return reason


def _sampled(connection) -> bool:
    """Set the statistics target 0 where it is missing; True if samples already exist."""
    columns = unsampled_columns()
    for table, column in columns:
        target = connection.execute(sa.text(
            "SELECT attstattarget FROM pg_attribute WHERE attrelid = to_regclass(:t) "
            "AND attname = :c"), {"t": table, "c": column}).scalar()
        if target is not None and target != 0:
            connection.exec_driver_sql(
                f'ALTER TABLE "{table}" ALTER COLUMN "{column}" SET STATISTICS 0')
    pairs = [f"('{table}', '{column}')" for table, column in columns]
    return bool(connection.exec_driver_sql(
        "SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() "
        f"AND (tablename, attname) IN ({', '.join(pairs)})").scalar())


def _keeps_old_segments(connection) -> bool:
    settings = dict(connection.exec_driver_sql(
        "SELECT name, setting FROM pg_settings WHERE name IN "
        "('wal_recycle', 'wal_keep_size')").all())
    return settings.get("wal_recycle") != "off" or settings.get("wal_keep_size") != "0"


def _retire_wal(connection) -> str | None:
    """Checkpoint, switch to a new segment, checkpoint: the old segments are removed."""
    try:
        connection.exec_driver_sql("CHECKPOINT")
        switched = connection.exec_driver_sql(
            "SELECT pg_walfile_name(pg_switch_wal())").scalar()
        connection.exec_driver_sql("CHECKPOINT")
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", "") == "42501":  # insufficient_privilege
            return "privileges"
        raise
    slots = connection.execute(sa.text(
        "SELECT count(*) FROM pg_replication_slots WHERE restart_lsn IS NOT NULL "
        "AND pg_walfile_name(restart_lsn) <= :name"), {"name": switched}).scalar()
    try:
        names = connection.exec_driver_sql("SELECT name FROM pg_ls_waldir()").scalars().all()
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", "") != "42501":
            raise
        archiving = connection.exec_driver_sql("SHOW archive_mode").scalar() != "off"
        return "wal_settings" if slots or archiving else None  # settings checked before
    if any(_SEGMENT.match(name) and name <= switched for name in names):
        return "wal_segments"
    return "wal_settings" if slots else None


def scrub(engine: sa.Engine) -> str | None:
    """Rewrite, check, retire the WAL; None when erasure is verified, else why not."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        reason = _rewrite(connection, touched_tables())
        if reason is None and _sampled(connection):
            reason = "statistics"
        retired = _retire_wal(connection)  # worth doing even if a table kept old rows
        if reason is None and _keeps_old_segments(connection):
            reason = "wal_settings"
        return reason or retired
