"""Coalesced tallies: changed counts are flushed at most ``FLUSH_HZ`` times a second per
room (DESIGN.md §4), so a "someone just voted" signal cannot be timed to a person.

Features register a loader per kind from their init_app (``realtime.layer(app).add_tally``)
and mark what changed through ``broadcast``; the flush publishes one ``tally`` event.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from flask import current_app

from ..extensions import db, socketio
from ..models import DialogueSession
from .broadcast import publish
from .tally_store import LocalDirtySet, RedisDirtySet

FLUSH_HZ = 10


class TallyCoalescer:
    """Collects changed tallies per room and flushes them ``FLUSH_HZ`` times a second.

    ``loader(session_id, public_ids) -> {public_id: counts}`` reads the committed counts at
    flush time, so the latest value wins even when several processes mark the same item.
    """

    def __init__(self) -> None:
        self._store: LocalDirtySet | RedisDirtySet = LocalDirtySet()
        self._loaders: dict[str, Callable[[int, set[str]], dict[str, dict]]] = {}
        self._every: dict[str, float] = {}
        self._flushed: dict[tuple, float] = {}  # (session, room, kind) -> last flush
        self._started = False
        self.clock = time.monotonic

    def register(self, kind: str, loader: Callable[[int, set[str]], dict[str, dict]],
                 every: float = 0.0) -> None:
        """``every``: flush this kind at most once in so many seconds per room (in this
        process), for counts that are costly to read and need not move ten times a second."""
        self._loaders[kind] = loader
        if every:
            self._every[kind] = every

    @property
    def _dirty(self) -> dict:
        """The marks kept in this process (tests clear them between cases)."""
        return self._store._dirty if isinstance(self._store, LocalDirtySet) else {}

    def mark(self, session_id: int, room: str, kind: str, public_id: str) -> None:
        self._store.add((session_id, room, kind), public_id)

    def start(self, app) -> None:
        if self._started:
            return
        self._started = True
        if app.config.get("REDIS_URL"):  # several processes: one flush per room in total
            self._store = RedisDirtySet(app.config["REDIS_URL"],
                                        app.config.get("REDIS_CHANNEL", "flask-socketio"),
                                        1 / FLUSH_HZ)
        socketio.start_background_task(self._run, app)

    def _run(self, app) -> None:
        while True:
            socketio.sleep(1 / FLUSH_HZ)  # type: ignore[arg-type]  # stubs say int; seconds
            with app.app_context():
                try:
                    self.flush()
                except Exception:  # keep flushing; the error is logged with its reference
                    current_app.logger.exception("tally flush failed")
                finally:
                    db.session.remove()

    def flush(self) -> int:
        """Emit one ``tally`` event per dirty room; returns how many were emitted."""
        dirty = self._store.take()
        emitted = 0
        now = self.clock()
        for key, ids in dirty.items():
            session_id, room, kind = key
            if kind in self._every:
                if now - self._flushed.get(key, -math.inf) < self._every[kind]:
                    for public_id in ids:  # not yet: they go out with a later flush
                        self._store.add(key, public_id)
                    continue
                self._flushed[key] = now
            counts = self._loaders[kind](session_id, ids)
            if not counts:
                continue
            session = db.session.get(DialogueSession, session_id)
            if session is None or session.is_closed:
                continue
            publish(session, room, "tally", {"kind": kind, "counts": counts})
            emitted += 1
        return emitted


tallies = TallyCoalescer()
