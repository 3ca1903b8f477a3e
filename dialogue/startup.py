"""Start-up checks: refuse to serve with a configuration that cannot work, and say why."""

from __future__ import annotations

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError


class StartupError(RuntimeError):
    """The configuration cannot work; the message says what to fix."""


def check_configuration(app: Flask) -> list[str]:
    """Return what was checked; raise StartupError naming the first problem found."""
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from . import MIGRATIONS_DIR
    from .extensions import db

    checked = []
    secret = app.config.get("SECRET_KEY") or ""
    if len(secret) < 32:
        raise StartupError("The secret key is missing or shorter than 32 characters. Unset "
                           "DIALOGUE_SECRET_KEY to have one generated in the instance folder.")
    checked.append("secret key present")
    with app.app_context():
        try:
            with db.engine.connect() as connection:
                current = MigrationContext.configure(connection).get_current_revision()
                if db.engine.dialect.name == "sqlite":
                    mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
                    timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one()
                    if mode != "wal" or timeout < 1000:
                        raise StartupError(f"SQLite is not in WAL mode with a busy timeout "
                                           f"(journal_mode={mode}, busy_timeout={timeout}).")
                    checked.append("SQLite pragmas set (WAL, busy timeout)")
        except SQLAlchemyError as exc:
            raise StartupError(f"The database is not reachable "
                               f"({db.engine.url.render_as_string(hide_password=True)}): "
                               f"{exc.__class__.__name__}.") from exc
        checked.append("database reachable")
        config = Config()
        config.set_main_option("script_location", MIGRATIONS_DIR)
        head = ScriptDirectory.from_config(config).get_current_head()
        if current != head:
            raise StartupError(f"The database schema is at revision {current or 'none'}, the "
                               f"code expects {head}. Run `dialogue db upgrade`.")
        checked.append("migrations current")
    return checked
