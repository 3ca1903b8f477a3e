"""The index of a roster's names: every part of every name, folded (lower case, diacritics
removed, both "ü"->"u" and "ü"->"ue" variants), to the participants it belongs to, and the
lookup of a word in it: exactly, as a German genitive ("Müllers"), by transliteration or
within one edit (rapidfuzz). ``names.NameMatcher`` builds on it to find names in a text.
Split from ``names.py`` (round 17), which had grown past 500 lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import gazetteer
from .name_context import _public_figures, fold
from .name_forms import family_initials
from .name_pet_forms import transliterations

# Words are runs of letters; hyphens, apostrophes and dots are looked at separately.
_WORD = re.compile(r"[^\W\d_]+")
# Name particles are part of a surname but never identify anybody on their own.
_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "dos", "du", "la", "le",
              "el", "al", "ter", "zu", "bin", "ibn", "y", "ben", "abu", "ould", "bint", "di"}
_MIN_FUZZY_LEN = 5


@dataclass(frozen=True)
class _Part:
    entry: int  # index of the participant in the roster
    kind: str  # "given" | "family" | "particle"
    ambiguous: bool  # a dictionary word or very short: needs context when alone


@dataclass
class _Hit:
    start: int
    end: int
    parts: list[_Part]
    fuzzy: bool

    def word(self, text: str) -> str:
        return text[self.start:self.end]


def _marks_of(word: str) -> set[str]:
    """The letters with diacritics in *word*, lower case ("Köchen": {"ö"})."""
    return {c for c in word.lower() if not c.isascii() and c.isalpha()}


_NOT_NAMES = frozenset(fold(w) for w in gazetteer.NOT_NAMES)
_NAME_LIKE = frozenset(fold(w) for w in gazetteer.WORD_LIKE_NAMES)


class NameIndex:
    """A roster's names, folded, and their lookup (the module's doc)."""

    def __init__(self, names: Iterable[str], affiliations: Sequence[str] = ()):
        # each participant's affiliation, by roster index: the offices they hold
        # (name_offices); a matcher built from names alone knows none
        self._affiliations = list(affiliations)
        self._index: dict[str, list[_Part]] = {}
        self._given: list[set[str]] = []
        self._family: list[set[str]] = []
        self._initials: list[str] = []  # the family name's initials: "mb" for Mensah-Boateng
        self._full: set[str] = set()  # whole names, for a public figure of the same name
        self._marks: dict[str, set[str]] = {}  # the letters with diacritics a key's names have
        for entry, name in enumerate(names):
            self._add(entry, name)
        keys = [k for k in self._index if len(k) >= _MIN_FUZZY_LEN]
        self._fuzzy_keys = keys
        all_family = set().union(*self._family) if self._family else set()
        public_family = {fold(w) for n in gazetteer.PUBLIC_FIGURES for w in _WORD.findall(n)[1:]}
        self._other_family = all_family | public_family
        self._public_family = public_family
        self._first_names = set(gazetteer.COMMON_FIRST_NAMES)
        for given in self._given:
            self._first_names |= given
        self._first_names = {fold(n) for n in self._first_names}
        self._public = _public_figures()
        self._translit: dict[str, list[_Part]] = {}
        for key, parts in self._index.items():
            family = [p for p in parts if p.kind == "family" and not p.ambiguous]
            if len(key) >= _MIN_FUZZY_LEN and family:
                for spelling in transliterations(key):
                    self._translit.setdefault(spelling, []).extend(family)
        self._cache: dict[str, tuple[list[_Part], bool]] = {}
        # Short forms of given names ("Alex" for Alexandra): prefixes of four letters or more
        self._prefixes: dict[str, set[int]] = {}
        for entry, given_names in enumerate(self._given):
            for g in given_names:
                for i in range(4, len(g)):
                    self._prefixes.setdefault(g[:i], set()).add(entry)

    def _add(self, entry: int, name: str) -> None:
        words = name.split()
        given_words, family_words = words[:1], words[1:]
        self._full.add(" ".join(fold(w) for w in words))
        self._initials.append(family_initials(family_words, _PARTICLES))
        given: set[str] = set()
        family: set[str] = set()
        # Parts of earlier entries never equal this entry's (they carry their own index), so
        # a duplicate can only come from this name: checking the whole bucket made a roster
        # where many share a given name quadratic (~0.8 s for 1,000 "Anna …" entries).
        added: set[tuple[str, _Part]] = set()
        for group, kind in ((given_words, "given"), (family_words, "family")):
            for word in group:
                for token in _WORD.findall(word):
                    key = fold(token)
                    if key in _PARTICLES and kind == "family":
                        part_kind = "particle"
                    else:
                        part_kind = kind
                        (given if kind == "given" else family).add(key)
                    ambiguous = len(key) <= 3 or key in _NAME_LIKE
                    part = _Part(entry, part_kind, ambiguous)
                    for variant in {key, fold(token, german=True)}:
                        if (variant, part) not in added:
                            added.add((variant, part))
                            self._index.setdefault(variant, []).append(part)
                        self._marks.setdefault(variant, set()).update(_marks_of(token))
        # A particle written together with the name that follows it: "Bensalah" for Ben
        # Salah, "Elamrani" for El Amrani, "Vonstein" for von Stein.
        tokens = [t for word in family_words for t in _WORD.findall(word)]
        pairs = [(a, b) for a, b in zip(tokens, tokens[1:], strict=False)
                 if fold(a) in _PARTICLES and fold(b) not in _PARTICLES]
        pairs += [(w[:i], w[i + 1:]) for w in family_words for i in range(1, len(w) - 1)
                  if w[i] in "'’" and w[i - 1].isalpha() and w[i + 1].isupper()]  # N'Diaye
        for particle, following in pairs:
            joined = fold(particle + following)
            part = _Part(entry, "family", False)
            for variant in {joined, fold(particle + following, german=True)}:
                if (variant, part) not in added:
                    added.add((variant, part))
                    self._index.setdefault(variant, []).append(part)
            family.add(joined)
        self._given.append(given)
        self._family.append(family)

    # -- lookup ---------------------------------------------------------------------------
    def _lookup(self, word: str) -> tuple[list[_Part], bool]:
        """Parts that *word* can stand for, and whether only a fuzzy match found them."""
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) > 100_000:  # bound memory on a long-running server
                self._cache.clear()
            cached = self._cache[word] = self._lookup_uncached(word)
        return cached

    def _lookup_uncached(self, word: str) -> tuple[list[_Part], bool]:
        key = fold(word)
        if key in self._index:
            return self._index[key], False
        # German genitive without apostrophe: "Müllers Vorschlag", "Kamaus Hinweis".
        if key.endswith("s") and key[:-1] in self._index and (
                len(key) > 4 or len(key) == 4 and word[:1].isupper()):  # "Joys Vortrag"
            return self._index[key[:-1]], False
        if (len(key) < _MIN_FUZZY_LEN or not word[0].isupper() or key in _NOT_NAMES
                or key in self._first_names):
            return [], False
        for spelling in transliterations(key):
            if spelling in self._translit:
                return list(self._translit[spelling]), True  # "al-Dschunaidi" for al-Jounaidi
        for candidate in (key, key[:-1] if key.endswith("s") else None):
            if candidate is None:
                continue
            best = process.extractOne(candidate, self._fuzzy_keys, scorer=OSA.distance,
                                      score_cutoff=1)
            if best is not None and not _marks_of(word) - self._marks.get(best[0], set()):
                return list(self._index[best[0]]), True
            # a typo drops a diacritic ("Muler" for Müller) but does not add one the name
            # lacks: "Köchen" is the cooks, not roster Jochen (round 10)
        return [], False

    def is_mention(self, word: str) -> bool:
        """Whether "@<word>" is a chat mention of a participant: the word is exactly one
        of their name's words ("@Rose", "@haddad"), not a particle."""
        return any(p.kind != "particle" for p in self._index.get(fold(word), ()))
