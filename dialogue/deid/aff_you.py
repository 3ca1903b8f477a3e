"""The organisation of a participant spoken to, and an organisation said to be in the room.

Chatham House covers every participant's affiliation, not only the writer's. Two shapes the
other finders leave:

- a German question or remark to the people addressed, about their organisation: "gibt es
  bei Ihnen im Arbeitsministerium schon Zahlen?", "wie viele arbeiten bei euch im
  Partnerschaftsbüro?", "in eurem Verband", "in deiner Beratungsstelle". The span runs from
  "bei" (or the possessive) to the end of the organisation. "bei euch im Alltag", "in eurer
  Stadt" and "in deinem Fall" name no organisation and stay clean (``phrase_at`` must find
  an organisation's head). The formal "Ihr Ministerium" and the English "your ministry" to
  a named participant are ``clauses``' own;
- an organisation with a relative clause that places it in the room: "Das BMI, das ja
  auch hier vertreten ist, …", "The BMZ, which is represented here today, …". The span runs
  from the organisation to the end of the relative clause. A clause that denies it ("das
  heute nicht vertreten ist", "which is not here") or places the organisation in a town
  ("die hier in Nürnberg sitzt") is no presence.
"""

from __future__ import annotations

import re

from .aff_backward import backward_phrase
from .phrases import Phrase, Tokens, phrase_at

_WITH_YOU = re.compile(
    r"\bbei\s+(?:Ihnen|euch|dir)\s+(?=(?:im|in\s+der|in\s+dem|in\s+den|beim|am|an\s+der)\s)")
_INFORMAL_POSSESSIVE = re.compile(
    r"\b(?:euer|eure|eurem|euren|eurer|eures|dein|deine|deinem|deinen|deiner|deines)\s+",
    re.IGNORECASE)
_PREPOSITION_AFTER_YOU = re.compile(r"(?:im|in\s+der|in\s+dem|in\s+den|beim|am|an\s+der)\s+")
_RELATIVE = re.compile(r"\s*,\s*(?:das|die|der|which|who|that)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,.;:!?()\n]")
_ROOM = re.compile(r"\b(?:hier|here|heute|today|am\s+Tisch|im\s+Raum|in\s+der\s+Runde|"
                   r"in\s+(?:this|the)\s+room|at\s+(?:this|the)\s+table)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:vertreten|anwesend|dabei|represented|present|with\s+us)\b",
                      re.IGNORECASE)
_DENIED = re.compile(r"\b(?:nicht|kein\w*|nie|not|no|never|isn['’]t|aren['’]t)\b|"
                     r"\b(?:hier|here)\s+in\s+(?-i:[A-ZÄÖÜ])(?!aum\b|unde\b)", re.IGNORECASE)
_ORGANISATION = {"strong", "acronym", "known"}


def _organisation(phrase: Phrase | None, weak: bool = True) -> bool:
    """Whether *phrase* is headed by an organisation (with *weak*, also a word such as
    "Haus" or "Stelle" that is one only in context: the context here is "bei Ihnen im")."""
    kinds = _ORGANISATION | {"weak"} if weak else _ORGANISATION
    return phrase is not None and bool(phrase.head & kinds)


def find_you_and_present(text: str, tokens: Tokens, lang: str) -> list[tuple[int, int]]:
    """Spans of the two shapes of the module docstring."""
    found: list[tuple[int, int]] = []
    if lang == "de":
        for m in _WITH_YOU.finditer(text):
            prep = _PREPOSITION_AFTER_YOU.match(text, m.end())
            phrase = phrase_at(tokens, prep.end(), lang) if prep else None
            if phrase and _organisation(phrase) and not tokens.is_blocked(m.start(), phrase.end):
                found.append((m.start(), phrase.end))
        for m in _INFORMAL_POSSESSIVE.finditer(text):
            phrase = phrase_at(tokens, m.end(), lang)
            if phrase and _organisation(phrase) and not tokens.is_blocked(m.start(), phrase.end):
                found.append((m.start(), phrase.end))
    for m in _RELATIVE.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        clause_end = end.start() if end else len(text)
        clause = text[m.end():clause_end]
        if not (_ROOM.search(clause) and _PRESENT.search(clause)) or _DENIED.search(clause):
            continue
        if len(clause.split()) > 9:
            continue
        phrase = backward_phrase(tokens, m.start())  # an organisation, or None
        if phrase is None or not _organisation(phrase_at(tokens, phrase.start, lang), weak=False):
            continue  # "Die Kollegen, die heute hier dabei sind": people, no organisation
        if not tokens.is_blocked(
                phrase.start, clause_end):
            found.append((phrase.start, clause_end))
    return found
