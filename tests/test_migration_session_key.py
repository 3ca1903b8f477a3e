"""Upgrading a database with a live session moves its key into ``session_key``, and back."""

from __future__ import annotations

import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from dialogue import MIGRATIONS_DIR, create_app
from dialogue.extensions import db

KEY = bytes(range(32))


def _live_session(connection) -> None:
    connection.execute(sa.text(
        "INSERT INTO facilitator (id, public_id, email, display_name, password_hash, "
        "failed_logins, login_epoch, created_at) VALUES (1, 'f1', 'f@example.org', 'F', "
        "'x', 0, 0, '2026-01-01 00:00:00')"))
    connection.execute(sa.text(
        "INSERT INTO dialogue_session (id, public_id, code, owner_id, template_slug, title, "
        "description, language, rule, k_anonymity, max_contribution_length, "
        "participants_may_create_options, stakeholder_groups, status, author_key, "
        "held_on) VALUES (1, 's1', 'ABC123', 1, '', 'Live', '', 'en', 'chatham_house', 5, "
        "1000, :no, '[]', 'live', :key, '2026-01-01 00:00:00')"), {"key": KEY, "no": False})
    # A row pointing at the session: a copy of the table would trip its foreign key.
    connection.execute(sa.text(
        "INSERT INTO agenda_item (id, public_id, session_id, position, title, question, "
        "board_kind, on_the_record, premoderation, state) VALUES (1, 'a1', 1, 0, 'One', '', "
        "'contributions', :no, :no, 'open')"), {"no": False})


def _upgrade_and_back(app) -> None:
    upgrade(directory=MIGRATIONS_DIR, revision="0002_h12c")
    with db.engine.begin() as connection:
        _live_session(connection)
    upgrade(directory=MIGRATIONS_DIR, revision="0007_h17")  # the migrations after, too
    with db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT session_id, key FROM session_key")).all() \
            == [(1, KEY)]
        columns = {c["name"] for c in sa.inspect(connection).get_columns("dialogue_session")}
        assert "author_key" not in columns
    downgrade(directory=MIGRATIONS_DIR, revision="0002_h12c")  # and back down, all of them
    with db.engine.connect() as connection:
        assert connection.execute(sa.text(
            "SELECT author_key FROM dialogue_session")).scalar() == KEY
    db.session.remove()


def test_a_live_sessions_key_moves_to_its_own_table_and_back(tmp_path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "x" * 40,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'm.sqlite'}",
                      "TESTING": True})
    with app.app_context():
        _upgrade_and_back(app)


def test_the_key_moves_on_postgresql(pg_app):
    with pg_app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
        try:
            _upgrade_and_back(pg_app)
        finally:
            db.session.remove()
            with db.engine.begin() as connection:
                connection.execute(sa.text("DROP TABLE IF EXISTS session_key, "
                                           "erasure_pending, alembic_version CASCADE"))
            db.drop_all()
            db.create_all()  # what the fixture's teardown expects to drop
