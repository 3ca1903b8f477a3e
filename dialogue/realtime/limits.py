"""Per-person rate limits: a token bucket per actor and kind of action, in process memory.

Buckets are keyed by the session and the actor's author ref (or facilitator id), kept
only in memory and never logged. A bucket holds ``capacity`` tokens and refills at
``rate`` tokens a second, so short bursts pass and a flood is refused. Sockets and the
JSON API draw from the same buckets. Each process keeps its own (sticky sessions).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

# kind -> (capacity, tokens per second)
RATES: dict[str, tuple[float, float]] = {
    "write": (10, 0.2),      # posts, edits, withdrawals: 10 at once, then one per 5 s
    "vote": (30, 3.0),       # votes and un-votes
    "read": (20, 2.0),       # own-items look-ups
    "moderate": (200, 20.0),  # the facilitator's console
    "form": (30, 1.0),       # participants' option forms over HTTP: 30 at once, then 1/s
    "detect": (20, 1 / 30),  # detector warnings a seat is shown: 20, then one per 30 s
}
_MAX_BUCKETS = 20_000


@dataclass
class TokenBucket:
    capacity: float
    rate: float
    tokens: float
    stamp: float

    def take(self, now: float) -> bool:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class Limiter:
    def __init__(self, rates: dict[str, tuple[float, float]], clock=time.monotonic):
        self.rates = rates
        self.clock = clock
        self._buckets: dict[tuple[str, str], TokenBucket] = {}
        self._lock = threading.Lock()

    def allow(self, who: str, kind: str) -> bool:
        """Take one token from ``who``'s ``kind`` bucket; False if it is empty."""
        capacity, rate = self.rates[kind]
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get((who, kind))
            if bucket is None:
                if len(self._buckets) >= _MAX_BUCKETS:
                    self._forget_full(now)
                bucket = self._buckets[(who, kind)] = TokenBucket(capacity, rate, capacity, now)
            return bucket.take(now)

    def exhausted(self, who: str, kind: str) -> bool:
        """Whether ``who``'s ``kind`` bucket is empty now; takes nothing."""
        capacity, rate = self.rates[kind]
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get((who, kind))
            return bucket is not None and min(
                capacity, bucket.tokens + (now - bucket.stamp) * rate) < 1

    def _forget_full(self, now: float) -> None:
        """Drop buckets that have refilled completely: they hold nothing worth keeping."""
        for key, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.stamp) * bucket.rate >= bucket.capacity:
                del self._buckets[key]

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()


limiter = Limiter(RATES)


def actor_key(actor) -> str:
    """Whose bucket: one per participant (author ref) or facilitator, per session."""
    person = actor.author_ref or f"facilitator:{actor.facilitator_id}"
    return f"{actor.session_public_id}:{person}"
