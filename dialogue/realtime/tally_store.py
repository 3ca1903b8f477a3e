"""Where the tally coalescer keeps changed items until its next flush.

In one process a dict in memory is enough. With several processes on one Redis message
queue each process would otherwise flush its own marks, so a room could get one tally
per process per tick. ``RedisDirtySet`` keeps the marks in Redis instead: any process may
take a room's marks, but a short lock per room lets only one of them do so per flush
interval, so a room still gets at most ``FLUSH_HZ`` tallies a second in total.
"""

from __future__ import annotations

import json
import threading

Key = tuple[int, str, str]  # (session id, room, kind)


class LocalDirtySet:
    """Marks in this process's memory."""

    def __init__(self) -> None:
        self._dirty: dict[Key, set[str]] = {}
        self._lock = threading.Lock()

    def add(self, key: Key, public_id: str) -> None:
        with self._lock:
            self._dirty.setdefault(key, set()).add(public_id)

    def take(self) -> dict[Key, set[str]]:
        with self._lock:
            dirty, self._dirty = self._dirty, {}
        return dirty


# Take a room's ids and forget the room in one step, so a mark racing in is never lost:
# it lands either before (and is taken now) or after (and the room is dirty again).
_TAKE = """
local ids = redis.call('SMEMBERS', KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
return ids
"""


class RedisDirtySet:
    """Marks shared by every process that uses the same Redis and channel."""

    def __init__(self, url: str, prefix: str, interval: float) -> None:
        import redis

        self.redis = redis.Redis.from_url(url)
        self.prefix = prefix
        self.interval_ms = max(1, int(interval * 1000))
        self.rooms_key = f"{prefix}:tally-rooms"
        self._take = self.redis.register_script(_TAKE)

    def _ids_key(self, member: str) -> str:
        return f"{self.prefix}:tally-ids:{member}"

    def add(self, key: Key, public_id: str) -> None:
        member = json.dumps(list(key))
        pipe = self.redis.pipeline(transaction=True)
        pipe.sadd(self._ids_key(member), public_id)
        pipe.sadd(self.rooms_key, member)
        pipe.execute()

    def take(self) -> dict[Key, set[str]]:
        """The rooms this process won the flush of, with their changed ids."""
        dirty: dict[Key, set[str]] = {}
        for raw in self.redis.smembers(self.rooms_key):
            member = raw.decode() if isinstance(raw, bytes) else raw
            lock = f"{self.prefix}:tally-lock:{member}"
            if not self.redis.set(lock, b"1", nx=True, px=self.interval_ms):
                continue  # another process flushed this room within the interval
            ids = self._take(keys=[self._ids_key(member), self.rooms_key], args=[member])
            if ids:
                session_id, room, kind = json.loads(member)
                dirty[(session_id, room, kind)] = {each.decode() for each in ids}
        return dirty
