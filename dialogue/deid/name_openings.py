"""Round 15: a roster name that opens a sentence and is addressed there.

A post often starts with the person it is put to: "Mark – how long does the office take
…?", "Ernst, nur zur Klarstellung: …, oder?", "Falke, sorry, I meant …", and in a chat the
comma goes too: "rosa is that the same procedure …?", "ozan are turkish nationals …?".
Other rules read such a word as a word ("mark", "ernst", "rosa") or a plural noun before
"are", because nothing after it says "you". ``opening_address`` says yes when the name
opens the sentence and

- a comma, dash or colon follows it and the sentence it opens ends in a question mark, or
  the next words are an apology or an agreeing reply ("Falke, sorry, …", "sturm, fair, but
  …", round 19);
- or, written in lower case, it runs straight into a question ("hoa what do u see …?",
  "tobias hast du …?", "frank any news …?") or a thanks or an apology ("bright danke für
  …", round 16); a verb-like name ("hope is …?", "will you …?") does not count in English
  ("mark habt ihr …?" does, round 20);
- or, capitalised, it runs straight into a question word ("Grace wie viele …?", round 17),
  but not into a comparison ("Sommer wie Winter").

``closing_address`` takes a lower-case given name that is no word closing a question
("welches projekt war das tobias?").

A word that opens sentences as a discourse marker ("Klar, aber wie …?", "Kurz: wer …?",
"Well, what …?") is never taken for a name, nor is the first of a list ("Sommer, Sonne,
Strand?").
"""

from __future__ import annotations

import re

from .name_context import fold, looks_like_english
from .name_shapes import INTERJECTIONS

_START = re.compile(r"(?:^|[.!?…;]\s+|\n\s*|[\"“„(]\s*)$")
_SEPARATOR = re.compile(r"[ \t]*(?:,|:|[ \t][-–—]|[–—])[ \t]+")
_SENTENCE_END = re.compile(r"[.!?\n]")
# "bright danke für die erklärung", "faith sorry, I missed …" (round 16)
_THANKS_AFTER = re.compile(r"(?i)[ \t]+(?:danke|thanks|thank[ \t]+you|thx|ty|merci|sorry|sry|"
                           r"pardon|entschuldige)\b")
_APOLOGY = re.compile(r"(?i)(?:sorry|pardon|entschuldigung|entschuldige|my[ \t]+bad|fair|"
                      r"agreed|exactly|genau|stimmt)\b")  # "sturm, fair, but …" (round 19)
# the next word of a list: "Sommer, Sonne, Strand?", "Hope, Faith and Love?"
_LIST_NEXT = re.compile(r"[A-ZÄÖÜ][\w-]*(?:[ \t]*,|[ \t]+(?:und|and|oder|or|&)[ \t])")
# a question word right after a capitalised name, and "wie" comparing two words
_ASKED = re.compile(r"[ \t]+(?:wie|was|wann|wo|warum|wieso|wer|welche[rsnm]?|how|what|when|"
                    r"where|why|which|who)\b")
_COMPARED = re.compile(r"[ \t]+(?:wie|als)[ \t]+[A-ZÄÖÜ]")
_QUESTION_OPENER = re.compile(
    r"[ \t]+(?:ihr|du|you|u|any|anything|anyone|is|are|was|were|do|does|did|has|have|had|"
    r"can|could|would|will|"
    r"should|what|"
    r"how|when|where|which|who|why|so[ \t]+(?:is|are|was|do|does|did|has|have|can|could)|"
    r"hast|habt|bist|ist|sind|kannst|könnt|weißt|wisst|wie|was|wann|wo|warum|wieso|"
    r"welche[rsnm]?|gibt)\b")
_DISCOURSE = INTERJECTIONS | frozenset({
    "well", "sure", "right", "true", "fair", "okay", "ok", "yes", "no", "so", "also",
    "honestly", "thanks", "indeed", "exactly", "agreed", "great", "good", "fine", "look",
    "listen", "anyway", "again", "still", "then", "now", "first", "second", "finally",
    "briefly", "ja", "nein", "nun", "jetzt", "erstens", "zweitens", "fazit", "frage",
    "question", "kurzum", "offen", "ehrlicherweise", "immerhin", "trotzdem", "aber", "but"})
# verb-like names before a question word: "hope is there …?", "will you …?", "mark what …"
_VERB_NAMES = frozenset({"hope", "will", "trust", "bet", "guess", "wish", "mark", "grant",
                         "bill", "see", "thank", "say", "may", "can"})
# German words that are lower case in their ordinary sense (adjectives): "rosa ist …?"
_GERMAN_LOWER = frozenset({"rosa", "frei", "sauer", "wild", "klein", "lang", "kurz", "jung",
                           "alt", "braun", "schwarz", "weiß", "weiss", "kühn", "ernst",
                           "stark", "froh", "reich", "arm", "hart", "still", "neu", "klar"})


def _ends_in_question(text: str, start: int) -> bool:
    end = _SENTENCE_END.search(text, start, start + 240)
    return bool(end and end.group() == "?")


def opening_address(text: str, start: int, end: int, word: str) -> bool:
    """Whether the name ``text[start:end]`` opens a sentence addressed to its bearer (see the
    module's doc)."""
    key = fold(word)
    if key in _DISCOURSE or not _START.search(text, max(0, start - 4), start):
        return False
    separator = _SEPARATOR.match(text, end)
    if separator:
        rest = separator.end()
        if _LIST_NEXT.match(text, rest):
            return False
        return bool(_APOLOGY.match(text, rest)) or _ends_in_question(text, rest)
    if key in _VERB_NAMES and looks_like_english(text):
        return False  # "mark habt ihr …?" is German: no English verb (round 20)
    if not word.islower():  # round 17: "Grace wie viele kriegen …?", not "Sommer wie Winter?"
        asked = _ASKED.match(text, end)
        return bool(asked and not _COMPARED.match(text, end)) and _ends_in_question(text, end)
    if key in _GERMAN_LOWER and not looks_like_english(text):
        return False
    return bool(_QUESTION_OPENER.match(text, end)) and _ends_in_question(text, end) or bool(
        _THANKS_AFTER.match(text, end))


# A given name closing a question, in lower case: "welches projekt war das tobias?", "any
# news on that ozan?"; only a name that is no word ("hope?" may be "is there any hope?").
_CLOSES_QUESTION = re.compile(r"[?]+(?:\s|$)")


def closing_address(text: str, start: int, end: int, word: str, given: bool,
                    word_like: bool) -> bool:
    """Whether the lower-case given name ``text[start:end]``, no word, closes a question put
    to its bearer."""
    return (given and not word_like and word.islower() and start > 0
            and text[start - 1] in " \t" and bool(_CLOSES_QUESTION.match(text, end)))
