"""Which neighbours make a roster word a name, and which make it somebody else's.

Split out of ``names.py``: a list or pair with another roster name ("Rose und Faith",
"Will, Sabine, Martina") shows a person, a pair with a capitalised word that is no name
("Mark und Bein", "Richterinnen und Richter") shows a word; a known or given-name-like word
before a surname, or a surname-like word after a given name (in German only before a verb:
"Kwame Nkrumah hat"), shows a namesake.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import affiliation_words as words
from . import gazetteer
from .casing import caps_poor
from .name_context import fold, looks_like_given_name
from .name_context import looks_like_english as _looks_english

if TYPE_CHECKING:
    from .names import NameMatcher
    from .names import _Part as Part

# German nouns that follow a person as an object: "dass Joy Bescheid weiß", "Mark Recht geben"
_OBJECT_NOUNS = {"bescheid", "recht", "unrecht", "dank", "zeit", "beifall", "auskunft",
                 "feedback", "rückmeldung", "hinweise", "zugang", "glück", "mut", "geld",
                 "kontakt", "bescheide", "infos", "zahlen", "daten", "fragen", "antworten"}
_VARIANTS = {fold(name): {fold(v) for v in group}
             for group in gazetteer.GIVEN_NAME_VARIANTS for name in group}

# "Rose und Faith", "Will, Sabine": a pair ("und", "and", "&") or a list (a comma) joins
# the word to its neighbour; a title may stand between ("Joy and Ms Ben Salah").
_AFTER_JOIN = re.compile(r"\s*(?:(\s(?:and|und|&|oder|or)\s)|,\s*)\s*(?:(?:Ms|Mr|Mrs|Dr|Frau|"
                         r"Herr|Herrn)\.?\s+)?(?P<w>[^\W\d_]+)")
_BEFORE_JOIN = re.compile(r"(?P<w>[^\W\d_]+)\s*(?:,|(\s(?:and|und|&|oder|or)\s))\s*$")
_PARTICLE_BEFORE = re.compile(r"\b([A-ZÄÖÜ][^\W\d_]+)[ \t]+(?:von|van|de|der|den|du|da|di|"
                              r"del|della|dos|le|la|ter|zu)[ \t]+$")
# Capitalised words that stand in a list with a name without being nouns of a list:
# "Hallo, Sonne, danke", "Thanks, Will, Sie haben recht"
_NOT_LIST_NOUNS = {"hallo", "hi", "hello", "hey", "liebe", "lieber", "dear", "danke",
                   "thanks", "thank", "sie", "ich", "wir", "you", "i", "ja", "nein", "yes",
                   "no", "ok", "okay", "also", "und", "and", "ihnen", "bitte", "please"}


# After "<first name> <Noun>" these show a noun phrase going on, not a surname's verb.
_FUNCTION_WORDS = words.DETERMINERS | {
    "zu", "zum", "zur", "von", "vom", "im", "in", "am", "an", "auf", "für", "mit", "und",
    "oder", "aus", "bei", "beim", "über", "nach", "gegen", "ohne", "um", "unter", "vor"}



def neighbour(self: NameMatcher, text: str, start: int, end: int, parts: list[Part]) -> int:
    """+1 if a list or pair joins the word to another roster name ("Rose und Faith",
    "Will, Sabine, Martina", "Lan and Aibek"); -1 if "X und Y" pairs it with a
    capitalised word that is no name ("Mark und Bein", "Richterinnen und Richter")."""
    entries = {p.entry for p in parts}
    after = _AFTER_JOIN.match(text, end)
    before = _BEFORE_JOIN.search(text, max(0, start - 40), start)
    result = 0
    nouns = 0  # capitalised words that are no names, listed with commas on either side
    for m, pair in ((after, after and after.group(1)), (before, before and before.group(2))):
        if not m:
            continue
        other = m.group("w")
        if pair and pair.strip() == "&" and _firm(self, other, parts):
            return -1  # "Ernst & Young", "Baker & McKenzie": a firm's name
        other_parts, fuzzy = self._lookup(other)  # a typo's match is no list of names
        found = [] if fuzzy else [p for p in other_parts if p.entry not in entries]
        if (not pair and not found and other[:1].isupper() and not other.isupper()
                and fold(other) not in self._first_names and other.lower() not in
                _NOT_LIST_NOUNS and _list_item(text, m, m is after)):
            nouns += 1
        if found or fold(other) in self._first_names:
            if found and (pair or other[:1].isupper()):
                return 1
            continue
        if pair and other[:1].isupper() and not other.isupper():
            result = -1
    return -1 if nouns == 2 else result  # "Sommer, Sonne, Saisonarbeit": a list of nouns


# A word that is an item of a list itself: punctuation, "und" or the text's edge on its
# other side ("Sommer, Sonne, Saisonarbeit –"; not "Genau, Will, Ihre Zahlen …").
_ITEM_END = re.compile(r"\s*(?:[,;:–—(/.!?-]|(?:und|and|oder|or)\b|$)")
_ITEM_START = re.compile(r"(?:^|[,;:–—(/.!?]\s*|\n\s*|\b(?:und|and|oder|or)\s+)$")


def _list_item(text: str, m: re.Match[str], after: bool) -> bool:
    """Whether the word of *m* (a neighbour after or before the name) is a list item."""
    if after:
        return bool(_ITEM_END.match(text, m.end()))
    return bool(_ITEM_START.search(text, max(0, m.start() - 8), m.start()))


def _firm(self: NameMatcher, other: str, parts: list[Part]) -> bool:
    """Two words joined by "&" of which one is a surname make a firm ("Ernst & Young");
    two given names ("Rose & Faith") are two people."""
    if not other[:1].isupper():
        return False
    kinds = {p.kind for p in parts} | {p.kind for p in self._lookup(other)[0]}
    return "family" in kinds or not self._lookup(other)[0]


# a regnal number: "Hassan II", "Mohammed VI", "Elizabeth II's" (not "I" the pronoun)
_REGNAL_AFTER = re.compile(r"[ \t]+(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)\b")
_CAPITAL_AFTER = re.compile(r"[ \t]+([A-ZÄÖÜ][a-zäöüß]+)\b")


def someone_else(self: NameMatcher, text: str, start: int, end: int, parts: list[Part]) -> bool:
    """"Thomas Müller" is not roster Katharina Müller; "Thomas" there is not Thomas Becker."""
    entries = {p.entry for p in parts}
    if _REGNAL_AFTER.match(text, end):
        return True  # round 12: "Hassan II", "Mohammed VI": a monarch, or what is named so
    if all(p.kind == "family" for p in parts) and (later := _CAPITAL_AFTER.match(text, end)):
        key = fold(later.group(1))
        if (key in self._first_names or _looks_english(text) and looks_like_given_name(
                later.group(1))) and key not in {
                g for e in entries for g in self._given[e] | self._family[e]}:
            return True  # round 12: "Pope Francis", "King Charles": a title, somebody else
    prev = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 40):start])
    # "Gerd von Braun": a given name, then a particle that is not the participant's (a
    # German noun is capitalised too and "von"/"zu" are prepositions: "Korrektur zu Hartmann",
    # so only a known given name, or in English any word that can only be one)
    behind = _PARTICLE_BEFORE.search(text, max(0, start - 50), start)
    if behind and any(p.kind == "family" for p in parts) and (
            fold(behind.group(1)) in self._first_names
            or _looks_english(text) and looks_like_given_name(behind.group(1))) and fold(
            behind.group(1)) not in {g for e in entries for g in self._given[e]}:
        return True
    if prev and (prev.group(1)[0].isupper() or fold(prev.group(1)) in self._first_names
                 and caps_poor(text)) and any(p.kind == "family" for p in parts):
        key = fold(prev.group(1))  # round 14: in chat too, "lars feld hat …", "andrej holm"
        own = {g for e in entries for g in self._given[e]}
        # "Paul Nowak" may be Paweł Nowak: a variant of the participant's own given name
        # in another language is taken for theirs, on the safe side.
        if key not in own and not own & _VARIANTS.get(key, set()) and (
                key in self._first_names or looks_like_given_name(prev.group(1))):
            return True  # "Gerd Müller", "Joschka Fischer": somebody else
    if prev and prev.group(1)[0].isupper() and all(p.kind == "given" for p in parts):
        key = fold(prev.group(1))
        own = {g for e in entries for g in self._given[e] | self._family[e]}
        if key not in own and key in gazetteer.COMMON_FIRST_NAMES:
            return True  # "Muhammad Ali" is not roster Ali Said: a given name before it
    nxt = re.match(r"[ \t]+([^\W\d_]+)", text[end:end + 40])
    if nxt and nxt.group(1)[0].isupper() and any(p.kind == "given" for p in parts):
        following = nxt.group(1)
        key = fold(following)
        if any(key in self._family[e] for e in entries):
            return False
        if key in self._other_family:
            return True
        # In English only names are capitalised mid-sentence, so "Paul Ehrlich" or
        # "Sophie Scholl" is somebody else.  German capitalises every noun ("ich gebe
        # Stefan Recht"), so there the rule would cost recall.
        if (len(following) > 1 and not following.isupper()
                and key not in gazetteer.NOT_NAMES and _looks_english(text)):
            return True
        # German capitalises nouns, but a word that can only be a surname, followed by
        # a verb, is somebody's: "Kwame Nkrumah hat", "Nino Haratischwili schreibt"
        then = re.match(r"(?:[ \t]+[A-ZÄÖÜ][^\W\d_]*)*[ \t]+[a-zäöüß]+\b",
                        text[end + nxt.end():end + nxt.end() + 40])
        if (then and len(following) > 3 and looks_like_given_name(following)
                and key not in _OBJECT_NOUNS
                and then.group().split()[-1] not in _FUNCTION_WORDS
                and fold(text[start:end]) in self._index):  # not "Annas Punkt zur"
            return True
    return False


def same_person_next(self: NameMatcher, text: str, end: int, parts: list[Part]) -> bool:
    """Whether the word after *end* is a name word of the same participant ("Will Grant")."""
    nxt = re.match(r"[ \t]+([^\W\d_]+)", text[end:end + 40])
    if not nxt:
        return False
    return any(p.entry in {q.entry for q in parts} for p in self._lookup(nxt.group(1))[0])
