"""The learned tagger: a small linear-chain CRF that adds to the rules what they miss.

A python-crfsuite model (``model/tagger.crfsuite``, trained by ``python -m
dialogue.deid.train`` on the labelled fixtures; features in ``learned_features.py``) tags each
token of a text with BIO labels.  ``combine`` then joins its spans with the rules' spans:

- AFFILIATION and CONTACT spans are used, and a PERSON span only when one of its words is
  part of a roster participant's name (``tag`` drops the others): a name is the roster's;
- a learned span overlapping rule spans of the same label widens them into one span when
  the mean marginal probability of its tags is at least ``WIDEN_THRESHOLD`` (this adds no
  false alarm: the rules had already flagged the text);
- a learned span overlapping a rule span of another label is dropped (the rules decide);
- a learned span of its own is kept only when the mean marginal probability of its tags is
  at least ``NEW_SPAN_THRESHOLD``;
- a learned PERSON span never widens a rule name (the rules know the roster: the tagger
  took "K. Schäfer" whole for roster Rosa Schäfer); on its own it needs ``PERSON_THRESHOLD``,
  or only ``PERSON_CUE_THRESHOLD`` when it holds a roster first name with a strong cue of a
  person around it (``learned_cues``: "Frank might know", "thanks Mark", "@Rose").  Such a
  cued first name is weighed even when the most probable tagging left it O: its marginal
  probability of being B-PERSON is what counts (round 3).

Measured on a held-out blind fixture before it was kept: docs/deid-learned.md.  The model is
loaded once per process, on the first text (building a ``Detector`` stays cheap).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .learned_cues import RosterWords, cues_at, name_match, namesake, strong_cue
from .learned_features import featurise

MODEL = Path(__file__).parent / "model" / "tagger.crfsuite"
NEW_SPAN_THRESHOLD = 0.9  # chosen on the blind6 + blind7 hold-out (docs/deid-learned.md)
WIDEN_THRESHOLD = 0.93  # "Our consulate in Lagos answers at" (0.927) is over-wide; see the doc
PERSON_THRESHOLD = 0.95  # and only with a roster name's word in the span
# A roster first name in a context that shows a person ("Frank might know", "thanks Rose";
# learned_cues.py) needs less: chosen on the blind8 + blind9 hold-out (round 3)
PERSON_CUE_THRESHOLD = 0.5
USED_LABELS = ("AFFILIATION", "CONTACT", "PERSON")

Triple = tuple[int, int, str]
# Name particles are part of a surname, never a name on their own ("Ben said ..."); the same
# list as the rules' (names.py).
PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "dos", "du", "la", "le",
             "el", "al", "ter", "zu", "bin", "ibn", "y", "ben", "abu", "ould", "bint", "di"}
_LOCK = threading.Lock()  # a crfsuite tagger holds the text it is tagging


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


Found = tuple[Triple, float, bool]
# How a word of a learned PERSON span must match a roster name (learned_cues.name_match);
# "gen" ("Graces") and "typo" ("kowalcyk") were tried in round 3 and made no difference.
NAME_MATCHES = ("first", "last")


def tag(text: str, roster: RosterWords, tagger: Any = None, entity: bool = False,
        rules: Sequence[Triple] | None = None, matches: Sequence[str] = NAME_MATCHES
        ) -> list[Found]:
    """The tagger's spans in *text*, each with the mean marginal probability of its tags
    (with *entity*: of its tokens being tagged anything but O) and whether it is a PERSON
    span holding a cued roster first name (``_cued``).  A PERSON span is kept only when a
    word of it matches a roster name as one of *matches*."""
    offsets, xseq = featurise(text, roster, rules)
    if not offsets:
        return []
    tagger = tagger or _tagger()
    with _LOCK:
        tagger.set(xseq)
        tags = tagger.tag()
        marginals = [0.0 if t == "O" else 1.0 - tagger.marginal("O", k) if entity
                     else tagger.marginal(t, k) for k, t in enumerate(tags)]
        cued = _cued(text, offsets, roster, matches)
        # a cued name the most probable tagging left O: its probability of being a name
        out: list[Found] = [((offsets[k][0], offsets[k][1], "PERSON"),
                             tagger.marginal("B-PERSON", k), True)
                            for k in sorted(cued) if tags[k] == "O"]
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        label = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + label:
            j += 1
        p = sum(marginals[i:j]) / (j - i)
        first, last = i, j - 1
        while first <= last and not text[offsets[first][0]].isalnum():
            first += 1  # a span begins and ends with a word, not "!" or a comma
        while last >= first and not text[offsets[last][0]].isalnum():
            last -= 1
        found = [(k, name_match(text[a:b], roster)) for k, (a, b) in
                 enumerate(offsets[first:last + 1], first)] if label == "PERSON" else []
        named = [k for k, m in found if m in matches
                 and text[offsets[k][0]:offsets[k][1]].lower() not in PARTICLES]
        if first <= last and (label != "PERSON" or named):
            start, end = offsets[first][0], offsets[last][1]
            if last + 1 < len(tags) and text[offsets[last + 1][0]] == ")" and text.count(
                    "(", start, end) > text.count(")", start, end):
                end = offsets[last + 1][1]  # "in Frankfurt (Oder)": no bracket left over
            cue = any(k in cued for k in named)
            out.append(((start, end, label), p, cue))
        i = j
    return out


def _cued(text: str, offsets: Sequence[tuple[int, int]], roster: RosterWords,
          matches: Sequence[str]) -> set[int]:
    """The tokens that are a roster first name (with "gen" in *matches*: or one with a
    genitive -s) with a strong cue of a person around them and not part of another name
    (``learned_cues``)."""
    kinds = {"first"} | ({"gen"} & set(matches))
    words = [text[a:b] for a, b in offsets]
    low = [w.lower() for w in words]
    return {k for k, w in enumerate(words) if low[k] not in PARTICLES
            and name_match(w, roster) in kinds and strong_cue(cues_at(words, low, k))
            and not namesake(words, k, roster)}


def combine(rules: Sequence[Triple], learned: Iterable[tuple[Triple, float] | Found],
            threshold: float = NEW_SPAN_THRESHOLD, labels: Iterable[str] | None = USED_LABELS,
            widen: float = WIDEN_THRESHOLD, person: float = PERSON_THRESHOLD,
            person_cue: float = PERSON_CUE_THRESHOLD) -> list[Triple]:
    """Rules ∪ accepted learned spans, sorted and non-overlapping (see the module doc).

    *labels* limits the learned spans used (None: all); *widen* is the probability a learned
    span needs to widen rule spans, *threshold* the one it needs to stand on its own, *person*
    the one a PERSON span needs for either, *person_cue* the one a cued PERSON span needs."""
    keep = None if labels is None else set(labels)
    result = list(rules)
    for item in learned:
        (start, end, label), p = item[0], item[1]
        if keep is not None and label not in keep:
            continue
        over = [r for r in result if r[0] < end and start < r[1]]
        cue = len(item) > 2 and bool(item[2])
        need = (min(person, person_cue) if cue else person) if label == "PERSON" \
            else widen if over else threshold
        if any(r[2] != label for r in over) or p < need:
            continue
        if label == "PERSON" and over:
            continue  # the rules know the roster: "K. Schäfer" is not Rosa Schäfer's initial
        if label == "CONTACT" and len(over) > 1:
            continue  # two addresses the rules found stay two ("… and t.co/…")
        for r in over:
            result.remove(r)
        result.append((min([start] + [r[0] for r in over]), max([end] + [r[1] for r in over]),
                       label))
    return sorted(result)
