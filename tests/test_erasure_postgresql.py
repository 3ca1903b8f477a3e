"""On PostgreSQL, after close no file of the cluster holds the key or a ref (issue 12.2).

The test reads, as bytes, every file of the database's directory (heap, index, TOAST,
free-space and visibility maps, the catalogs' pg_statistic among them) and every file in
pg_wal, as someone who copied the data directory would. Other databases of the cluster are
not read; other sessions' keys may be there, only this session's key and refs matter.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from dialogue import erasure
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import Contribution, ErasurePending, authored_models

from .conftest import POSTGRES_URL
from .test_close_severs_the_link import _session_with_authored_rows

pytestmark = pytest.mark.services


def _admin(sql: str) -> None:
    url = sa.make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql)
        connection.execute("SELECT pg_reload_conf()")


@pytest.fixture
def wal_not_recycled(pg_app):
    """The operator requirement of docs/production.md: old WAL segments are removed.

    Set for the whole cluster and left so: other suites running at the same time on the
    same server must not see it change under them.
    """
    _admin("ALTER SYSTEM SET wal_recycle = off")
    db.session.remove()
    db.engine.dispose()  # new connections read the reloaded setting
    with db.engine.begin() as connection:  # no ANALYZE snapshot in the middle of a close
        for table in db.metadata.tables:
            connection.exec_driver_sql(f'ALTER TABLE "{table}" SET (autovacuum_enabled = off)')
    return pg_app


def _cluster_files() -> list[Path]:
    """Every file of this database's directory, of the shared catalogs and of pg_wal."""
    with db.engine.connect() as connection:
        data = Path(connection.exec_driver_sql("SHOW data_directory").scalar())
        database = Path(connection.exec_driver_sql(
            "SELECT pg_relation_filepath('contribution')").scalar()).parent
    return [path for folder in (database, Path("global"), Path("pg_wal"))
            for path in (data / folder).iterdir() if path.is_file()]


def _holding(traces: list[bytes]) -> list[str]:
    found = []
    for path in _cluster_files():
        try:
            content = path.read_bytes()
        except FileNotFoundError:  # removed while we listed (a checkpoint elsewhere)
            continue
        found += [f"{path.name}: {trace[:12]!r}" for trace in traces if trace in content]
    return found


def _busy_session(factory):
    """A session whose authored rows were rewritten many times, as in a real meeting."""
    session, people, _refs = _session_with_authored_rows(factory)
    for round_ in range(20):
        db.session.execute(sa.update(Contribution).where(Contribution.session_id == session.id)
                           .values(text=sa.func.concat(Contribution.text, str(round_))))
        session.description = f"Round {round_}"  # the session's row is rewritten
        db.session.commit()
    db.session.commit()
    refs = sorted({ref for model in authored_models() for ref in db.session.scalars(
        sa.select(model.author_ref).where(model.session_id == session.id,
                                          model.author_ref.is_not(None)))})
    key = bytes(session.author_key)
    return session, [key, key.hex().encode()] + [form for ref in refs
                                                 for form in (ref.encode(), bytes.fromhex(ref))]


def test_after_close_no_file_of_the_cluster_holds_the_key_or_a_ref(wal_not_recycled):
    from .factories import Factory

    session, traces = _busy_session(Factory(wal_not_recycled))
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE")  # as autovacuum would on a busy table
        connection.exec_driver_sql("CHECKPOINT")  # the rows are in the table files now
    assert len(traces) >= 5 and _holding(traces), "the test must see the bytes before close"

    assert close_session(session) is None
    assert _holding(traces) == []
    assert erasure.pending() == []


def test_an_old_snapshot_leaves_erasure_pending_until_it_ends(wal_not_recycled):
    """A transaction that began before the close (a report, pg_dump) can still see the old
    rows, so VACUUM FULL must keep them: the close says so, a later retry finishes."""
    from .factories import Factory

    session, traces = _busy_session(Factory(wal_not_recycled))
    url = sa.make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    reader = psycopg.connect(url)
    reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
    reader.execute("SELECT 1").fetchone()  # takes its snapshot; holds no table lock
    try:
        assert close_session(session) == "dead_rows"
        assert [mark.session_id for mark in erasure.pending()] == [session.id]
        assert _holding(traces)
    finally:
        reader.rollback()
        reader.close()
    assert erasure.retry_pending() == []
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ErasurePending)) == 0
    assert _holding(traces) == []


def test_a_transaction_holding_a_table_leaves_erasure_pending(wal_not_recycled):
    """VACUUM FULL needs each table to itself for a moment; a transaction that read one
    and stays open (an `psql` shell left in BEGIN) blocks it past the lock timeout."""
    from .factories import Factory

    wal_not_recycled.config["ERASURE_LOCK_TIMEOUT_MS"] = 100
    session, traces = _busy_session(Factory(wal_not_recycled))
    url = sa.make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    reader = psycopg.connect(url)
    reader.execute("SELECT count(*) FROM vote").fetchone()  # psycopg began a transaction
    try:
        assert close_session(session) == "locked"
        assert [mark.reason for mark in erasure.pending()] == ["locked"]
    finally:
        reader.close()
    assert erasure.retry_pending(by_operator=False) == []
    assert _holding(traces) == []
