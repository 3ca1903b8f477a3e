"""The one socket test harness: a live session, the people connected to it over
Socket.IO (participants with a seat, the facilitator, the projector), and a clean
process-wide live state between tests. The board, options and security tests all use it;
its fixtures (`room`, and the options tests' `live`) are in the conftest files.

The server internals the harness reaches into are imported in the block below and nowhere
else in it: when the live layer moves, this is the one place to re-point.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field

import sqlalchemy as sa
from flask.testing import FlaskClient

# -- Server internals: the Socket.IO server, the command pipeline, the socket -> actor
# -- map, the tally coalescer and the rate buckets. Tests reach them through the helpers
# -- below, never by importing them themselves.
from dialogue import rate_limits, realtime
from dialogue.extensions import db, socketio
from dialogue.models import Contribution, DialogueSession, Vote
from dialogue.realtime import commands
from dialogue.realtime.actors import connections
from dialogue.realtime.tallies import tallies

from .conftest import csrf_from

_keys = itertools.count()


def new_key() -> str:
    """A fresh idempotency key (`client_key`), as a client makes one per intended write."""
    return f"k{next(_keys):04d}-{uuid.uuid4().hex[:8]}"


def reset_live_state() -> None:
    """Forget what outlives a test in this process: rate buckets, pending tallies and
    their flush times, and the socket -> actor map (a test's unclosed test sockets must
    not show up in the next test's count)."""
    rate_limits.reset()
    clear_tallies()
    connections.clear()


def clear_tallies() -> None:
    tallies._dirty.clear()
    tallies._flushed.clear()


def flush_tallies() -> int:
    """Send the pending tallies now (as the background flush would); how many went out."""
    return tallies.flush()


def tally_clock(monkeypatch, clock) -> None:
    """The tally coalescer reads the time from ``clock()`` for the rest of the test."""
    monkeypatch.setattr(tallies, "clock", clock)


def open_sockets() -> int:
    """How many sockets this process holds an actor for."""
    return len(connections)


def actor_of(seat: Seat):
    """The server-side actor of a participant's open socket."""
    return next(actor for actor in connections.values()
                if actor.participant_id == seat.entry.id)


def with_client_key(event: str, data: object) -> object:
    """As the browser sends it: a write carries a fresh ``client_key`` unless one is given
    (or what is sent is not an object)."""
    command = realtime.layer().commands.get(event)
    if command is not None and command.write and isinstance(data, dict) \
            and "client_key" not in data:
        return {**data, "client_key": new_key()}
    return data


def run_command(actor, name: str, payload: dict) -> dict:
    """Run a board command as ``actor`` directly, bypassing the socket."""
    return realtime.run(name, actor, payload)


def break_commands(monkeypatch, broken) -> None:
    """Every board command runs ``broken`` instead, for the rest of the test."""
    monkeypatch.setattr(commands, "execute", broken)


@dataclass
class Seat:
    """One connected socket, with the Flask client whose cookie it rides on."""

    client: FlaskClient
    socket: object
    auth: dict = field(repr=False)
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

    def sync(self, last_seq: int) -> dict:
        return self.emit("sync", {"last_seq": last_seq})

    def events(self) -> list[dict]:
        """Everything received since the last call: [{name, args}]."""
        return self.socket.get_received()

    def named(self, name: str) -> list[dict]:
        """The payloads of the events of this name received since the last call."""
        return [event["args"][0] for event in self.events() if event["name"] == name]


class LiveRoom:
    """A live session (``factory.live_session(**settings)``) and the people connected
    to it; ``leave()`` closes every socket still open."""

    def __init__(self, app, factory, facilitator_browser, **settings):
        self.app = app
        self.factory = factory
        self.facilitator_browser = facilitator_browser
        self.session = factory.live_session(**settings)
        self.sid = self.session.public_id
        self.code = self.session.code
        self.board = self.session.agenda[0].public_id
        self.boards = [item.public_id for item in self.session.agenda]
        self.seats: list[Seat] = []

    def _connect(self, client: FlaskClient, page: str, role: str, entry=None) -> Seat:
        """Open a socket on the cookie of ``client`` with the CSRF token of ``page``."""
        token = csrf_from(client.get(page).get_data(as_text=True))
        auth = {"session": self.sid, "role": role, "csrf": token}
        socket = socketio.test_client(self.app, flask_test_client=client, auth=auth)
        assert socket.is_connected()
        self.seats.append(Seat(client, socket, auth, entry))
        return self.seats[-1]

    def participant(self, **entry_values) -> Seat:
        """Someone joins (a roster entry and a seat, the Rule accepted) and connects."""
        joined = self.factory.join(self.reload(), **entry_values)
        return self._connect(joined.client, f"/s/{self.code}", "participant", joined.entry)

    def facilitator(self, role: str = "facilitator") -> Seat:
        """The session's owner connects, as the console or (``role="projector"``) the
        projector."""
        return self._connect(self.facilitator_browser.client, f"/facilitate/{self.sid}", role)

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
