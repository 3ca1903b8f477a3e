"""Senses of a roster name that are not the participant: a trade, fiction, plain words.

Small decisions of the name finder (``names.py``), each a function of the text around a
run of name words:

- ``meant_as_trade``: a surname that is also a trade is the trade after an indefinite
  article ("Ein Müller in Franken") or in a list of trades ("Schneider, Schuster,
  Bäcker"), unless its neighbour in the list is a roster name as well;
- ``in_fiction``: a namesake in a book or film ("Herr Weber aus dem Kinderbuch");
- ``lower_case_full_name``: "frank wolf said" is a participant written in lower case,
  "we will grant" (roster Will Grant) is words;
- ``is_form_of_address``: "frau weber" is a name, "the minister will" is a role and a verb.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .name_context import fold
from .name_words import TRADE_WORDS

_TRADES = frozenset(fold(w) for w in TRADE_WORDS)
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:ein|eine|einen|einem|einer|kein|keine|keinen|"
                                r"a|an|every|jeder|jede)\s+(?:[a-zäöüß][\w-]*\s+)?$")
_LIST_NEXT = re.compile(r"\s*(?:,|/|&|\s(?:und|oder|and|or)\s)\s*([^\W\d_]+)")
_LIST_PREV = re.compile(r"([^\W\d_]+)\s*(?:,|/|&|\s(?:und|oder|and|or)\s)\s*$")
# A character of a book or film: "Herr Weber aus dem Kinderbuch", "Mr Fisher from the novel"
_FICTION_AFTER = re.compile(
    r"(?i)\s+(?:aus\s+(?:dem|der|einem|einer)|in\s+(?:dem|der|einem|einer)|im|from\s+(?:the|a)|"
    r"in\s+(?:the|a))\s+(?:[\w-]+\s+)?(?:\w*(?:buch|roman|film|märchen|serie|comic|stück|"
    r"spiel|krimi|sitcom)|book|novel|film|movie|story|series|show|play|cartoon|fairy\s+tale|"
    r"sitcom|song)\b")
# Words after which a lower-case "will grant" or "frank wolf" is an ordinary phrase.
_NOT_BEFORE_LOWER_NAME = {
    "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "to", "will",
    "would", "can", "could", "should", "shall", "must", "may", "might", "do", "does", "did",
    "not", "please", "ich", "wir", "sie", "er", "es", "man", "nicht", "also", "just"}
# Titles that are forms of address ("frau weber" is a name); after a role written in lower
# case a lower-case word-like name is a word ("the minister will announce").
_ADDRESS = re.compile(r"(?i)(?:frau|herr|herrn|mr|mrs|ms|mx|miss|dr|prof)\.?\s*$")


def meant_as_trade(text: str, start: int, end: int, word: str,
                   roster_index: Mapping[str, Any]) -> bool:
    """Whether the surname *word* at ``text[start:end]``, also a trade, means the trade."""
    if fold(word) not in _TRADES:
        return False
    if _INDEFINITE_BEFORE.search(text, max(0, start - 40), start):
        return True
    for m in (_LIST_NEXT.match(text, end), _LIST_PREV.search(text, max(0, start - 40), start)):
        if m and fold(m.group(1)) in _TRADES and fold(m.group(1)) not in roster_index:
            return True
    return False


def in_fiction(text: str, end: int) -> bool:
    """Whether the name ending at *end* is followed by "aus dem Kinderbuch", "in the novel"."""
    return bool(_FICTION_AFTER.match(text, end))


def is_form_of_address(title: str) -> bool:
    return bool(_ADDRESS.search(title))


def lower_case_full_name(text: str, start: int, first_kinds: Sequence[str],
                         last_kinds: Sequence[str]) -> bool:
    """A given name, then a family name of the same participant, not after a pronoun or a
    verb: "frank wolf said" is Frank Wolf, "we will grant" (roster Will Grant) is words."""
    prev = re.search(r"([^\W\d_]+)\W*$", text[max(0, start - 30):start])
    if prev and prev.group(1).lower() in _NOT_BEFORE_LOWER_NAME:
        return False
    return "given" in first_kinds and "family" in last_kinds
