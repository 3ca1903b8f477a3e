"""A word-like roster name used as a noun: a German noun after an article, a preposition
and an inflected adjective or a place's "-er" adjective, a trade as a predicate noun
("Mein Onkel war Maurer"), a pair of nouns opening a sentence ("Roggen und Weizen werden
angebaut") and a lower-case list of words ("patience, grace and hope are no strategy").

Small decisions of the name finder (``names.py``), split from ``name_senses.py``.
"""

from __future__ import annotations

import re

from .name_context import fold, looks_like_english
from .name_words import REPORTING_VERBS, TRADE_WORDS, WORD_LIKE_NAMES

TRADES = frozenset(fold(w) for w in TRADE_WORDS)
# Words that make "<name> and <word>" a pair of people, not of nouns ("Frank and I").
NOT_PAIR_WORDS = {"ich", "mich", "mir", "wir", "uns", "ihr", "sie", "er", "his", "her",
                  "their", "our", "the", "you", "she", "they", "seine", "ihre", "others",
                  "co", "team", "kollegen", "colleagues"}

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
PEOPLE_DO = REPORTING_VERBS | {
    "haben", "sind", "hatten", "waren", "sagten", "meinten", "sehen", "fordern", "halten",
    "schlagen", "fragten", "betonten", "erklärten", "zeigten", "stimmen", "stimmten",
    "arbeiten", "kommen", "kamen", "leiten", "schreiben", "schrieben", "wollen", "möchten",
    "können", "konnten", "müssen", "sollten", "würden"}
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…:]\s+|\n\s*)$")


def noun_pair(text: str, start: int, end: int) -> bool:
    """Whether the name opens a sentence with a pair or list of capitalised words ("Roggen
    und Weizen werden …"; a cheap test before ``name_neighbours.neighbour``)."""
    pair = _NOUN_PAIR_AFTER.match(text, end)
    return bool(pair and pair.group(1).lower() not in PEOPLE_DO
                and _SENTENCE_OPENS.search(text, max(0, start - 10), start))


def german_noun_sense(text: str, start: int, end: int, word: str) -> bool:
    """Whether the word-like surname is a German noun: after a preposition and an inflected
    adjective, after a place's "-er" adjective, or a trade as a predicate noun."""
    low = fold(word)
    if fold(word) in TRADES and _PREDICATE_BEFORE.search(text, max(0, start - 50), start):
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
    if noun and noun.group(1) not in NOT_PAIR_WORDS and noun.group(1) not in {
            "i", "me", "colleagues", "others", "partners", "friends", "staff", "team"}:
        return True
    if _PREP_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start):
        return True
    place = _PLACE_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
    return bool(place and not place.group(1).lower().endswith(_AGENT_ENDINGS)
                and low not in TRADES)


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
