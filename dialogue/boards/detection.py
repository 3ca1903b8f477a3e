"""The de-identification detector of a session, built from its roster and kept in-process.

Building a Detector compiles the roster's names and affiliations, so it is cached per
session and rebuilt only when the roster's content changes (a fingerprint of the rows is
compared on every use: one small query instead of a recompile).
"""

from __future__ import annotations

import hashlib
import threading

import sqlalchemy as sa

from ..extensions import db
from ..models import DialogueSession, RosterEntry

_cache: dict[str, tuple[str, object]] = {}
_lock = threading.Lock()


def _roster(session: DialogueSession) -> list[tuple[str, str, str, str]]:
    return [tuple(row) for row in db.session.execute(
        sa.select(RosterEntry.name, RosterEntry.email, RosterEntry.affiliation,
                  RosterEntry.stakeholder_group)
        .where(RosterEntry.session_id == session.id).order_by(RosterEntry.id))]


def _fingerprint(rows: list[tuple[str, str, str, str]]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join(row).encode())
        digest.update(b"\x1e")
    return digest.hexdigest()


def detector_for(session: DialogueSession):
    """The session's Detector, rebuilt if its roster changed since it was built."""
    from ..deid import Detector
    from ..deid import RosterEntry as DeidEntry

    rows = _roster(session)
    fingerprint = _fingerprint(rows)
    with _lock:
        cached = _cache.get(session.public_id)
        if cached and cached[0] == fingerprint:
            return cached[1]
    detector = Detector([DeidEntry(name=name, email=email, affiliation=affiliation,
                                   stakeholder_group=group)
                         for name, email, affiliation, group in rows])
    with _lock:
        _cache[session.public_id] = (fingerprint, detector)
    return detector


def find_flags(session: DialogueSession, text: str) -> list[dict]:
    """Spans the author should look at again: [{start, end, label}], sorted."""
    return [{"start": span.start, "end": span.end, "label": span.label}
            for span in detector_for(session).find(text)]
