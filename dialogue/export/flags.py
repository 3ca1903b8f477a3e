"""Flagged spans of exported texts: detection, span keys and the facilitator's decisions.

Every text that leaves in an export (contributions, option fields, arguments, accepted
amendments) is run through the session's Detector. Each span found gets a key that
digests where it is and the whole text around it; a decision (cleared or confirmed) is
stored under that key. A span nobody cleared is redacted.

Beside the detector's spans: passages the facilitator selected and redacted (any words of
any text; always redacted, stored as offsets into the text as it was), mentions of a
roster organisation (listed, kept by default), and, where a text changed after a passage
of it was redacted, the whole text (redacted until the facilitator looks again).
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from dataclasses import dataclass

import sqlalchemy as sa

from ..boards.detection import detector_for
from ..extensions import db
from ..models import DialogueSession, ExportDecision, ExportRedaction
from .mentions import MENTION, MentionFinder

UNDECIDED = "undecided"
CLEARED = "cleared"
CONFIRMED = "confirmed"
MANUAL = "MANUAL"  # a passage the facilitator selected and redacted
CHANGED = "CHANGED"  # a text that changed after a passage of it was redacted

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

    @property
    def manual(self) -> bool:
        return self.label == MANUAL


@dataclass(frozen=True)
class Part:
    """A run of text; ``flag`` is set on the runs the detector flagged."""

    text: str
    flag: Flag | None = None


@dataclass(frozen=True)
class Passage:
    """An exported text as parts. ``str()`` gives the text as it will be exported.

    ``key`` names the text (which row, which field) and ``digest`` its words, so the
    facilitator's selection in the preview can be tied to exactly this text."""

    parts: tuple[Part, ...]
    key: str | None = None
    digest: str | None = None

    def __str__(self) -> str:
        return "".join(part.text for part in self.parts)

    @property
    def flags(self) -> list[Flag]:
        return [part.flag for part in self.parts if part.flag is not None]

    @classmethod
    def plain(cls, text: str) -> Passage:
        return cls((Part(text),))


def passage_key(source: str, field: str) -> str:
    """Which text: an internal reference, digested (it never leaves in an export)."""
    return hashlib.sha256(f"{source}\x1f{field}".encode()).hexdigest()[:40]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


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


def redactions_of(session: DialogueSession) -> dict[str, list[ExportRedaction]]:
    """The facilitator's redacted passages, by the text they belong to."""
    found: dict[str, list[ExportRedaction]] = {}
    for row in db.session.scalars(sa.select(ExportRedaction).filter_by(session_id=session.id)
                                  .order_by(ExportRedaction.span_start)):
        found.setdefault(row.passage_key, []).append(row)
    return found


class Flagger:
    """Turns one session's texts into Passages, applying the stored decisions.

    With ``redact`` the flagged runs not cleared read ``placeholder`` and carry no flag;
    without it (the preview) they keep their words and their Flag, for highlighting.
    """

    def __init__(self, session: DialogueSession, placeholder: str, redact: bool = True):
        self.detector = detector_for(session)
        self.decisions = decisions_of(session)
        self.redactions = redactions_of(session)
        self.mentions = MentionFinder(entry.affiliation for entry in self.detector.roster)
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
                cleared_before: frozenset[tuple[int | None, int | None]] = frozenset()
                ) -> Passage:
        """The text of ``source`` ("contribution:<public id>") ``field`` with its flags applied.

        ``cleared_before``: (start, end) pairs a moderator already cleared on the board;
        they start out cleared but can still be confirmed in the export preview.
        """
        text = clean_text(text)
        key, digest = passage_key(source, field), text_digest(text)
        spans = self._flags(source, field, key, text, digest, cleared_before) if text else []
        if not spans:
            return Passage((Part(text),), key, digest)
        parts: list[Part] = []
        pos = 0
        for start, end, flag in spans:
            self.seen.append(flag)
            if start > pos:
                parts.append(Part(text[pos:start]))
            if self.redact:
                parts.append(Part(self.placeholder if flag.redacted else text[start:end]))
            else:
                parts.append(Part(text[start:end], flag))
            pos = end
        if pos < len(text):
            parts.append(Part(text[pos:]))
        return Passage(tuple(_joined(parts)), key, digest)

    def _flags(self, source: str, field: str, key: str, text: str, digest: str,
               cleared_before: frozenset[tuple[int | None, int | None]]
               ) -> list[tuple[int, int, Flag]]:
        """Every span of the text with its flag, sorted and disjoint: the facilitator's
        passages first (a detector span they touch is folded into them), then the
        detector's, then mentions of roster organisations nothing else covers."""
        mine = self.redactions.get(key, [])
        if any(row.text_digest != digest for row in mine):
            whole = span_key(source, field, text, 0, len(text))
            return [(0, len(text), Flag(whole, CHANGED, self.decisions.get(whole, UNDECIDED)))]
        manual = [[row.span_start, row.span_end, f"m{row.public_id}"] for row in mine]
        found: list[tuple[int, int, Flag]] = []
        for span in self.spans(text):
            touched = [each for each in manual if span.start < each[1] and each[0] < span.end]
            for each in touched:
                each[0], each[1] = min(each[0], span.start), max(each[1], span.end)
            if touched:
                continue
            span_id = span_key(source, field, text, span.start, span.end)
            default = CLEARED if (span.start, span.end) in cleared_before else UNDECIDED
            found.append((span.start, span.end,
                          Flag(span_id, span.label, self.decisions.get(span_id, default))))
        folded: list[list] = []
        for each in sorted(manual):  # a detector span may have joined two passages
            if folded and each[0] < folded[-1][1]:
                folded[-1][1] = max(folded[-1][1], each[1])
            else:
                folded.append(each)
        found += [(start, end, Flag(manual_key, MANUAL, CONFIRMED))
                  for start, end, manual_key in folded]
        taken = [(start, end) for start, end, _ in found]
        for start, end in self.mentions.find(text):
            if any(start < b and a < end for a, b in taken):
                continue
            span_id = span_key(source, field, text, start, end)
            found.append((start, end, Flag(span_id, MENTION, self.decisions.get(span_id,
                                                                                CLEARED))))
        return sorted(found, key=lambda each: each[0])


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
