"""More AFFILIATION look-alikes, asked after ``aff_not_disclosures`` (h9b), and one keeper.

``drop(text, start, end)`` says a span (the rules' or the tagger's) is no disclosure:

- **a salutation**: "Meine Damen und Herren", "Sehr geehrte Damen und Herren", "Ladies and
  gentlemen": the audience, not a person of an organisation;
- **an opinion over another subject's clause**: "I suspect migrants rarely register with
  the BAMF", "ich vermute, die meisten melden sich beim Jobcenter": the verb after the
  first person is one of supposing, and the organisation belongs to the clause's own
  subject;
- **programme participants from a country**: "die ersten Teilnehmenden aus Ghana", "the
  next trainees from Kerala", "the new recruits from Morocco": an ordinal or "new/next"
  before a plural of people from a place (a delegate would be "the participants from the
  Ghanaian ministry", with an organisation);
- **a building as a place**: "Im Robert-Koch-Haus der Uniklinik finden …", "In the Main
  Building of the campus …": a named house or hall, where something happens, in a
  sentence with no first person;
- **a town's or region's head in the news**: "Der Bürgermeister von Lampedusa hat den
  Notstand ausgerufen", "The governor of Agadez closed the road": a public office of a
  place, in a sentence with no first person and a text with no word of the room ("the
  mayor of Altena here" or "as the mayor said earlier" stay);
- **a question whether one is here**: "Anybody from the Labour Ministry here?", "Ist
  jemand vom Jugendamt hier?": the organisation after "anyone from", then "?";
- **where to find one online**: "Find us on Instagram", "Schreibt uns auf WhatsApp": a
  social network or messenger after "us/me on", a channel, not an organisation;
- **the state's policy**: "in our national policy", "unsere nationale Strategie": "we" as
  the country, not the writer's organisation.
- **a head that is a body's** (round 15): "it goes over my head", "shaking her head", "off
  the top of my head": a possessive and "head" ending the span, with no "of" or unit after
  it, the way a post would have ("my head of unit", "our head of HR").

``keep(text, start, end)`` overrules ``aff_not_disclosures``' friend's job for the
diplomatic "our friends from the Tunisian employment agency", "unsere Freunde vom
Arbeitsministerium": a plural "friends" straight before an organisation are participants.
"""

from __future__ import annotations

import re

from .tokens import classify

_F = re.IGNORECASE
_SALUTATION = re.compile(r"(?:(?:meine|sehr\s+geehrte|liebe)\s+Damen\s+und\s+Herren|"
                         r"(?:dear\s+)?ladies\s+and\s+gentlemen)[\s,.!:]*", _F)
_SUPPOSE = re.compile(
    r"(?:I|we)\s+(?:suspect|suppose|assume|presume|reckon|imagine|gather|bet|doubt|fear|"
    r"guess|estimate)\b\s+(?:that\s+)?(?!I\b|we\b)\w|"
    r"(?:ich|wir)\s+(?:vermute[n]?|schätze[n]?|nehme[n]?\s+an|bezweifle[n]?|befürchte[n]?|"
    r"ahne[n]?|unterstelle[n]?)\b\s*,?\s*(?:dass\s+)?(?!ich\b|wir\b)\w", _F)
_COHORT = re.compile(
    r"(?:the|die|der|den)\s+(?:first|next|new|future|latest|ersten|nächsten|neuen|künftigen|"
    r"letzten|weiteren)\s+(?:\w+\s+)?(?:participants|trainees|recruits|nurses|workers|"
    r"apprentices|students|Teilnehmenden|Teilnehmer(?:innen)?|Auszubildenden|Azubis|"
    r"Pflegekräfte|Fachkräfte|Kandidat(?:en|innen)|Bewerber(?:innen)?)\s+(?:from|aus)\s+"
    r"(?P<place>[\w-]+)", _F)
_BUILDING = re.compile(r"(?:im|in\s+the|in)\s+(?P<name>[\w-]+(?:-Haus|-Gebäude|haus|gebäude|"
                       r"-Saal|saal)|[\w-]+\s+(?:Building|Hall|House))\b", _F)
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our|me|us|ich|wir|mein\w*|unser\w*|mir|mich|uns)\b",
                           _F)
_SENTENCE = re.compile(r"[^.!?\n]*")
_PUBLIC_HEAD = re.compile(
    r"(?:the|der|die)\s+(?:mayor|governor|prefect|Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|"
    r"Gouverneur(?:in)?|Landrat|Landrätin|Präfekt(?:in)?)\s+(?:von|of|der\s+Stadt|des)\s+"
    r"(?-i:[A-ZÄÖÜ])[\w-]+(?:\s+(?-i:[A-ZÄÖÜ])[\w-]+)?", _F)
_ROOM_MARK = re.compile(r"\b(?:here|hier|earlier|vorhin|eben|mentioned|erwähnt|angesprochen|"
                        r"room|Raum|Tisch|table|Runde|today|heute)\b", _F)
_ANYONE_FROM = re.compile(r"(?:anyone|anybody|someone|somebody|jemand)\s+(?:from|of|at|vom|"
                         r"von\s+der|von\s+dem|aus\s+dem|aus\s+der|beim|bei\s+der)\s+$", _F)
_ON_NETWORK = re.compile(
    r"(?:us|me|uns|mich)\s+(?:on|auf|via|bei|über)\s+(?:WhatsApp|Instagram|Insta|LinkedIn|"
    r"Facebook|TikTok|Telegram|Signal|Threema|X|Twitter|Bluesky|Mastodon|YouTube|Xing|Viber|"
    r"Threads|WeChat|Discord)", _F)
_NATIONAL_POLICY = re.compile(
    r"(?:in\s+)?(?:our|unsere[rnm]?)\s+(?:national|nationalen?)\s+(?:policy|policies|strategy|"
    r"law|laws|plan|framework|legislation|Politik|Strategie|Gesetzgebung|Recht|Plan)\b", _F)
_FRIENDS = re.compile(
    r"(?:our|unsere[n]?)\s+(?:friends|Freunde[n]?|Freundinnen)\s+(?:from|at|of|in|vom|von\s+der|"
    r"von\s+dem|aus\s+dem|aus\s+der|bei\s+der|beim|im)\s+(?P<rest>.+)", _F)
_ORG = {"strong", "acronym", "known"}
# Round 10: members of a kind counted, not placed ("Mehrere Arbeitgeber aus dem Allgäu",
# "Several employers from Bavaria"): a quantifier and a plural with no first person, room
# word or colleague in the span.
_QUANTIFIED = re.compile(r"(?:mehrere|viele|einige|manche|zahlreiche|etliche|die\s+meisten|"
                         r"several|many|some|most|numerous|a\s+few|few)\s+\w", _F)
_PLACED = re.compile(r"\b(?:here|hier|today|heute|colleagues?|kolleg\w*|present|anwesend\w*|"
                     r"in\s+(?:the|this)\s+room|im\s+raum)\b", _F)
# A bare list of kinds of office ("chamber of commerce, recognition office, foreigners'
# office, embassy"): three or more items and no first person, possessive or room word.
_LIST_ITEM = re.compile(r"[^,;:]+")
_KIND_END = re.compile(r"(?:office|offices|chamber|chambers|embassy|embassies|ministry|ministries|"
                       r"agency|agencies|authority|authorities|centre|center|council|"
                       r"[\w-]*(?:amt|ämter|behörde|behörden|kammer|kammern|botschaft|"
                       r"botschaften|ministerium|ministerien|agentur|stelle|stellen))$", _F)


_BODYS_HEAD = re.compile(r"(?i)\b(?:my|your|his|her|our|their|its)\s+head$")
_HEAD_OF = re.compile(r"(?i)\s+(?:of|for)\b")


def drop(text: str, start: int, end: int) -> bool:
    """Whether the AFFILIATION ``text[start:end]`` is one of the look-alikes above."""
    span = text[start:end]
    return bool(_SALUTATION.fullmatch(span) or _SUPPOSE.match(span) or _cohort(span)
                or _building(text, start, end) or _NATIONAL_POLICY.match(span)
                or _public_head(text, start, end) or _asks_presence(text, start, end)
                or _ON_NETWORK.fullmatch(span) or _counted(span) or _kinds_listed(span)
                or bool(_BODYS_HEAD.search(span) and not _HEAD_OF.match(text, end)))


def _counted(span: str) -> bool:
    """ "Mehrere Arbeitgeber aus dem Allgäu": a kind counted, no one placed in the room."""
    return bool(_QUANTIFIED.match(span) and not _FIRST_PERSON.search(span)
                and not _PLACED.search(span))


def _kinds_listed(span: str) -> bool:
    """ "chamber of commerce, recognition office, embassy": a list of kinds of office."""
    items = [i.strip() for i in _LIST_ITEM.findall(span) if i.strip()]
    return (len(items) >= 3 and span.count(",") >= 2 and not _FIRST_PERSON.search(span)
            and not _PLACED.search(span)
            and all(len(i.split()) <= 4 and _KIND_END.search(i.rstrip(" .")) for i in items))


def _asks_presence(text: str, start: int, end: int) -> bool:
    """"Anybody from the Labour Ministry here?": a question, nobody placed."""
    return text[end:].lstrip().startswith("?") and bool(
        _ANYONE_FROM.search(text, max(0, start - 30), start))


def _public_head(text: str, start: int, end: int) -> bool:
    """"Der Bürgermeister von Lampedusa hat …": a public office, nobody in the room."""
    return bool(_PUBLIC_HEAD.fullmatch(text, start, end)) and not _ROOM_MARK.search(text) and (
        not _FIRST_PERSON.search(_sentence(text, start)))


def _sentence(text: str, start: int) -> str:
    sentence = _SENTENCE.match(text, text.rfind(".", 0, start) + 1)
    return sentence.group() if sentence else ""


def _cohort(span: str) -> bool:
    """A cohort from a place: "die ersten Teilnehmenden aus Ghana" (no organisation)."""
    m = _COHORT.match(span)
    return m is not None and classify(m.group("place"), "en", frozenset()) in {
        "place", "nat", "proper"} and not any(
        classify(w, "de", frozenset()) in _ORG for w in re.findall(r"[\w-]+", span[m.end():]))


def _building(text: str, start: int, end: int) -> bool:
    """"Im Otto-Hahn-Haus der Uniklinik finden …": a building where something happens."""
    if not _BUILDING.match(text, start, end):
        return False
    return not _FIRST_PERSON.search(_sentence(text, start))


def keep(text: str, start: int, end: int) -> bool:
    """"Our friends from the Tunisian employment agency": participants, not a friend's job."""
    m = _FRIENDS.fullmatch(text, start, end)
    return m is not None and any(
        classify(w, "en", frozenset()) in _ORG or classify(w, "de", frozenset()) in _ORG
        for w in re.findall(r"[\w-]+", m.group("rest")))
