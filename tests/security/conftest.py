"""Fixtures for the security tests: the board tests' live room, and fresh rate buckets."""

from __future__ import annotations

import pytest

from dialogue.join.throttle import join_limiter
from dialogue.realtime import broadcast
from dialogue.realtime.limits import limiter

from ..boards.conftest import Room


@pytest.fixture(autouse=True)
def fresh_limits():
    """Rate buckets and pending tallies are process-wide; each test starts without them."""
    limiter.reset()
    join_limiter.reset()
    broadcast.tallies._dirty.clear()
    yield
    broadcast.tallies._dirty.clear()


@pytest.fixture
def room(app, factory, facilitator_browser) -> Room:
    return Room(app, factory, facilitator_browser)
