"""NUL and other control characters, on the real PostgreSQL server: every form, JSON and
socket input refuses them with a clear message, nothing changes, and no log line (the
database engine's included) holds what was sent."""

from __future__ import annotations

import io
import logging

import pytest
import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import DialogueSession, RosterEntry
from dialogue.plain_text import is_plain, refusal

from ..boards.test_boards_api import Api
from ..conftest import csrf_from
from ..factories import Factory
from ..live_harness import new_key
from .world import build_world, database_state

CANARY = "Quillfeather"  # in every hostile value: found in a log, it leaked


@pytest.fixture
def logs(caplog):
    """Every record at DEBUG, the database engine's statements and pools included."""
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy.engine", "sqlalchemy.pool", "dialogue"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_the_validator_refuses_controls_and_keeps_what_people_type():
    assert is_plain("Two lines\nand a\ttab") and is_plain("Windows\r\nbreaks")
    assert is_plain("RTL \u202e, zero width \u200b, emoji 👩‍🔬, é") and is_plain("")
    for bad in ("\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\ud800"):
        assert not is_plain(f"a{bad}b"), repr(bad)
    for bad in ("\t", "\n", "\r"):
        assert not is_plain(f"a{bad}b", multiline=False), repr(bad)
    assert "NUL" in refusal("a\x00b")


def test_nul_is_refused_everywhere_on_postgresql_and_never_logged(pg_app, logs):
    factory = Factory(pg_app)
    world = build_world(pg_app, factory)
    session = db.session.get(DialogueSession, world.session_id)
    code, sid, board = session.code, world.sid, world.ids["board"]
    owner, participant = world.clients["owner"], world.clients["participant"]
    newcomer = pg_app.test_client()
    owner_token = csrf_from(owner.get(f"/facilitate/{sid}").get_data(as_text=True))
    newcomer_token = csrf_from(newcomer.get(f"/join/{code}").get_data(as_text=True))
    before = database_state()
    nul = f"{CANARY}\x00 of the Ministry"

    pages = {
        "walk-in": newcomer.post(f"/join/{code}", data={
            "csrf_token": newcomer_token, "name": nul, "affiliation": CANARY + "\x00",
            "stakeholder_group": session.stakeholder_groups[0]}),
        "settings": owner.post(f"/facilitate/{sid}/settings", data={
            "csrf_token": owner_token, "title": nul, "description": "fine",
            "language": "en", "k_anonymity": 5, "max_contribution_length": 1000}),
        "agenda": owner.post(f"/facilitate/{sid}/agenda", data={
            "csrf_token": owner_token, "new-title": "Item", "new-question": nul,
            "new-board_kind": "contributions"}),
        "roster": owner.post(f"/facilitate/{sid}/roster", data={
            "csrf_token": owner_token, "csv_file": (io.BytesIO(
                f"name,email,affiliation,stakeholder_group\n{nul},q@example.org,X,"
                .encode()), "invites.csv")}, content_type="multipart/form-data"),
    }
    for name, response in pages.items():
        assert response.status_code == 400, name
        assert "control character NUL" in response.get_data(as_text=True), name

    api = Api(participant, f"/s/{code}", sid)
    answer = api.call("post", f"/boards/{board}/contributions",
                      {"text": nul, "client_key": new_key()})
    assert answer.status_code == 400 and answer.json["error"] == "malformed"
    assert "NUL" in answer.json["message"]

    socket = world.socket("participant")
    for event, data in (
            ("board_post", {"board": board, "text": nul, "client_key": new_key()}),
            ("option_create", {"fields": {"title": nul}, "client_key": new_key()}),
            ("argument_add", {"option": world.ids["option"], "side": "pro", "text": nul,
                              "client_key": new_key()}),
            ("board_vote", {"id": world.ids["theirs"], "up": True, "client_key": new_key(),
                            CANARY + "\x00": 1})):
        reply = socket.emit(event, data, callback=True)
        assert reply["ok"] is False and reply["error"] == "malformed", (event, reply)
        assert "NUL" in reply["message"], event
    assert socket.is_connected()

    for address in (f"/s/{code}%00{CANARY}", f"/api/v1/sessions/{sid}%00{CANARY}/boards",
                    f"/facilitate/{sid}%00{CANARY}"):
        assert owner.get(address).status_code == 404, address
    assert owner.get(f"/facilitate/{sid}/export?language=en%00{CANARY}").status_code == 400

    assert database_state() == before
    world.close()
    assert CANARY not in logs.text
    assert any(record.name.startswith("sqlalchemy.engine") for record in logs.records)


def test_a_database_error_never_carries_the_values_it_was_given(pg_app, logs):
    factory = Factory(pg_app)
    session = factory.live_session()
    with pytest.raises(sa.exc.DBAPIError) as raised:
        db.session.execute(sa.insert(RosterEntry).values(
            session_id=session.id, name=f"{CANARY}\x00", email="", affiliation=CANARY,
            stakeholder_group=CANARY, public_id="0" * 32))
    db.session.rollback()
    assert CANARY not in str(raised.value)
    assert CANARY not in logs.text
