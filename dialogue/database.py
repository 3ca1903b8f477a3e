"""Database wiring: the engine's pragmas for SQLite, and the models' registration."""

from __future__ import annotations

import logging

import sqlalchemy as sa
from flask import Flask

from .extensions import db


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL for concurrent readers, a busy timeout instead of 'database is locked',
    and secure_delete so that deleted identity links are overwritten on disk."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _no_result_rows(record: logging.LogRecord) -> bool:
    """The engine's DEBUG lines are the rows it read (names, emails, keys): never logged,
    even when an operator turns the engine's logging all the way up."""
    return record.levelno > logging.DEBUG


def init_app(app: Flask) -> None:
    from . import models  # noqa: F401 - every model must be mapped before create_all/migrate

    uri = app.config["SQLALCHEMY_DATABASE_URI"]
    if uri.startswith("sqlite"):
        app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {"connect_args": {"timeout": 10}})
    else:
        app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {"pool_pre_ping": True})
    # An error's message never carries the statement's values (names, texts, refs) into a
    # log line, whatever engine options a deployment sets.
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {**app.config["SQLALCHEMY_ENGINE_OPTIONS"],
                                               "hide_parameters": True}
    engine_logger = logging.getLogger("sqlalchemy.engine.Engine")
    if _no_result_rows not in engine_logger.filters:
        engine_logger.addFilter(_no_result_rows)
    db.init_app(app)
    if uri.startswith("sqlite"):
        with app.app_context():
            sa.event.listen(db.engine, "connect", _sqlite_pragmas)
