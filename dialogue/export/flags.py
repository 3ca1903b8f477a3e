"""Flagged spans of exported texts: detection, span keys and the facilitator's decisions.

Every text that leaves in an export (contributions, option fields, arguments, accepted
amendments) is run through the session's Detector. Each span found gets a key that
digests where it is and the whole text around it; a decision (cleared or confirmed) is
stored under that key. A span nobody cleared is redacted.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from dataclasses import dataclass

import sqlalchemy as sa

from ..boards.detection import detector_for
from ..extensions import db
from ..models import DialogueSession, ExportDecision

UNDECIDED = "undecided"
CLEARED = "cleared"
CONFIRMED = "confirmed"

# Detection results per Detector and text: a preview reload or a second format of a
# 10,000-contribution session does not run the detector again. Detectors are rebuilt
# when the roster changes, which drops their cached results with them.
_found: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


@dataclass(frozen=True)
class Flag:
    """One flagged span: its key, label and the decision in force."""

    key: str
    label: str
    decision: str

    @property
    def redacted(self) -> bool:
        return self.decision != CLEARED


@dataclass(frozen=True)
class Part:
    """A run of text; ``flag`` is set on the runs the detector flagged."""

    text: str
    flag: Flag | None = None


@dataclass(frozen=True)
class Passage:
    """An exported text as parts. ``str()`` gives the text as it will be exported."""

    parts: tuple[Part, ...]

    def __str__(self) -> str:
        return "".join(part.text for part in self.parts)

    @property
    def flags(self) -> list[Flag]:
        return [part.flag for part in self.parts if part.flag is not None]

    @classmethod
    def plain(cls, text: str) -> Passage:
        return cls((Part(text),))


def span_key(source: str, field: str, text: str, start: int, end: int) -> str:
    """A stable key for one span: where it is and the text's digest.

    ``source`` names the row by its public id, never its row id: the close deals the row
    ids anew (close_order), and a decision must keep applying to the same text.
    """
    digest = hashlib.sha256(text.encode()).hexdigest()
    raw = f"{source}\x1f{field}\x1f{digest}\x1f{start}\x1f{end}"
    return hashlib.sha256(raw.encode()).hexdigest()[:40]


def decisions_of(session: DialogueSession) -> dict[str, str]:
    return dict(db.session.execute(
        sa.select(ExportDecision.span_key, ExportDecision.decision)
        .filter_by(session_id=session.id)).all())


class Flagger:
    """Turns one session's texts into Passages, applying the stored decisions.

    With ``redact`` the flagged runs not cleared read ``placeholder`` and carry no flag;
    without it (the preview) they keep their words and their Flag, for highlighting.
    """

    def __init__(self, session: DialogueSession, placeholder: str, redact: bool = True):
        self.detector = detector_for(session)
        self.decisions = decisions_of(session)
        self.placeholder = placeholder
        self.redact = redact
        self.seen: list[Flag] = []
        with _lock:
            self._cache = _found.setdefault(self.detector, {})

    def spans(self, text: str) -> list:
        found = self._cache.get(text)
        if found is None:
            found = self.detector.find(text)
            with _lock:
                self._cache[text] = found
        return found

    def passage(self, source: str, field: str, text: str,
                cleared_before: frozenset[tuple[int, int]] = frozenset()) -> Passage:
        """The text of ``source`` ("contribution:<public id>") ``field`` with its flags applied.

        ``cleared_before``: (start, end) pairs a moderator already cleared on the board;
        they start out cleared but can still be confirmed in the export preview.
        """
        text = clean_text(text)
        spans = self.spans(text) if text else []
        if not spans:
            return Passage.plain(text)
        parts: list[Part] = []
        pos = 0
        for span in spans:
            key = span_key(source, field, text, span.start, span.end)
            default = CLEARED if (span.start, span.end) in cleared_before else UNDECIDED
            flag = Flag(key, span.label, self.decisions.get(key, default))
            self.seen.append(flag)
            if span.start > pos:
                parts.append(Part(text[pos:span.start]))
            if self.redact:
                parts.append(Part(self.placeholder if flag.redacted else span.text(text)))
            else:
                parts.append(Part(span.text(text), flag))
            pos = span.end
        if pos < len(text):
            parts.append(Part(text[pos:]))
        return Passage(tuple(_joined(parts)))


def _joined(parts: list[Part]) -> list[Part]:
    """Adjacent unflagged runs as one (redacted output is then one plain run)."""
    merged: list[Part] = []
    for part in parts:
        if merged and part.flag is None and merged[-1].flag is None:
            merged[-1] = Part(merged[-1].text + part.text)
        else:
            merged.append(part)
    return merged


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10)) | {0x7F: None}


def clean_text(text: str) -> str:
    """Drop control characters (no format can carry them) and normalise line ends."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
