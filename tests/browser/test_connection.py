"""When the server goes away the page says so, and it comes back live by itself."""

from __future__ import annotations

import re
import time

import pytest

from .conftest import PHONE, LiveServer
from .steps import join_as_walk_in

pytestmark = pytest.mark.browser


@pytest.fixture
def own_server(tmp_path):
    """A server of this test's own (the test stops it): `dialogue run` with its demo
    session, whose code it prints."""
    server = LiveServer(tmp_path / "instance", demo=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def demo_code(server: LiveServer) -> str:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        match = re.search(r"with the code (\w+)", server.log.read_text())
        if match:
            return match.group(1)
        time.sleep(0.1)
    raise AssertionError("the demo session's code was not printed")


def test_connection_indicator_shows_the_drop_and_the_recovery(people, own_server):
    code = demo_code(own_server)
    phone = people("participant", **PHONE)
    phone.base_url = own_server.url
    join_as_walk_in(phone, code, "Offline Canary", check=False)
    indicator = phone.page.locator("[data-connection]")
    phone.page.locator("[data-connection].live").wait_for()
    live_text = indicator.inner_text()

    own_server.stop()
    phone.page.locator("[data-connection].offline").wait_for(timeout=10000)
    assert indicator.inner_text() != live_text
    assert indicator.get_attribute("aria-live") == "polite"

    own_server.start()  # same port, same instance: the seat is still this browser's
    phone.page.locator("[data-connection].live").wait_for(timeout=20000)
    assert indicator.inner_text() == live_text
