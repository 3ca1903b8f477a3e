"""Where the rate limits live and what they leave behind: Flask-Limiter's storage, in memory
on the embedded default and in Redis when configured; hashed keys; no header or log line
that counts or names anyone; a clear start-up error for a bad setting."""

from __future__ import annotations

import logging

import pytest
from limits.storage import MemoryStorage, RedisStorage

from dialogue import create_app, rate_limits
from dialogue.extensions import db, limiter

from ..boards.test_boards_api import participant_api
from ..conftest import RequestClient
from ..factories import Factory
from ..live_harness import new_key
from .test_rate_and_size_limits import _walk_in


def _app(tmp_path, **config):
    return create_app({"TESTING": True, "SECRET_KEY": "s" * 40,
                       "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'limits.sqlite'}",
                       "INSTANCE_PATH": str(tmp_path / "instance"), **config})


def _dispose(app) -> None:
    with app.app_context():
        db.engine.dispose()


def test_limits_are_kept_in_memory_by_default_and_in_redis_when_it_is_configured(tmp_path):
    assert rate_limits.storage_uri({"REDIS_URL": None}) == "memory://"
    assert rate_limits.storage_uri({"REDIS_URL": "redis://cache:6379/2"}) == (
        "redis://cache:6379/2")
    assert rate_limits.storage_uri({"REDIS_URL": "redis://cache:6379/2",
                                    "RATELIMIT_STORAGE_URL": "redis://limits:6379/0"}) == (
        "redis://limits:6379/0")
    embedded = _app(tmp_path)
    assert isinstance(limiter.storage, MemoryStorage)
    _dispose(embedded)
    # Nothing is contacted at start: the storage is only named here.
    scaled = _app(tmp_path, RATELIMIT_STORAGE_URL="redis://127.0.0.1:6379/9")
    assert isinstance(limiter.storage, RedisStorage)
    assert scaled.config["RATELIMIT_STRATEGY"] == "sliding-window-counter"
    _dispose(scaled)


def test_an_operator_can_set_the_limits_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DIALOGUE_RATE_LIMITS", "write=3 per minute; walk_in=200 per 60 seconds")
    app = _app(tmp_path)
    with app.app_context():
        chosen = rate_limits.rates()
        assert (chosen["write"].amount, chosen["write"].get_expiry()) == (3, 60)
        assert chosen["walk_in"].amount == 200
        assert chosen["vote"].amount == 30  # the rest keep their defaults
    _dispose(app)


@pytest.mark.parametrize("setting, says", [
    ("write=lots", "write='lots' is not a limit"),
    ("writes=10 per minute", "unknown kinds: writes"),
    ("write 10 per minute", "must read kind=limit"),
])
def test_a_bad_limits_setting_stops_the_start_with_a_clear_message(
        tmp_path, monkeypatch, setting, says):
    monkeypatch.setenv("DIALOGUE_RATE_LIMITS", setting)
    with pytest.raises(RuntimeError, match=says):
        _app(tmp_path)


def test_a_refusal_neither_counts_the_others_nor_names_anyone_in_the_log(
        app, factory, room, caplog, limits_without_refill):
    caplog.set_level(logging.DEBUG)
    session = factory.live_session()
    address = "203.0.113.77"
    answers = [_walk_in(app, session.code, f"Walk-in {n}", address=address)
               for n in range(limits_without_refill["walk_in"] + 1)]
    assert answers[-1].status_code == 429
    guesser = app.test_client()
    guesser.environ_base["REMOTE_ADDR"] = address
    guesses = [guesser.get(f"/i/forged-{n}") for n in range(limits_without_refill["guess"] + 1)]
    assert guesses[-1].status_code == 429
    answers += guesses
    alice = participant_api(room)
    for n in range(limits_without_refill["write"] + 1):
        over = alice.call("post", f"/boards/{room.board}/contributions",
                          {"text": f"Point {n}", "client_key": new_key()})
    assert over.status_code == 429 and over.json["error"] == "rate_limited"
    for response in (answers[0], answers[-1], over):
        # X-RateLimit-Remaining on a venue's shared address would tell how many joined.
        assert not [name for name in response.headers.keys()
                    if name.lower().startswith("x-ratelimit")]
    with app.test_request_context(environ_base={"REMOTE_ADDR": address}):
        hashed = rate_limits.address_key()
    assert address not in hashed
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert address not in logged and hashed not in logged
    assert all(not record.name.startswith("flask-limiter") for record in caplog.records)


def test_with_the_storage_unreachable_people_are_served_and_the_log_says_why(
        tmp_path, caplog):
    app = _app(tmp_path, RATELIMIT_STORAGE_URL="redis://127.0.0.1:1/0",  # nothing listens
               PASSWORD_HASH_PROFILE="CHEAPEST")
    app.test_client_class = RequestClient
    context = app.app_context()
    context.push()
    db.create_all()
    factory = Factory(app)
    client = app.test_client()
    with caplog.at_level(logging.WARNING):
        answer = client.get("/i/forged-invite")  # a guess, checked and counted per address
        assert answer.status_code == 404  # the refusal it deserves, not a 500
        assert "Failed to rate limit" in caplog.text  # Flask-Limiter's, for decorated limits
        caplog.clear()
        session = factory.live_session()
        walk_in = _walk_in(app, session.code, "Walk-in")  # counted by rate_limits itself
        assert walk_in.status_code == 302
        assert "rate_limit_storage_unavailable kind=walk_in" in caplog.text
    db.session.remove()
    db.engine.dispose()
    context.pop()
