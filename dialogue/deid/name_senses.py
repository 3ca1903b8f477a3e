"""Senses of a roster name that are not the participant: a trade, fiction, plain words.

Small decisions of the name finder (``names.py``), each a function of the text around a
run of name words:

- ``other_sense``: a plural noun ("Schneider sind kaum zu finden"), a noun after a
  contracted preposition ("Im Park"), another namesake ("einem anderen Hernández"), a word
  in quotation marks (everyone knows "Meister"), or a trade (below);
- ``meant_as_trade``: a surname that is also a trade is the trade after an indefinite
  article ("Ein Müller in Franken"), after a German definite one ("Der Müller in unserem
  Dorf") or in a list of trades ("Schneider, Schuster,
  Bäcker"), unless its neighbour in the list is a roster name as well;
- ``in_fiction``: a namesake in a book or film ("Herr Weber aus dem Kinderbuch");
- ``lower_case_full_name``: "frank wolf said" is a participant written in lower case,
  "we will grant" (roster Will Grant) is words;
- ``is_form_of_address``: "frau weber" is a name, "the minister will" is a role and a verb;
- ``spoken_of_as_word``: a name talked about as a word ("Demir means iron", "Kaya is also
  a popular name for horses", "Müller ist der häufigste Nachname");
- ``disclaimed``: a sentence that says the person is not the participant ("Mr Fischer
  from the port authority – no relation to anyone here", "gemeint ist der Portier, nicht
  unser Kollege", "Khalid, a Jordanian friend of mine").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .gazetteer import COUNTRIES
from .name_context import fold, looks_like_english
from .name_words import COMMON_FIRST_NAMES, REPORTING_VERBS, TRADE_WORDS, WORD_LIKE_NAMES

_TRADES = frozenset(fold(w) for w in TRADE_WORDS)
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:ein|eine|einen|einem|einer|kein|keine|keinen|"
                                r"a|an|every|jeder|jede)\s+(?:[a-zäöüß][\w-]*\s+)?$")
_LIST_NEXT = re.compile(r"\s*(?:,|/|&|\s(?:und|oder|and|or)\s)\s*([^\W\d_]+)")
_LIST_PREV = re.compile(r"([^\W\d_]+)\s*(?:,|/|&|\s(?:und|oder|and|or)\s)\s*$")
# A character of a book or film: "Herr Weber aus dem Kinderbuch", "Mr Fisher from the novel"
_FICTION_AFTER = re.compile(
    r"(?i)\s+(?:aus\s+(?:dem|der|einem|einer)|in\s+(?:dem|der|einem|einer)|im|from\s+(?:the|a)|"
    r"in\s+(?:the|a))\s+(?:[\w-]+\s+)?(?:\w*(?:buch|roman|film|märchen|serie|comic|stück|"
    r"spiel|krimi|sitcom)|book|novel|film|movie|story|series|show|play|cartoon|fairy\s+tale|"
    r"sitcom|song)\b")
# Words after which a lower-case "will grant" or "frank wolf" is an ordinary phrase.
_NOT_BEFORE_LOWER_NAME = {
    "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "to", "will",
    "would", "can", "could", "should", "shall", "must", "may", "might", "do", "does", "did",
    "not", "please", "ich", "wir", "sie", "er", "es", "man", "nicht", "also", "just"}
# Titles that are forms of address ("frau weber" is a name); after a role written in lower
# case a lower-case word-like name is a word ("the minister will announce").
_ADDRESS = re.compile(r"(?i)(?:frau|herr|herrn|mr|mrs|ms|mx|miss|dr|prof)\.?\s*$")


# A lone name followed by a plural verb is a plural noun ("Schneider sind kaum zu finden"),
# unless a list or pair makes it one of several people ("Kaya und Ewa haben").
_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:sind|waren|haben|hatten|werden|wurden|können|müssen|"
                                r"sollen|dürfen|wollen|are|were)\b")
_JOINED_BEFORE = re.compile(r"(?i)(?:,|&|/|\b(?:und|and|oder|or|sowie))\s*$")
# A German contracted preposition holds the article: "Im Park", "im Rahmen", "zum Koch".
_CONTRACTED_BEFORE = re.compile(r"(?i)(?<!\bI\s)\b(?:im|am|zum|zur|vom|beim|ins|ans|aufs|"
                                r"übers)\s+$")  # not English "I am Hope"
_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:der|den|dem|des)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es|"
                              r"em)\s+)?$")  # "Der Müller in unserem Dorf", "den alten Weber"
# Another person of the same name: "von einem anderen Hernández", "another Fischer".
_ANOTHER_BEFORE = re.compile(r"(?i)\b(?:another|a\s+different|ein(?:e[mnrs]?)?\s+"
                             r"ander(?:e[mnrs]?)?)\s+$")
# A word in quotation marks is talked about: everyone knows "Meister", „Demir" heißt Eisen.
_QUOTE_BEFORE = re.compile(r"[\"„“‚‘«»']$")
_QUOTE_AFTER = re.compile(r"[\"“”‘’«»'](?!s\b)")  # not a possessive: „Frank’s Vorschlag“


# Somebody outside the room introduced by name: "ein Bekannter namens X", "a guy called X".
_NAMED_BEFORE = re.compile(r"(?i)(?:\b(?:(?:a|an|one|some|ein\w*)\s+(?:[\w-]+\s+){0,2}|"
                           r"(?:someone|somebody|jemand\w*)\s+)(?:named|called|genannt)|"
                           r"\bnamens)\s+$")
# A fixed phrase that repeats a noun around a preposition: "Hand in Hand", "step by step".
_REPEATED = r"[ \t]+(?:auf|für|um|an|zu|in|über|nach|by|after|for|to|upon|on)[ \t]+"
# Lower-case pairs of words: "klein und fein", "kurz und bündig" (not "frank und ich").
_LOWER_PAIR = re.compile(r"[ \t]+(?:und|and|oder|or)[ \t]+([a-zäöüß]{3,})\b")
_NOT_PAIR_WORDS = {"ich", "mich", "mir", "wir", "uns", "ihr", "sie", "er", "his", "her",
                   "their", "our", "the", "you", "she", "they", "seine", "ihre", "others",
                   "co", "team", "kollegen", "colleagues"}


def _fixed_phrase(text: str, start: int, end: int, word: str,
                  roster_index: Mapping[str, Any]) -> bool:
    """ "Tag für Tag", "klein und fein": the name word inside a fixed phrase."""
    again = re.escape(word)
    if (re.match(_REPEATED + again + r"\b", text[end:end + len(word) + 12])
            or re.search(r"\b" + again + _REPEATED + "$", text[max(0, start - 30):start])):
        return True
    pair = _LOWER_PAIR.match(text, end) if word.islower() and word in WORD_LIKE_NAMES else None
    return bool(pair and pair.group(1) not in _NOT_PAIR_WORDS
                and fold(pair.group(1)) not in roster_index
                and pair.group(1) not in COMMON_FIRST_NAMES)  # not "frank and peter said"


# A lone name after "in" is a place ("the queue in Pristina", "Wartezeiten in Pristina"),
# unless a possessive makes it a person's ("in Hope's view").
_IN_BEFORE = re.compile(r"(?i)\bin[ \t]+$")
_PLACE_BEFORE = re.compile(r"(?i)\b(?:aus|nach|via|near|nahe|across|around)[ \t]+$")
_POSSESSIVE_NEXT = re.compile(r"['’]s?\b")
# A name that is an exclamation of its own: "Joy! The page loaded.", "Glory!"
_LINE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
_EXCLAMATIONS = frozenset({"joy", "glory", "mercy", "bliss", "heaven", "hallelujah", "bravo",
                           "amen", "bingo"})
# Idioms with a word that is a name: "in good faith", "Ehrlich gesagt", "Kurz gesagt",
# "political will", "saving grace", "grace period", "Klein beigeben".
_IDIOM = re.compile(
    r"(?i)\b(?:(?:good|bad)[- ]faith|(?:ehrlich|kurz|offen|grob|frank)\s+gesagt|ganz\s+ehrlich|"
    r"ehrlich\s+zu\s+sein|frankly\s+speaking|(?:political|free|good|ill)\s+will|at\s+will|"
    r"saving\s+grace|grace\s+period|beyond\s+hope|klein\s+beigeben|über\s+kurz\s+oder\s+lang|"
    r"(?:to\s+)?be\s+frank|frank\s+und\s+frei|kurz\s+und\s+(?:gut|bündig|knapp)|"
    r"klein,?\s+aber\s+fein|question\s+mark|mark\s+my\s+words|(?:miss|missed|hit)\s+the\s+mark)\b")
# A company named after a person: "Schneider Electric", "Bosch Gruppe", "Weber GmbH".
_FIRM_AFTER = re.compile(
    r"[ \t]+(?:Electric|Electronics|Group|Gruppe|Holding|AG|GmbH|SE|KG|Inc|Ltd|LLC|PLC|"
    r"Consulting|Logistics|Logistik|Motors|Pharma|Energy|Energie|Systems|Technologies|"
    r"Solutions|Industries|Werke|Foods|Automotive|Engineering|(?:&|und)\s+(?:Partner|Söhne|"
    r"Sons|Co)\b)")
# A word-like surname as a noun after "als" with a genitive or object: "spielt sich als Jäger
# der Schleuser auf", "als Vogel des Jahres".
_ALS_BEFORE = re.compile(r"(?i)\bals[ \t]+$")
_WORD_BEFORE_ALS = re.compile(r"(?<![,;:–—(])[ \t]([^\W\d_]+)[ \t]+(?-i:als)[ \t]+$")
_NOT_BEFORE_ROLE_ALS = frozenset({"so", "sowohl", "genauso", "ebenso", "doppelt", "nichts",
                                  "niemand", "keiner", "andere", "anderes", "viel", "weit"})
_NOUN_OBJECT_AFTER = re.compile(r"[ \t]+(?:der|des|eines|einer|aller|für|gegen|von|vom)\b")


def _idiom(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end()
               for m in _IDIOM.finditer(text, max(0, start - 25), min(len(text), end + 25)))


def common_word_sense(text: str, start: int, end: int, word: str,
                      roster_index: Mapping[str, Any]) -> bool:
    """Whether a lone name is a place after "in", an exclamation ("Joy!"), part of an idiom
    ("in good faith", "Ehrlich gesagt"), a firm ("Schneider Electric") or a noun after
    "als" ("als Jäger der Schleuser")."""
    folded = fold(word)
    genitive = folded[-1:] == "s" and folded[:-1] in roster_index
    if word[:1].isupper() and not genitive and not _POSSESSIVE_NEXT.match(text, end) and (
            _IN_BEFORE.search(text, max(0, start - 5), start)
            or folded not in roster_index and _PLACE_BEFORE.search(text, max(0, start - 7), start)):
        return True  # "in Pristina"; a near-miss of a name after "aus", "nach": "aus Pristina"
    if folded in _EXCLAMATIONS and text[end:end + 1] == "!" and _LINE_START.search(
            text, max(0, start - 5), start):
        return True
    if _FIRM_AFTER.match(text, end) or _idiom(text, start, end):
        return True
    if not (word.lower() in WORD_LIKE_NAMES and _ALS_BEFORE.search(text, max(0, start - 6), start)):
        return False
    if _NOUN_OBJECT_AFTER.match(text, end):
        return True
    # "arbeitet als Koch in einem Hotel": a job or role, unless "als" compares ("besser als
    # Koch", "mehr als Vogel") or opens a clause ("…, als Vogel das vorstellte")
    before = _WORD_BEFORE_ALS.search(text, max(0, start - 40), start)
    return bool(before and not before.group(1).lower().endswith(("er", "hr", "anders", "eher"))
                and before.group(1).lower() not in _NOT_BEFORE_ROLE_ALS)


def other_sense(text: str, start: int, end: int, word: str,
                roster_index: Mapping[str, Any]) -> bool:
    """Whether a lone name at ``text[start:end]`` (without a title) means no participant:
    a trade, a plural noun, a noun after a contracted preposition, another namesake, a
    word in quotation marks, somebody introduced by name ("ein Bekannter namens X") or a
    fixed phrase ("Tag für Tag", "klein und fein")."""
    window = max(0, start - 40)
    if (_PLURAL_VERB_AFTER.match(text, end) and not _JOINED_BEFORE.search(text, window, start)
            or _CONTRACTED_BEFORE.search(text, window, start)
            or _ANOTHER_BEFORE.search(text, window, start)
            or _NAMED_BEFORE.search(text, max(0, start - 70), start)
            or _fixed_phrase(text, start, end, word, roster_index)
            or _QUOTE_BEFORE.search(text, window, start) and _QUOTE_AFTER.match(text, end)
            or common_word_sense(text, start, end, word, roster_index)
            or german_noun_sense(text, start, end, word)
            or word_list(text, start, end)):
        return True
    return meant_as_trade(text, start, end, word, roster_index)


def meant_as_trade(text: str, start: int, end: int, word: str,
                   roster_index: Mapping[str, Any]) -> bool:
    """Whether the surname *word* at ``text[start:end]``, also a trade, means the trade."""
    if fold(word) not in _TRADES:
        return False
    if _INDEFINITE_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _DEFINITE_BEFORE.search(text, max(0, start - 40), start):
        return True
    for m in (_LIST_NEXT.match(text, end), _LIST_PREV.search(text, max(0, start - 40), start)):
        if m and fold(m.group(1)) in _TRADES and fold(m.group(1)) not in roster_index:
            return True
    return False


def in_fiction(text: str, end: int) -> bool:
    """Whether the name ending at *end* is followed by "aus dem Kinderbuch", "in the novel"."""
    return bool(_FICTION_AFTER.match(text, end))


def is_form_of_address(title: str) -> bool:
    return bool(_ADDRESS.search(title))


def lower_case_full_name(text: str, start: int, first_kinds: Sequence[str],
                         last_kinds: Sequence[str]) -> bool:
    """A given name, then a family name of the same participant, not after a pronoun or a
    verb: "frank wolf said" is Frank Wolf, "we will grant" (roster Will Grant) is words."""
    prev = re.search(r"([^\W\d_]+)\W*$", text[max(0, start - 30):start])
    if prev and prev.group(1).lower() in _NOT_BEFORE_LOWER_NAME:
        return False
    return "given" in first_kinds and "family" in last_kinds


# A name as a word: "X means ...", "X heißt Stern", "X is (also) the/a ... name/word for".
# Also behind a closing quote, for a pair ("Hope and Grace are the names of …") and with an
# adverb ("Meister ist übrigens das Stichwort").
_AS_WORD_AFTER = re.compile(
    r"(?i)[\"“”’']?(?:\s+(?:and|und|&)\s+[^\W\d_]+)?[ \t]+(?:means|meant|stands\s+for|heißt|"
    r"hieß|bedeutet|(?:is|was|are|were|ist|war|sind|waren)\s+(?:(?:also|auch|just|nur|"
    r"übrigens|by\s+the\s+way|eigentlich|really)\s+)?(?:the|a|an|der|die|das|ein|eine|ein\s+sehr)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:sur|first\s+|family\s+|given\s+)?names?|words?|terms?|"
    r"keywords?|buzzwords?|(?:nach|vor|familien|ruf)?namen?|wort|begriff|stichwort|"
    r"schlagwort)\b|(?:(?:hat|ist|is|works|klingt|sounds)\s+)?(?:als|as\s+an?)\s+"
    r"(?:(?:first|given|family|sur)\s*name|(?:vor|nach|familien|ruf)name)\b)")
# A sentence about names as names: "der häufigste Nachname", "a common surname".
_ABOUT_NAMES = re.compile(
    r"(?i)\b(?:häufigst\w*|verbreitetst\w*|most\s+common|commonest|popular|beliebtest\w*)"
    r"\s+(?:[\w-]+\s+)?(?:sur|family\s+|first\s+)?(?:names?|(?:nach|vor|familien)namen?)\b")
# The writer says the person named is somebody else.
_DISCLAIMER = re.compile(
    r"(?i)\b(?:no\s+relation|not\s+related\s+to|not\s+(?:our|the)\s+(?:colleague|"
    r"participant|one\s+(?:here|in\s+the\s+room))|nothing\s+to\s+do\s+with\s+(?:anyone|"
    r"anybody|our|the\s+one|us)|(?:a|an|my)\s+(?:[\w-]+\s+)?(?:friend|neighbou?r|cousin|"
    r"uncle|aunt)\s+of\s+mine|nicht\s+verwandt|nicht\s+(?:mit\s+)?(?:unser\w*|dem|der)\s+"
    r"Kolleg|nichts\s+zu\s+tun|gemeint\s+ist\s+(?:der|die|nicht)|kein(?:e|en)?\s+"
    r"(?:Verwandt|Kolleg)\w*\s+(?:von\s+)?(?:uns|hier))")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
               default=max(0, start - 300))
    right = _SENTENCE_END.search(text, end, end + 300)
    return text[left:right.start() if right else end + 300]


# Names as such in a sentence: "surnames", "Nachnamen", "first names", "Vornamen".
_NAME_NOUN = re.compile(r"(?i)\b(?:(?:sur|first\s+|family\s+|given\s+|last\s+)names?|"
                        r"(?:nach|vor|familien|ruf)namen?)\b")
# A list of three capitalised words with the name among them: "Klein, Braun, Sommer –".
_CAPITAL_LIST = re.compile(r"[A-ZÄÖÜ][\w-]*(?:\s*,\s*[A-ZÄÖÜ][\w-]*){2,}")


def spoken_of_as_word(text: str, start: int, end: int) -> bool:
    """Whether the lone name part at ``text[start:end]`` is talked about as a word, also in
    a list of names in a sentence about names ("Klein, Braun, Sommer – many surnames are
    ordinary words", "Meier, Müller, Schmidt sind die häufigsten Nachnamen")."""
    if _AS_WORD_AFTER.match(text, end):
        return True
    sentence = _sentence(text, start, end)
    if _ABOUT_NAMES.search(sentence):
        return True
    return bool(_NAME_NOUN.search(sentence) and any(
        m.start() <= start < m.end() for m in _CAPITAL_LIST.finditer(
            text, max(0, start - 120), min(len(text), end + 120))))


def disclaimed(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the name says it is somebody else ("no relation")."""
    return bool(_DISCLAIMER.search(_sentence(text, start, end)))


# Right after the name, a bare "(no relation)" to the famous bearer of the surname: the
# participant is meant ("R. Merkel (no relation) will …"), unlike "no relation to anyone
# here", which says the person named is not in the room.
_NAMESAKE_DISCLAIMED = re.compile(
    r"(?i)\s*[(,–—-]\s*(?:no\s+relation|not\s+related|nicht\s+verwandt)\b"
    r"(?!\s+(?:to|with|mit)\s+(?:anyone|anybody|our|us|the\s+one|any\s+of|unser\w*|"
    r"jemandem))")


def famous_namesake_disclaimed(text: str, end: int) -> bool:
    """ "R. Merkel (no relation, she insists)": a participant who shares a public figure's
    surname and disclaims the relation, so the participant is meant."""
    return bool(_NAMESAKE_DISCLAIMED.match(text, end))


_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-ZÄÖÜ][a-zäöü]?)\.\s?$")
_NOT_INITIALS = {"dr", "mr", "ms", "st", "nr", "no", "hr", "fr"}  # "Dr. Müller" is a title


def initial_before(text: str, start: int, given: set[str]) -> int | None:
    """Where "R. " or "Th. " begins before a surname when it abbreviates its participant's
    given name."""
    m = _INITIAL_BEFORE.search(text, max(0, start - 5), start)
    if not m or fold(m.group(1)) in _NOT_INITIALS:
        return None
    return m.start() if any(g.startswith(fold(m.group(1))) for g in given) else None


# --- Things that share a roster name (round 6) ------------------------------------------
# Big cities and companies whose names are also given names or surnames ("Florence",
# "Ford"): a list whose other members are such places or firms is a list of them.
KNOWN_PLACES = frozenset(fold(w) for w in (
    "Berlin", "Hamburg", "München", "Munich", "Köln", "Cologne", "Frankfurt", "Stuttgart",
    "Düsseldorf", "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Hanover",
    "Nürnberg", "Nuremberg", "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster",
    "Mannheim", "Karlsruhe", "Augsburg", "Wiesbaden", "Kiel", "Rostock", "Kassel", "Erfurt",
    "Mainz", "Magdeburg", "Freiburg", "Lübeck", "Potsdam", "Halle", "Chemnitz", "Aachen",
    "Regensburg", "Würzburg", "Ulm", "Jena", "Trier", "Passau", "Celle", "Emden", "Hof",
    "Schwerin", "Saarbrücken", "Osnabrück", "Oldenburg", "Göttingen", "Heidelberg",
    "Wien", "Vienna", "Zürich", "Zurich", "Genf", "Geneva", "Basel", "Bern", "Paris",
    "London", "Madrid", "Barcelona", "Lisbon", "Lissabon", "Rome", "Rom", "Milan", "Mailand",
    "Naples", "Neapel", "Turin", "Venice", "Venedig", "Athens", "Athen", "Amsterdam",
    "Rotterdam", "Brussels", "Brüssel", "Copenhagen", "Kopenhagen", "Stockholm", "Oslo",
    "Helsinki", "Warsaw", "Warschau", "Prague", "Prag", "Budapest", "Bucharest", "Bukarest",
    "Sofia", "Belgrade", "Belgrad", "Zagreb", "Sarajevo", "Tirana", "Pristina", "Skopje",
    "Kyiv", "Kiew", "Moscow", "Moskau", "Istanbul", "Ankara", "Izmir", "Dublin", "Manchester",
    "Birmingham", "Glasgow", "Edinburgh", "Marseille", "Lyon", "Palermo", "Lampedusa",
    "Lagos", "Accra", "Nairobi", "Mombasa", "Dakar", "Cairo", "Kairo", "Tunis", "Rabat",
    "Casablanca", "Addis", "Kampala", "Kinshasa", "Johannesburg", "Delhi", "Mumbai", "Dhaka",
    "Karachi", "Lahore", "Kabul", "Tehran", "Teheran", "Baghdad", "Bagdad", "Damascus",
    "Damaskus", "Beirut", "Amman", "Dubai", "Doha", "Manila", "Jakarta", "Bangkok", "Hanoi",
    "Beijing", "Peking", "Shanghai", "Tokyo", "Tokio", "Seoul", "Sydney", "Melbourne",
    "Toronto", "Montreal", "Vancouver", "Chicago", "Boston", "Houston", "Dallas", "Austin",
    "Denver", "Phoenix", "Atlanta", "Miami", "Seattle", "Lima", "Bogotá", "Bogota", "Quito",
    "Santiago", "Caracas", "Havana", "Mexico", "Florence", "Florenz", "Valencia", "Seville",
    "Sevilla", "Porto", "Geneva", "Lyon", "Bordeaux", "Toulouse", "Nice", "Nizza"))
KNOWN_COMPANIES = frozenset(fold(w) for w in (
    "Bosch", "Siemens", "BMW", "VW", "Volkswagen", "Audi", "Porsche", "Opel", "Ford", "Renault",
    "Peugeot", "Fiat", "Toyota", "Honda", "Daimler", "Mercedes", "BASF", "Bayer", "SAP",
    "Telekom", "Lufthansa", "Allianz", "Adidas", "Puma", "Aldi", "Lidl", "Rewe", "Edeka",
    "Amazon", "Google", "Apple", "Microsoft", "Tesla", "Miele", "Henkel", "Thyssenkrupp",
    "Continental", "DHL", "Zalando", "IKEA", "Nestlé", "Nestle", "Unilever", "Samsung",
    "Philips", "Nokia", "Ericsson", "Vodafone", "Airbus", "Boeing", "Uber", "Deliveroo",
    "Lieferando", "Netflix", "Spotify", "Meta", "Facebook", "Bertelsmann", "Zeiss", "Merck",
    "Fresenius", "Otto", "Tchibo", "Haribo", "Nivea", "Ferrari", "Lamborghini", "Chanel",
    "Dior", "Gucci", "Prada", "Armani", "Versace", "Benetton", "Zara", "Primark"))
_COUNTRY_NAMES = frozenset(fold(w) for c in COUNTRIES for w in c[:2]) | {
    "europe", "europa", "asia", "asien", "africa", "afrika", "america", "amerika"}
# The name is the subject of a copula that calls it a place, a firm or a character: "Ford is
# also a carmaker", "Florenz ist übrigens auch eine Stadt", "Sydney is where …", "Darcy in
# Pride and Prejudice is the character …", "Buddenbrook ist die Hauptfigur des Romans".
_THING_AFTER = re.compile(
    r"(?i)(?:[ \t]+(?:in|aus|from)(?:[ \t]+(?:(?-i:[A-Z])[\w'-]*|and|of|the|und|der|die|das))"
    r"{1,6}|[ \t]+(?:der|die|das|the)[ \t]+(?-i:[A-ZÄÖÜ])\w+)?[ \t]+(?:is|was|ist|war)"
    r"[ \t]+(?:(?:also|auch|übrigens|eigentlich|just|nur|really|ja|by\s+the\s+way)[ \t]+){0,3}"
    r"(?:a|an|the|eine?|die|der|das)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:city|town|village|port|"
    r"capital|region|river|mountain|island|state|country|province|county|brand|company|"
    r"carmaker|character|protagonist|hero|heroine|villain|book|novel|film|movie|song|"
    r"\w*stadt|ort|dorf|gemeinde|region|landschaft|fluss|insel|bundesstaat|staat|provinz|"
    r"\w*marke|firma|konzern|autobauer|\w*figur|held|heldin|\w*buch|roman|film|lied)\b|"
    r"[ \t]+is[ \t]+where\b|[ \t]+ist[ \t]+(?:dort|da),?"
    r"[ \t]+wo\b")
# A list of three or more capitalised words ("Mercedes, Bosch and Siemens"), and nouns that
# say what such a list holds when it is no list of people ("small towns", "die Tierwörter").
_ANY_LIST = re.compile(r"[A-ZÄÖÜ][\w-]*(?:[ \t]*,[ \t]*[A-ZÄÖÜ][\w-]*)+(?:,?[ \t]+(?:and|und|or|"
                       r"oder|&)[ \t]+[A-ZÄÖÜ][\w-]*)?")
_LIST_ITEM = re.compile(r"[A-ZÄÖÜ][\w-]*")
_CATEGORY_NOUN = re.compile(
    r"(?i)\b(?:words|\w*wörter\w*|begriffe?|vokabeln?|vocabulary|towns?|cities|villages?|"
    r"places|städte\w*|\w*städte|orte|dörfer\w*|gemeinden|brands?|marken|companies|firms|"
    r"firmen|konzerne|carmakers|autobauer|rivers|flüsse\w*|animals?|\w*tiere|birds|\w*vögel|"
    r"picture\s+books?|bilderb\w+|\w*blumen|flowers|pflanzen|plants|farben|colou?rs|fruits|"
    r"früchte|obst|gemüse|vegetables|herbs|kräuter|trees|bäume)\b")
_ADDRESSEE = re.compile(r"(?i:\b(?:you|your|du|dein\w*|euch|euer\w*)\b)|\b(?:Sie|Ihnen|Ihr)\b")
_NOT_LIST_WORDS = frozenset({"und", "and", "or", "oder"})


# A famous namesake by the office they held: "Brandt war Bundeskanzler", "Carter was
# President of the United States" (a participant is not introduced by a past head of state).
_HEAD_OF_STATE_AFTER = re.compile(
    r"[ \t]+(?:war|was|wurde|became)[ \t]+(?:(?:der|die|the|einst|once|later|später)[ \t]+)?"
    r"(?:Bundeskanzler(?:in)?|Reichskanzler|Kanzler(?:in)?|Chancellor|Bundespräsident(?:in)?|"
    r"US-Präsident(?:in)?|Präsident(?:in)?\s+der\s+USA|President\s+of\s+the\s+United\s+"
    r"States|Papst|Pope|Kaiser|Emperor|Prime\s+Minister|Premierminister(?:in)?)\b")


def names_a_thing(text: str, start: int, end: int, roster_index: Mapping[str, Any]) -> bool:
    """Whether the lone name at ``text[start:end]`` names a place, a firm or a character:
    the subject of "is a city / the character" (``_THING_AFTER``), or one of a list of three
    or more capitalised words whose other members are known places or firms and no roster
    name ("Florence, Rome and Naples", "Ford, Opel und Renault"), or whose sentence says
    what the list holds ("Specht, Dachs, Igel – the animal words", "Ulm, Hof, Celle: small
    towns")."""
    if _THING_AFTER.match(text, end) or _HEAD_OF_STATE_AFTER.match(text, end):
        return True
    for m in _ANY_LIST.finditer(text, max(0, start - 120), min(len(text), end + 120)):
        if not m.start() <= start < m.end():
            continue
        items = [w.group() for w in _LIST_ITEM.finditer(m.group())]
        others = [fold(w) for w in items if fold(w) != fold(text[start:end])
                  and w.lower() not in _NOT_LIST_WORDS]
        if len(others) < 2:
            return False
        if any(o in COMMON_FIRST_NAMES for o in others):
            return False
        sentence = _sentence(text, start, end)
        if _ADDRESSEE.search(sentence):
            return False  # "Ulm, Hof, Celle: your words" is said to people
        if _CATEGORY_NOUN.search(sentence):
            return True
        if any(o in roster_index for o in others):
            return False
        return any(o in KNOWN_PLACES or o in KNOWN_COMPANIES or o in _COUNTRY_NAMES
                   for o in others)
    return False


# A word glossed in another language: "Baraka, Swahili for blessing", "Imani (Swahili für
# Glaube)", "faith, or imani as they say in Mombasa", "Tailors, or Schneider, were …".
_LANGUAGE = (r"(?:Ki)?[Ss]wahili|Turkish|Türkisch|Arabic|Arabisch|Hebrew|Hebräisch|Latin|"
             r"Latein|Greek|Griechisch|Persian|Persisch|Farsi|Urdu|Hindi|Yoruba|Hausa|Igbo|Twi|"
             r"Wolof|Amharic|Amharisch|Somali|Tigrinya|Lingala|Zulu|Serbian|Serbisch|Albanian|"
             r"Albanisch|Polish|Polnisch|Russian|Russisch|Spanish|Spanisch|Italian|Italienisch|"
             r"French|Französisch|Portuguese|Portugiesisch|German|Deutsch|English|Englisch|Dutch|"
             r"Niederländisch|Kurdish|Kurdisch|Pashto|Dari|Tamil|Bengali")
_GLOSS_AFTER = re.compile(rf"[ \t]*[,(–—:][ \t]*(?:auf[ \t]+|in[ \t]+)?(?:{_LANGUAGE})[ \t]+"
                          r"(?:for|für|word\s+for|für\s+das\s+Wort)\b")
_SAY_AFTER = re.compile(r"(?i),?[ \t]+(?:as[ \t]+(?:they|people|we|you|one|locals)[ \t]+"
                        r"(?:say|call\s+it)|wie[ \t]+(?:man|sie)[ \t]+(?:in[ \t]+[\w-]+[ \t]+)?"
                        r"(?:sagt|sagen))\b")
_OR_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[,(][ \t]*(?:or|oder|auch|i\.\s?e\.|d\.\s?h\.)[ \t]+$")


def glossed(text: str, start: int, end: int, roster_index: Mapping[str, Any]) -> bool:
    """Whether the lone name is a word glossed or translated: "Baraka, Swahili for
    blessing", "faith, or imani as they say", "Tailors, or Schneider, were …" – but not
    "Alexandra, or Alex, as you prefer" (the word before "or" is a roster name)."""
    if _GLOSS_AFTER.match(text, end) or _SAY_AFTER.match(text, end):
        return True
    before = _OR_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and fold(before.group(1)) not in roster_index
                and fold(before.group(1)) not in COMMON_FIRST_NAMES
                and not before.group(1)[:1].islower()
                and text[end:end + 1] in {",", ")"})


# German: a noun after a preposition and an inflected adjective ("mit heiligem Zorn", "aus
# eigener Kraft"); a landscape or dish after a place's adjective ("die Pfälzer Wald…", "in
# der Leipziger Aue"); a trade as a predicate noun ("Mein Onkel war Maurer", "er ist Glaser").
_PREP_ADJECTIVE_BEFORE = re.compile(
    r"(?i)\b(?:mit|in|aus|von|vor|zu|bei|nach|ohne|unter|über|auf|an|für|gegen|durch|um)[ \t]+"
    r"(?!(?:unser|euer|mein|dein|sein|ihr|lieb)\w*\b)(?-i:[a-zäöüß]+(?:e|er|em|en|es))[ \t]+$")
_PLACE_ADJECTIVE_BEFORE = re.compile(
    r"(?:(?i:\b(?:der|die|das|den|dem|des|in|im|am|an|auf|aus|durch)[ \t]+)|^|[.!?]\s+)"
    r"([A-ZÄÖÜ][a-zäöüß]+er)[ \t]+$")
_AGENT_ENDINGS = ("leiter", "berater", "sprecher", "vertreter", "partner", "arbeiter",
                  "minister", "lehrer", "trainer", "helfer", "forscher", "betreuer", "vermittler",
                  "mitglieder", "bürger", "nachbar", "inhaber", "vorsitzender", "beauftragter",
                  "manager", "planer", "nutzer", "kenner", "vater", "mutter", "bruder",
                  "schwester", "tochter", "onkel", "kollege", "herr", "meister", "richter",
                  "pfarrer", "kanzler", "direktor", "referenten", "senator", "ober", "aber",
                  "oder", "über", "wieder", "immer", "später", "früher", "weiter", "unter",
                  "hinter", "außer", "sehr", "mehr", "leider", "sicher", "lieber", "hier")
_PREDICATE_BEFORE = re.compile(
    r"(?:\b(?i:ich|er|sie|du)|\b\w*(?i:vater|mutter|onkel|tante|bruder|schwester|sohn|"
    r"tochter|opa|oma|cousin|cousine|nachbar|nachbarin))[ \t]+(?:bin|bist|ist|war|wurde|wird|"
    r"bleibt|blieb)[ \t]+(?:(?:gelernte[rn]?|ausgebildete[rn]?|eigentlich|früher|mal|auch)"
    r"[ \t]+){0,3}$")


# An adverb before a German passive: "Scharf kritisiert wurde …", "Frisch renoviert wird …".
_PASSIVE_AFTER = re.compile(r"[ \t]+(?:ge)?[a-zäöüß]{3,}(?:t|en)[ \t]+(?:wurde|wurden|worden|"
                            r"wird|werden)\b")
# An English word-like surname joined to a lower-case noun: "Mills and factories",
# "Banks and insurers" (not "Mills and colleagues", "Banks and others").
_AND_NOUN_AFTER = re.compile(r"[ \t]+(?:and|or)[ \t]+([a-z]{3,})\b")


# German articles before a lone surname that make it a noun: an indefinite one ("Ein Dorn
# im Auge"), or a definite one before a genitive ("Der Kern des Problems").
_GERMAN_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:ein|eine|einen|einem|einer|eines|kein|keine|"
                                       r"keinen|keinem|keiner)[ \t]+$")
_GERMAN_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:der|die|das|den|dem)[ \t]+$")
_OPENING_ARTICLE_BEFORE = re.compile(r"(?:^|[.!?…]\s+|\n\s*)(?:Der|Die|Das)[ \t]+$")
_QUANTITY_BEFORE = re.compile(r"(?i)\b(?:viel|wenig|etwas|mehr|genug|reichlich)[ \t]+$")
_GENITIVE_AFTER = re.compile(r"[ \t]+(?:des|der|eines|einer)[ \t]+(?-i:[A-ZÄÖÜa-zäöüß])")


# "X und Y <verb>": the verb decides; people have, say and ask ("Roggen und Eichel haben
# recht"), crops are grown ("Roggen und Weizen werden angebaut")
_NOUN_PAIR_AFTER = re.compile(r"[ \t]+(?:und|oder)[ \t]+[A-ZÄÖÜ][\w-]*[ \t]+([a-zäöüß]+)\b")
_PEOPLE_DO = REPORTING_VERBS | {
    "haben", "sind", "hatten", "waren", "sagten", "meinten", "sehen", "fordern", "halten",
    "schlagen", "fragten", "betonten", "erklärten", "zeigten", "stimmen", "stimmten",
    "arbeiten", "kommen", "kamen", "leiten", "schreiben", "schrieben", "wollen", "möchten",
    "können", "konnten", "müssen", "sollten", "würden"}
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…:]\s+|\n\s*)$")


def noun_pair(text: str, start: int, end: int) -> bool:
    """Whether the name opens a sentence with a pair or list of capitalised words ("Roggen
    und Weizen werden …"; a cheap test before ``name_neighbours.neighbour``)."""
    pair = _NOUN_PAIR_AFTER.match(text, end)
    return bool(pair and pair.group(1).lower() not in _PEOPLE_DO
                and _SENTENCE_OPENS.search(text, max(0, start - 10), start))


def german_noun_sense(text: str, start: int, end: int, word: str) -> bool:
    """Whether the word-like surname is a German noun: after a preposition and an inflected
    adjective, after a place's "-er" adjective, or a trade as a predicate noun."""
    low = fold(word)
    if fold(word) in _TRADES and _PREDICATE_BEFORE.search(text, max(0, start - 50), start):
        return True
    if not word[:1].isupper() or looks_like_english(text):
        if word.lower() not in WORD_LIKE_NAMES or not word[:1].isupper():
            return False
    elif (_GERMAN_INDEFINITE_BEFORE.search(text, max(0, start - 12), start)
          or _GERMAN_DEFINITE_BEFORE.search(text, max(0, start - 8), start)
          and (_GENITIVE_AFTER.match(text, end)
               or _OPENING_ARTICLE_BEFORE.search(text, max(0, start - 12), start))
          or _QUANTITY_BEFORE.search(text, max(0, start - 12), start)):
        return True  # "Ein Dorn im Auge", "Die Wolke über dem …", "mit viel Sonnenschein"
    if word.lower() not in WORD_LIKE_NAMES:
        return False
    if _PASSIVE_AFTER.match(text, end):
        return True
    noun = _AND_NOUN_AFTER.match(text, end)
    if noun and noun.group(1) not in _NOT_PAIR_WORDS and noun.group(1) not in {
            "i", "me", "colleagues", "others", "partners", "friends", "staff", "team"}:
        return True
    if _PREP_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start):
        return True
    place = _PLACE_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
    return bool(place and not place.group(1).lower().endswith(_AGENT_ENDINGS)
                and low not in _TRADES)


# A lower-case list of word-like names before a plural copula is a list of nouns: "patience,
# grace and hope are no strategy", "glück und segen sind …" (but "grace and hope are right").
_LOWER_LIST = re.compile(r"[a-zäöüß]+(?:[ \t]*,[ \t]*[a-zäöüß]+)*,?[ \t]+(?:and|und|or|oder)"
                         r"[ \t]+[a-zäöüß]+")
_PLURAL_COPULA_AFTER = re.compile(
    r"[ \t]+(?:are|were|sind|waren)[ \t]+(?!(?:right|correct|wrong|here|there|away|online|"
    r"recht|hier|da|dabei|weg|online|zugeschaltet|einverstanden|agreed)\b)")


def word_list(text: str, start: int, end: int) -> bool:
    """Whether the lower-case name is one of a list of word-like names before a plural
    copula ("patience, grace and hope are not a plan")."""
    if not text[start:end].islower():
        return False
    for m in _LOWER_LIST.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() <= start < m.end():
            items = [w for w in re.findall(r"[^\W\d_]+", m.group())
                     if w not in {"and", "und", "or", "oder"}]
            return (all(w in WORD_LIKE_NAMES for w in items)
                    and bool(_PLURAL_COPULA_AFTER.match(text, m.end())))
    return False
