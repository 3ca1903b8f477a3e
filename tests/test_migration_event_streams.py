"""Upgrading a database with a live session to per-audience event sequences: its clients
get a fresh snapshot on reconnect and take every later event as new."""

from __future__ import annotations

import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from dialogue import MIGRATIONS_DIR, create_app
from dialogue.extensions import db
from dialogue.realtime import broadcast, event_log

OLD_SEQ = 42


def _live_session_before_the_upgrade(connection) -> None:
    connection.execute(sa.text(
        "INSERT INTO facilitator (id, public_id, email, display_name, password_hash, "
        "failed_logins, login_epoch, created_at) VALUES (1, 'f1', 'f@example.org', 'F', "
        "'x', 0, 0, '2026-01-01 00:00:00')"))
    connection.execute(sa.text(
        "INSERT INTO dialogue_session (id, public_id, code, owner_id, template_slug, title, "
        "description, language, rule, k_anonymity, max_contribution_length, "
        "participants_may_create_options, stakeholder_groups, status, author_key, "
        "event_seq, held_on) VALUES (1, 's1', 'ABC123', 1, '', 'Live', '', 'en', "
        "'chatham_house', 5, 1000, :no, '[]', 'live', NULL, :seq, '2026-01-01 00:00:00')"),
        {"seq": OLD_SEQ, "no": False})
    connection.execute(sa.text(
        "INSERT INTO session_event (session_id, seq, room, name, payload) "
        "VALUES (1, :seq, 'mods:s1', 'moderation_item', '{}')"), {"seq": OLD_SEQ})


def _upgrade_with_a_live_session(app) -> dict[str, int]:
    upgrade(directory=MIGRATIONS_DIR, revision="0001")
    with db.engine.begin() as connection:
        _live_session_before_the_upgrade(connection)
    upgrade(directory=MIGRATIONS_DIR, revision="0002_h12c")
    with db.engine.connect() as connection:
        streams = dict(connection.execute(sa.text(
            "SELECT audience, last_seq FROM event_stream WHERE session_id = 1")).all())
        logged = connection.execute(sa.text("SELECT COUNT(*) FROM session_event")).scalar()
    assert logged == 0, "the old log mixed audiences; it is dropped"
    assert set(streams) == {"public", "moderators"}
    for audience, last in streams.items():
        assert last > OLD_SEQ + event_log.REPLAY_LIMIT, audience
    # A client that saw the old number is too far behind: it gets a snapshot.
    session = type("Session", (), {"id": 1})()
    for audience in streams:
        assert broadcast.missed_events(session, audience, OLD_SEQ) is None
    db.session.remove()
    return streams


def test_a_live_sessions_clients_get_a_snapshot_after_the_upgrade(tmp_path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "x" * 40,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'm.sqlite'}",
                      "TESTING": True})
    with app.app_context():
        streams = _upgrade_with_a_live_session(app)
        downgrade(directory=MIGRATIONS_DIR, revision="0001")
        with db.engine.connect() as connection:
            assert connection.execute(sa.text(
                "SELECT event_seq FROM dialogue_session")).scalar() == max(streams.values())


def test_the_upgrade_of_a_live_session_on_postgresql(pg_app):
    with pg_app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
        try:
            _upgrade_with_a_live_session(pg_app)
        finally:
            db.session.remove()
            db.drop_all()
            with db.engine.begin() as connection:
                connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
            db.create_all()  # what the fixture's teardown expects to drop
