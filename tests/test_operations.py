"""Operating the app: start-up checks, online backups, structured logs with references."""

import json
import logging
import sqlite3

import pytest

from dialogue import create_app
from dialogue.cli import cli, upgrade_database
from dialogue.facilitate.services import close_session
from dialogue.logs import JsonFormatter
from dialogue.startup import StartupError, check_configuration


def test_check_passes_on_a_migrated_database(tmp_path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'ok.sqlite'}"})
    with app.app_context():
        upgrade_database()
    assert "migrations current" in check_configuration(app)


def test_check_refuses_an_unmigrated_database(tmp_path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'new.sqlite'}"})
    with pytest.raises(StartupError, match="Run `dialogue db upgrade`"):
        check_configuration(app)


def test_check_refuses_an_unreachable_database(tmp_path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI":
                          "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"})
    with pytest.raises(StartupError, match="database is not reachable"):
        check_configuration(app)


def test_check_refuses_a_short_secret_key(tmp_path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True, "SECRET_KEY": "short"})
    with pytest.raises(StartupError, match="secret key"):
        check_configuration(app)


def test_check_command_exits_non_zero_with_the_reason(tmp_path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'new.sqlite'}"})
    result = app.test_cli_runner().invoke(cli, ["check"])
    assert result.exit_code != 0 and "dialogue db upgrade" in result.output


def test_backup_is_consistent_restorable_and_holds_no_closed_link(app, runner, factory,
                                                                 tmp_path):
    live = factory.live_session()
    closed = factory.live_session()
    close_session(closed)
    target = tmp_path / "backup.sqlite"
    result = runner.invoke(cli, ["backup", str(target)])
    assert result.exit_code == 0, result.output
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = dict(copy.execute("SELECT code, EXISTS (SELECT 1 FROM session_key k WHERE "
                             "k.session_id = s.id) FROM dialogue_session s"))
    copy.close()
    assert rows == {live.code: 1, closed.code: 0}
    # It restores: the app runs on the copy.
    restored = create_app({"INSTANCE_PATH": str(tmp_path / "r"), "TESTING": True,
                           "SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}"})
    assert restored.test_client().get(f"/join/{live.code}").status_code == 200


def test_backup_refuses_to_overwrite_or_write_into_a_missing_folder(app, runner, tmp_path):
    existing = tmp_path / "exists.sqlite"
    existing.write_bytes(b"keep me")
    result = runner.invoke(cli, ["backup", str(existing)])
    assert result.exit_code != 0 and "exists already" in result.output
    assert existing.read_bytes() == b"keep me"
    result = runner.invoke(cli, ["backup", str(tmp_path / "nope" / "b.sqlite")])
    assert result.exit_code != 0 and "does not exist" in result.output


def test_backup_refuses_postgresql(pg_app, tmp_path):
    result = pg_app.test_cli_runner().invoke(cli, ["backup", str(tmp_path / "b.sqlite")])
    assert result.exit_code != 0 and "pg_dump" in result.output


def test_an_unexpected_error_shows_a_reference_that_is_in_the_log(app, client, caplog):
    @app.route("/boom")
    def boom():
        raise RuntimeError("kaputt")

    caplog.set_level(logging.ERROR)
    response = client.get("/boom")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    reference = page.split("<code>")[1].split("</code>")[0]
    assert len(reference) == 8
    assert any(reference in record.getMessage() for record in caplog.records)
    assert "kaputt" not in page


def test_log_lines_are_json_without_the_query_string(app):
    formatter = JsonFormatter()
    with app.test_request_context("/i/secret-token?email=a@example.org"):
        record = logging.LogRecord("dialogue", logging.INFO, __file__, 1, "join ok", (), None)
        line = json.loads(formatter.format(record))
    assert line["message"] == "join ok" and line["level"] == "info"
    assert "secret-token" not in json.dumps(line) and "example.org" not in json.dumps(line)
