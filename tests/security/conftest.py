"""Fixtures for the security tests: the board tests' live room, and fresh rate buckets."""

from __future__ import annotations

import pytest

from dialogue import rate_limits
from dialogue.realtime.tallies import tallies

from ..boards.conftest import Room


@pytest.fixture(autouse=True)
def fresh_limits():
    """Rate buckets and pending tallies are process-wide; each test starts without them."""
    rate_limits.reset()
    tallies._dirty.clear()
    yield
    tallies._dirty.clear()


@pytest.fixture
def room(app, factory, facilitator_browser) -> Room:
    return Room(app, factory, facilitator_browser)
