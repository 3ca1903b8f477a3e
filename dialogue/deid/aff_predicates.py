"""Affiliations stated as a predicate: "X is the …", "you are with …", "I'm the one who …" (h9b).

The anchors find an organisation after a verb of belonging; a copula that *names* the post
or the organisation is left to this module. Four shapes:

- **a participant, then "is" + a post**: a roster name or a person in the room ("the
  Kerala colleague", "die Kollegin aus Bremen"), then "is/was/ist/war" and a noun phrase
  headed by a role, an organisation noun, an acronym or a known name: "Amara ist die Leiterin des
  Jugendamts", "the Bremen colleague is a former UNHCR colleague", "Oscar ist jetzt
  Referatsleiter im BMI" (no determiner: a role or an acronym only), "a former colleague
  from the IOM" (a fellow of an organisation). The span is the
  predicate, from its determiner (GUIDELINES: "Felix ist {A:der Integrationsbeauftragte …}");
  "is with/at/beim" + an organisation spans from the preposition ("Oscar ist jetzt {A:beim
  BMZ}");
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
    r"\s+(?:is|was|ist|war)\s+(?:(?:now|also|still|actually|indeed|jetzt|nun|auch|ja|"
    r"doch|übrigens|eigentlich|inzwischen)\s+)?"
    r"(?P<det>(?:(?:the|a|an|our|der|die|das|ein|eine|einer|unser|unsere)\s+)?)", _F)
# "Oscar ist jetzt beim BMI", "Amara is with the Jugendamt": a participant's organisation
_IS_WITH = re.compile(
    r"\s+(?:is|was|ist|war)\s+(?:(?:now|still|also|jetzt|noch|doch|ja|auch|inzwischen)\s+)?"
    r"(?:(?:seit|since|bis|until)\s+[\w.]+(?:\s+\d{4})?\s+)?"
    r"(?P<prep>with|at|bei(?:m|\s+der|\s+dem)?|im|vom|von\s+der)\s+", _F)
_ROOM_PERSON = re.compile(r"\b(?:colleague|gentleman|lady|representative|delegate|Kollegin|"
                          r"Kollege|Vertreterin|Vertreter|Herr|Dame)$", _F)
_FELLOW = re.compile(
    r"(?:the|a|an|our|der|die|ein|eine|unser|unsere)\s+(?:(?:former|ehemalige[rn]?|frühere[rn]?)"
    r"\s+)?(?:colleague|representative|Kollegin|Kollege|Vertreterin|Vertreter)\s+(?:from|of|at|"
    r"with|vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der|beim|bei\s+der|bei\s+dem)\s+", _F)
# a person in the room before a copula: "Die Kollegin aus Bremen ist …", "the lady on my left"
_ROOM_SUBJECT = re.compile(
    r"\b(?:the|die|der)\s+(?:[\w-]+\s+)?(?:colleague|gentleman|lady|Kollegin|Kollege|Herr|Dame)"
    r"(?:\s+(?:aus|from|in)\s+(?-i:[A-ZÄÖÜ])[\w-]+)?(?=\s+(?:is|was|ist|war)\s)", _F)
_PERSON_NOUN = re.compile(r"\s*(?:colleague|representative|Kollegin|Kollege|Vertreterin|"
                          r"Vertreter)\b", _F)
# "you work with an agency" cooperates: after "work" only "for/at/in" tell a post
_YOU_ARE = re.compile(
    r"\b(?:(?:you\s+(?:are|were)|you['’]re|du\s+(?:bist|warst|arbeitest)|(?<=[\w,;]\s)Sie\s+"
    r"(?:sind|waren|arbeiten))\s+(?:(?:now|still|also|jetzt|noch|doch|ja|auch|inzwischen)\s+)?"
    r"(?:with|at|for|in|bei(?:m|\s+der|\s+dem)?|im|vom|von\s+der|in\s+der|für\s+die|"
    r"für\s+den|für\s+das)|you\s+(?:still\s+|now\s+)?(?:work|worked)\s+(?:for|at|in))\s+", _F)
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
schedules books translates teaches places advises counsels funds monitors represents grants
answers registers screens interviews
""".split())
_WORK_DE = ("prüft", "bearbeitet", "unterschreibt", "entscheidet", "leitet", "koordiniert",
            "schreibt", "verfasst", "genehmigt", "bewilligt", "betreut", "verhandelt", "erstellt",
            "bewertet", "vermittelt", "berät", "verwaltet", "organisiert", "beantwortet",
            "zeichnet", "plant", "finanziert", "übersetzt", "unterrichtet", "vertritt", "vergibt",
            "erteilt", "ausstellt", "freigibt", "abzeichnet", "bescheidet", "zuteilt", "anleitet")


def _predicate(text: str, tokens: Tokens, det: int, lang: str,
               bare: bool) -> tuple[int, int] | None:
    """The predicate noun phrase from its determiner at *det*, if it names a post (*bare*,
    with no determiner: a role or an acronym, "ist Referatsleiter im BMI", "is UNHCR")."""
    fellow = _FELLOW.match(text, det)
    if fellow and not bare:  # "a former colleague from the IOM"
        phrase = phrase_at(tokens, fellow.end(), lang)
        return (det, phrase.end) if _organisation(phrase, lang) and phrase else None
    phrase = phrase_at(tokens, det, lang)
    if phrase is None or not phrase.head & (_POST - {"strong"} if bare else _POST):
        return None
    if bare and phrase.start != det:
        return None
    noun = _PERSON_NOUN.match(text, phrase.end)  # "a former IOM colleague"
    return det, noun.end() if noun else phrase.end


_OPENING = re.compile(r"(?:^|[.!?:\n]\s*|@)\S*$")


def _asked(text: str, start: int, end: int) -> bool:
    """Whether the subject ``text[start:end]`` opens a sentence ending in "?": "Will is the
    ICMPD mapping public?" asks Will, the copula is the question's verb."""
    last = re.search(r"[.!?](?=\s|$)", text[end:])
    return bool(last and last.group() == "?" and _OPENING.search(text, 0, start + 1))


def _subjects(text: str, names: Sequence[tuple[int, int]],
              found: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The subjects a predicate may follow: names, and room persons found."""
    low = text.lower()
    people = any(w in low for w in ("colleague", "gentleman", "lady", "kolleg", "herr", "dame"))
    return list(names) + [(a, b) for a, b in found if _ROOM_PERSON.search(text[a:b])] + [
        m.span() for m in (_ROOM_SUBJECT.finditer(text) if people else ())]


def find_predicates(text: str, tokens: Tokens, names: Sequence[tuple[int, int]],
                    found: Sequence[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Spans of the four shapes of the module docstring."""
    spans: list[tuple[int, int]] = []
    for start, end in _subjects(text, names, found):
        if _asked(text, start, end):
            continue  # "@Lucía is the Foreign Office's portal open?": an inverted question
        m = _COPULA.match(text, end)
        if m:
            span = _predicate(text, tokens, m.start("det"), lang, not m.group("det"))
            if span and not tokens.is_blocked(*span):
                spans.append(span)
        m = _IS_WITH.match(text, end)
        phrase = phrase_at(tokens, m.end(), lang) if m else None
        if m and _organisation(phrase, lang) and phrase and not tokens.is_blocked(
                m.start("prep"), phrase.end):
            spans.append((m.start("prep"), phrase.end))
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
