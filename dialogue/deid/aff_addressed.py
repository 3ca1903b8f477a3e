"""Participants named in a text, and the organisation the text ties them to.

The name finder has found a roster participant; the words around the name may say where
they work (Chatham House covers every participant's affiliation, not only the writer's):

- "Grace Ofori of the Ghanaian labour ministry": "of" + an organisation (not a place or a
  topic: "Müller of all people", "Hope of Accra");
- "… Ms Young, she is with the DAAD", "Herr Kaya – er ist beim Landesamt": a pronoun after
  the name with a verb of belonging;
- the participant addressed: "Mr von Hagen, as you're with the consular department of the
  Foreign Office, …", "Frau Lindner, Sie sind doch im Auswärtigen Amt, Referat …";
- a third-person possessive after the name: "Omar … das ist sein Büro im jordanischen
  Arbeitsministerium", "Ana and I discussed: her consulate and mine".

Each span covers the organisation phrase (and, for a pronoun, the pronoun and its verb),
so the name stays a PERSON span beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .phrases import Phrase, Tokens, phrase_at

_OF = re.compile(r"\s+of\s+(?=the\s|(?-i:[A-Z]))", re.IGNORECASE)
_PRONOUN = re.compile(
    r"\b(?:she|he|sie|er)\s+(?:is|was|works|worked|ist|war|arbeitet|arbeitete)\s+"
    r"(?:now\s+|still\s+|jetzt\s+|noch\s+|doch\s+)?(?:with|at|for|from|in|bei\s+der|bei\s+dem|"
    r"beim|bei|im|vom|von\s+der|für\s+die|für\s+den|für\s+das)\s+", re.IGNORECASE)
_ADDRESSED = re.compile(
    r"\b(?:you(?:['’]re|\s+are|\s+work|\s+were)|Sie\s+(?:sind|arbeiten|waren)|"
    r"du\s+(?:bist|arbeitest|warst)|ihr\s+seid)\s+(?:doch\s+|still\s+|now\s+|ja\s+|jetzt\s+|"
    r"noch\s+)?(?:with|at|from|for|in\s+the|im|beim|bei\s+der|bei\s+dem|bei|vom|von\s+der|"
    r"in\s+der)\s+")
# "…, das ist sein Büro im jordanischen Arbeitsministerium", "Ana and her consulate": the
# named participant's own organisation, by a third-person possessive
_THEIR = re.compile(r"\b(?:his|her|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)\s+")
_WINDOW = 100
_THEIR_WINDOW = 160


def _organisation(phrase: Phrase | None) -> bool:
    return bool(phrase and (phrase.kinds & {"strong", "acronym", "known"}
                            or "weak" in phrase.kinds and phrase.detailed))


def find_addressed(text: str, tokens: Tokens, names: Sequence[tuple[int, int]],
                   lang: str) -> list[tuple[int, int]]:
    """Spans of organisations tied to a named participant (see the module docstring)."""
    found: list[tuple[int, int]] = []
    for _, end in names:
        of = _OF.match(text, end)
        if of:
            phrase = phrase_at(tokens, of.end(), lang)
            if _organisation(phrase) and phrase and not tokens.is_blocked(of.end(), phrase.end):
                found.append((of.start() + of.group().index("of"), phrase.end))
        for their in _THEIR.finditer(text, end, min(len(text), end + _THEIR_WINDOW)):
            phrase = phrase_at(tokens, their.end(), lang)
            if phrase and (phrase.head & {"strong"} or "weak" in phrase.head
                           and phrase.detailed) and not tokens.is_blocked(their.start(),
                                                                          phrase.end):
                found.append((their.start(), phrase.end))
        window = text[end:end + _WINDOW]
        for pattern, from_pronoun in ((_PRONOUN, True), (_ADDRESSED, False)):
            m = pattern.search(text, end, end + len(window))
            if not m or re.search(r"[.!?]\s", text[end:m.start()]):
                continue  # only in the name's own sentence
            phrase = phrase_at(tokens, m.end(), lang)
            if _organisation(phrase) and phrase and not tokens.is_blocked(m.start(), phrase.end):
                found.append((m.start() if from_pronoun else phrase.start, phrase.end))
    return found
