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
- a PERSON span needs ``PERSON_THRESHOLD`` to widen a rule name or to stand on its own.

Measured on a held-out blind fixture before it was kept: docs/deid-learned.md.  The model is
loaded once per process, on the first text (building a ``Detector`` stays cheap).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .learned_features import RosterWords, featurise
from .name_context import fold

MODEL = Path(__file__).parent / "model" / "tagger.crfsuite"
NEW_SPAN_THRESHOLD = 0.9  # chosen on the blind6 + blind7 hold-out (docs/deid-learned.md)
WIDEN_THRESHOLD = 0.93  # "Our consulate in Lagos answers at" (0.927) is over-wide; see the doc
PERSON_THRESHOLD = 0.95  # and only with a roster name's word in the span
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


def tag(text: str, roster: RosterWords, tagger: Any = None,
        entity: bool = False, rules: Sequence[Triple] | None = None) -> list[tuple[Triple, float]]:
    """The tagger's spans in *text*, each with the mean marginal probability of its tags
    (with *entity*: of its tokens being tagged anything but O)."""
    offsets, xseq = featurise(text, roster, rules)
    if not offsets:
        return []
    tagger = tagger or _tagger()
    with _LOCK:
        tagger.set(xseq)
        tags = tagger.tag()
        marginals = [0.0 if t == "O" else 1.0 - tagger.marginal("O", k) if entity
                     else tagger.marginal(t, k) for k, t in enumerate(tags)]
    out: list[tuple[Triple, float]] = []
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
        if first <= last and (label != "PERSON" or any(
                (w in roster[0] or w in roster[1]) and w not in PARTICLES
                for w in (fold(text[a:b]) for a, b in offsets[first:last + 1]))):
            start, end = offsets[first][0], offsets[last][1]
            if last + 1 < len(tags) and text[offsets[last + 1][0]] == ")" and text.count(
                    "(", start, end) > text.count(")", start, end):
                end = offsets[last + 1][1]  # "in Frankfurt (Oder)": no bracket left over
            out.append(((start, end, label), p))
        i = j
    return out


def combine(rules: Sequence[Triple], learned: Iterable[tuple[Triple, float]],
            threshold: float = NEW_SPAN_THRESHOLD, labels: Iterable[str] | None = USED_LABELS,
            widen: float = WIDEN_THRESHOLD, person: float = PERSON_THRESHOLD) -> list[Triple]:
    """Rules ∪ accepted learned spans, sorted and non-overlapping (see the module doc).

    *labels* limits the learned spans used (None: all); *widen* is the probability a learned
    span needs to widen rule spans, *threshold* the one it needs to stand on its own, *person*
    the one a PERSON span needs for either."""
    keep = None if labels is None else set(labels)
    result = list(rules)
    for (start, end, label), p in learned:
        if keep is not None and label not in keep:
            continue
        over = [r for r in result if r[0] < end and start < r[1]]
        need = person if label == "PERSON" else widen if over else threshold
        if any(r[2] != label for r in over) or p < need:
            continue
        for r in over:
            result.remove(r)
        result.append((min([start] + [r[0] for r in over]), max([end] + [r[1] for r in over]),
                       label))
    return sorted(result)
