"""A person in the room described by a role (and organisation), without a name.

``in_room.py`` knows person nouns ("colleague", "Vertreterin", "gentleman"); writers also
point at participants by their post: "The judge in the room may correct me", "Die
Referentin aus dem MAGS hat vorhin gesagt …", "the caseworker from the jobcentre mentioned
…", and by a colleague's place plus what she is here for: "Die Kollegin aus Nairobi, die
für die NEA hier ist". A role noun alone is generic ("caseworkers at the BAMF are
swamped"), so each shape needs the room: "in the room", "am Tisch", or a word that says the
person spoke in the session (``in_room._ROOM_MARK``: "earlier", "vorhin", "mentioned" …).
"""

from __future__ import annotations

import re

from .phrases import Tokens, classify, phrase_at

_F = re.IGNORECASE
_DET = r"(?:the|die|der|den|dem)"
_IN_ROOM = re.compile(
    rf"\b{_DET}\s+(?P<role>[\w-]+)\s+(?:here\s+)?(?:in\s+(?:the|this)\s+room|(?:here\s+)?at\s+the\s+"
    r"table|hier\s+im\s+Raum|hier\s+am\s+Tisch|(?:hier\s+)?in\s+der\s+Runde|in\s+unserer\s+"
    r"Runde)\b", _F)
_ROLE_FROM = re.compile(
    rf"\b{_DET}\s+(?P<role>[\w-]+)\s+(?:aus\s+dem|aus\s+der|vom|von\s+der|von\s+dem|beim|"
    r"from\s+the|of\s+the|at\s+the)\s+", _F)
_COLLEAGUE_HERE = re.compile(
    r"\b(?:the|die|der)\s+(?:Kollegin|Kollege|colleague|Vertreterin|Vertreter|gentleman|lady|"
    r"Herr|Dame)\s+(?:aus|from)\s+(?-i:[A-ZÄÖÜ])[\w-]+\s*,\s*(?:die|der|who)\s+"
    r"(?P<rel>[^,.;:!?–—\n]{3,80})", _F)
_ROOM_WORD = re.compile(r"\b(?:room|table|Raum|Tisch|Runde)\b", _F)
_HERE = re.compile(r"\b(?:hier|here|today|heute)\b", _F)


def _singular_role(word: str, lang: str, tokens: Tokens) -> bool:
    return classify(word, lang, tokens.known) == "role" and not word.lower().endswith("innen")


def find_roles_in_room(text: str, tokens: Tokens, lang: str,
                       room_mark: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of participants described by role (see the module docstring)."""
    found: list[tuple[int, int]] = []
    for m in _IN_ROOM.finditer(text) if _ROOM_WORD.search(text) else ():
        if _singular_role(m.group("role"), lang, tokens) and not tokens.is_blocked(
                m.start(), m.end()):
            found.append((m.start(), m.end()))
    marked = bool(room_mark.search(text))
    for m in _ROLE_FROM.finditer(text) if marked else ():
        if not _singular_role(m.group("role"), lang, tokens):
            continue
        phrase = phrase_at(tokens, m.end(), lang)
        if phrase and phrase.kinds & {"strong", "acronym", "known"} and not tokens.is_blocked(
                m.start(), phrase.end):
            found.append((m.start(), phrase.end))
    for m in _COLLEAGUE_HERE.finditer(text) if _HERE.search(text) else ():
        rel = m.group("rel")
        start = m.start("rel")
        org = any(classify(tokens.text(i), lang, tokens.known) in {"strong", "acronym", "known"}
                  for i in range(tokens.at(start), tokens.at(start + len(rel))))
        if org and _HERE.search(rel) and not tokens.is_blocked(m.start(), m.end()):
            found.append((m.start(), m.end("rel")))
    return found
