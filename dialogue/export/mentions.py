"""Where an exported text mentions a roster participant's organisation, by name or short
form, even as a subject ("the Nordic Migration Council's monitoring shows").

The detector flags phrases that reveal the writer's own organisation; a plain mention is
not one, so it is kept. But the facilitator should have seen each one: the review lists
them, kept by default. Short forms come from the affiliation itself ("(BMZ)", initials)
and from the detector's gazetteer of known acronyms (read, never changed here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..deid.gazetteer import ORGANISATION_ACRONYMS

MENTION = "MENTION"
_PARENTHESES = re.compile(r"\(([^()]{2,20})\)")


def forms_of(affiliation: str) -> tuple[set[str], set[str]]:
    """(names matched ignoring case, short forms matched as written) of one affiliation."""
    short = {found.strip() for found in _PARENTHESES.findall(affiliation)}
    name = " ".join(_PARENTHESES.sub(" ", affiliation).split())
    words = name.split()
    capitals = "".join(word[0] for word in words if word[:1].isupper())
    if len(capitals) >= 3:
        short.add(capitals)
    short |= {word for word in words if word in set(ORGANISATION_ACRONYMS)}
    names = {name} if len(name) >= 4 and name not in short else set()
    return names, {each for each in short if len(each) >= 2}


class MentionFinder:
    """Finds mentions of the roster's organisations: [(start, end)], sorted, disjoint."""

    def __init__(self, affiliations: Iterable[str]):
        names: set[str] = set()
        short: set[str] = set()
        for affiliation in affiliations:
            found_names, found_short = forms_of(affiliation or "")
            names |= found_names
            short |= found_short
        self._names = _pattern(names, re.IGNORECASE)
        self._short = _pattern(short, 0)

    def find(self, text: str) -> list[tuple[int, int]]:
        spans = [match.span() for pattern in (self._names, self._short) if pattern
                 for match in pattern.finditer(text)]
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def _pattern(words: set[str], flags: int) -> re.Pattern | None:
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)
