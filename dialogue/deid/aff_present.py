"""Participants and organisations said to be present, in shapes ``in_room`` leaves (h9b).

- **somebody of an organisation in the room**: "jemand vom Jobcenter hier im Raum",
  "someone from the Labour Ministry here", "anyone at the BAMF in this room": an
  indefinite person, an organisation, then a word of the room right after it (without the
  room, "jemand vom Amt hat angerufen" is anybody; "Anyone from the BAMF here?" only asks
  whether there is one);
- **an organisation called present**: "die anwesenden Handwerkskammern", "die hier
  vertretenen Verbände", "the ministries present", "the unions represented here": a word of
  presence before (German) or after (English) a phrase headed by an organisation (or by
  envoys of somebody: "die anwesenden Vertreterinnen der Länder");
- **a delegation or team in the room**: "the Foreign Office delegation here", "die
  BAMF-Delegation hier am Tisch", "the Kenyan team in this room", "the delegation from the
  Labour Ministry here": an organisation or a nationality, a word for a group of envoys,
  then the room;
- **colleagues from offices of one kind**: "die beiden Kolleginnen aus den
  Ausländerbehörden", "the colleagues from the job centres": a definite plural person noun
  and a German plural ("-stellen", "-centern") or English plural of an organisation noun
  (a country, "aus den Philippinen", is ``in_room``'s and stays a group of people).
"""

from __future__ import annotations

import re

from .phrases import Phrase, Tokens, classify, phrase_at

_F = re.IGNORECASE
_ORG = {"strong", "acronym", "known"}
_ROOM = re.compile(
    r"\s*,?\s*(?:(?:here|hier)(?:\s+(?:at\s+the\s+table|in\s+the\s+room|today|im\s+Raum|"
    r"am\s+Tisch|in\s+der\s+Runde|heute))?|in\s+(?:this|the)\s+room|at\s+(?:this|the)\s+"
    r"table|im\s+Raum|am\s+Tisch|in\s+der\s+Runde|in\s+unserer\s+Runde)\b", _F)
_SOMEONE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|jemand|einer|eine)\s+(?:from|at|of|with|vom|von\s+der|"
    r"von\s+dem|aus\s+dem|aus\s+der|beim|bei\s+der|bei\s+dem)\s+", _F)
# quick tests that spare a text the patterns below when it cannot match them
_ANY_SOMEONE = re.compile(r"\b(?:someone|somebody|anyone|anybody|jemand|einer?)\s+(?:from|at|of|"
                          r"with|vom|von|aus|bei)\b")
_PRESENT_DE = re.compile(
    r"\b(?:die|der|den|des|alle|allen)\s+(?:hier\s+|heute\s+)?(?:anwesenden|vertretenen)\s+", _F)
_PRESENT_EN = re.compile(r"\s+(?:present|represented\s+here|represented\s+in\s+(?:this|the)\s+"
                         r"room|represented\s+at\s+(?:this|the)\s+table)\b", _F)
_THE = re.compile(r"\b(?:the|all\s+the)\s+", _F)
_GROUP = re.compile(
    r"\b(?:the|our|die|der|den|dem|unsere[rnm]?)\s+(?P<org>(?:[\w.-]+\s+){0,3}?)"
    r"(?P<group>(?:[\w.]+-)?(?:delegation|delegations|contingent|team|Delegation|Delegationen|"
    r"Team))(?=\s*,?\s*(?:here|hier|in\s+(?:this|the)\s+room|at\s+(?:this|the)\s+table|"
    r"im\s+Raum|am\s+Tisch|in\s+der\s+Runde)\b)", _F)
_GROUP_OF = re.compile(
    r"\b(?:the|die|der|den|dem)\s+(?:delegation|team|contingent|Delegation|Team)\s+(?:from|of|"
    r"at|aus\s+dem|aus\s+der|vom|von\s+der|von\s+dem|des|der)\s+", _F)
_COLLEAGUES = re.compile(
    r"\b(?:the|our|both|die|unsere|beide|alle)\s+(?:(?:two|three|beiden|zwei|drei)\s+)?"
    r"(?:Kolleg(?:en|innen|:innen|\*innen)|colleagues|Vertreter(?:innen)?|representatives)"
    r"(?:\s+(?:und|and)\s+(?:Kollegen|Kolleginnen|colleagues))?\s+"
    r"(?:aus\s+den|von\s+den|bei\s+den|in\s+den|from\s+the|at\s+the|of\s+the|in\s+the)\s+"
    r"(?P<org>[\w-]+)", _F)


def _organisation(phrase: Phrase | None) -> bool:
    return phrase is not None and bool(phrase.head & _ORG)


def _delegates(text: str, phrase: Phrase) -> bool:
    """"die anwesenden Vertreterinnen der Länder": envoys of someone, named after them."""
    return bool(phrase.head & {"role", "roles"}) and len(text[phrase.start:phrase.end].split()) > 1


def _plural_organisation(word: str, lang: str, known: frozenset[str]) -> bool:
    """"Anerkennungsstellen", "Jobcentern", "Ausländerbehörden", "job centres": a plural
    whose singular is an organisation noun."""
    if lang == "en":
        return word.lower().endswith("s") and classify(word, lang, known) in {"weak", "strong"}
    forms = (word, word[:-1], word[:-2]) if word.endswith("n") else (word,)
    return any(classify(f, lang, known) == "strong" for f in forms if len(f) > 3)


def find_present(text: str, tokens: Tokens, lang: str) -> list[tuple[int, int]]:
    """Spans of the four shapes of the module docstring."""
    found: list[tuple[int, int]] = []
    low = text.lower()
    for m in _SOMEONE.finditer(text) if _ANY_SOMEONE.search(low) else ():
        phrase = phrase_at(tokens, m.end(), lang)
        if not _organisation(phrase) or phrase is None:
            continue
        # the room right after it, or inside the phrase ("vom Zentrum hier im Raum")
        room = _ROOM.match(text, phrase.end) or _ROOM.search(text, phrase.start, phrase.end)
        if room and not tokens.is_blocked(m.start(), phrase.end) and not (
                text[room.end():].lstrip().startswith("?")):  # "Anyone from X here?" asks
            found.append((m.start(), max(phrase.end, room.end())))
    for m in _PRESENT_DE.finditer(text) if "anwesend" in low or "vertreten" in low else ():
        phrase = phrase_at(tokens, m.end(), "de")
        if phrase and (phrase.head & (_ORG | {"weak"}) or _delegates(text, phrase)) and not (
                tokens.is_blocked(
                m.start(), phrase.end)):
            found.append((m.start(), phrase.end))
    for m in _THE.finditer(text) if _PRESENT_EN.search(text) else ():
        phrase = phrase_at(tokens, m.end(), "en")
        after = _PRESENT_EN.match(text, phrase.end) if phrase else None
        if phrase and after and phrase.head & (_ORG | {"weak"}) and not tokens.is_blocked(
                m.start(), phrase.end):
            found.append((m.start(), after.end()))
    for m in _GROUP.finditer(text) if "delegation" in low or "team" in low or (
            "contingent" in low) else ():
        found += _group(text, tokens, m, lang)
    for m in _GROUP_OF.finditer(text) if "delegation" in low or "team" in low else ():
        phrase = phrase_at(tokens, m.end(), lang)
        room = _ROOM.match(text, phrase.end) if phrase else None
        if phrase and room and phrase.head & (_ORG | {"nat"}) and not tokens.is_blocked(
                m.start(), phrase.end):
            found.append((m.start(), room.end()))  # "the delegation from the ministry here"
    for m in _COLLEAGUES.finditer(text) if "colleague" in low or "kolleg" in low or (
            "vertreter" in low or "representative" in low) else ():
        if not _plural_organisation(m.group("org"), lang, tokens.known):
            continue
        phrase = phrase_at(tokens, m.start("org"), lang)
        end = max(m.end("org"), phrase.end if phrase else 0)
        if not tokens.is_blocked(m.start(), end):
            found.append((m.start(), end))
    return found


def _group(text: str, tokens: Tokens, m: re.Match[str], lang: str) -> list[tuple[int, int]]:
    """"the Foreign Office delegation here": an organisation or a nationality names it."""
    group = m.group("group")
    words = m.group("org").split() + ([group.rsplit("-", 1)[0]] if "-" in group else [])
    kinds = {classify(w, lang, tokens.known) for w in words}
    if not kinds & (_ORG | {"nat"}) or tokens.is_blocked(m.start(), m.end()):
        return []
    room = _ROOM.match(text, m.end())
    return [(m.start(), room.end() if room else m.end())]
