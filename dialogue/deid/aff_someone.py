"""Jobs told by what the writer does, and other participants by a person noun (h14u).

- **"for a living"**: a first-person clause or "as someone who …" that states a job by its
  work: "Speaking as someone who inspects care homes for a living, …", "I translate asylum
  hearings for a living", "als jemand, der beruflich Personalvermittler prüft, …". The
  span runs from the role marker ("speaking as", "as", "I") to "for a living" or, in German,
  to the clause's end; "we argue about it for a living" needs the first person singular,
  and "someone who does that for a living should know" (no "as") is somebody else.
- **a German clause of running** (h14z): "als jemand, der eine Notunterkunft leitet",
  "als eine, die seit 2015 ein Beratungsbüro betreibt": the organisation before the verb;
- **a person of an organisation in the room**: "the woman from the Romanian embassy", "der
  Mann vom kenianischen Konsulat"; "woman/man" count only before an organisation with a
  nationality, an acronym or a known name, so "the man from Syria" and "die Frau vom Amt"
  stay clean;
- **a field of work**: "ich arbeite seit 2019 in der Pflege", "arbeite in der Logistik"
  (the subject dropped at a sentence's start), "I work in recruitment", "I've worked in the
  care sector": the writer's trade told by its sector (a list of sectors and the tails
  "-branche", "-wesen", "-sektor", "sector", "industry"); "ich arbeite in der Nacht" or "I
  work in the evenings" are no field;
- **a role from a place who spoke in the session**: "The lawyer from Leipzig asked …", "Die
  Forscherin aus Osnabrück hat vorhin gefragt …": a singular role, a capitalised place, then
  a verb of speaking in the past.
"""

from __future__ import annotations

import re

from .phrases import Tokens, classify, phrase_at

_F = re.IGNORECASE
_LIVING = re.compile(
    r"\b(?:(?:speaking|writing|talking)\s+as\s+|as\s+)?(?:(?:someone|somebody|a\s+person|one)"
    r"\s+who|I)\s+(?!\w+\s+(?:it|that|this)\s)[^,.;:!?\n]{3,80}?\s+for\s+a\s+living\b", _F)
_BERUFLICH = re.compile(
    r"\bals\s+(?:jemand|eine[r]?)\s*,\s*(?:der|die)\s+(?:selbst\s+)?(?:haupt)?beruflich\s+"
    r"[^,.;:!?\n]{3,80}", _F)
# h14z: "als jemand, der eine Notunterkunft leitet", "als eine, die seit 2015 das Café
# betreibt": the German clause of running puts its organisation before the verb
_RUNS_DE = re.compile(
    r"\bals\s+(?:jemand|eine[r]?)\s*,\s*(?:der|die)\s+(?:selbst\s+)?(?:seit\s+\S+\s+|"
    r"(?:[\w-]+\s+){1,2}?(?:Jahre|Jahren)\s+(?:lang\s+)?)?"
    r"(?P<obj>(?:ein|eine|einen|die|das|den)\s+[^,.;:!?\n]{2,60}?)\s+(?:leitet|führt|betreibt|"
    r"koordiniert|verantwortet|(?:gegründet|geleitet|aufgebaut|geführt|betrieben|koordiniert)"
    r"\s+hat)\b", _F)
_WOMAN_MAN = re.compile(
    r"\b(?:the|die|der|den|dem)\s+(?:woman|man|Frau|Mann)\s+(?:from|of|at|vom|von\s+der|"
    r"von\s+dem|aus\s+der|aus\s+dem|bei\s+der|beim)\s+", _F)
_ROLE_FROM_PLACE = re.compile(
    r"\b(?:the|die|der)\s+(?P<role>[\w-]+)\s+(?:from|aus)\s+(?-i:[A-ZÄÖÜ])[\w-]+"
    r"(?:\s+(?-i:[A-ZÄÖÜ])[\w-]+)?(?=\s*,?\s+(?:asked|said|mentioned|pointed|raised|argued|"
    r"suggested|noted|described|explained|told|made|hat\s+(?:vorhin|eben|gerade|gestern)?\s*"
    r"(?:gefragt|gesagt|erwähnt|erklärt|berichtet)|fragte|sagte|meinte|erwähnte|berichtete)\b)",
    _F)

_FIELD = re.compile(
    r"(?:\b(?:ich|I)(?:['’]ve|\s+have)?\s+|(?:^|(?<=[.!?:]\s)|(?<=\n)))(?:arbeite|arbeitete|"
    r"work|worked)\s+(?:(?:selbst|seit\s+\S+|schon|auch|lange|jahrelang|currently|now|still|"
    r"also|myself|mainly|mostly)\s+){0,3}(?:in\s+der|im|in\s+the|in)\s+(?P<w>[\w-]+)"
    r"(?:\s+(?P<tail>sector|industry|business|branch|field))?\b", _F)
_FIELDS = {
    "pflege", "altenpflege", "krankenpflege", "rekrutierung", "personalvermittlung",
    "logistik", "gastronomie", "hotellerie", "forschung", "wissenschaft", "sozialarbeit",
    "jugendhilfe", "flüchtlingshilfe", "migrationsberatung", "personalabteilung",
    "landwirtschaft", "bauwirtschaft", "industrie", "baubranche", "it", "hr",
    "recruitment", "recruiting", "logistics", "hospitality", "construction", "healthcare",
    "nursing", "academia", "agriculture", "retail", "manufacturing", "placement",
    "elder", "social", "care", "migration", "haulage", "trucking", "catering",
}
_FIELD_TAILS = ("branche", "wesen", "sektor", "industrie", "wirtschaft", "pflege")


def find_someone(text: str, tokens: Tokens, lang: str) -> list[tuple[int, int]]:
    """Spans of the shapes in the module docstring, possibly overlapping others."""
    found: list[tuple[int, int]] = []
    if "living" in text:
        for m in _LIVING.finditer(text):
            if not tokens.is_blocked(m.start(), m.end()):
                found.append((m.start(), m.end()))
    if "eruflich" in text:
        for m in _BERUFLICH.finditer(text):
            if not tokens.is_blocked(m.start(), m.end()):
                found.append((m.start(), m.end()))
    for m in _RUNS_DE.finditer(text) if "als " in text.lower() else ():
        phrase = phrase_at(tokens, m.start("obj"), "de")
        if phrase and phrase.kinds & {"strong", "weak", "acronym", "known"} and (
                phrase.end >= m.end("obj")) and not tokens.is_blocked(m.start(), m.end()):
            found.append((m.start(), m.end()))
    for m in _FIELD.finditer(text) if re.search(r"\b(?:arbeite|arbeitete|work|worked)\b",
                                                text, _F) else ():
        word = m.group("w").lower()
        tail = m.group("tail")
        if word in {"elder", "social", "care", "migration"} and not tail and not re.match(
                r"\s+(?:care|work)\b", text[m.end():], _F):
            continue  # "elder care", "the care sector", not "in the care of"
        if (word in _FIELDS or word.endswith(_FIELD_TAILS) or tail) and not tokens.is_blocked(
                m.start(), m.end()):
            end = m.end()
            more = re.match(r"\s+(?:care|work)\b", text[end:], _F)
            found.append((m.start(), end + (more.end() if more and not tail else 0)))
    for m in _WOMAN_MAN.finditer(text):
        phrase = phrase_at(tokens, m.end(), lang)
        if phrase and phrase.kinds & {"strong", "acronym", "known"} and phrase.kinds & {
                "nat", "acronym", "known"} and not tokens.is_blocked(m.start(), phrase.end):
            found.append((m.start(), phrase.end))
    for m in _ROLE_FROM_PLACE.finditer(text):
        role = m.group("role")
        if classify(role, lang, tokens.known) == "role" and not role.lower().endswith(
                ("innen", "s")) and not tokens.is_blocked(m.start(), m.end()):
            found.append((m.start(), m.end()))
    return found
