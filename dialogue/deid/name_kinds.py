"""Round 7 (h14ab): roster names that are words of a *kind*, and the shapes that tell the
ordinary sense from the person.

Many given names are words (weekdays, virtues and qualities, weather, animals), and many
surnames have famous bearers. The word lists that make them word-like are in
``name_words.MORE_NAME_LIKE_WORDS``; this module holds the grammar that, for a lone name
part that the other rules would accept, says it means something else (``ordinary_sense``,
a veto) or, for one they would reject, that it is the person (``named_in_passing``):

- a name after the noun of a kind of named thing: a storm (``Storm Daniel``, ``Hurrikan
  Ida``), a newspaper (``die Zeitung Dawn``), a game, a film, a ship; or the same after the
  name and a comma (``Dawn, the Karachi paper, …``);
- an epithet: ``Felix the Cat``, ``Karl der Große``;
- a weekday or month in a phrase of time: ``on Sunday``, ``every Friday``, ``am Sonntag``,
  ``Anfang Mai``, ``Sunday night``, ``12 May``, ``Saturday and Sunday``;
- an adjective, participle or preposition: lower case between an article and a noun (``eine
  noble Geste``, ``a precious resource``), or at a sentence's start before an article or
  ``for us`` (``Given the floods``, ``Lucky for us``); a German predicate noun before ``für``
  (``ist Gift für das Vertrauen``); a game that is played (``Wer Memory spielt``);
- a place or work named after somebody: ``Rana Plaza``, ``Rivers State``; a famous bearer's
  works (``Herzog's documentaries``, ``Strauss' Walzer``); a football club's result
  (``Santos hat gegen Flamengo verloren``); a given name before a country (``Felix
  Austria``) or a given name and a noble particle that the participant's name lacks
  (``Beatrix von Storch``);
- (in ``name_namesakes.py``) surnames listed as examples of a nation's names (``Santos,
  Reyes, Cruz – typical Filipino names``);
- (in ``name_namesakes.py``) another given name than the participant's, one letter longer
  or shorter at the end (``Katrina`` is not roster Katrin, ``Daniela`` not Daniel), found
  only by the fuzzy match.

``named_in_passing`` keeps two shapes that other rules reject: a typo corrected by the
writer (``Kranisch – pardon, Kranich – hat …``) and a German ``an <name>`` after a verb of
building on or a message (``ich knüpfe an Gärtner an``, ``Frage an Gärtner:``), where ``an``
is the preposition and not the English article.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .name_context import fold, looks_like_english
from .name_namesakes import (
    another_given_name,
    before_country,
    listed_as_names,
    namesake_before,
    namesake_named_before,
)
from .name_words import WORD_LIKE_NAMES

if TYPE_CHECKING:
    from .names import NameMatcher, _Hit, _Part


_WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
    "sonntag"})
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "januar", "jaenner", "februar", "maerz", "marz",
    "mai", "juni", "juli", "oktober", "dezember"})
_TIME_WORDS = _WEEKDAYS | _MONTHS

# A phrase of time before a weekday or month: "on Sunday", "every Friday", "am Sonntag",
# "Anfang Mai", "since May", "bis Juni", "12. Mai", "the 3rd of May".
_TIME_BEFORE = re.compile(
    r"(?i)(?:\b(?:on|every|each|last|next|this|coming|until|till|since|early|late|mid|"
    r"through|in|during|throughout|am|an|jeden|jedem|letzten|letztem|nächsten|nächstem|diesen|diesem|kommenden|"
    r"kommendem|seit|bis|ab|im|anfang|mitte|ende|vergangenen|vergangenem|of)|\d{1,2}\.?|"
    r"\d{1,2}(?:st|nd|rd|th))[ \t-]+$")
# After it: a date, a part of the day, or a plural of days ("Sunday night", "Mai 2024").
_TIME_AFTER = re.compile(
    r"(?i)(?:[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b|night|nights|morning|mornings|"
    r"afternoon|afternoons|evening|evenings|lunchtime|shift|shifts|market|markets|trading|"
    r"opening|closing|deadline|abend|abends|morgen|morgens|früh|nachmittag|nachmittags|"
    r"vormittag|vormittags|nacht|nachts|mittag)\b|s\b)")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_TIME_POSSESSIVE_AFTER = re.compile(r"(?i)['’]s?[ \t]+(?:night|morning|afternoon|evening|"
                                    r"service|papers?|market|match|game|edition|deadline)\b")
# A list of days or months: "Saturday and Sunday", "Mai bis Juli", "Monday–Friday"
_TIME_JOINED_AFTER = re.compile(r"(?i)[ \t]*(?:,|–|-|/|[ \t](?:and|or|und|oder|bis|to|through)"
                                r"[ \t])[ \t]*([^\W\d_]+)")
_TIME_JOINED_BEFORE = re.compile(r"(?i)([^\W\d_]+)[ \t]*(?:,|–|-|/|[ \t](?:and|or|und|oder|bis|"
                                 r"to|through)[ \t])[ \t]*$")

# Nouns of a kind of named thing, right before its name: "Storm Daniel", "Hurrikan Ida",
# "die Zeitung Dawn", "the board game Memory", "der Tanker Prosper", "Operation Given".
_KIND = (r"storm|hurricane|cyclone|typhoon|tropical\s+storm|\w*sturm|orkan|\w*tief|"
         r"hurrikan|zyklon|taifun|newspaper|daily|tabloid|magazine|zeitung|\w*zeitung|"
         r"tageszeitung|magazin|wochenblatt|game|board\s+game|card\s+game|\w*spiel|film|"
         r"movie|novel|roman|song|lied|album|opera|oper|ship|vessel|tanker|schiff|frachter|"
         r"operation|brand|marke|label")
_KIND_BEFORE = re.compile(rf"(?i)\b(?:(?:{_KIND})(?:e?s)?|fc|sc|ac|sv|club|verein|klub)"
                          r"[ \t]+[\"„“‚‘]?$")  # "des Hurrikans Ida", "der FC Santos"
# ... or right after it: "Dawn newspaper reported", "die Punch-Zeitung" is a compound
_KIND_NOUN_AFTER = re.compile(r"(?i)[ \t]+(?:newspaper|magazine|tabloid|daily[ \t]+newspaper|"
                              r"zeitung|magazin|boulevardblatt)\b")
# ... or after the name and a comma: "Dawn, the Karachi paper, …", "Memory, das Kartenspiel"
_KIND_AFTER = re.compile(
    r"(?i)[ \t]*[,(–—][ \t]*(?:the|a|an|die|der|das|ein|eine)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    rf"(?:{_KIND}|paper|\w*blatt|club|verein|klub|\w*club|bank|city|town|stadt)"
    r"[ \t]*(?:[,)–—.;:]|$)")  # closed: not "Birgit, the paper you circulated"
# An epithet after the name: "Felix the Cat", "Alfred the Great", "Karl der Große".
_EPITHET_AFTER = re.compile(
    r"[ \t]+(?:the[ \t]+(?-i:[A-Z])[a-z]+\b|(?:der|die)[ \t]+(?:Große|Kleine|Weise|Gute|"
    r"Fromme|Kühne|Starke|Schreckliche|Erste|Zweite|Dritte|Kater|Katze|Hund|Bär|Hase)\b)")
# A place or building named after somebody: "Rana Plaza", "Rivers State", "Grant Park"
_PLACE_AFTER = re.compile(
    r"[ \t]+(?:Plaza|Square|Street|Road|Avenue|Lane|Tower|Towers|Building|Bridge|Airport|"
    r"Stadium|Arena|Mall|Station|Beach|Bay|Lake|Island|Islands|State|County|Valley|Park|"
    r"Dam|Falls|Mountains|Hills)\b")
# A famous bearer's works after the name: "Herzog's documentaries", "Strauss' Walzer"
_WORKS_AFTER = re.compile(
    r"(?i)(?:['’]s?|s)?[ \t]+(?:(?:early|late|later|famous|best|great|frühe[nr]?|späte[nr]?|"
    r"berühmte[nr]?|große[nr]?)[ \t]+)?(?:documentar(?:y|ies)|films?|movies?|novels?|"
    r"operas?|symphon(?:y|ies)|waltz(?:es)?|songs?|albums?|paintings?|poems?|plays|jeans|"
    r"\w*filme?|romane?|opern?|sinfonien?|symphonien?|walzer|lieder|gemälde|gedichte|"
    r"theaterstücke|dramen|discover(?:y|ies)|inventions?|entdeckungen?|erfindungen?)\b")
# A football club's result: "Santos hat gegen Flamengo verloren", "Santos beat Palmeiras"
_RESULT_AFTER = re.compile(
    r"(?i)(?:[ \t]+(?:hat|hatte|haben)[ \t]+(?:\w+[ \t]+)?(?:gegen|against)[ \t]+(?-i:[A-ZÄÖÜ])"
    r"[\w-]+[ \t]+(?:\d+[ \t]*[:–-][ \t]*\d+[ \t]+)?(?:verloren|gewonnen|gespielt|"
    r"unentschieden)|[ \t]+(?:beat|defeated|thrashed|lost(?:[ \t]+\d+[–:-]\d+)?[ \t]+"
    r"(?:to|against)|drew[ \t]+(?:with|against)|won[ \t]+against)[ \t]+(?-i:[A-Z])[\w-]+"
    r"(?:[ \t]+\d+[ \t]*[:–-][ \t]*\d+)?|[ \t]+\d+[ \t]*:[ \t]*\d+\b)")
# A game that is played: "Wer Memory spielt, …", "we played Memory", "a round of Memory"
_PLAYED_AFTER = re.compile(r"(?i)[ \t]+(?:spielt|spielen|spielte|spielten|gespielt|"
                           r"zu[ \t]+spielen)[ \t]*(?:[,.;:!?–—)]|$)")
_PLAYED_BEFORE = re.compile(r"(?i)\b(?:play|plays|played|playing|spielen|spielt|"
                            r"(?:a|one)[ \t]+(?:round|game)[ \t]+of|eine[ \t]+Runde)[ \t]+$")
# A lower-case adjective between an article (or an adverb of degree) and a noun: "eine noble
# Geste", "a precious resource", "ein sehr nobler Zug"
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|this|that|such|very|quite|really|truly|most|more|ein|eine|einen|"
    r"einem|einer|eines|der|die|das|den|dem|des|sehr|ganz|wirklich|äußerst|"
    r"solche[nrms]?|diese[nrms]?)[ \t]+$")
# At a sentence's start, an adjective, participle or preposition, not a subject: "Given the
# floods", "Lucky for us", "Precious little has changed", "Innocent enough"
_NO_SUBJECT_AFTER = re.compile(
    r"(?i)[ \t]+(?:the|a|an|that|these|those|its|their|our|recent|current|until|"
    r"for[ \t]+(?:us|me|them|him|her|everyone|all|once)|enough|little|indeed)\b|"
    r"[ \t]+of[ \t]+(?:the[ \t]+(?-i:[a-z0-9])|(?!the\b)(?-i:[a-z0-9]))")  # "Memory of the
# 2019 floods", not "Memory of the Red Cross asked"
_SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+|\n\s*|[\"“„(]\s*)$")
# A German predicate noun: "ist Gift für das Vertrauen", "Das wäre pures Gift für …"
_COPULA_BEFORE = re.compile(
    r"(?i)\b(?:ist|sind|war|waren|wäre|wären|bleibt|bleiben|wird|werden|is|are|was|were)"
    r"[ \t]+(?:(?:doch|ja|eben|einfach|schlicht|geradezu|regelrecht|wirklich|echt|nur|auch|"
    r"pures|reines|echtes|wahres|das[ \t]+reinste|absolutes|totales|a|an|pure|real|true)"
    r"[ \t]+){0,3}$")
_FOR_AFTER = re.compile(r"(?i)[ \t]+(?:für|fürs|gegen|for|to)\b")
# An adjective before a plural noun and verb: "Honest answers … are rare"
_PLURAL_PHRASE_AFTER = re.compile(r"[ \t]+[a-z]{3,}s\b[^.!?;:,\n]{0,60}?\b(?:are|were|have|"
                                  r"remain|don't|do[ \t]+not)\b")
def _names_a_kind(text: str, start: int, end: int) -> bool:
    """A named storm, paper, game, ship, place or work, or an epithet: the thing."""
    pair = _PAIR_AFTER.match(text, end) or _PAIR_BEFORE.search(text, max(0, start - 40), start)
    if pair and _KINDS_ARE.match(text, pair.end() if pair.start() >= end else end):
        return True  # "Santos and Flamengo are Brazilian football clubs"
    return bool(_KIND_BEFORE.search(text, max(0, start - 30), start)
                or _KIND_AFTER.match(text, end) or _EPITHET_AFTER.match(text, end)
                or _PLACE_AFTER.match(text, end) or _WORKS_AFTER.match(text, end)
                or _KIND_NOUN_AFTER.match(text, end)
                or _RESULT_AFTER.match(text, end) or _PLAYED_AFTER.match(text, end)
                or _PLAYED_BEFORE.search(text, max(0, start - 25), start))


# A pair of capitalised words said to be things of a kind: "Santos and Flamengo are clubs",
# "Katrina und Sandy waren teure Hurrikans"
_PAIR_AFTER = re.compile(r"[ \t]+(?:and|und|or|oder|&)[ \t]+[A-ZÄÖÜ][\w-]*")
_PAIR_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]*[ \t]+(?:and|und|or|oder|&)[ \t]+$")
_KINDS_ARE = re.compile(
    r"(?i)[ \t]+(?:are|were|sind|waren)[ \t]+(?:(?:both|all|two|beide|zwei|alle|also|auch)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,3}?(?:\w*clubs|teams|cities|towns|villages|brands|firms|companies|"
    r"newspapers|papers|hurricanes|storms|cyclones|rivers|games|films|songs|\w*vereine|"
    r"\w*clubs|städte|orte|dörfer|marken|firmen|zeitungen|hurrikans|stürme|zyklone|flüsse|"
    r"spiele|filme|lieder|birds|animals|species|\w*vögel|\w*tiere|vogelarten|tierarten|"
    r"plants|trees|flowers|pflanzen|bäume|blumen)\b")

# German weather nouns that are surnames, in the grammar of weather: after a preposition or
# verb of weather ("bei Regen", "brachte Regen"), or before a verb of weather, also as a pair
# ("Sturm tobte", "Regen und Wind haben die Ernte vernichtet"; not "… haben recht")
_WEATHER = frozenset({"sturm", "regen", "wind", "hagel", "nebel", "blitz", "donner", "schnee",
                      "frost", "wolke", "orkan", "tau", "reif", "eis", "gewitter", "hitze",
                      "kälte", "kaelte", "sonne", "sonnenschein", "wetter"})
_WEATHER_BEFORE = re.compile(
    r"(?i)\b(?:bei|trotz|ohne|wegen|durch|brachte|bringt|bringen|brachten|gab|gibt|fiel|"
    r"fällt|kam|kommt|droht|drohen|erwartet|angekündigt|viel|wenig|starker|starkem|"
    r"heftiger|heftigem)[ \t]+$")
_WEATHER_AFTER = re.compile(
    r"(?i)(?:[ \t]+(?:und|oder|&)[ \t]+(?-i:[A-ZÄÖÜ])\w+)?[ \t]+(?:fiel|fällt|fallen|fielen|"
    r"tobt|tobte|wütet|wütete|peitscht|peitschte|zieht|zog|zogen|ziehen|regnet|kam|kommt|"
    r"kamen|setzte|setzt|droht|drohen|(?:hat|haben|hatte|hatten)[ \t]+(?:[\w-]+[ \t]+){0,5}?"
    r"(?:zerstört|vernichtet|verwüstet|abgedeckt|beschädigt|überflutet|überschwemmt|"
    r"getroffen|ausgelöst|gebracht|verdorben|entwurzelt|lahmgelegt))\b")


def _weather_sense(text: str, start: int, end: int, word: str) -> bool:
    """A German weather noun in the grammar of weather (``_WEATHER``)."""
    if fold(word, german=True) not in _WEATHER and fold(word) not in _WEATHER:
        return False
    if not word[:1].isupper() or looks_like_english(text):
        return False
    pair_before = _PAIR_BEFORE.search(text, max(0, start - 30), start)
    after_from = end
    if pair_before:
        first = re.match(r"[A-ZÄÖÜ][\w-]*", text[pair_before.start():])
        if first is None or fold(first.group(), german=True) not in _WEATHER:
            return False
        return bool(_WEATHER_AFTER.match(text, after_from))  # "Regen und Wind haben …"
    return bool(_WEATHER_BEFORE.search(text, max(0, start - 20), start)
                or _WEATHER_AFTER.match(text, end))


def _time_sense(text: str, start: int, end: int, word: str) -> bool:
    """A weekday or month in a phrase of time: "on Sunday", "Anfang Mai", "Sunday night"."""
    if fold(word, german=True) not in _TIME_WORDS and fold(word) not in _TIME_WORDS:
        return False
    if _POSSESSIVE_AFTER.match(text, end) and not _TIME_POSSESSIVE_AFTER.match(text, end):
        return False  # "On Sunday's question about fees": the participant's question
    if _TIME_BEFORE.search(text, max(0, start - 20), start) or _TIME_AFTER.match(text, end):
        return True
    joined = (_TIME_JOINED_AFTER.match(text, end),
              _TIME_JOINED_BEFORE.search(text, max(0, start - 20), start))
    return any(m is not None and fold(m.group(1), german=True) in _TIME_WORDS
               for m in joined)


def _adjective_sense(text: str, start: int, end: int, word: str) -> bool:
    """An adjective, participle, preposition or predicate noun, not a person."""
    if word.lower() not in WORD_LIKE_NAMES:
        return False  # a word of no kind ("Felix that point …" is addressed)
    if word.islower() and _DETERMINER_BEFORE.search(text, max(0, start - 12), start) and (
            re.match(r"[ \t]+[A-ZÄÖÜ]", text[end:end + 2]) and not looks_like_english(text)
            or re.match(r"[ \t]+(?!and\b|or\b|but\b)[a-z]{3,}", text[end:end + 5])
            and looks_like_english(text)):
        return True  # "eine noble Geste", "a precious resource"
    if (word[:1].isupper() and looks_like_english(text)
            and _SENTENCE_START.search(text, max(0, start - 6), start)
            and _NO_SUBJECT_AFTER.match(text, end)):
        return True  # "Given the floods", "Lucky for us", "Precious little"
    return bool(not looks_like_english(text)
                and _COPULA_BEFORE.search(text, max(0, start - 40), start)
                and _FOR_AFTER.match(text, end))  # "ist Gift für das Vertrauen"


def _english_plural(matcher: NameMatcher, text: str, start: int, end: int, word: str) -> bool:
    """An English plural of a word-like name, not a German genitive ("Cranes nest along the
    river", "Storms are stronger"), or an adjective before a plural noun and its verb at a
    sentence's start ("Honest answers … are rare")."""
    if not word[:1].isupper() or not looks_like_english(text):
        return False
    low = word.lower()
    if (low.endswith("s") and low not in matcher._index and low[:-1] in WORD_LIKE_NAMES):
        return True
    return bool(low in WORD_LIKE_NAMES and _SENTENCE_START.search(text, max(0, start - 6), start)
                and _PLURAL_PHRASE_AFTER.match(text, end))


def ordinary_sense(matcher: NameMatcher, text: str, hit: _Hit) -> bool:
    """Whether the lone roster name part of *hit* means a thing, a time, a quality or
    somebody else by the shapes of this module's doc (the caller vetoes it)."""
    start, end, fuzzy = hit.start, hit.end, hit.fuzzy
    word = text[start:end]
    parts = [p for p in hit.parts if p.kind != "particle"]
    if _english_plural(matcher, text, start, end, word):
        return True
    own_given = {g for p in parts for g in matcher._given[p.entry]}
    entries = {p.entry for p in parts}
    is_given = any(p.kind == "given" for p in parts)
    is_family = any(p.kind == "family" for p in parts)
    if fuzzy and is_given and another_given_name(word, own_given):
        return True
    if _names_a_kind(text, start, end) or _time_sense(text, start, end, word):
        return True
    if not fuzzy and _weather_sense(text, start, end, word):
        return True
    if not fuzzy and _adjective_sense(text, start, end, word):
        return True
    if listed_as_names(text, start, end):
        return True
    if is_given and not is_family and word[:1].isupper() and before_country(text, end):
        return True
    if not is_family:
        return False

    def own_particle(w: str) -> bool:
        return any(p.kind == "particle" and p.entry in entries for p in matcher._index.get(w, ()))

    def namesake_at(at: int) -> bool:
        return namesake_before(text, at, own_given, own_particle)

    return namesake_at(start) or not is_given and namesake_named_before(
        matcher, text, start, word, parts, namesake_at)


# A typo the writer corrects: "Kranisch – pardon, Kranich –", "Mensha, sorry, Mensah"
_CORRECTED_AFTER = re.compile(
    r"(?i)[ \t]*[–—,(-]?[ \t]*(?:pardon|sorry|sorri|entschuldigung|i[ \t]+mean|ich[ \t]+meine|"
    r"äh|ähm|oops|korrektur|correction|typo)[ \t]*[,:;]?[ \t]+([^\W\d_]+)")
# German "an <name>" after a verb of building on, or a message to the person
_AN_BEFORE = re.compile(r"(?i)\b(?:(?:frage|fragen|rückfrage|dank|gruß|grüße|bitte|mail|"
                        r"nachricht|appell)[ \t]+)?an[ \t]+$")
_AN_VERB_AFTER = re.compile(r"(?i)[ \t]+(?:(?:gern|gerne|kurz|direkt|noch)[ \t]+)?"
                            r"(?:anknüpfen|anschließen|anschliessen|weitergeben|weiterleiten|"
                            r"weitergereicht|gerichtet|erinnern|wenden|richten|"
                            r"knüpfen|schließen|an)\b")
_MESSAGE_AN_BEFORE = re.compile(r"(?i)\b(?:frage|fragen|rückfrage|dank|gruß|grüße|bitte|"
                                r"appell)[ \t]+an[ \t]+$")


def named_in_passing(text: str, start: int, end: int, fuzzy: bool,
                     parts: Sequence[_Part], index: Mapping[str, Any]) -> bool:
    """Whether a lone name part that other rules would reject is the person: a typo the
    writer corrects to the participant's name, or a German ``an <name>`` after a verb of
    building on or in a message to them."""
    entries = {p.entry for p in parts}
    if fuzzy:
        m = _CORRECTED_AFTER.match(text, end)
        return bool(m and any(p.entry in entries and p.kind != "particle"
                              for p in index.get(fold(m.group(1)), ())))
    if looks_like_english(text) or not text[start:start + 1].isupper():
        return False
    if not _AN_BEFORE.search(text, max(0, start - 20), start):
        return False
    return bool(_AN_VERB_AFTER.match(text, end) or _MESSAGE_AN_BEFORE.search(
        text, max(0, start - 20), start) and re.match(r"[ \t]*[:,.!?]", text[end:end + 2]))
