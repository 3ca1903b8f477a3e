"""Shared fixtures: a fresh app and database per test, clients, factories."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from dialogue import create_app
from dialogue.extensions import db

from .factories import Factory

ROOT = Path(__file__).resolve().parent.parent
# Under pytest-xdist (`.ci/run` runs two workers) each worker has its own PostgreSQL
# database (`dialogue_test_gw0`, made on first use) and Redis database (15, 14, ...), so
# one worker's drop_all or flush never reaches the other's tables or keys.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")


def for_this_worker(postgres_url: str, redis_url: str) -> tuple[str, str]:
    """The two service URLs this test process uses: unchanged outside xdist."""
    if not WORKER:
        return postgres_url, redis_url
    import sqlalchemy as sa

    number = int(WORKER.removeprefix("gw"))
    postgres = sa.make_url(postgres_url)
    postgres = postgres.set(database=f"{postgres.database}_{WORKER}")
    base, _, database = redis_url.rpartition("/")
    redis_database = (int(database) if database.isdigit() else 0) - number
    if redis_database < 0:
        raise RuntimeError(f"not enough Redis databases below {redis_url} for {WORKER}")
    return postgres.render_as_string(hide_password=False), f"{base}/{redis_database}"


POSTGRES_URL, REDIS_URL = for_this_worker(
    os.environ.get("DIALOGUE_TEST_POSTGRES_URL",
                   "postgresql+psycopg://postgres@127.0.0.1:5432/dialogue_test"),
    os.environ.get("DIALOGUE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15"))
CHROMIUM = os.environ.get("DIALOGUE_CHROMIUM", "/usr/bin/chromium")


def require_service(available: bool, what: str) -> None:
    """Skip a test whose service is missing on a developer's machine; in CI
    (DIALOGUE_REQUIRE_SERVICES=1) a missing service is a failure, never a skip."""
    if available:
        return
    if os.environ.get("DIALOGUE_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{what} is required here but not available")
    pytest.skip(f"{what} is not available")


def _create_worker_database() -> None:
    """Make this xdist worker's database beside the configured one, if it is missing."""
    import sqlalchemy as sa

    url = sa.make_url(POSTGRES_URL)
    admin = sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT",
                             connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as connection:
            exists = connection.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                        {"n": url.database}).scalar()
            if not exists:
                connection.exec_driver_sql(f'CREATE DATABASE "{url.database}"')
    finally:
        admin.dispose()


def pytest_sessionstart(session) -> None:
    """Each xdist worker makes its database once, before any test looks for it."""
    if WORKER:
        try:
            _create_worker_database()
        except Exception:  # no server here: the PostgreSQL tests skip or fail on their own
            pass


def _heavy(item) -> bool:
    """A test that takes seconds, not milliseconds: a browser story, a crash and reconnect,
    anything that starts real server processes (marked slow)."""
    return (item.get_closest_marker("browser") is not None
            or item.get_closest_marker("slow") is not None
            or "reliability" in item.nodeid.split("/")[:2])


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items) -> None:
    """Each xdist worker starts with its share of the heavy tests, then the quick ones.

    pytest-xdist's worksteal gives each of its n workers one contiguous part of the list
    and later moves the tail of the busiest worker's queue to an idle one. With the heavy
    tests spread over the front of every part, every worker ends on quick tests that the
    others can take over, and no worker waits for the other's 40-second browser story at
    the end (CI's 15 minutes; it changes no test, only when it runs). The order within the
    heavy and within the quick tests stays the collection's. Without xdist, or with one
    worker, the order is left alone."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0") or 0)
    if workers < 2:
        return
    heavy = [item for item in items if _heavy(item)]
    quick = [item for item in items if not _heavy(item)]
    ordered = []
    remaining = len(items)
    for part in range(workers):
        size = remaining // (workers - part)  # what worksteal sends the next worker
        mine = heavy[part::workers][:size]
        ordered += mine + quick[:size - len(mine)]
        quick = quick[size - len(mine):]
        remaining -= size
    placed = set(ordered)
    ordered += quick + [item for item in heavy if item not in placed]
    assert len(ordered) == len(items)
    items[:] = ordered


def postgres_available() -> bool:
    import sqlalchemy as sa

    try:
        engine = sa.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


def redis_available() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping())
    except Exception:
        return False


class RequestClient(FlaskClient):
    """Each request gets its own app context, hence its own ``g`` and database session,
    as in production (the test itself keeps an app context open for its factories)."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    app = create_app({
        "TESTING": True,
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "SECRET_KEY": "test-secret-key-not-for-production",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'test.sqlite'}",
        "WTF_CSRF_ENABLED": True,
        "SERVER_NAME": "dialogue.test",
        "PASSWORD_HASH_PROFILE": "CHEAPEST",
    })
    app.test_client_class = RequestClient
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def fresh_live_state():
    """Rate limits outlive a request (join attempts are counted per address, and every test
    client shares one address), and tallies and the socket -> actor map are process-wide:
    each test starts with none of them, and leaves no pending tally behind."""
    from .live_harness import clear_tallies, reset_live_state

    reset_live_state()
    yield
    clear_tallies()


@pytest.fixture
def limits_without_refill(app, monkeypatch):
    """Each rate limit keeps its size but spans a day, so nothing frees up while a test
    runs however slowly; returns the sizes (kind -> how many)."""
    from limits import RateLimitItemPerDay

    from dialogue import rate_limits

    rates = rate_limits.rates()
    for kind, item in list(rates.items()):
        monkeypatch.setitem(rates, kind, RateLimitItemPerDay(item.amount))
    return {kind: item.amount for kind, item in rates.items()}


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask):
    return app.test_cli_runner()


@pytest.fixture
def factory(app: Flask) -> Factory:
    return Factory(app)


def csrf_from(html: str) -> str:
    """The CSRF token a page embeds, as a browser would submit it."""
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html) or re.search(
        r'<meta name="csrf-token" content="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


class Browser:
    """A test client that fetches a CSRF token from a page before posting, like a person."""

    def __init__(self, client: FlaskClient):
        self.client = client

    def get(self, url: str, **kwargs):
        return self.client.get(url, **kwargs)

    def post(self, url: str, data: dict | None = None, token_from: str = "/join", **kwargs):
        page = self.client.get(token_from, follow_redirects=True).get_data(as_text=True)
        form = dict(data or {})
        form.setdefault("csrf_token", csrf_from(page))
        return self.client.post(url, data=form, **kwargs)


@pytest.fixture
def browser(client: FlaskClient) -> Browser:
    return Browser(client)


@pytest.fixture
def facilitator_browser(app: Flask, factory: Factory) -> Browser:
    """A browser logged in as the session owner ``factory.facilitator``."""
    browser = Browser(app.test_client())
    response = browser.post("/facilitate/login", {"email": factory.facilitator.email,
                                                  "password": factory.password},
                            token_from="/facilitate/login")
    assert response.status_code == 302
    return browser


@pytest.fixture
def room(app: Flask, factory: Factory, facilitator_browser: Browser) -> Iterator:
    """A live session and its people over Socket.IO (tests/live_harness.py); every socket
    still open is closed afterwards."""
    from .live_harness import LiveRoom

    room = LiveRoom(app, factory, facilitator_browser)
    yield room
    room.leave()


@pytest.fixture
def pg_app(tmp_path: Path) -> Iterator[Flask]:
    """The app on the real PostgreSQL server, with a fresh schema."""
    require_service(postgres_available(), "PostgreSQL")
    app = create_app({
        "TESTING": True,
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "SECRET_KEY": "test-secret-key-not-for-production",
        "SQLALCHEMY_DATABASE_URI": POSTGRES_URL,
        "SERVER_NAME": "dialogue.test",
        "PASSWORD_HASH_PROFILE": "CHEAPEST",
    })
    app.test_client_class = RequestClient
    with app.app_context():
        db.drop_all()
        db.create_all()
        yield app
        db.session.remove()
        db.drop_all()
        db.engine.dispose()
