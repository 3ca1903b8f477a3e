"""Coalescing across processes: with Redis, a room's marks from every process go out in
one tally per flush interval, flushed by whichever process wins the room."""

from __future__ import annotations

import secrets

import pytest

from dialogue.realtime.tally_store import LocalDirtySet, RedisDirtySet

from .conftest import REDIS_URL, redis_available, require_service

ROOM = (1, "board:abc", "contribution")


@pytest.fixture
def two_processes():
    """Two processes' stores on one Redis channel (a long interval: no clock in the test)."""
    require_service(redis_available(), "Redis")
    prefix = f"dialogue-test-{secrets.token_hex(6)}"
    stores = [RedisDirtySet(REDIS_URL, prefix, interval=30.0) for _ in range(2)]
    yield stores
    keys = list(stores[0].redis.scan_iter(f"{prefix}:*"))
    if keys:
        stores[0].redis.delete(*keys)
    for store in stores:
        store.redis.close()


@pytest.mark.services
def test_marks_from_two_processes_are_flushed_once_by_one_of_them(two_processes):
    first, second = two_processes
    first.add(ROOM, "item-a")
    second.add(ROOM, "item-b")
    second.add((1, "board:other", "contribution"), "item-c")

    taken_by_first = first.take()
    taken_by_second = second.take()

    assert taken_by_first == {ROOM: {"item-a", "item-b"},
                              (1, "board:other", "contribution"): {"item-c"}}
    assert taken_by_second == {}


@pytest.mark.services
def test_a_room_flushed_within_the_interval_waits_for_the_next_one(two_processes):
    first, second = two_processes
    first.add(ROOM, "item-a")
    assert first.take() == {ROOM: {"item-a"}}
    second.add(ROOM, "item-b")
    assert second.take() == {} and first.take() == {}  # the room's lock still holds
    second.redis.delete(f"{second.prefix}:tally-lock:" + '[1, "board:abc", "contribution"]')
    assert second.take() == {ROOM: {"item-b"}}  # nothing was lost meanwhile


def test_in_one_process_marks_stay_in_memory():
    store = LocalDirtySet()
    store.add(ROOM, "item-a")
    store.add(ROOM, "item-a")
    assert store.take() == {ROOM: {"item-a"}}
    assert store.take() == {}
