"""Helpers for the board tests: connected sockets for participants and the facilitator."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient

from dialogue import rate_limits, realtime
from dialogue.extensions import db, socketio
from dialogue.models import Contribution, DialogueSession, Vote
from dialogue.realtime.tallies import tallies

from ..conftest import csrf_from

_keys = itertools.count()


def with_client_key(event: str, data: object) -> object:
    """As the browser sends it: a write carries a fresh ``client_key`` unless one is given
    (or what is sent is not an object)."""
    command = realtime.layer().commands.get(event)
    if command is not None and command.write and isinstance(data, dict) \
            and "client_key" not in data:
        return {**data, "client_key": new_key()}
    return data


def new_key() -> str:
    return f"k{next(_keys):04d}-{uuid.uuid4().hex[:8]}"


@dataclass
class Seat:
    """One connected socket, with the Flask client whose cookie it rides on."""

    client: FlaskClient
    socket: object
    auth: dict
    entry: object = None

    def reconnect(self) -> None:
        self.socket.disconnect()
        self.socket.connect(auth=self.auth)
        assert self.socket.is_connected()

    def emit(self, event: str, data: object = None) -> dict:
        """Send an event and return the server's acknowledgement."""
        return self.socket.emit(event, with_client_key(event, data), callback=True)

    def post(self, board: str, text: str, **extra) -> dict:
        return self.emit("board_post", {"board": board, "text": text,
                                        "client_key": new_key(), **extra})

    def vote(self, item_id: str, up: bool = True, key: str | None = None) -> dict:
        return self.emit("board_vote", {"id": item_id, "up": up, "client_key": key or new_key()})

    def moderate(self, item_id: str, action: str, **extra) -> dict:
        return self.emit("board_moderate", {"id": item_id, "action": action,
                                            "client_key": new_key(), **extra})

    def events(self) -> list[dict]:
        """Everything received since the last call: [{name, args}]."""
        return self.socket.get_received()

    def named(self, name: str) -> list[dict]:
        return [event["args"][0] for event in self.events() if event["name"] == name]

    def sync(self, last_seq: int) -> dict:
        return self.emit("sync", {"last_seq": last_seq})


class Room:
    """Builds a live session and connects people to it."""

    def __init__(self, app, factory, facilitator_browser):
        self.app = app
        self.factory = factory
        self.facilitator_browser = facilitator_browser
        self.session = factory.live_session()
        self.sid = self.session.public_id
        self.code = self.session.code
        self.board = self.session.agenda[0].public_id
        self.boards = [item.public_id for item in self.session.agenda]
        self.seats: list[Seat] = []

    def participant(self, **entry_values) -> Seat:
        joined = self.factory.join(self.reload(), **entry_values)
        token = csrf_from(joined.client.get(f"/s/{self.code}").get_data(as_text=True))
        auth = {"session": self.sid, "role": "participant", "csrf": token}
        socket = socketio.test_client(self.app, flask_test_client=joined.client, auth=auth)
        assert socket.is_connected()
        self.seats.append(Seat(joined.client, socket, auth, joined.entry))
        return self.seats[-1]

    def facilitator(self, role: str = "facilitator") -> Seat:
        client = self.facilitator_browser.client
        token = csrf_from(client.get(f"/facilitate/{self.sid}").get_data(as_text=True))
        auth = {"session": self.sid, "role": role, "csrf": token}
        socket = socketio.test_client(self.app, flask_test_client=client, auth=auth)
        assert socket.is_connected()
        self.seats.append(Seat(client, socket, auth))
        return self.seats[-1]

    def leave(self) -> None:
        """Disconnect every socket still open: the connection map is process-wide."""
        for seat in self.seats:
            if seat.socket.is_connected():
                seat.socket.disconnect()

    def reload(self) -> DialogueSession:
        db.session.remove()
        return db.session.scalar(sa.select(DialogueSession).filter_by(public_id=self.sid))

    def contribution(self, public_id: str) -> Contribution:
        db.session.remove()
        return db.session.scalar(sa.select(Contribution).filter_by(public_id=public_id))

    def state(self) -> list[tuple]:
        """The board's rows and votes, to prove a refused request changed nothing."""
        db.session.remove()
        rows = db.session.execute(sa.select(
            Contribution.public_id, Contribution.text, Contribution.status,
            Contribution.vote_count, Contribution.labels, Contribution.answered,
            Contribution.spotlight, Contribution.agenda_item_id).order_by(Contribution.id))
        votes = db.session.execute(sa.select(Vote.contribution_id, Vote.author_ref)
                                   .order_by(Vote.id))
        return [tuple(row) for row in rows] + [tuple(row) for row in votes]


@pytest.fixture(autouse=True)
def fresh_realtime_state():
    """Rate buckets and pending tallies are process-wide; start each test without them."""
    rate_limits.reset()
    tallies._dirty.clear()
    tallies._flushed.clear()
    yield
    tallies._dirty.clear()
    tallies._flushed.clear()


@pytest.fixture
def room(app, factory, facilitator_browser) -> Iterator[Room]:
    room = Room(app, factory, facilitator_browser)
    yield room
    room.leave()
