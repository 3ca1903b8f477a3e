"""Features of the learned tagger (``learned.py``): what a linear-chain CRF sees of a token.

Every feature is meant to generalise from one session to the next, so none memorises the
names in the fixtures it was trained on: a token's shape, affixes and (unless it is a name)
its lower-case form; whether it is part of a roster participant's name or of a roster
organisation's name (the roster is an input of each session, as for the rules); its kind in
the affiliation grammar (``tokens.classify``: organisation noun, role, nationality, place,
acronym ...) and membership of the project's other word lists; first- and second-person
pronouns just before it; prepositions and determiners; the text's language; and the same of
its neighbours.  docs/deid-learned.md says why and how well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from . import affiliation_words as aw
from . import gazetteer, name_words
from .name_context import fold
from .tokens import classify

RosterWords = tuple[frozenset[str], frozenset[str], frozenset[str]]

_TOKEN = re.compile(r"[^\W_](?:[\w.&-]*[^\W_])?|['’]s\b|\S")
_FIRST = {"i", "we", "our", "ours", "my", "mine", "me", "us", "myself", "ourselves",
          "ich", "wir", "uns", "unser", "unsere", "unserer", "unserem", "unseren", "unseres",
          "mein", "meine", "meiner", "meinem", "meinen", "meines", "mich", "mir"}
_SECOND = {"you", "your", "yours", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres",
           "du", "dein", "deine", "euer", "eure", "dich", "dir", "euch"}
_DE_HINTS = {"und", "der", "die", "das", "ist", "nicht", "ich", "wir", "mit", "für", "auf",
             "den", "dem", "sich", "ein", "eine", "zu", "von", "auch", "es", "wie", "bei"}
_EN_HINTS = {"and", "the", "is", "not", "we", "with", "for", "on", "of", "to", "a", "it",
             "that", "this", "are", "have", "at", "from", "our", "they"}
_GAZ_WORDS = {fold(t) for n in gazetteer.ORGANISATION_NAMES for t in _TOKEN.findall(n)
              if len(t) > 3}
_GAZ_ACRONYMS = {a.lower() for a in gazetteer.ORGANISATION_ACRONYMS}
_PARTICLES = {"von", "van", "der", "de", "del", "da", "zu", "al", "el", "bin", "ter"}


def roster_words(names: Iterable[str], affiliations: Iterable[str]) -> RosterWords:
    """Folded first names, other name parts, and organisation words of one session."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    orgs: set[str] = set()
    for name in names:
        parts = [fold(p) for p in re.findall(r"[^\W\d_]+", name)]
        parts = [p for p in parts if p not in _PARTICLES]
        if parts:
            firsts.add(parts[0])
            lasts.update(parts[1:])
    for affiliation in affiliations:
        for t in _TOKEN.findall(affiliation):
            low = fold(t)
            if t[:1].isalnum() and low not in aw.STOP and low not in aw.DETERMINERS and (
                    low not in aw.EN_LINKS | aw.DE_LINKS):
                orgs.add(low)
    return frozenset(firsts), frozenset(lasts), frozenset(orgs)


def language(words: Sequence[str]) -> str:
    de = sum(w in _DE_HINTS for w in words)
    en = sum(w in _EN_HINTS for w in words)
    return "de" if de > en else "en"


def shape(word: str) -> str:
    s = re.sub(r"[A-ZÄÖÜ]", "X", word)
    s = re.sub(r"[a-zäöüß]", "x", s)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)[:6]


@lru_cache(maxsize=65536)
def token_features(word: str, lang: str, firsts: frozenset[str], lasts: frozenset[str],
                   orgs: frozenset[str]) -> dict[str, str]:
    """The features of one token on its own (neighbours add theirs under a prefix)."""
    low = word.lower()
    folded = fold(word)
    f: dict[str, str] = {"shape": shape(word), "kind": classify(word, lang, orgs)}
    name = folded in firsts or folded in lasts
    if name:
        f["roster"] = "first" if folded in firsts else "last"
    elif folded in orgs:
        f["roster"] = "org"
    if not name and folded not in name_words.COMMON_FIRST_NAMES:
        f["w"] = low  # names are the roster's business; memorising them does not generalise
    if len(word) > 3:
        f["suf3"] = low[-3:]
        f["suf4"] = low[-4:]
        f["pre3"] = low[:3]
    if folded in name_words.COMMON_FIRST_NAMES:
        f["list"] = "firstname"
    elif low in name_words.NAME_LIKE_WORDS:
        f["list"] = "namelike"
    elif low in name_words.REPORTING_VERBS:
        f["list"] = "reporting"
    elif low in _GAZ_ACRONYMS:
        f["list"] = "gaz_acronym"
    elif folded in _GAZ_WORDS:
        f["list"] = "gaz_word"
    elif low in aw.PARTICIPLES:
        f["list"] = "participle"
    if low in _FIRST:
        f["person"] = "1"
    elif low in _SECOND or word in {"Sie", "Ihr", "Ihre", "Ihrer", "Ihrem", "Ihren"}:
        f["person"] = "2"
    if low in aw.EN_LINKS or low in aw.DE_LINKS:
        f["prep"] = "1"
    if low in aw.DETERMINERS:
        f["det"] = "1"
    return f


@lru_cache(maxsize=65536)
def _own(word: str, lang: str, roster: RosterWords) -> tuple[tuple[str, ...], str, str, str]:
    """A token's own feature strings, its kind, and its pronoun person ("1", "2" or "")."""
    f = token_features(word, lang, *roster)
    return (("bias", f"lang={lang}") + tuple(f"{k}={v}" for k, v in f.items()), f["kind"],
            f.get("person", ""), "sent_end" if word in {".", "!", "?", ":"} else "")


@lru_cache(maxsize=65536)
def _near(word: str, lang: str, roster: RosterWords, d: int) -> tuple[str, ...]:
    """The feature strings a token lends its neighbour *d* tokens away."""
    f = token_features(word, lang, *roster)
    keys = ("w", "kind", "roster", "list", "person", "prep", "shape") if abs(d) == 1 else (
        "w", "kind", "roster")
    return tuple(f"{d}:{k}={f[k]}" for k in keys if k in f)


def featurise(text: str, roster: RosterWords) -> tuple[list[tuple[int, int]], list[list[str]]]:
    """Token offsets and the CRF feature strings of each token of *text*."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    words = [t[2] for t in toks]
    lang = language([w.lower() for w in words])
    own = [_own(w, lang, roster) for w in words]
    n = len(toks)
    xseq: list[list[str]] = []
    last_first = last_second = -99
    for i in range(n):
        strings, kind, person, _ = own[i]
        if person == "1":
            last_first = i
        elif person == "2":
            last_second = i
        feats = list(strings)
        if i == 0 or own[i - 1][3]:
            feats.append("sent_start")
        if i - last_first <= 4:
            feats.append(f"first_person_before={i - last_first}")
        if i - last_second <= 4:
            feats.append("second_person_before")
        for d in (-2, -1, 1, 2):
            j = i + d
            feats.extend(_near(words[j], lang, roster, d) if 0 <= j < n else (f"{d}:edge",))
        if i > 0:
            feats.append(f"-1|0:kind={own[i - 1][1]}|{kind}")
        xseq.append(feats)
    return [(s, e) for s, e, _ in toks], xseq


def bio(offsets: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """The BIO tag of each token: a token at least half inside a span takes its label."""
    tags = ["O"] * len(offsets)
    for start, end, label in spans:
        first = True
        for i, (s, e) in enumerate(offsets):
            if 2 * (min(e, end) - max(s, start)) >= e - s > 0:
                tags[i] = ("B-" if first else "I-") + label
                first = False
    return tags
