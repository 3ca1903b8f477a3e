"""Passages of a text chosen by a person for redaction: checked, then replaced.

One rule for the board (a moderator redacts part of a post) and for the export (the
facilitator redacts part of any exported text): spans are [start, end) character offsets
into the text as shown, non-empty, inside the text and not overlapping.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask_babel import gettext as _


class SpanError(ValueError):
    """The chosen passages cannot be applied to this text; the message says why."""


def checked(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, or SpanError if one is empty, outside the text or overlaps another."""
    ordered = sorted((int(start), int(end)) for start, end in spans)
    if not ordered:
        raise SpanError(_("Select the passage to redact."))
    previous_end = 0
    for start, end in ordered:
        if start < 0 or end > len(text):
            raise SpanError(_("That passage is outside the text; reload and select it again."))
        if start >= end or not text[start:end].strip():
            raise SpanError(_("Select some words to redact, not an empty passage."))
        if start < previous_end:
            raise SpanError(_("The passages to redact overlap; select each once."))
        previous_end = end
    return ordered


def replaced(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    """``text`` with each (checked) span replaced by ``placeholder``."""
    out, pos = [], 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(placeholder)
        pos = end
    out.append(text[pos:])
    return "".join(out)
