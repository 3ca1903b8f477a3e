"""Cues that a word is meant as a person's name, for the learned tagger (round 3).

A roster first name that is also an ordinary word ("Grace", "Will", "Frank", "Rose", "Mark")
is a name in some sentences and the word in others.  The context tells them apart, as it does
for a reader: a verb of saying or knowing, a modal or an auxiliary after it ("Frank might
know", "Will do you …", "grace fisher mentioned"), "@", a greeting or a preposition of address
before it ("thanks Mark", "an Rose", "for will"), an apposition after it ("Grace vom
Ministerium") and the possessive "'s".  Weak cues: a copula after it ("Rose ist …", but "Joy
is not the word I'd use"), and a comma after the first word of a sentence (a vocative, but as
often an aside: "Grace, however, is not a policy").  Against: an article before it, with at
most two lower-case words between ("in der prallen Sonne", "the grace period"), and a
capitalised word next to it that is no roster name ("Muhammad Tariq wrote": ``namesake``).

``learned.py`` lets a roster first name with a strong cue (``strong_cue``) through at a lower
probability than other learned names; ``learned_features.py`` can also give the cues to the
model as features (the optional "who" group).  docs/deid-learned.md, round 3, says how well.
These lists are the tagger's own, independent of the rules' word lists, so that a change to
the rules does not change what the tagger does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .name_context import fold

# Folded first names, other name parts and organisation words of one session's roster.
RosterWords = tuple[frozenset[str], frozenset[str], frozenset[str]]
SENTENCE_ENDS = frozenset({".", "!", "?", ":"})
SAY = frozenset({  # verbs of saying, knowing, showing, in English and German
    "agreed", "agrees", "argued", "argues", "asked", "asks", "beschrieb", "betonte", "brachte",
    "described", "erklärte", "erwähnte", "explained", "explains", "fragte", "had", "has", "hat",
    "hatte", "knew", "knows", "made", "makes", "meint", "meinte", "mentioned", "mentions",
    "noted", "notes", "pointed", "presented", "proposed", "proposes", "raised", "raises", "sagt",
    "sagte", "sah", "said", "says", "schlug", "showed", "shows", "sieht", "stellte", "suggested",
    "suggests", "summed", "thinks", "weiß", "wies", "writes", "wrote", "wusste", "zeigt",
    "zeigte", "meant", "replied", "answered", "added", "shared", "posted", "schrieb",
    "antwortete", "ergänzte", "teilte", "kennt", "wollte"})
MODAL = frozenset({
    "might", "could", "would", "will", "can", "should", "may", "must", "do", "does", "did",
    "kann", "könnte", "kannst", "wird", "würde", "sollte", "müsste", "darf", "hast"})
COPULA = frozenset({"is", "was", "ist", "war"})
ADDRESS = frozenset({
    "thanks", "thank", "thx", "danke", "dank", "dear", "liebe", "lieber", "hi", "hello", "hey",
    "hallo", "cc", "for", "an", "mit", "with", "to", "ask", "frag", "fragen", "@", "und",
    "and", "wie", "like", "as", "per", "re", "madam", "mr", "ms", "mrs", "frau", "herr"})
APPOSITION = frozenset({"from", "vom", "von", "aus", "at", "bei", "of", "(", "–", "—"})
ARTICLES = frozenset({  # not "an", which is German "to" as well: "an Graces Beitrag"
    "a", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer",
    "eines", "its", "mein", "meine", "meinem", "meinen", "meiner", "meines", "my", "our",
    "that", "the", "this", "unser", "unsere", "unserem", "unseren", "unserer", "unseres"})
# Not enough for learned.py's lower PERSON threshold: a copula, and a comma after the first
# word of a sentence, which is as often an aside ("Grace, however, is not a policy") or an
# apposition ("Tariq, a friend of mine, …") as a vocative.
WEAK_CUES = frozenset({"cop", "voc"})


def _edit1(a: str, b: str) -> bool:
    """Whether *a* and *b* differ by one edit (a letter added, dropped, changed or two swapped)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1:]


@lru_cache(maxsize=65536)
def name_match(word: str, roster: RosterWords) -> str:
    """How *word* matches a roster name: "first", "last", "gen" (a name with a German
    genitive -s, written with a capital: "Graces"), "typo" (one edit from a name part of
    five letters or more: "kowalcyk") or ""."""
    folded = fold(word)
    firsts, lasts = roster[0], roster[1]
    if folded in firsts:
        return "first"
    if folded in lasts:
        return "last"
    if word[:1].isupper() and len(folded) > 3 and folded.endswith("s") and (
            folded[:-1] in firsts | lasts):
        return "gen"
    if len(folded) >= 5 and word[:1].isalpha() and any(
            len(p) >= 5 and p[0] == folded[0] and _edit1(folded, p) for p in firsts | lasts):
        return "typo"
    return ""


def cues_at(words: Sequence[str], low: Sequence[str], i: int) -> list[str]:
    """The "who" cues around token *i* (*low*: the words in lower case); see ``SAY``."""
    n = len(words)
    cues = []
    after = low[i + 1] if i + 1 < n else ""
    if after in SAY:
        cues.append("say")
    elif after in MODAL:
        cues.append("modal")
    elif after in COPULA:
        cues.append("cop")
    elif after in {"'s", "’s"}:
        cues.append("poss")
    elif after == "," and (i == 0 or words[i - 1] in SENTENCE_ENDS):
        cues.append("voc")
    elif after in APPOSITION:
        cues.append("appos")
    if (i > 0 and low[i - 1] in ADDRESS) or (i > 1 and low[i - 2] in ADDRESS
                                              and low[i - 1] in {"you", ","}):
        cues.append("addr")
    if any(low[i - d] in ARTICLES and all(words[i - e][:1].islower() for e in range(1, d))
           for d in (1, 2, 3) if i - d >= 0):
        cues.append("art")
    return cues


def namesake(words: Sequence[str], i: int, roster: RosterWords) -> bool:
    """Whether a capitalised word next to token *i* that is no roster name makes it part of
    somebody else's name ("Muhammad Tariq wrote", "Grace Kelly said"); a word of address
    before it does not ("Thanks Mark").  Erring this way costs a name only the lower
    threshold would have found ("Yesterday Mark said")."""
    def other(j: int) -> bool:
        w = words[j]
        return w[:1].isupper() and w.isalpha() and fold(w) not in roster[0] | roster[1]
    before = i > 0 and other(i - 1) and words[i - 1].lower() not in ADDRESS
    return before or (i + 1 < len(words) and other(i + 1))


def strong_cue(cues: Iterable[str]) -> bool:
    """Whether *cues* show a person: one that is not weak, and no article before."""
    found = set(cues)
    return bool(found - WEAK_CUES) and "art" not in found


