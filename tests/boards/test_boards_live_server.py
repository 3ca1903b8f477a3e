"""A real `dialogue run` server and real python-socketio clients: two participants and the
facilitator post, approve, vote, merge, spotlight, drop off and come back, and every
client ends with the server's state.
"""

from __future__ import annotations

import re
import threading
import time
import uuid

import pytest
import requests
import socketio

from ..browser.conftest import (
    FACILITATOR_EMAIL,
    FACILITATOR_PASSWORD,
    LiveServer,
    serve_with_facilitator,
)

pytestmark = pytest.mark.slow
COMPARED = ("id", "board", "kind", "text", "answered", "labels", "votes", "edited", "spotlight")


def token(html: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', html).group(1)


def key() -> str:
    return uuid.uuid4().hex


class Mirror:
    """A client that keeps the board as the browser script does: snapshot, then deltas."""

    def __init__(self, server: LiveServer, http: requests.Session, sid: str, role: str,
                 page: str):
        self.server, self.http, self.sid, self.role, self.page = server, http, sid, role, page
        self.items: dict[str, dict] = {}
        self.received: list[tuple[str, object]] = []
        self.last_seq = -1
        self.lock = threading.Lock()
        self.syncing = False
        self.queued: list[tuple[str, dict]] = []
        self.client: socketio.Client | None = None
        self.modes: list[str] = []  # how each sync was answered: snapshot or replay

    def connect(self) -> None:
        csrf = token(self.http.get(self.server.url + self.page).text)
        self.client = socketio.Client(http_session=self.http, reconnection=False)
        self.client.on("*", self._event)
        self.client.connect(self.server.url, auth={"session": self.sid, "role": self.role,
                                                   "csrf": csrf}, wait_timeout=10)
        self.sync()

    def disconnect(self) -> None:
        self.client.disconnect()

    def call(self, event: str, payload: dict) -> dict:
        reply = self.client.call(event, payload, timeout=10)
        self.received.append((f"ack:{event}", reply))
        return reply

    def sync(self) -> None:
        with self.lock:
            self.syncing = True
        reply = self.call("sync", {"last_seq": self.last_seq})
        self.modes.append(reply["mode"])
        with self.lock:
            if reply["mode"] == "snapshot":
                self.last_seq = reply["snapshot"]["seq"]
                self.items = {item["id"]: item for board in reply["snapshot"]["boards"].values()
                              for item in board["items"]}
            else:
                for event in reply["events"]:
                    self._apply(event["event"], event["data"])
                self.last_seq = max(self.last_seq, reply["seq"])
            self.syncing = False
            for name, data in self.queued:
                self._apply(name, data)
            self.queued = []

    def _event(self, name: str, data=None) -> None:
        self.received.append((name, data))
        with self.lock:
            if self.syncing:
                self.queued.append((name, data))
            else:
                self._apply(name, data)

    def _apply(self, name: str, data: dict) -> None:
        if isinstance(data, dict) and isinstance(data.get("seq"), int):
            if data["seq"] <= self.last_seq:
                return
            self.last_seq = data["seq"]
        if name in ("contribution_added", "contribution_changed") and self.role != "facilitator":
            self.items[data["id"]] = data
        elif name == "contribution_removed" and self.role != "facilitator":
            self.items.pop(data["id"], None)
        elif name == "moderation_item" and self.role == "facilitator":
            if data["status"] in ("withdrawn", "merged"):
                self.items.pop(data["id"], None)
            else:
                self.items[data["id"]] = data
        elif name == "tally":
            for public_id, counts in data["counts"].items():
                if public_id in self.items:
                    self.items[public_id]["votes"] = counts["votes"]

    def view(self) -> dict:
        with self.lock:
            return {item_id: {k: item.get(k) for k in COMPARED + (("status",) if
                                                                     self.role == "facilitator"
                                                                     else ())}
                    for item_id, item in self.items.items()
                    if self.role == "facilitator" or item.get("status", "published") ==
                    "published"}

    def server_view(self) -> dict:
        data = self.http.get(f"{self.server.url}/api/v1/sessions/{self.sid}/boards").json()
        items = [item for board in data["boards"].values() for item in board["items"]]
        return {item["id"]: {k: item.get(k) for k in COMPARED + (("status",) if
                                                                 self.role == "facilitator"
                                                                 else ())}
                for item in items
                if self.role == "facilitator" or item.get("status", "published") == "published"}


def converge(mirrors: list[Mirror], deadline: float = 20.0) -> None:
    """Wait until every client matches the server (tallies arrive in batches), then assert."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if all(mirror.view() == mirror.server_view() for mirror in mirrors):
            break
        time.sleep(0.2)
    for mirror in mirrors:
        assert mirror.view() == mirror.server_view(), mirror.role


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from serve_with_facilitator(tmp_path_factory.mktemp("boards-live"), "Live")


def facilitator_session(server: LiveServer) -> tuple[requests.Session, str, str]:
    http = requests.Session()
    login = server.url + "/facilitate/login"
    http.post(login, data={"csrf_token": token(http.get(login).text), "email": FACILITATOR_EMAIL,
                           "password": FACILITATOR_PASSWORD})
    new = server.url + "/facilitate/new"
    page = http.post(new, data={"csrf_token": token(http.get(new).text), "template": "demo"})
    sid = page.url.rstrip("/").rsplit("/", 1)[-1]
    code = re.search(r'class="join-code">([A-Z0-9]+)<', page.text).group(1)
    http.post(f"{server.url}/facilitate/{sid}/next", data={"csrf_token": token(page.text)})
    return http, sid, code


def walk_in(server: LiveServer, code: str, name: str) -> requests.Session:
    http = requests.Session()
    join = f"{server.url}/join/{code}"
    form = http.get(join).text
    group = re.search(r'<option value="([^"]+)">', form.split('value="">', 1)[1]).group(1)
    rule = http.post(join, data={"csrf_token": token(form), "name": name,
                                 "affiliation": "Canary Institute", "stakeholder_group": group})
    page = http.post(rule.url, data={"csrf_token": token(rule.text), "accept": "y"})
    assert "data-post-form" in page.text
    return http


def test_two_participants_and_a_facilitator_end_with_the_servers_state(server):
    mod_http, sid, code = facilitator_session(server)
    mod = Mirror(server, mod_http, sid, "facilitator", f"/facilitate/{sid}")
    alice = Mirror(server, walk_in(server, code, "Alma Canary"), sid, "participant", f"/s/{code}")
    bob = Mirror(server, walk_in(server, code, "Bruno Canary"), sid, "participant", f"/s/{code}")
    for mirror in (mod, alice, bob):
        mirror.connect()
    board = next(iter(mod.call("sync", {"last_seq": -1})["snapshot"]["boards"]))

    assert mod.call("board_settings", {"board": board, "premoderation": True,
                                       "client_key": key()})["ok"]
    first = alice.call("board_post", {"board": board, "text": "Fund vocational schools abroad",
                                      "client_key": key()})["item"]
    second = bob.call("board_post", {"board": board, "text": "Fund the vocational schools "
                                     "abroad!", "client_key": key()})["item"]
    assert first["status"] == second["status"] == "pending"
    for item in (first, second):
        assert mod.call("board_moderate", {"id": item["id"], "action": "approve",
                                           "client_key": key()})["ok"]
    vote = {"id": first["id"], "up": True, "client_key": key()}
    assert bob.call("board_vote", vote)["voted"] and bob.call("board_vote", vote)["voted"]
    assert alice.call("board_vote", {"id": second["id"], "up": True, "client_key": key()})["ok"]
    converge([mod, alice, bob])
    assert alice.view()[first["id"]]["votes"] == 1  # the retried vote counted once

    merged = mod.call("board_merge", {"id": second["id"], "into": first["id"],
                                      "client_key": key()})
    assert merged["item"]["votes"] == 1  # bob's vote; alice's would be for her own item
    assert mod.call("board_moderate", {"id": first["id"], "action": "spotlight", "on": True,
                                       "client_key": key()})["ok"]

    bob.disconnect()
    third = alice.call("board_post", {"board": board, "text": "Recognise diplomas faster",
                                      "client_key": key()})["item"]
    mod.call("board_moderate", {"id": third["id"], "action": "approve", "client_key": key()})
    mod.call("board_moderate", {"id": first["id"], "action": "label", "labels": ["funding"],
                                "client_key": key()})
    bob.connect()  # catches up from its last sequence number
    assert bob.call("board_vote", {"id": third["id"], "up": True, "client_key": key()})["ok"]
    converge([mod, alice, bob])
    assert bob.view()[first["id"]]["spotlight"] is True
    assert bob.view()[first["id"]]["labels"] == ["funding"]
    assert second["id"] not in bob.view()
    assert bob.modes == ["snapshot", "replay"]

    for mirror in (alice, bob):
        text = repr(mirror.received)
        assert "Canary" not in text and "Alma" not in text and "Bruno" not in text
    for mirror in (mod, alice, bob):
        mirror.disconnect()
