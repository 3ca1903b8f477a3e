"""Nothing is lost: a real `dialogue run` server killed with SIGKILL in the middle of a
vote burst keeps every vote it acknowledged, and the clients' retries (same idempotency
keys) after the restart count once; a client that was offline for 30 seconds while 50
events happened has the server's state within 2 seconds of reconnecting.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections import Counter

import pytest
import requests
import socketio

from ..boards.test_boards_live_server import (
    Mirror,
    facilitator_session,
    token,
    walk_in,
)
from ..browser.conftest import (
    LiveServer,
    serve_with_facilitator,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from serve_with_facilitator(tmp_path_factory.mktemp("reliability"), "Reliable")


class Voter:
    """A participant's browser and socket; its votes carry keys it keeps for retries."""

    def __init__(self, server: LiveServer, http: requests.Session, sid: str, code: str):
        self.server, self.http, self.sid, self.code = server, http, sid, code
        self.client: socketio.Client | None = None
        self.keys: dict[str, str] = {}  # item -> idempotency key
        self.acked: set[str] = set()

    def connect(self) -> None:
        self.close()  # a socket the server dropped still holds its connection here
        csrf = token(self.http.get(f"{self.server.url}/s/{self.code}").text)
        self.client = socketio.Client(http_session=self.http, reconnection=False)
        self.client.connect(self.server.url, auth={"session": self.sid,
                                                   "role": "participant", "csrf": csrf},
                            wait_timeout=10)

    def close(self) -> None:
        if self.client is not None:
            self.client.disconnect()
            websocket = getattr(self.client.eio, "ws", None)
            if websocket is not None:
                websocket.close()
        self.http.close()  # pooled connections to a killed server are dead; cookies stay

    def post(self, board: str, text: str) -> str:
        reply = self.client.call("board_post", {"board": board, "text": text,
                                                "client_key": uuid.uuid4().hex}, timeout=10)
        return reply["item"]["id"]

    def vote(self, item: str, timeout: float = 10) -> bool:
        key = self.keys.setdefault(item, uuid.uuid4().hex)
        try:
            reply = self.client.call("board_vote", {"id": item, "up": True, "client_key": key},
                                     timeout=timeout)
        except socketio.exceptions.SocketIOError:
            return False
        except KeyError:
            # the server died under the call: python-socketio's client empties its ack
            # callbacks (``self.callbacks = {}`` in ``Client._handle_eio_disconnect``, on the
            # Engine.IO thread) between ``_generate_ack_id``'s check and its store, so the
            # call fails with KeyError('/') instead of a SocketIOError; nothing was
            # acknowledged, and the retry after the restart sends the vote again
            return False
        if isinstance(reply, dict) and reply.get("ok") and reply.get("voted"):
            self.acked.add(item)
            return True
        return False


def _vote_rows(server: LiveServer) -> tuple[int, int, Counter]:
    """Straight from the database file: vote rows, the counters' sum, rows per voter+item."""
    connection = sqlite3.connect(server.instance / "dialogue.sqlite")
    try:
        rows = connection.execute("SELECT COUNT(*) FROM vote").fetchone()[0]
        counters = connection.execute("SELECT COALESCE(SUM(vote_count), 0) FROM contribution"
                                      ).fetchone()[0]
        pairs = Counter(connection.execute("SELECT contribution_id, author_ref FROM vote"
                                           ).fetchall())
    finally:
        connection.close()
    return rows, counters, pairs


def test_acknowledged_votes_survive_a_kill_and_retries_count_once(server):
    _, sid, code = facilitator_session(server)
    voters = [Voter(server, walk_in(server, code, f"Voter {n}"), sid, code) for n in range(8)]
    for voter in voters:
        voter.connect()
    board = voters[0].client.call("sync", {"last_seq": -1}, timeout=10)["snapshot"]["agenda"][
        "current"]
    items = {voter: voter.post(board, f"Proposal {n}") for n, voter in enumerate(voters)}
    plan = {voter: [item for other, item in items.items() if other is not voter]
            for voter in voters}
    expected = sum(len(targets) for targets in plan.values())  # 8 x 7 = 56 votes

    def burst(voter: Voter) -> None:
        for item in plan[voter]:
            if not voter.vote(item, timeout=5):
                return  # the server is gone; the rest waits for the restart
            time.sleep(0.02)

    threads = [threading.Thread(target=burst, args=(voter,)) for voter in voters]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 20
    while sum(len(v.acked) for v in voters) < expected // 3 and time.monotonic() < deadline:
        time.sleep(0.005)
    server.process.kill()  # SIGKILL mid-burst: no shutdown, no flush
    server.process.wait()
    for thread in threads:
        thread.join(timeout=15)
    acked_before = {(voter, item) for voter in voters for item in voter.acked}
    assert expected // 3 <= len(acked_before) < expected, "the kill did not land mid-burst"

    rows, counters, _ = _vote_rows(server)
    assert rows >= len(acked_before)  # every acknowledged vote is on disk
    server.start()
    for voter in voters:  # each client comes back and retries *every* vote with its key
        voter.connect()
        for item in plan[voter]:
            assert voter.vote(item), (item, "refused after the restart")
        voter.close()

    rows, counters, pairs = _vote_rows(server)
    assert rows == counters == expected
    assert set(pairs.values()) == {1}  # nobody's vote on an item counted twice
    listing = requests.get(f"{server.url}/api/v1/sessions/{sid}/boards",
                           cookies=voters[0].http.cookies).json()
    votes = {item["id"]: item["votes"] for item in listing["boards"][board]["items"]}
    assert votes == {item: len(voters) - 1 for item in items.values()}


def test_a_client_offline_for_30_seconds_catches_up_within_2_seconds(server):
    mod_http, sid, code = facilitator_session(server)
    mod = Mirror(server, mod_http, sid, "facilitator", f"/facilitate/{sid}")
    authors = [Mirror(server, walk_in(server, code, f"Author {n}"), sid, "participant",
                      f"/s/{code}") for n in range(3)]  # posts stay within each one's limit
    voter = Mirror(server, walk_in(server, code, "Voter"), sid, "participant", f"/s/{code}")
    away = Mirror(server, walk_in(server, code, "Away"), sid, "participant", f"/s/{code}")
    for mirror in (mod, *authors, voter, away):
        mirror.connect()
    board = mod.call("sync", {"last_seq": -1})["snapshot"]["agenda"]["current"]
    seen_before = away.last_seq
    away.disconnect()

    started = time.monotonic()
    posted = []
    for n in range(50):  # 50 changes spread over 30 seconds while "away" is offline
        if n % 5 in (0, 1) or not posted:
            posted.append(authors[n % 3].call("board_post", {
                "board": board, "text": f"Offline point {n}",
                "client_key": uuid.uuid4().hex})["item"]["id"])
        elif n % 5 == 2:
            voter.call("board_vote", {"id": posted[-1], "up": True,
                                      "client_key": uuid.uuid4().hex})
        elif n % 5 == 3:
            mod.call("board_moderate", {"id": posted[-1], "action": "label",
                                        "labels": [f"topic {n}"], "client_key": uuid.uuid4().hex})
        else:
            mod.call("board_moderate", {"id": posted[n % len(posted)], "action": "spotlight",
                                        "on": True, "client_key": uuid.uuid4().hex})
        time.sleep(max(0.0, started + 30 * (n + 1) / 50 - time.monotonic()))
    assert time.monotonic() - started >= 30

    reconnected = time.monotonic()
    away.connect()  # sync {last_seq} on connect: the missed deltas are replayed
    while away.view() != away.server_view() and time.monotonic() - reconnected < 2.0:
        time.sleep(0.05)
    caught_up = time.monotonic() - reconnected
    assert away.view() == away.server_view(), "not converged within 2 s of reconnecting"
    assert caught_up < 2.0
    assert away.modes[-1] == "replay" and away.last_seq > seen_before
    assert len(away.view()) == len(posted)
    for mirror in (mod, *authors, voter, away):
        mirror.disconnect()
