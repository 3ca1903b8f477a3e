"""The de-identification detector of a session, built from its roster and kept in-process.

Two readers, two answers:

- ``find_flags``: the roster-aware spans, stored on the contribution for moderators and the
  export review. Building a Detector indexes the roster's names (about a millisecond for
  100 people: the affiliation grammar is roster independent), so it is cached per session
  and rebuilt when the roster's content changes (a fingerprint of the rows is compared on
  every use: one small query).
- ``author_warning``: what the author is shown before posting. It never reads the roster
  (``dialogue.deid.warning``), so typing candidate names cannot tell a seat holder who is
  on the invite list (docs/security.md, "The detector's warning").
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import rate_limits
from ..extensions import db
from ..models import DialogueSession, RosterEntry
from ..refusals import Refused

T = TypeVar("T")

_cache: dict[str, tuple[str, object]] = {}
_lock = threading.Lock()


def _roster(session: DialogueSession) -> list[tuple[str, str, str, str]]:
    rows = db.session.execute(
        sa.select(RosterEntry.name, RosterEntry.email, RosterEntry.affiliation,
                  RosterEntry.stakeholder_group)
        .where(RosterEntry.session_id == session.id).order_by(RosterEntry.id))
    return [(name, email, affiliation, group) for name, email, affiliation, group in rows]


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


def author_warning(text: str) -> list[dict]:
    """Spans to show the author: the same for every roster, including none."""
    from ..deid.warning import author_warning as warning_spans

    return [{"start": span.start, "end": span.end, "label": span.label}
            for span in warning_spans(text)]


def warnings_limited(rate_key: str, confirmed: bool, write: Callable[[], T]) -> T:
    """Run a write that may come back with the author's warning (``flagged``): a seat is
    shown only so many warnings (bucket "detect"), so nobody can test names in bulk
    (docs/security.md). A write sent with ``confirm`` is not limited here. Used by every
    feature whose participants write text that passes the detector (posts, poll answers)."""
    if not confirmed and rate_limits.used_up("detect", rate_key):
        raise Refused("rate_limited", _("That was a lot at once. Wait a moment, then try again."))
    try:
        return write()
    except Refused as refused:
        if refused.code == "flagged":
            rate_limits.allow("detect", rate_key)
        raise
