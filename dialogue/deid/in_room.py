"""AFFILIATION of *another* participant: phrases that tie someone in the room to an organisation.

Under the Chatham House Rule the affiliation of any participant is protected, not only
the writer's: "our colleague from the BAMF", "die Kollegin vom Jobcenter", "the gentleman
from the Moroccan embassy", "the BA colleague", "das BMI hier am Tisch", and after a name
("Frau Demir vom BAMF", "Hope from the Ghanaian embassy"). Three shapes:

- a person noun with a determiner, then "from/of/at/vom/aus der/der + organisation or
  place": the whole noun phrase is the span;
- an organisation (acronym, known name or organisation noun) right before a person noun:
  "the BA colleague", "the Jobcenter people here";
- a roster name found by the name finder, then "from/vom/aus + organisation or place":
  the span starts at the preposition, so the name stays a PERSON span beside it.

Members of an organisation in general ("officials in the BMAS", "caseworkers at the
BAMF") use no person noun of this list and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .aff_room_roles import find_roles_in_room
from .affiliation_words import COUNTRY_NATIONALITIES
from .phrases import Phrase, Tokens, classify, describing_clause_end, phrase_at

_PEOPLE = (
    r"colleagues?|lady|ladies|gentleman|gentlemen|guests?|representatives?|delegates?|"
    r"people|persons?|folks|friends?|reps?|speakers?|participants?|envoy|ambassador|guys?|"
    r"Kolleg(?:e|in|en|innen|:innen|\*innen|_innen)|Herr(?:en|n)?|Frau(?:en)?|Damen?|Gast|"
    r"Herrschaften|"
    r"Gäste[n]?|Vertreter(?:in|innen|:innen|\*innen)?|Leute[n]?|Teilnehmer(?:in|innen)?|"
    r"Teilnehmende[n]?|Botschafter(?:in)?|Delegierte[n]?|Abgesandte[n]?"
)
_DETERMINER = (
    r"(?:the|our|your|both|two|three|all|die|der|den|dem|des|unsere[rnms]?|unser|beide[n]?|"
    r"zwei|drei|alle)"
)
_LINK = (r"(?:from|of|at|with|vom|von\s+der|von\s+dem|von\s+den|von|aus\s+dem|aus\s+der|"
         r"aus\s+den|aus|bei\s+der|beim|der|des)")
_PERSON_THEN_ORG = re.compile(  # "die Kolleginnen und Kollegen aus den Botschaften"
    rf"\b(?:{_DETERMINER}\s+){{1,3}}(?:[\w-]+\s+)?(?:{_PEOPLE})(?:\s+(?:und|and)\s+(?:{_PEOPLE}))?"
    rf"\s+{_LINK}\s+", re.IGNORECASE)
_ORG_THEN_PERSON = re.compile(  # "the BA colleague", "den BA-Kollegen"
    rf"\b{_DETERMINER}\s+(?:[\w-]+\s+)?(?:([\w.-]+)\s+|([A-ZÄÖÜ][\w.]*)-)(?:{_PEOPLE})\b",
    re.IGNORECASE)
_AFTER_NAME = re.compile(rf"\s*,?\s*({_LINK})\s+", re.IGNORECASE)
_IN_THE_ROOM = re.compile(
    r"\s*,?\s*(?:here(?:\s+(?:at\s+the\s+table|in\s+the\s+room|today))?|at\s+this\s+table|"
    r"in\s+(?:this|the)\s+"
    r"(?:room|breakout|group|round)|hier(?:\s+(?:am\s+Tisch|im\s+Raum|in\s+der\s+Runde))?|"
    r"in\s+unserer\s+Runde|am\s+Tisch|in\s+der\s+Runde)\b", re.IGNORECASE)
_ORG_HERE = re.compile(
    r"\b(?:das|der|die|the)\s+((?:[\w.-]+\s+){0,2}?[\w.-]+)\s+(?=(?:hier\s+)?am\s+Tisch|"
    r"(?:hier\s+)?in\s+der\s+Runde|(?:here\s+)?at\s+(?:the|this)\s+table|here\s+in\s+the\s+"
    r"room|in\s+this\s+room|hier\s+im\s+Raum|(?P<bare>here|hier)\s*[:;,?])", re.IGNORECASE)
_ORGANISATION = {"strong", "weak", "acronym", "known"}
_ONE_PERSON = re.compile(
    r"\b(?:colleague|lady|gentleman|guest|representative|delegate|person|friend|rep|speaker|"
    r"participant|envoy|ambassador|Kollege|Kollegin|Gast|Vertreterin|Botschafter|"
    r"Botschafterin|Delegierte|Teilnehmerin)$", re.IGNORECASE)
_QUANTIFIER = re.compile(r"\b(?:many|most|some|several|few|viele|einige|manche|die\s+meisten)"
                         r"\s+(?:of\s+|der\s+|von\s+)?$", re.IGNORECASE)
# A person placed in the room ("the person on my left", "der Herr, der vor mir gesprochen
# hat", "the gentleman who spoke before me"), then a verb of belonging: the verb onwards.
_PLACED_PERSON = re.compile(
    r"\b(?:the|die|der|das)\s+(?:[\w-]+\s+)?(?:person|gentleman|lady|colleague|woman|man|"
    r"pastor|speaker|Kollegin|Kollege|Herr|Dame|Frau|Person)\s*(?:(?:on|to)\s+my\s+(?:left|"
    r"right)|next\s+to\s+me|(?:links|rechts)\s+(?:von|neben)\s+mir|neben\s+mir|(?:,\s*)?"
    r"(?:who|der|die)\s+(?:[\w-]+\s+){0,4}?(?:spoke|talked|gesprochen\s+hat|sprach)"
    r"(?:\s+(?:before|after)\s+(?:me|lunch|the\s+break|you))?)\s*,?\s+"
    r"(?P<verb>(?:is|works|is\s+based)\s+(?:from|for|at|with|in)|ist\s+(?:beim|bei|im|vom)|"
    r"kommt\s+(?:aus|vom|von)|arbeitet\s+(?:beim|bei|für|im)|leads|heads|runs|leitet|"
    r"vertritt|represents)\s+", re.IGNORECASE)
# An ambassador is a public office, like a minister: seen giving a speech at an opening or
# in the press, nobody in the room is meant, unless a word places them there ("the Ghanaian
# ambassador here", "wie der Botschafter vorhin sagte").
_OFFICE = re.compile(r"\b(?:ambassadors?|envoys?|Botschafter(?:in|innen)?)\b", re.IGNORECASE)
_ROOM_MARK = re.compile(
    r"\b(?:here|in\s+(?:the|this)\s+room|earlier|just\s+(?:said|mentioned)|mentioned|"
    r"as\s+\w+\s+said|said\s+this\s+morning|hier|vorhin|eben|gerade\s+(?:gesagt|erwähnt)|"
    r"in\s+der\s+Runde|am\s+Tisch|erwähnt|angesprochen)\b", re.IGNORECASE)
_PUBLIC = re.compile(r"\b(?:speech|opening|keynote|press|interview|Eröffnung|Rede|Grußwort|"
                     r"Presse|Interview|Festakt|ceremony|Empfang|reception)\b", re.IGNORECASE)
_PLURAL_PEOPLE = re.compile(r"\b(?:colleagues|Kolleg(?:en|innen|:innen|\*innen|_innen))\s+\S+"
                            r"(?:\s+\S+)?\s*$", re.IGNORECASE)
_COUNTED = re.compile(r"(?<!\bthe\s)(?<!\bdie\s)(?<!\bden\s)(?<!\bour\s)\b(?:two|three|four|"
                      r"five|six|ten|several|a\s+few|a\s+couple\s+of|zwei|drei|vier|fünf|"
                      r"sechs|zehn|mehrere|ein\s+paar|\d+)\s+(?:[\w-]+\s+)?"
                      r"(?:people|persons|folks|Leute|Leuten|Personen|Menschen)\b",
                      re.IGNORECASE)
# Quick tests that spare a text the slower patterns above when it cannot match them.
_ANY_PERSON_NOUN = re.compile(rf"\b(?:{_PEOPLE})\b", re.IGNORECASE)
_ANY_ROLE_CUE = re.compile(r"\b(?:room|Raum|Tisch|table|Runde|aus|vom|von|from|of|at)\b",
                           re.IGNORECASE)
_ROOM_WORD = re.compile(r"\b(?:Tisch|table|Runde)\b", re.IGNORECASE)
_ANY_ROOM_WORD = re.compile(r"\b(?:hier|here|room)\b", re.IGNORECASE)


def _public_appearance(phrase: str, text: str) -> bool:
    """Whether *phrase* names an office seen in public, not a person in the room."""
    return bool(_OFFICE.search(phrase) and _PUBLIC.search(text) and not _ROOM_MARK.search(text))


def _country_adjective(word: str) -> bool:
    """"Kenyan", "marokkanische", "kenianischen": a country's, not "European" or "local"."""
    low = word.lower()
    return low in COUNTRY_NATIONALITIES or re.sub(r"(?:e|en|er|es|em)$", "", low) in (
        COUNTRY_NATIONALITIES)


def _language(text: str) -> str:
    from .name_context import DE_MARKERS, EN_MARKERS  # a tiny guess, as for names

    words = re.findall(r"[^\W\d_]+", text.lower())
    return "de" if sum(x in DE_MARKERS for x in words) > sum(
        x in EN_MARKERS for x in words) else "en"


def _names_a_place_or_organisation(phrase: Phrase | None, lang: str) -> bool:
    return bool(phrase and (phrase.kinds & (_ORGANISATION | {"nat", "place"})
                            or (lang == "en" and phrase.proper)))


def _room_end(text: str, end: int) -> int:
    """Extend over "here", "in the room", "hier am Tisch", "in unserer Runde"."""
    m = _IN_THE_ROOM.match(text, end)
    return m.end() if m else end


def find_in_room(text: str, tokens: Tokens,
                 names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans that tie another participant to an organisation, possibly overlapping."""
    found: list[tuple[int, int]] = []
    people = bool(_ANY_PERSON_NOUN.search(text))
    room = bool(_ANY_ROOM_WORD.search(text))
    placed = list(_PLACED_PERSON.finditer(text))
    if not (people or room or names or placed or _ANY_ROLE_CUE.search(text)):
        return found
    lang = _language(text)
    found += find_roles_in_room(text, tokens, lang, _ROOM_MARK)
    for m in _PERSON_THEN_ORG.finditer(text) if people else ():
        if tokens.is_blocked(m.start(), m.end()):
            continue
        phrase = phrase_at(tokens, m.end(), lang, place=True)
        if phrase is not None and not phrase.kinds & _ORGANISATION and (_QUANTIFIER.search(
                text, max(0, m.start() - 20), m.start()) or _PLURAL_PEOPLE.search(m.group())):
            continue  # "many of the colleagues from Senegal", "die Kolleginnen aus den
            # Philippinen": a group from a country, not somebody's organisation
        if _public_appearance(m.group(), text):
            continue  # "The ambassador of Kenya gave a great speech": a public office
        if _COUNTED.search(m.group()):
            continue  # "zwei Leute aus dem Wohnheim", "three people from the shelter": a
            # count of people, not a participant (h14z); "two colleagues from …" and "the
            # two people from the Foreign Office" (definite: those here) stay
        if phrase is not None and _names_a_place_or_organisation(phrase, lang):
            found.append((m.start(), _room_end(text, phrase.end)))
    for m in _ORG_THEN_PERSON.finditer(text) if people else ():
        group = 1 if m.group(1) else 2
        word = tokens.items[tokens.at(m.start(group))]
        if group == 2:
            if classify(m.group(2), lang, tokens.known) in {"acronym", "known", "strong"} and (
                    not tokens.is_blocked(m.start(), m.end())):
                found.append((m.start(), _room_end(text, m.end())))
            continue
        # the word before the person noun is the organisation ("the union rep"; not "the
        # number people keep quoting", "the right people")
        org = classify(word[2], lang, tokens.known) in _ORGANISATION
        if _public_appearance(m.group(), text):
            continue  # "The Ghanaian ambassador spoke at the opening": a public office
        if word[2].islower() and word[2].endswith("s") and lang == "en":
            continue  # "one of the bodies people cite": a plural noun, not an organisation
        # "the Kenyan colleague", "der marokkanische Kollege": one person of a country's
        # delegation (not "the German colleagues", who may be anybody's)
        national = (_country_adjective(word[2]) and word[2][:1].isupper() == (lang == "en")
                    and _ONE_PERSON.search(m.group()))
        if (org or national) and not tokens.is_blocked(m.start(), m.end()):
            found.append((m.start(), _room_end(text, m.end())))
    for m in _ORG_HERE.finditer(text) if room or _ROOM_WORD.search(text) else ():
        # the organisation fills the words up to the room ("das Auswärtige Amt hier in der
        # Runde"); a bare "here:" needs a named one ("the BMI here:", not "the office here,")
        phrase = phrase_at(tokens, m.start(1), lang)
        named = phrase is not None and (phrase.kinds & {"acronym", "known"} or lang == "en" and {
            "strong", "proper"} <= phrase.kinds)
        if phrase and (named or not m.group("bare") and phrase.kinds & {"strong"}) and (
                phrase.end >= m.end(1)) and not (
                tokens.is_blocked(m.start(), m.end(1))):
            found.append((m.start(), _room_end(text, m.end(1))))
    for m in placed:
        phrase = phrase_at(tokens, m.end(), lang, loose=True)
        if phrase and not tokens.is_blocked(m.start("verb"), phrase.end):
            start = m.start("verb")
            if m.group("verb").split()[0].lower() in {"ist", "is"}:
                start = m.end("verb") - len(m.group("verb").split()[-1])
            found.append((start, describing_clause_end(text, tokens, phrase)))
    tokens.caps_free = tokens.lower_case  # "kwame from sika talent in accra"
    try:
        found += _after_names(text, tokens, names, lang)
    finally:
        tokens.caps_free = False
    return found


def _after_names(text: str, tokens: Tokens, names: Sequence[tuple[int, int]],
                 lang: str) -> list[tuple[int, int]]:
    """"Frau Demir vom BAMF", "Hope from the Ghanaian embassy": from the preposition on."""
    found: list[tuple[int, int]] = []
    for _, name_end in names:
        after = _AFTER_NAME.match(text, name_end)
        if not after or after.group(1).lower() in {"der", "des", "of"}:
            continue
        phrase = phrase_at(tokens, after.end(), lang, place=True)
        # a capital proves a name in English only; in German "von/vom Acme" is a firm, "aus
        # Görlitz" a place, "aus dem Kinderbuch" a book ("Herr Weber aus dem Kinderbuch")
        proper = phrase is not None and phrase.proper and (
            lang == "en" or after.group(1).lower().startswith("v")
            or after.group(1).lower() == "aus")  # "aus Görlitz": a place, with no article
        if phrase and (proper or _names_a_place_or_organisation(phrase, lang)):
            found.append((after.start(1), _room_end(text, phrase.end)))
    return found
