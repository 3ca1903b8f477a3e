"""When did every client see a vote? Matches acknowledged votes to the tallies received.

A vote on item X acknowledged with count ``c`` is delivered once every connected client
has received a tally in which X's count is at least ``c``; its latency is the time from
sending the vote to that moment. When the acknowledgement carries no count, the k-th
acknowledged vote on X waits for a count of at least k (the bench only adds votes, and
the seeded items start at zero, so k votes on X are in the database by then).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class _Pending:
    count: int
    sent: float
    remaining: set[int]


@dataclass
class Delivery:
    samples_ms: list[float] = field(default_factory=list)
    _seen: dict[int, dict[str, int]] = field(default_factory=dict)
    _pending: dict[str, list[_Pending]] = field(default_factory=dict)
    _acks: dict[str, int] = field(default_factory=dict)

    def add_client(self, client: int) -> None:
        self._seen.setdefault(client, {})

    def remove_client(self, client: int) -> None:
        """A client that left no longer holds any vote back (its loss is an error anyway)."""
        self._seen.pop(client, None)
        for item, entries in list(self._pending.items()):
            for entry in entries:
                entry.remaining.discard(client)
            self._settle(item, None)

    def acked(self, item: str, count: int | None, sent: float, now: float) -> None:
        """A vote on ``item`` sent at ``sent`` was acknowledged at ``now``."""
        self._acks[item] = self._acks.get(item, 0) + 1
        if not isinstance(count, int) or isinstance(count, bool):
            count = self._acks[item]
        waiting = {client for client, seen in self._seen.items() if seen.get(item, 0) < count}
        if not waiting:  # every client saw it before the voter's ack came back
            self.samples_ms.append((now - sent) * 1000)
            return
        entries = self._pending.setdefault(item, [])
        bisect.insort(entries, _Pending(count, sent, waiting), key=lambda entry: entry.count)

    def saw(self, client: int, item: str, count: int, now: float) -> None:
        """``client`` received a tally saying ``item`` has ``count`` votes."""
        seen = self._seen.get(client)
        if seen is None:
            return
        before = seen.get(item, 0)
        if count <= before:
            return
        seen[item] = count
        entries = self._pending.get(item)
        if not entries:
            return
        start = bisect.bisect_right(entries, before, key=lambda entry: entry.count)
        for entry in entries[start:]:
            if entry.count > count:
                break
            entry.remaining.discard(client)
        self._settle(item, now)

    def _settle(self, item: str, now: float | None) -> None:
        """Drop the votes every client has seen; sample them unless a departure did it."""
        entries = self._pending.get(item, [])
        done = [entry for entry in entries if not entry.remaining]
        if not done:
            return
        if now is not None:
            self.samples_ms.extend((now - entry.sent) * 1000 for entry in done)
        self._pending[item] = [entry for entry in entries if entry.remaining]

    def pending_count(self) -> int:
        return sum(len(entries) for entries in self._pending.values())

    @property
    def clients(self) -> int:
        return len(self._seen)
