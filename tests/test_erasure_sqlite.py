"""On SQLite the close says "erasure pending" until the bytes are really gone (issue 12.5).

A backup, a replication tool or an open ``sqlite3`` shell holding a read transaction keeps
``wal_checkpoint(TRUNCATE)`` from finishing: the WAL and the database file then still hold
the key and the author refs. The close must notice, say so, and try again later.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask_migrate import stamp

from dialogue import MIGRATIONS_DIR
from dialogue.cli import cli
from dialogue.extensions import db
from dialogue.models import ErasurePending

from .test_close_severs_the_link import _session_with_authored_rows


def _traces(key: bytes, refs: list[str]) -> list[bytes]:
    return [key, key.hex().encode()] + [form for ref in refs
                                        for form in (ref.encode(), bytes.fromhex(ref))]


def _files_holding(folder: Path, traces: list[bytes]) -> list[str]:
    """Every file under ``folder`` (database, -wal, -shm, instance folder) holding a trace."""
    return [str(path) for path in folder.rglob("*") if path.is_file()
            and any(trace in path.read_bytes() for trace in traces)]


@pytest.fixture
def checkable(app):
    """`dialogue check` passes its configuration checks on this database."""
    app.config["ERASURE_BUSY_TIMEOUT_MS"] = 50  # give up on the reader at once
    stamp(directory=MIGRATIONS_DIR)
    return app


def test_a_held_reader_leaves_erasure_pending_until_it_lets_go(checkable, factory,
                                                              facilitator_browser, tmp_path):
    session, _people, refs = _session_with_authored_rows(factory)
    traces = _traces(bytes(session.author_key), refs)
    connection = sqlite3.connect(db.engine.url.database, isolation_level=None)
    connection.execute("BEGIN")
    connection.execute("SELECT count(*) FROM contribution").fetchone()

    url = f"/facilitate/{session.public_id}"
    closed = facilitator_browser.post(f"{url}/close", {"confirm": "y"}, token_from=url,
                                      follow_redirects=True).get_data(as_text=True)
    assert "Erasure pending" in closed and "erasure is pending" in closed
    assert "No one can now tell who wrote what" not in closed
    assert _files_holding(tmp_path, traces), "the reader kept the old bytes on disk"
    check = factory.app.test_cli_runner().invoke(cli, ["check"])
    assert check.exit_code != 0
    assert f"erasure pending: session {session.code}" in check.output

    connection.execute("COMMIT")
    connection.close()
    check = factory.app.test_cli_runner().invoke(cli, ["check"])
    assert check.exit_code == 0, check.output
    assert "no closed session's erasure is pending" in check.output
    assert _files_holding(tmp_path, traces) == []
    page = facilitator_browser.get(url).get_data(as_text=True)
    assert "Erasure verified" in page and "Erasure pending" not in page


def test_a_later_visit_to_the_closed_session_retries_the_erasure(checkable, factory,
                                                                facilitator_browser, tmp_path):
    session, _people, refs = _session_with_authored_rows(factory)
    traces = _traces(bytes(session.author_key), refs)
    connection = sqlite3.connect(db.engine.url.database, isolation_level=None)
    connection.execute("BEGIN")
    connection.execute("SELECT count(*) FROM vote").fetchone()
    url = f"/facilitate/{session.public_id}"
    facilitator_browser.post(f"{url}/close", {"confirm": "y"}, token_from=url)
    assert "Erasure pending" in facilitator_browser.get(url).get_data(as_text=True)

    connection.execute("COMMIT")
    connection.close()
    page = facilitator_browser.get(url).get_data(as_text=True)
    assert "Erasure verified" in page
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ErasurePending)) == 0
    assert _files_holding(tmp_path, traces) == []


def test_an_undisturbed_close_is_verified_at_once(checkable, factory, facilitator_browser):
    session, _people, _refs = _session_with_authored_rows(factory)
    url = f"/facilitate/{session.public_id}"
    closed = facilitator_browser.post(f"{url}/close", {"confirm": "y"}, token_from=url,
                                      follow_redirects=True).get_data(as_text=True)
    assert "No one can now tell who wrote what" in closed and "Erasure verified" in closed
    check = factory.app.test_cli_runner().invoke(cli, ["check"])
    assert check.exit_code == 0, check.output


def test_the_pending_mark_names_no_one(checkable, factory):
    from dialogue.facilitate.services import close_session

    session, _people, _refs = _session_with_authored_rows(factory)
    connection = sqlite3.connect(db.engine.url.database, isolation_level=None)
    connection.execute("BEGIN")
    connection.execute("SELECT count(*) FROM vote").fetchone()
    assert close_session(session) == "busy"
    connection.close()
    columns = set(ErasurePending.__table__.columns.keys())
    assert columns == {"session_id", "since", "reason"}
    mark = db.session.get(ErasurePending, session.id)
    assert mark.since.hour == mark.since.minute == 0 and mark.reason == "busy"


def test_a_copy_left_in_the_instance_folder_keeps_erasure_pending_until_deleted(
        checkable, factory, facilitator_browser):
    session, _people, _refs = _session_with_authored_rows(factory)
    copy = Path(checkable.instance_path) / "before-the-meeting.sqlite"
    copy.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(db.engine.url.database)
    source.execute(f"VACUUM INTO '{copy}'")  # a backup taken while the session was live
    source.close()
    url = f"/facilitate/{session.public_id}"
    closed = facilitator_browser.post(f"{url}/close", {"confirm": "y"}, token_from=url,
                                      follow_redirects=True).get_data(as_text=True)
    assert "erasure is pending" in closed and "before-the-meeting.sqlite" in closed
    page = facilitator_browser.get(url).get_data(as_text=True)
    assert "Erasure pending" in page and "Ask the operator" in page
    assert factory.app.test_cli_runner().invoke(cli, ["check"]).exit_code != 0

    copy.unlink()
    check = factory.app.test_cli_runner().invoke(cli, ["check"])
    assert check.exit_code == 0, check.output
