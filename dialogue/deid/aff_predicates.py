"""Affiliations stated as a predicate: "X is the …", "you are with …", "I'm the one who …" (h9b).

The anchors find an organisation after a verb of belonging; a copula that *names* the post
or the organisation is left to this module. Four shapes:

- **a participant, then "is" + a post**: a roster name or a person in the room already
  found ("the Kerala colleague"), then "is/was/ist/war" and a noun phrase headed by a role,
  an organisation noun, an acronym or a known name: "Amara ist die Leiterin des
  Jugendamts", "the Bremen colleague is a former UNHCR colleague". The span is the
  predicate, from its determiner (GUIDELINES: "Felix ist {A:der Integrationsbeauftragte …}");
- **the addressee's organisation as a clause**: "you are with the GIZ now?", "you work for
  ANETI", "du bist doch beim DRK", "Sie arbeiten im Arbeitsministerium": from "you" to the
  organisation ("you are from Ghana" names a country, no organisation);
- **the writer's organisation named after a possessive**: "Unser Haus ist das BMAS", "My
  employer is the Red Cross", "Mein Arbeitgeber ist die Caritas": from the possessive to
  the name (in German only an acronym, a known name or an organisation noun: "Unser Haus
  ist das Problem" names nothing);
- **a post told by its task**: "I'm the one who signs off on the work permits", "I am the
  person who drafts the country reports", "ich bin diejenige, die die Anträge bewilligt":
  a verb of office work after "the one who"; "I'm the one who always complains" is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .phrases import Phrase, Tokens, phrase_at

_F = re.IGNORECASE
_ORG = {"strong", "acronym", "known"}
_POST = _ORG | {"role"}
_COPULA = re.compile(
    r"\s*,?\s*(?:is|was|ist|war)\s+(?:(?:now|also|still|actually|indeed|jetzt|nun|auch|ja|"
    r"doch|übrigens|eigentlich|inzwischen)\s+)?"
    r"(?P<det>(?:the|a|an|our|der|die|das|ein|eine|einer|unser|unsere)\s+)", _F)
_ROOM_PERSON = re.compile(r"\b(?:colleague|gentleman|lady|representative|delegate|Kollegin|"
                          r"Kollege|Vertreterin|Vertreter|Herr|Dame)$", _F)
_PERSON_NOUN = re.compile(r"\s*(?:colleague|representative|Kollegin|Kollege|Vertreterin|"
                          r"Vertreter)\b", _F)
_YOU_ARE = re.compile(
    r"\b(?:you\s+(?:are|were|work|worked)|you['’]re|du\s+(?:bist|warst|arbeitest)|"
    r"(?<=[\w,;]\s)Sie\s+(?:sind|waren|arbeiten))\s+"
    r"(?:(?:now|still|also|jetzt|noch|doch|ja|auch|inzwischen)\s+)?"
    r"(?:with|at|for|in|bei(?:m|\s+der|\s+dem)?|im|vom|von\s+der|in\s+der|für\s+die|für\s+den|"
    r"für\s+das)\s+", _F)
_OWN_IS = re.compile(
    r"\b(?P<poss>our|my|unser|unsere|mein|meine)\s+(?P<noun>[\w-]+)\s+(?:is|was|ist|war)\s+"
    r"(?:(?:the|der|die|das)\s+)?", _F)
_THE_ONE_EN = re.compile(
    r"\bI(?:['’]m|\s+am)\s+(?:the\s+(?:one|person|woman|man|guy)|the\s+only\s+one|one\s+of\s+"
    r"the\s+(?:people|ones))\s+(?:who|that)\s+(?:(?:usually|actually|now|still|also|basically|"
    r"mostly)\s+)?(?P<verb>[a-z]+)\b[^,.;:!?\n]*", _F)
_THE_ONE_DE = re.compile(
    r"\bich\s+bin\s+(?:diejenige|derjenige|die\s+Person|die|der|eine|einer)\s*,\s*(?:die|der)\s+"
    r"[^,.;:!?\n]{3,80}?\b(?P<verb>[a-zäöüß]+t)\b(?=\s*(?:[,.;:!?\n]|$))", _F)
# verbs of office work: what a post does with files, people and decisions
_WORK_EN = set("""
drafts writes signs approves handles processes reviews decides runs manages coordinates leads
heads oversees negotiates checks issues assesses evaluates trains recruits supervises edits
compiles prepares audits inspects certifies authorises authorizes administers allocates
schedules books translates teaches places advises counsels funds monitors represents
""".split())
_WORK_DE = ("prüft", "bearbeitet", "unterschreibt", "entscheidet", "leitet", "koordiniert",
            "schreibt", "verfasst", "genehmigt", "bewilligt", "betreut", "verhandelt", "erstellt",
            "bewertet", "vermittelt", "berät", "verwaltet", "organisiert", "beantwortet",
            "zeichnet", "plant", "finanziert", "übersetzt", "unterrichtet", "vertritt")


def _predicate(text: str, tokens: Tokens, det: int, lang: str) -> tuple[int, int] | None:
    """The predicate noun phrase from its determiner at *det*, if it names a post."""
    phrase = phrase_at(tokens, det, lang)
    if phrase is None or not phrase.head & _POST:
        return None
    noun = _PERSON_NOUN.match(text, phrase.end)  # "a former IOM colleague"
    return det, noun.end() if noun else phrase.end


def _subjects(text: str, names: Sequence[tuple[int, int]],
              found: Sequence[tuple[int, int]]) -> list[int]:
    """Ends of the subjects a predicate may follow: names, and room persons found."""
    ends = [b for _, b in names]
    ends += [b for a, b in found if _ROOM_PERSON.search(text[a:b])]
    return ends


def find_predicates(text: str, tokens: Tokens, names: Sequence[tuple[int, int]],
                    found: Sequence[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Spans of the four shapes of the module docstring."""
    spans: list[tuple[int, int]] = []
    for end in _subjects(text, names, found):
        m = _COPULA.match(text, end)
        if m:
            span = _predicate(text, tokens, m.start("det"), lang)
            if span and not tokens.is_blocked(*span):
                spans.append(span)
    low = text.lower()
    for m in _YOU_ARE.finditer(text) if "you" in low or "du " in low or "Sie " in text else ():
        phrase = phrase_at(tokens, m.end(), lang)
        if _organisation(phrase, lang) and phrase is not None and not tokens.is_blocked(
                m.start(), phrase.end):
            spans.append((m.start(), phrase.end))
    for m in _OWN_IS.finditer(text):
        spans += _own_is(text, tokens, m, lang)
    for m in _THE_ONE_EN.finditer(text) if " who " in low or " that " in low else ():
        if m.group("verb").lower() in _WORK_EN and not tokens.is_blocked(m.start(), m.end()):
            spans.append((m.start(), m.end()))
    for m in _THE_ONE_DE.finditer(text) if "ich bin" in low else ():
        if m.group("verb").lower() in _WORK_DE and not tokens.is_blocked(m.start(), m.end()):
            spans.append((m.start(), m.end()))
    return spans


def _organisation(phrase: Phrase | None, lang: str) -> bool:
    """An organisation's phrase: its head an organisation noun, an acronym or a known name
    (in English also a proper name that is not a place: "you are with Acme")."""
    if phrase is None:
        return False
    return bool(phrase.head & _ORG or lang == "en" and "proper" in phrase.head)


def _own_is(text: str, tokens: Tokens, m: re.Match[str], lang: str) -> list[tuple[int, int]]:
    """"Unser Haus ist das BMAS": the possessed noun an organisation (or "employer"), the
    predicate its name."""
    noun = m.group("noun").lower()
    if noun not in {"employer", "arbeitgeber", "arbeitgeberin"} and not _organisation(
            phrase_at(tokens, m.start("noun"), lang), "de"):
        return []
    phrase = phrase_at(tokens, m.end(), lang)
    if phrase is None or phrase.start != tokens.items[tokens.at(m.end())][0]:
        return []  # "Unser Haus ist seit Jahren …": no name right after the copula
    if not (phrase.head & _ORG or lang == "en" and "proper" in phrase.head):
        return []
    if tokens.is_blocked(m.start(), phrase.end):
        return []
    return [(m.start(), phrase.end)]
