"""Ordinary senses of a lone roster name that no word list names (round 7, h14aa).

``names._accept`` asks ``ordinary_sense`` for a lone name part without a title; each rule
is a grammatical shape in which a noun, an adjective, a place, a firm or a namesake from
scripture and legend stands, and which a participant's name does not enter:

- ``german_noun_opening``: a capitalised German surname opening a sentence with no article,
  before a finite verb in the third person singular that is no verb of a person
  ("Wolke zieht auf", "Specht hämmert am Baum"), or before a genitive ("Kern des Problems
  ist …"; not "Kern des Jugendamts", an organisation);
- ``attributive``: an adverb or adjective before an inflected adjective and a noun ("stark
  steigende Zahlen", "Hell erleuchtete Räume"), a lower-case one before a participle
  ("streng genommen", "kühl kalkuliert"), an English adjective before a noun that heads a
  phrase ("Frank discussion about …", "Sharp rise in …") or after a copula or determiner
  in lower case ("was keen to", "a keen observer");
- ``place_or_firm``: a country, city, river or region, or a firm, as the subject of a verb
  that is no person's ("Kenya exports", "Chad borders", "Jordan has taken in …", "Porsche
  baut Stellen ab") or before a possessive with a noun of a state ("Georgia's
  parliament"), a firm before a model ("Ford Focus");
- ``namesake``: a figure of scripture, legend, literature or history: after a title that no
  participant bears ("Prophet Mohammed", "King David", "St. Martin", "der heilige
  Nikolaus"), with a possessive of their deeds or works ("Abraham's sacrifice", "Homer's
  Odyssey", "Noahs Arche"), after "the story of" ("the story of Ruth", "das Buch Ruth"),
  or in a sentence about scripture or legend ("Moses led his people …, as the Bible
  says") when no slot shows the participant.

The slots that show the participant (a vocative, "as X said", a verb of speaking, being
right) are asked before any of these, so "Jordan, could you …", "Wolke hat recht",
"Specht sagte gestern" stay names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .name_context import fold, looks_like_english
from .name_grammar import _SPOKE, POINT_VERBS_DE, speaks_after
from .name_noun_senses import PEOPLE_DO
from .name_shapes import CONTRIBUTION_AFTER
from .name_slots import _GERMAN_PERSON_VERBS, _PAST, _PERSON_ACTIONS
from .name_talk import sentence_around
from .name_things import COUNTRY_NAMES, KNOWN_COMPANIES, KNOWN_PLACES
from .name_words import REPORTING_VERBS

# --- words ----------------------------------------------------------------------------
# Places that are also given names or surnames, besides the big cities and the countries:
# states, cities, rivers and regions ("Georgia", "Florence", "the Jordan", "Shannon").
PLACES = KNOWN_PLACES | COUNTRY_NAMES | frozenset(fold(w) for w in (
    "Jordan", "Chad", "Georgia", "Kenya", "India", "Israel", "Victoria", "Carolina",
    "Virginia", "Florida", "Dakota", "Montana", "Nevada", "Indiana", "Washington", "Kent",
    "Devon", "Sydney", "Adelaide", "Charlotte", "Austin", "Chelsea", "Madison", "Regina",
    "Lourdes", "Florence", "Savannah", "Shannon", "Niger", "Volta", "Congo", "Nil", "Nile",
    "Elbe", "Oder", "Havel", "Spree", "Mosel", "Saale", "Isar", "Neckar", "Ruhr", "Lahn",
    "Eifel", "Harz", "Pfalz", "Heide", "Milan", "Siena", "Verona", "Aydın", "Sahara",
    "Sierra", "Lincoln", "Chester", "Jamaica", "Cuba", "Peru", "Chile", "Mali", "Togo",
    "Benin", "Ghana", "Libya", "Syria", "Eritrea", "Somalia", "Sudan", "Malta", "Cyprus",
    "Kosovo", "Bosnia", "Albania", "Serbia", "Asia", "Africa", "America", "Europa"))
COMPANIES = KNOWN_COMPANIES | frozenset(fold(w) for w in (
    "Ford", "Porsche", "Opel", "Oetker", "Boss", "Bahlsen", "Dior", "Kellogg", "Heinz",
    "Nestlé", "Siemens", "Bosch", "Miele", "Haribo", "Knorr", "Maggi", "Kühne", "Schwarz"))
# Brands and firms that carry a title ("Dr. Oetker"), skipped like public figures
# (``name_context._public_figures``).
TITLED_BRANDS = ["Dr. Oetker", "Dr Oetker", "Dr. Martens", "Dr Martens", "Dr. Best",
                 "Dr Best", "Dr Pepper", "Dr. Pepper", "Mr. Proper", "Mr Proper",
                 "Meister Proper", "Hugo Boss", "Ford Focus", "Ford Fiesta", "Ford Transit"]

# Verbs of a person beyond the lists of speaking (``name_grammar._SPOKE``): what a
# participant of a dialogue does ("Kern unterstützt den Vorschlag", "Jordan hosts …" is
# not among them: a country hosts as often).
_PERSON_VERBS_DE = frozenset({
    "unterstützt", "unterstützte", "vertritt", "vertrat", "koordiniert", "koordinierte",
    "begleitet", "begleitete", "betreut", "betreute", "übernimmt", "übernahm", "prüft",
    "prüfte", "klärt", "klärte", "kümmert", "kümmerte", "bittet", "bat", "dankt", "dankte",
    "begrüßt", "begrüßte", "lädt", "hält", "stimmt", "stimmte", "hofft", "hoffte", "wünscht",
    "empfiehlt", "empfahl", "rät", "riet", "bringt", "nimmt", "nahm", "gibt", "gab", "macht",
    "machte", "kommt", "kam", "geht", "ging", "sitzt", "saß", "wohnt", "lebt", "reist",
    "telefoniert", "mailt", "fragt", "sagt", "meint", "findet", "glaubt", "denkt", "sieht",
    "weiß", "kennt", "will", "kann", "muss", "soll", "darf", "mag", "möchte", "hat", "hatte",
    "ist", "war", "wird", "wurde", "bestätigt", "verschickt", "verschickte", "schickt",
    "schickte", "liefert", "lieferte", "recherchiert", "sammelt", "sammelte", "vermittelt",
    "vermittelte", "moderiert", "beantwortet", "beantwortete", "erinnert", "erinnerte",
    "hört", "hörte", "liest", "las", "lehrt", "unterrichtet", "berät", "beriet", "leitet",
    "leitete", "vertraut", "zweifelt", "bezweifelt", "widerspricht", "zitiert",
    "zitierte", "verweist", "nennt", "nannte", "plädiert", "plädierte", "warnt", "drängt",
    "fordert", "verlangt", "verlangte", "beklagt", "beklagte", "lobt", "lobte", "kritisiert",
    "beschreibt", "beschrieb", "bereitet", "organisiert", "plant", "arbeitet", "hilft",
    "half", "entschuldigt", "übertreibt", "irrt", "argumentiert", "argumentierte",
    # what a participant does with a point: explains, sums up, adds, objects (the ones a
    # weather word or an animal does too; the others are POINT_VERBS_DE)
    "schätzt", "schätzte", "beobachtet", "wirft", "warf", "hebt", "hob", "lehnt", "lehnte",
    "erlebt", "legt", "legte", "reicht", "reichte", "sendet", "führt", "führte", "regt",
    "regte", "teilt", "zeigt", "stellt", "lacht",
}) | POINT_VERBS_DE
# English verbs of a person at work ("Georgia works at the embassy", "Chad leads the unit")
_PERSON_VERBS_EN = frozenset({
    "works", "worked", "lives", "lived", "leads", "manages", "managed", "coordinates",
    "represents", "represented", "supports", "supported", "heads", "headed", "joined", "joins",
    "helps", "helped", "teaches", "taught", "studies", "studied", "speaks", "talks", "talked",
    "chairs", "attends", "wants", "needs", "likes", "prefers", "hopes", "wonders", "reckons",
    "admits", "remembers", "recalls", "understands", "sees", "hears", "reads", "writes",
    "brings", "gets", "gives", "takes", "makes", "puts", "keeps", "tries", "tried", "uses",
})
_SPEECH_PARTICIPLES = re.compile(
    r"(?i)\b(?:said|asked|sent|written|told|shared|mentioned|suggested|presented|argued|"
    r"agreed|explained|confirmed|promised|proposed|pointed|noted|raised|answered|replied|"
    r"emailed|mailed|circulated|confirm|say|tell|explain|share|send|answer|clarify|comment|"
    r"add|know|present|gesagt|gefragt|geschrieben|geschickt|verschickt|vorgestellt|"
    r"erwähnt|betont|erklärt|vorgeschlagen|bestätigt|berichtet|gemeint|recht|unrecht|right|"
    r"wrong|correct|here|there|away|online|back|late|sick|busy|joining|coming|on\s+leave|"
    r"dabei|zugeschaltet|krank|verhindert|unterwegs)\b")
_NOT_VERBS = frozenset({"nicht", "jetzt", "seit", "mit", "bereits", "erst", "meist",
                        "zuletzt", "selbst", "sonst", "fast", "oft", "weit", "gut", "halt",
                        "samt", "statt", "zunächst", "längst", "nebst", "bitte", "heute",
                        "gestern", "morgen", "auch", "noch", "schon", "nur"})
_EN_NOT_VERBS = frozenset({"this", "its", "his", "has", "was", "is", "as", "us", "yes",
                           "less", "unless", "thus", "plus", "always", "perhaps", "towards",
                           "besides", "news", "sometimes", "ours", "yours", "hers"})
_EN_AUX = frozenset({"has", "had", "is", "was", "will", "would", "can", "could", "should",
                     "must", "may", "might", "does", "did", "remains", "hat", "ist", "war",
                     "wird", "hatte"})

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*|[\"“„(]\s*)$")
_VOCATIVE = re.compile(r"\s*[,:–—!?]")  # a comma after the name: a vocative or a list


def _person_verb(verb: str) -> bool:
    low = verb.lower()
    return (low in REPORTING_VERBS or low in _SPOKE or low in _GERMAN_PERSON_VERBS
            or low in PEOPLE_DO or low in _PERSON_VERBS_DE or low in _PERSON_ACTIONS
            or low in _PAST or low in _PERSON_VERBS_EN)


def _clause(text: str, end: int) -> str:
    """The rest of the clause after the name (up to 80 characters)."""
    m = re.compile(r"[.!?;\n]").search(text, end, end + 80)
    return text[end:m.start() if m else end + 80]


# --- 1. a German noun opening a sentence ---------------------------------------------
_GERMAN_SPELLED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*[bcdfghklmnprstvwzßeäöü]")
_THIRD_PERSON = re.compile(r"[ \t]+([a-zäöüß]{2,}(?:t|te))\b")
_GENITIVE_AFTER = re.compile(r"[ \t]+(?:des|der|eines|einer)[ \t]+(?:[a-zäöüß]+[ \t]+)?"
                             r"([A-ZÄÖÜ][\w-]*)")
_SUBJECT_AFTER_VERB = re.compile(r"[ \t]+[a-zäöüß]+[ \t]+(?:er|sie|es|ich|wir|man|du|ihr)\b")


def german_noun_opening(text: str, start: int, end: int, word: str, family: bool) -> bool:
    """A capitalised German surname opening a sentence before a verb of no person or a
    genitive that is no organisation: a noun used without its article."""
    if not family or not word[:1].isupper() or looks_like_english(text):
        return False
    if not (start == 0 or _SENTENCE_START.search(text, max(0, start - 8), start)):
        return False
    if not _GERMAN_SPELLED.fullmatch(word):
        return False  # "Okonkwo", "Haddad-y": no German noun
    genitive = _GENITIVE_AFTER.match(text, end)
    if genitive:
        from .tokens import classify

        return classify(genitive.group(1), "de", frozenset()) not in {
            "strong", "weak", "civic", "acronym", "role", "known"}  # "Kern des Jugendamts"
    if word.endswith("s") and CONTRIBUTION_AFTER.match(text, end):
        return False  # round 15: "Sharifis punkt zu den mieten" typed without capitals
    verb = _THIRD_PERSON.match(text, end)
    if not verb or verb.group(1) in _NOT_VERBS or _person_verb(verb.group(1)):
        return False
    if speaks_after(text, end) or _SPEECH_PARTICIPLES.search(_clause(text, verb.end())):
        return False  # "Kern meldet sich und hat recht"
    return True


# --- 2. an attributive adjective or adverb -------------------------------------------
_ADJECTIVE_NOUN_DE = re.compile(
    r"[ \t]+(?!(?:welche|diese|jene|solche|manche|jede|keine|meine|deine|seine|ihre|unsere|"
    r"eure|eine|alle|viele|beide|wenige|einige|mehrere|andere|sämtliche|unser|euer|aber|oder|"
    r"über|unter|hinter|wieder|immer|sehr|mehr|weder|entweder|ober|außer|später|früher|"
    r"gerne|heute|gestern|morgen|danke|bitte|habe|hatte|gebe|sage|würde|werde|könnte|sollte|"
    r"müsste|wäre|hätte|stehe|sehe|finde|meine)[a-z]{0,2}\b)"
    r"[a-zäöüß]{3,}(?:e|en|er|es|em)[ \t]+[A-ZÄÖÜ]")
_PARTICIPLE_DE = re.compile(r"[ \t]+(?:(?:ge|be|ver|ent|er|zer|über|unter)[a-zäöüß]{3,}"
                            r"(?:t|en)|[a-zäöüß]{3,}iert)\b")
_FINITE_AFTER_PARTICIPLE = re.compile(r"[ \t]*,|[ \t]+(?:ist|sind|war|waren|wird|werden|"
                                      r"wurde|wurden|hat|haben|bleibt|wirkt|klingt|sieht|"
                                      r"scheint|kann|muss|sollte|gilt)\b")
_EN_NOUN_PHRASE = re.compile(r"[ \t]+([a-z]{3,})[ \t]+(of|from|about|in|on|for|with|among|"
                             r"between|is|are|was|were|remains?|exists?|exist|have|has|to|"
                             r"at|matters?|helps?)\b")
_EN_PLURAL_VERBS = {"are", "were", "exist", "remain", "have", "matter", "help"}
_EN_ADVERBS = frozenset({"that", "this", "these", "those", "its", "they", "what", "which",
                         "there", "when", "yes", "thanks", "please", "any", "all", "one",
                         "some", "for", "from", "with", "about", "into", "over", "under",
                         "after", "before", "since", "while", "where", "why", "how", "here",
                         "too", "also", "again", "still", "just", "now",
                         "then", "really", "always", "never", "actually", "already",
                         "often", "himself", "herself", "yesterday", "today", "rightly",
                         "once", "clearly", "probably", "and", "the", "but", "not", "did",
                         "does", "who", "whose", "you", "she", "her", "his", "our",
                         "their", "was", "will", "would", "can", "could", "should", "has",
                         "had", "got", "may", "might", "must", "shall", "isn", "wasn"})
_EN_LOWER_BEFORE = re.compile(r"(?:\b(?:a|an|is|was|are|were|be|been|being|very|so|too|"
                              r"quite|rather|more|less|most|really|not|how|particularly|"
                              r"extremely|equally|always|seem|seems|seemed|stay|stays)"
                              r")[ \t]+$")


def attributive(text: str, start: int, end: int, word: str) -> bool:
    """An adjective or adverb before an adjective and a noun, or before a participle, in
    German; an English adjective before the noun that heads a phrase."""
    english = looks_like_english(text)
    lower = word.islower()
    mixed = text != text.lower()
    at_start = start == 0 or bool(_SENTENCE_START.search(text, max(0, start - 8), start))
    if not english:
        if not (lower and mixed and not at_start or at_start and word[:1].isupper()):
            return False  # not a lower-case name addressed in chat: "kern welche …?"
        if not _GERMAN_SPELLED.fullmatch(word[:1].upper() + word[1:]):
            return False  # round 18: "Kaminski übertreibt": no German adjective ends so
        if _ADJECTIVE_NOUN_DE.match(text, end):
            return True  # "stark steigende Zahlen", "Hell erleuchtete Räume"
        participle = _PARTICIPLE_DE.match(text, end)
        if participle and (lower or _FINITE_AFTER_PARTICIPLE.match(text, participle.end())):
            return True  # "streng genommen", "Kühl kalkuliert wirkt das …"
        return False
    if lower and mixed and _EN_LOWER_BEFORE.search(text, max(0, start - 14), start):
        return True  # "was keen to stress", "a keen observer", "is bright and …"
    if not (at_start and word[:1].isupper() or lower and mixed):
        return False
    m = _EN_NOUN_PHRASE.match(text, end)
    if not m:
        return False
    noun, then = m.group(1), m.group(2)
    if (noun in _EN_ADVERBS or noun in _EN_NOT_VERBS and noun != "news" or _person_verb(noun)
            or noun.endswith(("ed", "ly")) or noun in _EN_AUX):
        return False
    if noun.endswith("s") and not noun.endswith(("ss", "ness", "sis")):
        return then in _EN_PLURAL_VERBS  # "Bright spots exist", not "Keen works on"
    return True  # "Frank discussion about", "Keen interest from", "Sharp rise in"


# --- 3. a place or a firm ------------------------------------------------------------
_STATE_NOUNS = (r"parliament|government|capital|economy|borders?|president|prime|ministers?|"
                r"ministry|army|military|population|coast|coastline|exports?|imports?|"
                r"diaspora|embassy|refugees?|camps?|cities|towns|villages?|regions?|"
                r"provinces?|districts?|rivers?|king|queen|monarchy|constitution|elections?|"
                r"currency|gdp|universities|hospitals|police|border|neighbou?rs|history|"
                r"authorities|cabinet|opposition|ports?|airports?|people|citizens|workers|"
                r"farmers|labou?r|north|south|east|west|interior|highlands|economic|"
                r"national|foreign|health|education|asylum|migration|remittances|tea|oil|"
                r"coffee|flowers|football|team|squad|league|mayor|council|old\s+town")
_POSSESSIVE_STATE = re.compile(rf"['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:{_STATE_NOUNS})\b")
_EN_FINITE = re.compile(r"[ \t]+([a-z]{2,})\b")
_DE_FINITE = re.compile(r"[ \t]+([a-zäöüß]{2,})\b")
_MEETING = re.compile(r"(?i)\b(?:our|this|the\s+next|today's|unser\w*|die\s+nächste)\s+"
                      r"(?:\w+\s+)?(?:meeting|session|call|workshop|round|panel|webinar|"
                      r"sitzung|runde|treffen|workshop|termin)\b")
_MODEL_AFTER = re.compile(r"[ \t]*(?:[-‐][A-ZÄÖÜa-zäöü]|[ \t]+\d)|[ \t]+[A-Z][a-z]+\b")


# A verb of people, or one with a preposition, right before the name: it is an object there
_OBJECT_BEFORE = re.compile(r"(?i)\b(?:hear\s+from|heard\s+from|ask|asked|thank|thanks|"
                            r"agree\s+with|agreed\s+with|frage|fragen|danke|stimme|"
                            r"stimmen)[ \t]+$")


def place_or_firm(text: str, start: int, end: int, word: str,
                  roster_index: Mapping[str, Any]) -> bool:
    """A country, city, river, region or firm as the subject of a verb that is no
    person's, before a possessive with a noun of a state, or a firm before its model."""
    key = fold(word)
    place, firm = key in PLACES, key in COMPANIES
    if not (place or firm) or not word[:1].isupper():
        return False
    if _POSSESSIVE_STATE.match(text, end):
        return True  # "Georgia's parliament", "Kenya's diaspora"
    if _VOCATIVE.match(text, end):
        return False  # "Jordan, could you …"
    if firm:
        model = _MODEL_AFTER.match(text, end)
        if model and not (model.group().strip()[:1].isupper() and fold(
                model.group().strip()) in roster_index):
            return True  # "Ford Focus", "Porsche 911", "Ford-Werk" (not "Ford Emma")
    if _OBJECT_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Let's hear from Heinz first": after a verb of people, no subject
    english = looks_like_english(text)
    verb = (_EN_FINITE if english else _DE_FINITE).match(text, end)
    if not verb:
        return False
    v = verb.group(1)
    if v not in _EN_AUX and (speaks_after(text, end) or _person_verb(v)):
        return False  # "Jordan said", "Chad asked", "Kenya thinks"
    if english:
        finite = (v in _EN_AUX or v.endswith("s") and not v.endswith("ss")
                  and v not in _EN_NOT_VERBS or v.endswith("ed"))
    else:
        finite = v in _EN_AUX or v.endswith(("t", "te")) and v not in _NOT_VERBS
    if not finite:
        return False
    clause = _clause(text, verb.end())
    # "Jordan has said", "Florence hosts our next meeting": a participant's doing
    return not (_SPEECH_PARTICIPLES.search(clause) or _MEETING.search(clause))


# --- 4. namesakes of scripture, legend, literature and history ------------------------
_FIGURE_TITLE = re.compile(
    r"(?:\b(?:Prophet|prophet|Prophetin|King|Queen|Saint|St\.?|Sankt|San|Santa|Pope|"
    r"Emperor|Empress|Kaiser|Kaiserin|König|Königin|Pharaoh|Pharao|Apostle|Apostel|"
    r"Evangelist|Patriarch|Prince|Princess|Prinz|Prinzessin|Tsar|Zar|Sultan|Caliph|Kalif|"
    r"[Hh]eilige[rn]?|[Hh]oly|prophet|apostle|saint|king|queen|pharaoh)[ \t]+)$")
_DEEDS = (r"sacrifice|ark|flood|tablets|commandments|covenant|exodus|epics?|poems?|psalms?|"
          r"gospel|tomb|birth|staff|legend|myth|tale|journey|prophecy|revelation|teachings|"
          r"miracles?|parables?|sonnets?|plays|novels?|verses?|wanderings|wisdom|"
          r"Opfer|Arche|Sintflut|Tafeln|Gebote|Epos|Gedichte?|Psalmen|Evangelium|Grab|Geburt|"
          r"Legende|Mythos|Sage|Irrfahrt\w*|Prophezeiung|Lehre|Wunder|Gleichnis\w*|Dramen|"
          r"Romane?|Verse|Weisheit|Stab|Mantel|Auszug|Heldentat\w*|Odyssee|Ilias")
_DEEDS_AFTER = re.compile(rf"(?:['’]s?|s)[ \t]+(?:[a-z]+[ \t]+)?(?:{_DEEDS})\b")
_GENITIVE_DEEDS_AFTER = re.compile(rf"[ \t]+(?:{_DEEDS})\b")  # "Noahs Arche": -s fused
_WORK_AFTER = re.compile(r"['’]s[ \t]+(?!(?:[A-Z]{2,}|I)\b)([A-Z][a-z]+)(?:[ \t]*[,.;:!?)]|"
                         r"[ \t]+(?:is|was|tells|told|describes|shows|remains|ends|begins|"
                         r"starts|and|or|in|has|had|still|ist|war|erzählt)\b)")
_STORY_OF_BEFORE = re.compile(
    r"(?i)\b(?:(?:story|book|tale|legend|gospel|life|parable|epistle|song|psalms?|myth|"
    r"saga|letters?|acts|lament\w*|wisdom)[ \t]+of|(?:geschichte|legende|sage|saga|"
    r"gleichnis|mythos|leben)[ \t]+(?:von|vom|des|der)|(?:buch|evangelium)"
    r"(?:[ \t]+nach)?)[ \t]+(?:the[ \t]+|dem[ \t]+|der[ \t]+)?(?:(?-i:[a-zäöü])\w+[ \t]+)?$")
_FEAST_AFTER = re.compile(r"(?:['’]s[ \t]+Day|s?[-‐]?(?:tag|Tag|fest|Fest|abend|Abend|"
                          r"umzug|Umzug|gans|Gans|feuer|Feuer)\b)")
_SCRIPTURE = re.compile(
    r"\b(?:Bible|Bibel|biblical|biblisch\w*|Torah?|Quran|Koran|Qur['’]an|Testament\w*|"
    r"Gospel|Evangeli\w+|Israelites|Israeliten|Pharaoh|Pharao|prophets?|Propheten?|"
    r"Prophetin|mytholog\w+|Mytholog\w+|Mythos|myths?|legends?|Legende\w*|Sage|Sagen|"
    r"saints?|Heilige\w*|epic|Epos|scripture\w*|Genesis|Exodus|Psalm\w*|Sura|Sure|"
    r"Old\s+Testament|Altes\s+Testament|Red\s+Sea|Roten\s+Meer|Goliath|Pharisee\w*|"
    r"Israelit\w*|Odyssey|Odyssee|Iliad|Ilias|Troja|Troy|Trojan\w*)\b")
_PERSON_SLOT = re.compile(
    r"\s*[,:–—]\s+(?:[\w']+\s+){0,3}?(?:you|your|du|dich|dir|dein\w*|Sie|Ihnen|euch|could|"
    r"can|would|kannst|könnten)\b|[ \t]+(?:from|vom|von\s+der|aus\s+dem|at\s+the|here)\b")


def namesake(text: str, start: int, end: int, word: str) -> bool:
    """A figure of scripture, legend, literature or history, or a saint or a feast."""
    if _FIGURE_TITLE.search(text, max(0, start - 14), start):
        return True  # "Prophet Mohammed", "King David", "St. Martin", "der heilige Nikolaus"
    if _FEAST_AFTER.match(text, end):
        return True  # "Martin's Day", "Nikolaus-Tag"
    if _DEEDS_AFTER.match(text, end) or word.endswith("s") and _GENITIVE_DEEDS_AFTER.match(
            text, end):
        return True  # "Abraham's sacrifice", "Noahs Arche"
    work = _WORK_AFTER.match(text, end)
    if work and looks_like_english(text) and fold(work.group(1)) not in PLACES:
        return True  # "Homer's Odyssey"
    if _STORY_OF_BEFORE.search(text, max(0, start - 40), start):
        return True  # "the story of Ruth", "das Buch Ruth"
    if _PERSON_SLOT.match(text, end) or speaks_after(text, end):
        return False
    return bool(_SCRIPTURE.search(sentence_around(text, start, end)))


def ordinary_sense(text: str, start: int, end: int, word: str, family: bool,
                   roster_index: Mapping[str, Any]) -> bool:
    """Whether the lone name at ``text[start:end]`` is a word, a place, a firm or a
    namesake of scripture and legend (see the module's doc)."""
    if text[end:end + 1] in {",", ":"} and not _POSSESSIVE_STATE.match(text, end):
        return False  # "Jordan, could you …", "Kern: …": addressed or listed
    return (namesake(text, start, end, word)
            or place_or_firm(text, start, end, word, roster_index)
            or attributive(text, start, end, word)
            or german_noun_opening(text, start, end, word, family))
