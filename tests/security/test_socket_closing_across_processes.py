"""Two real server processes on one Redis message queue: removing a participant, or a
facilitator logging out, through one process closes their sockets held by the other
within a second (realtime/kick.py)."""

from __future__ import annotations

import re
import secrets
import threading
from dataclasses import dataclass, field

import pytest
import requests
import socketio

from ..boards.test_boards_live_server import facilitator_session, token, walk_in
from ..browser.conftest import FACILITATOR_EMAIL, FACILITATOR_PASSWORD, LiveServer
from ..conftest import REDIS_URL, redis_available, require_service

pytestmark = [pytest.mark.services, pytest.mark.slow]


@dataclass
class QueuedServer(LiveServer):
    """A `dialogue run` process on the shared Redis message queue."""

    extra: dict[str, str] = field(default_factory=dict)

    def environment(self) -> dict[str, str]:
        return {**super().environment(), **self.extra}


@pytest.fixture(scope="module")
def processes(tmp_path_factory):
    require_service(redis_available(), "Redis")
    instance = tmp_path_factory.mktemp("kick") / "instance"
    queue = {"DIALOGUE_REDIS_URL": REDIS_URL,
             "DIALOGUE_REDIS_CHANNEL": f"dialogue-kick-{secrets.token_hex(6)}"}
    first, second = QueuedServer(instance, extra=queue), QueuedServer(instance, extra=queue)
    try:
        first.start()  # migrates the shared SQLite file before the second one opens it
        first.cli("create-facilitator", "--email", FACILITATOR_EMAIL, "--name", "Kick",
                  "--password", FACILITATOR_PASSWORD)
        second.start()
        yield first, second
    finally:
        second.stop()
        first.stop()


class Watched:
    """A socket that records when the server closes it."""

    def __init__(self, server: LiveServer, http: requests.Session, sid: str, role: str,
                 page: str):
        self.closed = threading.Event()
        csrf = token(http.get(server.url + page).text)
        self.client = socketio.Client(http_session=http, reconnection=False)
        self.client.on("disconnect", lambda reason=None: self.closed.set())
        self.client.connect(server.url, auth={"session": sid, "role": role, "csrf": csrf},
                            transports=["websocket"], wait_timeout=10)
        assert self.client.call("sync", {"last_seq": -1}, timeout=10)["ok"]


def test_a_removal_and_a_logout_on_one_process_close_sockets_on_the_other(processes):
    first, second = processes
    mod_http, sid, code = facilitator_session(first)
    alice_http, bob_http = walk_in(first, code, "Alice Kick"), walk_in(first, code, "Bob Kick")
    alice = Watched(second, alice_http, sid, "participant", f"/s/{code}")
    bob = Watched(second, bob_http, sid, "participant", f"/s/{code}")
    console = Watched(second, mod_http, sid, "facilitator", f"/facilitate/{sid}")

    setup = mod_http.get(f"{first.url}/facilitate/{sid}").text
    entry = re.search(r"Alice Kick.*?/roster/([0-9a-f]{32})/revoke", setup, re.S).group(1)
    removed = mod_http.post(f"{first.url}/facilitate/{sid}/roster/{entry}/revoke",
                            data={"csrf_token": token(setup)}, allow_redirects=False)
    assert removed.status_code == 302
    assert alice.closed.wait(1.0), "the removed participant's socket stayed open"
    assert not bob.closed.is_set() and not console.closed.is_set()

    page = mod_http.get(f"{first.url}/facilitate/").text
    logout = mod_http.post(f"{first.url}/facilitate/logout",
                           data={"csrf_token": token(page)}, allow_redirects=False)
    assert logout.status_code == 302
    assert console.closed.wait(1.0), "the facilitator's console stayed open after logout"
    assert not bob.closed.is_set()
    bob.client.disconnect()
    for http in (mod_http, alice_http, bob_http):
        http.close()
