"""Features of the learned tagger (``learned.py``): what a linear-chain CRF sees of a token.

Every feature is meant to generalise from one session to the next, so none memorises the
names in the fixtures it was trained on: a token's shape, affixes and (unless it is a name)
its lower-case form; whether it is part of a roster participant's name or of a roster
organisation's name (the roster is an input of each session, as for the rules); its kind in
the affiliation grammar (``tokens.classify``: organisation noun, role, nationality, place,
acronym ...) and membership of the project's other word lists; first- and second-person
pronouns just before it; prepositions and determiners; the text's language; and the same of
its neighbours.  Optional groups (``EXTRAS``) add more; the one in use, "ctx", is the distance
to the nearest first/second-person pronoun on either side and the place in the sentence and
clause.  docs/deid-learned.md says why and how well (round 2 for the groups).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from . import affiliation_words as aw
from . import gazetteer, name_words
from .learned_cues import SENTENCE_ENDS, RosterWords, cues_at, name_match
from .name_context import fold
from .tokens import classify

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
            f.get("person", ""), "sent_end" if word in SENTENCE_ENDS else "")


@lru_cache(maxsize=65536)
def _near(word: str, lang: str, roster: RosterWords, d: int) -> tuple[str, ...]:
    """The feature strings a token lends its neighbour *d* tokens away."""
    f = token_features(word, lang, *roster)
    keys = ("w", "kind", "roster", "list", "person", "prep", "shape") if abs(d) == 1 else (
        "w", "kind", "roster")
    return tuple(f"{d}:{k}={f[k]}" for k in keys if k in f)


# Optional feature groups (docs/deid-learned.md, round 2): "ctx" the distance to the nearest
# first/second-person pronoun on either side, the clause (commas) and the place in the sentence;
# "caps" runs of capitalised words and all-caps words; "org" a German compound's organisation
# suffix and an organisation head ahead or behind; "stack" the rules' own spans; "who" (round
# 3, learned_cues.py) the cues around a word that show a person is meant ("Frank might know").
ALL_EXTRAS = frozenset({"ctx", "caps", "org", "stack", "who"})
EXTRAS = frozenset({"ctx"})  # the ones in use: chosen on the blind6 + blind7 hold-out
_HEAD_KINDS = {"strong", "weak", "civic", "acronym", "known"}
_ORG_SUFFIX = re.compile("(" + "|".join(sorted(aw.DE_ORG_SUFFIXES, key=len, reverse=True)) + ")$")
_CLAUSE_END = {",", ";", "(", ")", "–", "—", "-"}


def _bucket(n: int, edges: Sequence[int] = (0, 1, 2, 3, 5, 8)) -> str:
    return next((str(e) for e in edges if n <= e), "far")


_NEAR = [_bucket(i) for i in range(13)]  # distances, up to "far" (more than 8)
_PLACE = [_bucket(i, (0, 1, 2, 3, 5, 8, 12)) for i in range(13)]  # places in a sentence


@lru_cache(maxsize=65536)
def _suffix(word: str) -> str:
    low = word.lower().rsplit("-", 1)[-1]
    m = _ORG_SUFFIX.search(low) if word[:1].isupper() and len(low) > 5 else None
    return m.group(1) if m and m.group(1) != low else ""


def _context(words: Sequence[str], own: Sequence[tuple], extras: frozenset[str],
             rule_tags: Sequence[str] | None, roster: RosterWords) -> list[list[str]]:
    """The optional features of every token (see ``EXTRAS``)."""
    n = len(words)
    out: list[list[str]] = [[] for _ in range(n)]
    if "ctx" in extras:
        person = [o[2] for o in own]
        ends = [bool(o[3]) for o in own]
        breaks = [w in _CLAUSE_END for w in words]
        last = {"1": -99, "2": -99}
        commas = {"1": 0, "2": 0}
        pos = clause = 0
        for i in range(n):  # the nearest pronoun before, the commas since; the place in the
            here = out[i]  # sentence and in the clause
            p = person[i]
            for q, name in (("1", "fp"), ("2", "sp")):
                if p == q:
                    last[q], commas[q] = i, 0
                elif breaks[i]:
                    commas[q] += 1
                elif ends[i]:
                    last[q] = -99
                d = i - last[q]
                if 0 < d <= 12:
                    here.append(f"{name}_before={_NEAR[d]}|c{min(commas[q], 2)}")
            here.append(f"sent_pos={_PLACE[pos] if pos < 13 else 'far'}")
            here.append(f"clause_pos={_NEAR[clause] if clause < 13 else 'far'}")
            pos, clause = (0, 0) if ends[i] else (pos + 1, 0 if breaks[i] else clause + 1)
        nxt = {"1": 99, "2": 99}
        for i in range(n - 1, -1, -1):  # the nearest pronoun after, in the same sentence
            p = person[i]
            for q, name in (("1", "fp"), ("2", "sp")):
                if p == q:
                    nxt[q] = i
                elif ends[i]:
                    nxt[q] = 99
                d = nxt[q] - i
                if 0 < d <= 8:
                    out[i].append(f"{name}_after={_NEAR[d]}")
    if "caps" in extras:
        i = 0
        while i < n:
            j = i
            while j < n and words[j][:1].isupper():
                j += 1
            for k in range(i, j):
                where = "S" if j - i == 1 else "B" if k == i else "E" if k == j - 1 else "I"
                out[k].append(f"caprun={min(j - i, 4)}{where}")
            i = j + 1 if j == i else j
        for i, w in enumerate(words):
            if len(w) > 1 and w.isupper():
                out[i].append(f"allcaps={min(len(w), 5)}")
    if "org" in extras:
        heads = [own[i][1] in _HEAD_KINDS for i in range(n)]
        for i in range(n):
            suffix = _suffix(words[i])
            if suffix:
                out[i].append(f"orgsuf={suffix}")
            ahead = next((d for d in range(1, 6) if i + d < n and heads[i + d]), 0)
            behind = next((d for d in range(1, 6) if i - d >= 0 and heads[i - d]), 0)
            if ahead:
                out[i].append(f"head_ahead={ahead}")
            if behind:
                out[i].append(f"head_behind={behind}")
    if "who" in extras:
        _who(words, roster, out)
    if "stack" in extras and rule_tags is not None:
        for i in range(n):
            out[i].append(f"r={rule_tags[i]}")
            for d in (-2, -1, 1, 2):
                j = i + d
                out[i].append(f"{d}:r={rule_tags[j] if 0 <= j < n else 'edge'}")
            left = next((d for d in range(1, 5) if i - d >= 0 and rule_tags[i - d] != "O"), 0)
            right = next((d for d in range(1, 5) if i + d < n and rule_tags[i + d] != "O"), 0)
            if rule_tags[i] == "O" and left:
                out[i].append(f"r_left={left}|{rule_tags[i - left][2:]}")
            if rule_tags[i] == "O" and right:
                out[i].append(f"r_right={right}|{rule_tags[i + right][2:]}")
    return out


def _who(words: Sequence[str], roster: RosterWords, out: list[list[str]]) -> None:
    """The "who" features of every token: each cue of a person around it (``learned_cues``),
    on its own and joined with the token's roster match, so that the model can weigh "a
    roster first name before 'might'" apart from "a word before 'might'"."""
    low = [w.lower() for w in words]
    for i in range(len(words)):
        cues = cues_at(words, low, i)
        if not cues:
            continue
        match = name_match(words[i], roster) or "none"
        out[i].extend(f"who={c}" for c in cues)
        out[i].extend(f"who={c}|{match}" for c in cues)
        if match != "none":
            out[i].append("who_name")


def featurise(text: str, roster: RosterWords, rules: Sequence[tuple[int, int, str]] | None = None,
              extras: frozenset[str] | None = None
              ) -> tuple[list[tuple[int, int]], list[list[str]]]:
    """Token offsets and the CRF feature strings of each token of *text* (*rules*: the rules'
    spans in it, for the "stack" features)."""
    extras = EXTRAS if extras is None else extras
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    words = [t[2] for t in toks]
    lang = language([w.lower() for w in words])
    own = [_own(w, lang, roster) for w in words]
    n = len(toks)
    offsets = [(s, e) for s, e, _ in toks]
    extra = _context(words, own, extras, None if rules is None else bio(offsets, rules),
                     roster) if extras else None
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
        if extra:
            feats.extend(extra[i])
        xseq.append(feats)
    return offsets, xseq


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
