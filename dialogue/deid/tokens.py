"""Tokens and word kinds of the affiliation grammar: what each word of a phrase is.

``Tokens`` holds the words and punctuation of a text with their offsets and the ranges
other finders blocked (names, contacts); ``classify`` tells the kind of one word: an
organisation noun ("strong" like "consulate", "-behörde"; "weak" like "team", needing more
words; "civic" like "city", needing its place), a role ("caseworker", "-referentin"), a
nationality, a place, an acronym, a known roster word, a proper name or a plain word.
``Phrase`` is what ``phrases.phrase_at`` finds, with the kinds of word it holds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from . import affiliation_words as w
from .contacts import Ranges

_TOKEN = re.compile(r"[^\W_](?:[\w.&-]*[^\W_])?|['’]s\b|(?<=s)['’](?!\w)|\S")
# "BAMF", "IHKs", "GmbH", and a lower-case name with an inner dot: "ver.di"
_ACRONYM = re.compile(r"^(?:[A-ZÄÖÜ]{2,}[a-z]?|[A-Z][a-z]?[A-Z][\w.-]*|[a-z]{2,}\.[a-z]{2,})$")
_LINKS = w.EN_LINKS | w.DE_LINKS
_LOOSE_LINKS = {"of", "for", "des", "der", "für", "zu", "zur", "zum"}
_HEADS = {"strong", "weak", "role", "roles", "acronym", "known", "proper", "place", "civic"}
_MAX_WORDS = 7


@dataclass
class Phrase:
    start: int
    end: int
    kinds: set[str]
    words: int = 0
    head: set[str] = field(default_factory=set)  # the kinds of the first noun phrase only

    def __getattr__(self, name: str) -> bool:  # phrase.strong, phrase.role, ...
        if name.startswith("_"):
            raise AttributeError(name)
        return name in self.kinds


class Tokens:
    """The words and punctuation of a text with their offsets and blocked ranges."""

    def __init__(self, text: str, blocked: Sequence[tuple[int, int]], known: frozenset[str]):
        self.items = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        self.starts = [s for s, _, _ in self.items]
        self.blocked = Ranges(blocked)
        self.known = known
        # Written all in lower case ("kwame from sika talent in accra"), a text has no
        # capitals to tell names from words; a finder that knows a name is meant (after a
        # participant's name) sets ``caps_free`` so that plain words count as names.
        self.lower_case = text == text.lower() and any(c.isalpha() for c in text)
        self.caps_free = False

    def __len__(self) -> int:
        return len(self.items)

    def at(self, pos: int) -> int:
        """Index of the first token starting at or after *pos*."""
        return bisect.bisect_left(self.starts, pos)

    def is_blocked(self, pos: int, end: int | None = None) -> bool:
        return self.blocked.overlaps(pos, pos + 1 if end is None else end)

    def text(self, i: int) -> str:
        return self.items[i][2]

    def token_blocked(self, i: int) -> bool:
        return self.is_blocked(self.items[i][0], self.items[i][1])


_DE_ROLE = re.compile("(?:" + "|".join(sorted(w.DE_ROLE_STEMS, key=len, reverse=True)) + ")(?:"
                      + "|".join(e for e in w.DE_ROLE_ENDINGS if e) + ")?$")
# A district named as one word or with hyphens ("Ortenaukreis", "Rhein-Sieg-Kreis"), not a
# circle of people ("Freundeskreis", "Teilnehmerkreis": a linking -s, -en or -er).
_DISTRICT = re.compile(r"[A-ZÄÖÜ][\w-]*(?:-Kreis|[^-snr]kreis|[^-e]nkreis)$")
_DIGIT_NAME = re.compile(r"\d+[A-Z][A-Za-z]*$")
_DE_ORG = re.compile("(?:" + "|".join(sorted(w.DE_ORG_SUFFIXES, key=len, reverse=True)) + ")$")


def _german_role(low: str) -> bool:
    return low not in w.DE_NOT_ROLE and bool(_DE_ROLE.search(low))


@lru_cache(maxsize=65536)
def _org(word: str, low: str, lang: str) -> str | None:
    """"strong", "weak", "civic" or None for an organisation noun in either language."""
    if low in w.CIVIC:
        return "civic"
    if low in w.EN_ORG_STRONG:
        return "strong"
    if (low.endswith("s") and low[:-1] in w.EN_ORG_STRONG) or (
            low.endswith("ies") and low[:-3] + "y" in w.EN_ORG_STRONG):
        return "weak"  # "our ministries" are the government's, "our offices in Lagos" ours
    if lang == "de" and (low in {"haus", "hauses"} or _DISTRICT.match(word)):
        return "strong"  # "unser Haus" is the writer's ministry
    if low in w.EN_ORG_WEAK or (low.endswith("s") and low[:-1] in w.EN_ORG_WEAK):
        return "weak"  # "two language schools"
    if lang != "de" and not word[:1].isupper():
        return None
    last = low.rsplit("-", 1)[-1]
    if last in w.DE_NOT_ORG or low in w.DE_NOT_ORG:
        return None
    if low in w.DE_ORG_WEAK:
        return "weak"
    if _DE_ORG.search(last):
        return "strong"
    return None


@lru_cache(maxsize=65536)
def classify(word: str, lang: str, known: frozenset[str]) -> str:
    """The kind of one word: a head kind (see ``_HEADS``), "nat", "lower" or "other"."""
    low = word.lower()
    if _DIGIT_NAME.match(word):
        return "acronym"  # a unit or programme named with a digit: "our 4Mi team", "G7"
    if not word[:1].isalpha():
        return "other"
    org = _org(word, low, lang)
    if org:
        return org
    if low in known and (word[:1].isupper() or "." in word):
        return "known"
    if low in w.EN_ROLES or low.endswith(w.EN_ROLE_TAILS):
        return "role"
    if low.endswith("s") and (low[:-1] in w.EN_ROLES or low[:-1].endswith(w.EN_ROLE_TAILS)):
        return "roles"  # "researchers": a post, but "our members" is nobody's
    if word[:1].isupper() and _german_role(low):
        return "role"
    if low in w.NATIONALITIES or re.sub(r"(?:e|en|er|es|em)$", "", low) in w.NATIONALITIES:
        return "nat"
    if low in w.COUNTRY_WORDS:
        return "place"
    if _ACRONYM.match(word) and word != "I":
        return "acronym"
    if word[:1].isupper():
        return "proper"
    return "lower"
