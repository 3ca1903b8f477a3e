"""A text typed without capitals, written with the capitals it would have in print.

On a phone in a real room people type "our sozialamt cant carry it", "bastian frost hier,
ausländerbehörde ostholstein" or "wir bei klima-gerecht fordern mehr": no capital tells a
German organisation noun, a role or a country from a plain word, and the affiliation
grammar reads capitals for that. ``caps_poor`` tells such a text (no word capitalised but
at a sentence start and acronyms), and ``cased`` gives it the capitals its kinds of word
take in print: a German organisation noun or role ("Sozialamt", "Landkreis",
"Sozialarbeiterin"), a country, an English nationality, the pronoun "I", the first word of
each sentence, the place that follows a district or an authority ("landkreis
marburg-biedenkopf", "ausländerbehörde ostholstein") and the organisation that follows the
writer's "bei" ("wir bei klima-gerecht", "ich arbeite bei sika"). Only the first letter of
a word changes, and only where its capital is one character, so every offset of the cased
text is an offset of the text.

Names are not cased here: the name finder reads lower-case text on its own
(names.lower_case_slot, name_senses.lower_case_full_name), and casing a roster word
("kurz", "frank") would make every ordinary use of it a name.
"""

from __future__ import annotations

import re

from . import affiliation_words as w
from .gazetteer import COUNTRIES
from .tokens import _german_role, _org

_WORD = re.compile(r"[^\W\d_][\w-]*")
_SENTENCE_END = ".!?:;\"„“(«»"
_ORG_KINDS = {"strong", "weak", "civic"}
# nouns a place follows in print: "Landkreis Marburg-Biedenkopf", "Ausländerbehörde Kiel"
_BEFORE_A_PLACE = ("kreis", "behörde", "amt", "stadt", "gemeinde", "ministerium", "botschaft",
                   "konsulat", "county", "district")
# a country of one word ("kenya", "ghana"), not the parts of longer ones ("the", "cape")
_COUNTRIES = frozenset(name.lower() for country in COUNTRIES for name in country[:2]
                        if name.isalpha())
_WRITER = {"wir", "ich", "uns", "we", "i"}
_NOT_A_NAME = w.STOP | w.DETERMINERS | w.EN_LINKS | w.DE_LINKS | {
    "and", "und", "oder", "or", "sowie", "mit", "with", "auf", "nach", "seit", "vor"}


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2 or (len(word) > 1 and word[1:2].isupper())


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_END


def caps_poor(text: str) -> bool:
    """Whether *text* has at least two words and none capitalised but at a sentence start
    or as an acronym ("BMI", "NesT")."""
    plain = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < 2 or _acronym(word) or _sentence_start(text, m.start()):
            continue
        if word[0].isupper():
            return False
        plain += 1
    return plain >= 2


def _takes_a_capital(word: str, low: str) -> bool:
    if low == "i" or low in _COUNTRIES or low in w.NATIONALITIES:
        return True
    if _org(low, low, "en") is not None:
        return False  # "our team", "the ministry": an English word, lower case in print
    return _org(low.capitalize(), low, "de") in _ORG_KINDS or _german_role(low)


def cased(text: str) -> str:
    """*text* with a capital on each word that takes one in print (see the module)."""
    chars = list(text)
    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        word = m.group()
        first = word[0]
        if not first.islower() or len(first.upper()) != 1:
            continue
        if (_sentence_start(text, m.start()) or _takes_a_capital(word, word.lower())
                or _named_after(text, words, k)):
            chars[m.start()] = first.upper()
    return "".join(chars)


def _named_after(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether words[k] is the name of a place or an organisation by the words before it:
    a district or an authority right before it, or the writer's "bei" (one word between at
    most: "wir bei", "ich arbeite bei", "bei uns im landkreis" is a place's noun)."""
    low = words[k].group().lower()
    if k == 0 or low in _NOT_A_NAME or len(low) < 3:
        return False
    previous = words[k - 1]
    if text[previous.end():words[k].start()].strip():
        return False  # a comma or a dash between: "das wohnungsamt, in dem"
    before = previous.group().lower()
    if before.endswith(_BEFORE_A_PLACE) and _takes_a_capital(before, before) and (
            _takes_a_capital(low, low) or not text[words[k].end():].strip()[:1].isalpha()
            or low.endswith(("land", "holstein", "berg", "burg", "dorf", "stein", "heim"))
            or "-" in low):
        return True
    return before == "bei" and any(
        words[j].group().lower() in _WRITER for j in range(max(0, k - 3), k - 1))
