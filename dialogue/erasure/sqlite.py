"""SQLite: checkpoint the WAL, VACUUM, checkpoint again, and verify that it all worked.

``wal_checkpoint(TRUNCATE)`` gives up when another connection holds a read transaction
longer than the busy timeout (a backup, an open ``sqlite3`` shell); the WAL then still
holds the old pages. So the scrub checks the checkpoint's result row (busy, log,
checkpointed), that the WAL file is empty, and that no file of the instance folder or
beside the database holds any of the traces.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from flask import current_app


def _database(engine: sa.Engine) -> str:
    """The database file's name; an engine without one has no file to scrub."""
    database = engine.url.database
    if database is None:
        raise ValueError("the SQLite erasure needs a database file, not an in-memory database")
    return database


def _connect(engine: sa.Engine) -> sqlite3.Connection:
    timeout_ms = current_app.config["ERASURE_BUSY_TIMEOUT_MS"]
    connection = sqlite3.connect(_database(engine), isolation_level=None,
                                 timeout=timeout_ms / 1000)
    connection.execute("PRAGMA secure_delete=ON")
    return connection


def checkpoint(engine: sa.Engine) -> tuple[int, int, int]:
    """Copy the WAL into the database file and truncate it: (busy, log, checkpointed)."""
    connection = _connect(engine)
    try:
        return tuple(connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    finally:
        connection.close()


def files_of(engine: sa.Engine, instance_path: str) -> list[Path]:
    """The database, its -wal, -shm and -journal, and every file of the instance folder."""
    database = Path(_database(engine)).resolve()
    paths = {database.with_name(database.name + suffix)
             for suffix in ("", "-wal", "-shm", "-journal")}
    folder = Path(instance_path)
    if folder.is_dir():
        paths |= {path.resolve() for path in folder.rglob("*") if path.is_file()}
    return sorted(path for path in paths if path.is_file())


def holding(paths: list[Path], traces: list[bytes]) -> list[Path]:
    """The files among ``paths`` that contain any of ``traces``."""
    found = []
    for path in paths:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        if any(trace in content for trace in traces):
            found.append(path)
    return found


def scrub(engine: sa.Engine, instance_path: str, traces: list[bytes]) -> str | None:
    """Scrub the database files; None when verified, else why not."""
    connection = _connect(engine)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        busy, log, done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:  # "database is locked": a writer outlasted the timeout
        return "busy"
    finally:
        connection.close()
    wal = Path(_database(engine) + "-wal")
    if busy or log != done or (wal.exists() and wal.stat().st_size > 0):
        return "busy"
    found = holding(files_of(engine, instance_path), traces) if traces else []
    return _found_reason(found, instance_path) if found else None


def _found_reason(found: list[Path], instance_path: str) -> str:
    """``found:`` and the files, relative to the instance folder where they are in it."""
    folder = Path(instance_path).resolve()
    names = [str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)
             for path in found]
    reason = "found:"
    for name in names:  # as many as the column holds; a retry checks these
        if len(reason) + len(name) + 1 > 200:
            break
        reason += ("" if reason == "found:" else ";") + name
    return reason


def paths_in(reason: str, instance_path: str) -> list[Path]:
    """The files named in a ``found:`` reason."""
    names = [name for name in reason.partition(":")[2].split(";") if name]
    return [Path(instance_path) / name for name in names]  # absolute names stay absolute
