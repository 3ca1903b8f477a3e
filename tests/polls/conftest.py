"""A live room for the poll tests: k = 3, so a few people make a result."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..live_harness import LiveRoom, new_key


class PollRoom(LiveRoom):
    def create(self, console, **spec) -> dict:
        reply = console.emit("poll_create", {"client_key": new_key(), **spec})
        assert reply["ok"], reply
        return reply["poll"]

    def open(self, console, **spec) -> str:
        poll = self.create(console, **spec)["id"]
        reply = console.emit("poll_open", {"poll": poll, "client_key": new_key()})
        assert reply["ok"], reply
        return poll


@pytest.fixture
def polls(app, factory, facilitator_browser) -> Iterator[PollRoom]:
    room = PollRoom(app, factory, facilitator_browser, k_anonymity=3)
    yield room
    room.leave()


@pytest.fixture
def ticking(monkeypatch):
    """The tally coalescer's clock, moved on by hand (every flush may go out)."""
    from ..live_harness import tally_clock

    now = [1000.0]
    tally_clock(monkeypatch, lambda: now[0])

    def tick(seconds: float = 60.0) -> None:
        now[0] += seconds
    return tick
