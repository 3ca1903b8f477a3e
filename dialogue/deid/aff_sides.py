"""The writer speaking for an organisation's side: "From the BMZ side: the funding is there",
"asking from the refugio side, we see …", "Reply from the Foreign Office side" (round 14,
after five writers who never saw the detector wrote this shape in four fixtures).

The span runs from "from" to "side". Only the writer's own side counts: the phrase opens
its sentence or follows a word of the writer's speaking ("asking", "speaking", "reply",
"a quick note" …), and what names the side is an organisation (an acronym, an organisation
noun, a known or proper name; in a text typed without capitals a single plain word). Not
"Can somebody from the consulate side explain …", "an answer from the government side?",
"the view from the other side", "nobody from the partner side".
"""

from __future__ import annotations

import re

from .phrases import Tokens, classify

_SIDE = re.compile(r"\bfrom\s+the\s+((?:[^\W_][\w.+&-]*\s+){1,3}?)side\b", re.IGNORECASE)
_SPEAKING = re.compile(
    r"(?i)\b(?:asking|speaking|writing|answering|replying|reply|answer|input|update|note|"
    r"comment|view|perspective|briefly|quickly|one\s+(?:point|thing|remark)|quick\s+(?:one|"
    r"note|update|remark))\s*,?\s*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:(?:ok|okay|so|well|and|also|hi|"
                             r"hello|thanks)\s*,?\s+)?$", re.IGNORECASE)
_ORG_KINDS = {"acronym", "strong", "known", "proper"}
_NOT_A_SIDE = {"other", "same", "partner", "partners", "international", "federal", "national",
               "government", "german", "european", "eu", "left", "right", "demand", "supply",
               "political", "legal", "technical", "practical", "human", "financial", "our",
               "their", "your", "his", "her", "my", "this", "that", "receiving", "sending",
               "employer", "employers", "worker", "workers", "business", "state", "country"}


def from_a_side(text: str, tokens: Tokens, lang: str) -> list[tuple[int, int]]:
    """The writer's "from the <organisation> side" phrases of *text* (see the module)."""
    found = []
    for m in _SIDE.finditer(text):
        words = m.group(1).split()
        if any(word.lower() in _NOT_A_SIDE for word in words) or tokens.is_blocked(
                m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        if not (_SENTENCE_START.search(before) or _SPEAKING.search(before)):
            continue
        kinds = {classify(word, lang, tokens.known) for word in words}
        if kinds & _ORG_KINDS or tokens.lower_case and len(words) == 1:
            found.append((m.start(), m.end()))
    return found
