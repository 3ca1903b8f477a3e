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
- ``common_word_sense``: a place after "in", an exclamation, an idiom, a firm, a noun after
  "als";
- ``initial_before``: "R. " abbreviating the participant's given name.

Split out: a name talked about as a word or disclaimed (``name_talk.py``), things that share
a name (``name_things.py``), a name used as a noun (``name_noun_senses.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .name_context import fold
from .name_noun_senses import NOT_PAIR_WORDS, TRADES, german_noun_sense, word_list
from .name_words import COMMON_FIRST_NAMES, WORD_LIKE_NAMES

_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:ein|eine|einen|einem|einer|kein|keine|keinen|"
                                r"a|an|every|jeder|jede)\s+(?:[a-zäöüß][\w-]*\s+)?$")
_LIST_NEXT = re.compile(r"\s*(?:,|/|&|\s(?:und|oder|and|or)\s)\s*([^\W\d_]+)")
_LIST_PREV = re.compile(r"([^\W\d_]+)\s*(?:,|/|&|\s(?:und|oder|and|or)\s)\s*$")
# A character of a book or film: "Herr Weber aus dem Kinderbuch", "Mr Fisher from the novel"
_FICTION_AFTER = re.compile(
    r"(?i)\s+(?:aus\s+(?:dem|der|einem|einer)|in\s+(?:dem|der|einem|einer)|im|from\s+(?:the|a)|"
    r"in\s+(?:the|a)|in\s+[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?:\w*(?:buch|roman|film|märchen|serie|"
    r"comic|stück|"
    r"spiel|krimi|sitcom)|book|novel|film|movie|story|series|show|play|cartoon|fairy\s+tale|"
    r"sitcom|song)\b")
# Words after which a lower-case "will grant" or "frank wolf" is an ordinary phrase.
_NOT_BEFORE_LOWER_NAME = {
    "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "to", "will",
    "would", "can", "could", "should", "shall", "must", "may", "might", "do", "does", "did",
    "not", "please", "ich", "wir", "sie", "er", "es", "man", "nicht", "also", "just"}
# Titles that are forms of address ("frau weber" is a name); after a role written in lower
# case a lower-case word-like name is a word ("the minister will announce").
_ADDRESS = re.compile(r"(?i)(?:frau|herr|herrn|mr|mrs|ms|mx|miss|dr|prof)\.?\s*$|"
                      # round 16: a civil-service or diplomatic rank, only ever before a name,
                      # also in lower case: "referatsleiterin sturm, ist das …"
                      r"(?:referats|abteilungs|amts)leiter(?:in)?\s*$|(?:botschafts|legations|"
                      r"ministerial|regierungs)r[aä]t(?:in)?\s*$|(?:general|vize)?konsul(?:in)?\s*$|"
                      r"regierungsdirektor(?:in)?\s*$|vizepräsident(?:in)?\s*$|"
                      # round 19: the clergy's and a ship's, also typed in lower case:
                      # "pfarrerin stern wie ist das …?", "kapitänin sommer"
                      r"(?:pfarrer|pastor|kapitän|professor)(?:in)?\s*$|imam\s*$|rabbi\s*$|"
                      r"captain\s*$")


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


def _fixed_phrase(text: str, start: int, end: int, word: str,
                  roster_index: Mapping[str, Any]) -> bool:
    """ "Tag für Tag", "klein und fein": the name word inside a fixed phrase."""
    again = re.escape(word)
    if (re.match(_REPEATED + again + r"\b", text[end:end + len(word) + 12])
            or re.search(r"\b" + again + _REPEATED + "$", text[max(0, start - 30):start])):
        return True
    pair = _LOWER_PAIR.match(text, end) if word.islower() and word in WORD_LIKE_NAMES else None
    return bool(pair and pair.group(1) not in NOT_PAIR_WORDS
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
    if fold(word) not in TRADES:
        return False
    if _INDEFINITE_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _DEFINITE_BEFORE.search(text, max(0, start - 40), start):
        return True
    for m in (_LIST_NEXT.match(text, end), _LIST_PREV.search(text, max(0, start - 40), start)):
        if m and fold(m.group(1)) in TRADES and fold(m.group(1)) not in roster_index:
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


_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-ZÄÖÜ][a-zäöü]?)\.\s?$")
_NOT_INITIALS = {"dr", "mr", "ms", "st", "nr", "no", "hr", "fr"}  # "Dr. Müller" is a title


def initial_before(text: str, start: int, given: set[str]) -> int | None:
    """Where "R. " or "Th. " begins before a surname when it abbreviates its participant's
    given name."""
    m = _INITIAL_BEFORE.search(text, max(0, start - 5), start)
    if not m or fold(m.group(1)) in _NOT_INITIALS:
        return None
    return m.start() if any(g.startswith(fold(m.group(1))) for g in given) else None
