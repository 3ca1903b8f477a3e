"""When did every client see a vote? Matches acknowledged votes to the tallies received.

A vote on item X acknowledged with count ``c`` is delivered once every connected client
has received a tally in which X's count is at least ``c``; its latency is the time from
sending the vote to that moment (or to its acknowledgement, if every client had already
seen ``c`` by then). When acknowledgements carry no count, the k-th acknowledged vote on
X (in time, over all load processes) waits for a count of at least k: the bench only
adds votes and the seeded items start at zero, so k votes on X are in the database by
then.

The clients may be spread over several load processes. Each process keeps a
``Delivery``: for every item, the *frontier* — the count that all of its connected
clients have seen — and when the frontier rose. ``latencies`` then takes, for each
acknowledged vote, the moment the last process's frontier reached its count. Times are
``time.monotonic()``, one clock for every process on the machine.

This runs in the load client's event loop for every tally every client gets (10,000 a
second at 1,000 clients), so nothing here costs time proportional to the number of
clients: each item keeps the counts its clients have seen in a sorted list, so the
frontier is its first element.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

Ack = tuple[str, int | None, float, float]  # item, count (None: unknown), sent, acked


@dataclass
class Delivery:
    """One load process's record: its acknowledged votes and its clients' frontiers."""

    acks: list[Ack] = field(default_factory=list)
    _seen: dict[int, dict[str, int]] = field(default_factory=dict)
    _levels: dict[str, list[int]] = field(default_factory=dict)  # sorted seen counts > 0
    # item -> (the frontier's successive counts, when it reached each)
    _timeline: dict[str, tuple[list[int], list[float]]] = field(default_factory=dict)
    _highest: dict[str, int] = field(default_factory=dict)  # the most any client has seen
    emptied_at: float | None = None  # when the last client left: nobody is waited for

    def add_client(self, client: int) -> None:
        """A client that joined (before the load starts: it has seen nothing yet)."""
        self._seen.setdefault(client, {})

    def remove_client(self, client: int, now: float) -> None:
        """A client that left no longer holds any vote back (its loss is an error anyway)."""
        seen = self._seen.pop(client, None)
        if seen is None:
            return
        for item, count in seen.items():
            levels = self._levels[item]
            del levels[bisect.bisect_left(levels, count)]
        for item in list(self._levels):
            self._advance(item, now)
        if not self._seen:
            self.emptied_at = now

    def acked(self, item: str, count: int | None, sent: float, now: float) -> None:
        """A vote on ``item`` sent at ``sent`` was acknowledged at ``now``."""
        if not isinstance(count, int) or isinstance(count, bool):
            count = None
        self.acks.append((item, count, sent, now))

    def saw(self, client: int, item: str, count: int, now: float) -> None:
        """``client`` received a tally saying ``item`` has ``count`` votes."""
        seen = self._seen.get(client)
        if seen is None:
            return
        before = seen.get(item, 0)
        if count <= before:
            return
        seen[item] = count
        levels = self._levels.setdefault(item, [])
        if before:
            del levels[bisect.bisect_left(levels, before)]
        bisect.insort(levels, count)
        if count > self._highest.get(item, 0):
            self._highest[item] = count
        self._advance(item, now)

    def _advance(self, item: str, now: float) -> None:
        levels = self._levels[item]
        frontier = levels[0] if levels and len(levels) == len(self._seen) else 0
        counts, times = self._timeline.setdefault(item, ([], []))
        if frontier > (counts[-1] if counts else 0):
            counts.append(frontier)
            times.append(now)

    def frontier(self, item: str) -> int:
        counts = self._timeline.get(item, ([], []))[0]
        return counts[-1] if counts else 0

    def caught_up(self) -> bool:
        """Every client here has seen the highest count any of them has seen, and every
        count acknowledged here."""
        if any(self.frontier(item) < count for item, count in self._highest.items()):
            return False
        return all(count is None or self.frontier(item) >= count
                   for item, count, _sent, _acked in self.acks)

    def reached(self, item: str, count: int) -> float | None:
        """When every client here had seen ``count`` for ``item`` (None: not yet)."""
        counts, times = self._timeline.get(item, ([], []))
        position = bisect.bisect_left(counts, count)
        return times[position] if position < len(counts) else self.emptied_at

    @property
    def clients(self) -> int:
        return len(self._seen)


def latencies(deliveries: list[Delivery]) -> tuple[list[float], int]:
    """(latency samples in ms, votes never seen by every client) over all load processes."""
    nth: dict[str, int] = defaultdict(int)
    samples, undelivered = [], 0
    acks = sorted((ack for delivery in deliveries for ack in delivery.acks),
                  key=lambda ack: ack[3])
    for item, count, sent, acked in acks:
        nth[item] += 1
        wanted = count if count is not None else nth[item]
        reached = [delivery.reached(item, wanted) for delivery in deliveries]
        times = [at for at in reached if at is not None]
        if len(times) < len(reached):  # a client never saw it
            undelivered += 1
        else:
            samples.append((max(acked, *times) - sent) * 1000)
    return samples, undelivered
