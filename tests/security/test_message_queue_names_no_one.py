"""Someone who can read the Redis message queue learns nothing stable about a person: no
room name, id or tag is shared by one participant's messages and not by everyone's, and no
author ref, seat secret, name or email crosses it (realtime/personal.py)."""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
import threading

import pytest
import redis

from ..boards.test_boards_live_server import facilitator_session, key, token, walk_in
from ..browser.conftest import FACILITATOR_EMAIL, FACILITATOR_PASSWORD
from ..conftest import REDIS_URL, redis_available, require_service
from .test_socket_closing_across_processes import QueuedServer, Watched

pytestmark = [pytest.mark.services, pytest.mark.slow]
SENTINEL = "test:end-of-step"


@pytest.fixture(scope="module")
def channel() -> str:
    return f"dialogue-queue-{secrets.token_hex(6)}"


@pytest.fixture(scope="module")
def server(tmp_path_factory, channel):
    """One `dialogue run` process on the real Redis message queue (its own channel)."""
    require_service(redis_available(), "Redis")
    server = QueuedServer(tmp_path_factory.mktemp("queue") / "instance",
                          extra={"DIALOGUE_REDIS_URL": REDIS_URL,
                                 "DIALOGUE_REDIS_CHANNEL": channel})
    try:
        server.start()
        server.cli("create-facilitator", "--email", FACILITATOR_EMAIL, "--name", "Queue",
                   "--password", FACILITATOR_PASSWORD)
        yield server
    finally:
        server.stop()


class Listener:
    """Subscribes to the channel as an outsider would, and splits what it reads by step."""

    def __init__(self, channel: str):
        self.channel = channel
        self.redis = redis.Redis.from_url(REDIS_URL)
        self.pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
        self.pubsub.subscribe(channel)
        self.pubsub.get_message(timeout=1.0)  # the subscription's confirmation

    def step(self) -> list[dict]:
        """Every message published since the last step (up to a marker sent now)."""
        marker = secrets.token_hex(8)
        self.redis.publish(self.channel, json.dumps({"method": SENTINEL, "id": marker}))
        messages = []
        done = threading.Event()
        while not done.is_set():
            message = self.pubsub.get_message(timeout=10.0)
            assert message is not None, "the marker never came back"
            data = json.loads(message["data"])
            if data.get("method") == SENTINEL and data.get("id") == marker:
                done.set()
            else:
                messages.append(data)
        return messages

    def close(self) -> None:
        self.pubsub.close()
        self.redis.close()


@pytest.fixture
def listener(server, channel):
    listener = Listener(channel)
    yield listener
    listener.close()


def strings_in(value) -> set[str]:
    """Every string in a message: room names, ids, tags, texts (keys are the same for all)."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(strings_in(each) for each in value.values())) if value else set()
    if isinstance(value, list | tuple):
        return set().union(*(strings_in(each) for each in value)) if value else set()
    return set()


class Seat(Watched):
    """A real client that keeps what it receives."""

    def __init__(self, *args):
        super().__init__(*args)
        self.received: list[tuple[str, object]] = []
        self.client.on("*", lambda name, data=None: self.received.append((name, data)))

    def post(self, board: str, text: str) -> dict:
        reply = self.client.call("board_post", {"board": board, "text": text,
                                                "client_key": key()}, timeout=10)
        assert reply["ok"], reply
        return reply["item"]


def roster_ids(server) -> set[str]:
    database = sqlite3.connect(server.instance / "dialogue.sqlite")
    try:
        return {str(row[0]) for row in database.execute("SELECT id FROM roster_entry")}
    finally:
        database.close()


def people_secrets(server, sid: str) -> set[str]:
    """What would name a person, from the database: author refs, roster public ids,
    names, emails, and the keyed seat hashes that find a seat's sockets."""
    import hashlib
    import hmac

    database = sqlite3.connect(server.instance / "dialogue.sqlite")
    try:
        refs = {row[0] for row in database.execute(
            "SELECT author_ref FROM contribution WHERE author_ref IS NOT NULL")}
        key_row = database.execute(
            "SELECT k.key FROM session_key k JOIN dialogue_session s ON s.id = k.session_id "
            "WHERE s.public_id = ?", (sid,)).fetchone()
        entries = database.execute(
            "SELECT public_id, name, email, seat_hash FROM roster_entry")
        found = set(refs)
        for public_id, name, email, seat_hash in entries:
            found |= {public_id, name, email, seat_hash}
            if key_row and key_row[0] and seat_hash:  # personal.seat_key, as the server does
                found.add(hmac.new(key_row[0], f"socket-seat\x1f{seat_hash}".encode(),
                                   hashlib.sha256).hexdigest())
        return {value for value in found if value}
    finally:
        database.close()


def test_the_message_queue_cannot_link_one_persons_posts(server, listener):
    mod_http, sid, code = facilitator_session(server)
    alice_http = walk_in(server, code, "Quentin Queuewatch")
    bob_http = walk_in(server, code, "Rosalind Redisread")
    alice = Seat(server, alice_http, sid, "participant", f"/s/{code}")
    bob = Seat(server, bob_http, sid, "participant", f"/s/{code}")
    console = Seat(server, mod_http, sid, "facilitator", f"/facilitate/{sid}")
    board = next(iter(console.client.call("sync", {"last_seq": -1},
                                          timeout=10)["snapshot"]["boards"]))
    listener.step()  # joining is not what this test is about

    alice.post(board, "Fund language courses in the partner countries")
    first = listener.step()
    alice.post(board, "Publish every return agreement within a month")
    second = listener.step()
    bob.post(board, "A shared desk for skills partnerships at each embassy")
    other = listener.step()

    assert first and second and other
    alices = strings_in(first) & strings_in(second)
    assert alices - strings_in(other) == set(), "a value ties Alice's two posts together"
    everything = json.dumps(first + second + other)
    secrets_of_people = people_secrets(server, sid)
    assert secrets_of_people
    for secret in secrets_of_people:
        assert secret not in everything
    assert not strings_in(first + second + other) & roster_ids(server), \
        "a participant's row id is a value on the queue"

    setup = mod_http.get(f"{server.url}/facilitate/{sid}").text
    entry = re.search(r"Quentin Queuewatch.*?/roster/([0-9a-f]{32})/revoke", setup,
                      re.S).group(1)
    removed = mod_http.post(f"{server.url}/facilitate/{sid}/roster/{entry}/revoke",
                            data={"csrf_token": token(setup)}, allow_redirects=False)
    assert removed.status_code == 302
    removal = listener.step()
    assert alice.closed.wait(5.0) and not bob.closed.is_set()
    assert (strings_in(removal) & alices) - strings_in(other) == set()
    for secret in secrets_of_people:
        assert secret not in json.dumps(removal)
    assert not strings_in(removal) & roster_ids(server)
    own = [data for name, data in alice.received if name == "own_contribution"]
    assert len(own) == 2, "the author's own notices still reach her"
    assert ("removed", {"reason": "removed"}) in alice.received
    for seat in (bob, console):
        seat.client.disconnect()
    for http in (mod_http, alice_http, bob_http):
        http.close()
