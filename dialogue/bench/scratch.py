"""The bench's data: a live session with a roster, invite links and items to vote on.

By default everything lives in a scratch instance folder (SQLite), or in a scratch
PostgreSQL database created for the run and dropped afterwards. Against a running server
(``--url``) the bench session is made in that server's own database (the DIALOGUE_*
settings of this shell) and closed when the run ends. The counts are read back from the
database afterwards: the number of vote rows is what the server really kept.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from flask import Flask

SEED_ITEMS_TEXT = "Seeded item {n}: what would make a training partnership work for trainees?"


@dataclass
class BenchSession:
    """What the load needs to know: where to join, which board, which items."""

    session_id: int
    public_id: str
    code: str
    board: str
    invite_paths: list[str]
    items: list[str]
    env: dict[str, str] = field(default_factory=dict)


def scratch_postgres(url: str) -> tuple[str, str]:
    """Create a uniquely named database on the server of ``url``; return (url, name)."""
    base = sa.make_url(url)
    if base.drivername == "postgresql":
        base = base.set(drivername="postgresql+psycopg")
    name = f"dialogue_bench_{secrets.token_hex(6)}"
    engine = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False), name


def drop_postgres(url: str, name: str) -> None:
    engine = sa.create_engine(sa.make_url(url).set(database="postgres"),
                              isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine.dispose()


def bench_app(instance: Path | None, database_uri: str | None, secret_key: str | None) -> Flask:
    """The app object the bench uses for its own reads and writes (no server, no queue)."""
    from .. import create_app

    config: dict = {"TESTING": True, "REDIS_URL": None, "ASYNC_MODE": "threading"}
    if instance is not None:
        config["INSTANCE_PATH"] = str(instance)
    if database_uri is not None:
        config["SQLALCHEMY_DATABASE_URI"] = database_uri
    if secret_key is not None:
        config["SECRET_KEY"] = secret_key
    return create_app(config)


def migrate(app: Flask) -> None:
    from ..cli import upgrade_database

    with app.app_context():
        upgrade_database()


def create_bench_session(app: Flask, clients: int, items: int) -> BenchSession:
    """A live session with its first board open, ``clients`` invited participants and
    ``items`` published contributions by nobody on the roster (so anyone may vote)."""
    from ..auth.services import create_facilitator
    from ..extensions import db
    from ..facilitate.services import create_session
    from ..join.services import invite_token
    from ..models import Contribution, RosterEntry
    from ..session_templates import load_template

    with app.app_context():
        owner = create_facilitator(f"bench-{secrets.token_hex(4)}@bench.example.org",
                                   secrets.token_urlsafe(24), "Bench")
        template = load_template(Path(app.config["SESSIONS_DIR"]) / "demo.toml")
        session = create_session(owner, template)
        session.title = f"Bench {session.code}"
        session.status = "live"
        board = session.agenda[0]
        board.state = "open"
        groups = session.stakeholder_groups or [""]
        entries = [RosterEntry(session_id=session.id, name=f"Bench participant {n}",
                               email=f"bench{n}@bench.example.org", affiliation="Bench Ministry",
                               stakeholder_group=groups[n % len(groups)])
                   for n in range(clients)]
        db.session.add_all(entries)
        seed_author = secrets.token_hex(32)
        seeded = [Contribution(session_id=session.id, agenda_item_id=board.id,
                               author_ref=seed_author, kind="contribution",
                               text=SEED_ITEMS_TEXT.format(n=n + 1), status="published",
                               labels=[], flags=[], cleared_flags=[], vote_count=0)
                  for n in range(items)]
        db.session.add_all(seeded)
        db.session.commit()
        secret = app.config["SECRET_KEY"]
        result = BenchSession(
            session_id=session.id, public_id=session.public_id, code=session.code,
            board=board.public_id,
            invite_paths=[f"/i/{invite_token(secret, entry)}" for entry in entries],
            items=[item.public_id for item in seeded])
        db.session.remove()
    return result


def count_writes(app: Flask, bench: BenchSession) -> dict:
    """What the database holds after the run: vote rows, the counters, new posts."""
    from ..extensions import db
    from ..models import Contribution, Vote

    with app.app_context():
        votes = db.session.execute(sa.select(sa.func.count()).select_from(Vote)
                                   .where(Vote.session_id == bench.session_id)).scalar_one()
        counters = db.session.execute(sa.select(sa.func.coalesce(
            sa.func.sum(Contribution.vote_count), 0))
            .where(Contribution.session_id == bench.session_id)).scalar_one()
        posts = db.session.execute(sa.select(sa.func.count()).select_from(Contribution)
                                   .where(Contribution.session_id == bench.session_id,
                                          Contribution.public_id.not_in(bench.items))
                                   ).scalar_one()
        db.session.remove()
    return {"votes": int(votes), "counters": int(counters), "posts": int(posts)}


def dispose(app: Flask) -> None:
    """Close the bench's own database connections (before a scratch database is dropped)."""
    from ..extensions import db

    with app.app_context():
        db.engine.dispose()


def close_bench_session(app: Flask, bench: BenchSession) -> None:
    """Against a running server: close the bench session so it holds no live links."""
    from ..extensions import db
    from ..facilitate.services import close_session
    from ..models import DialogueSession

    with app.app_context():
        session = db.session.get(DialogueSession, bench.session_id)
        if session is not None and not session.is_closed:
            close_session(session)
        db.session.remove()
