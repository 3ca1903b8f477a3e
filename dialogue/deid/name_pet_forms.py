"""Round 8 (h14ac): forms of a given name or surname that the roster lookup misses.

``names._lookup_in_slot`` asks ``pet_form`` for a word that is no roster word at all, and
the lookup's keys are spelled by ``transliterations``.

Forms (``pet_form``): a pet form of a participant's given name, ``Vicky`` or ``Vic`` for
Victoria, ``Steffi`` for Stefanie, ``Thea`` for Dorothea, ``Sepp`` for Josef, a lower-case
``doro`` for Dorothea, in a slot of a name (before the family name, a vocative, a
greeting, a verb of speaking); and, in ``transliterations``, German spellings of Cyrillic
names (``Jusupow`` for Yusupov, ``Schukow`` for Zhukov).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from . import name_slots
from .name_context import fold
from .name_grammar import greeted, speaks_after
from .name_shapes import _START, _VOCATIVE_AFTER

if TYPE_CHECKING:
    from .names import NameMatcher, _Part


# --- pet forms of given names -----------------------------------------------------------
_PET_ENDINGS = ("y", "ie", "i", "ey")
_VOWELS = frozenset("aeiouy")
# Pet forms that are no prefix of the name: the end of it ("Thea" for Dorothea, "Hannes"
# for Johannes) is found by rule; these change its sounds.
_IRREGULAR_PETS = {
    "william": {"bill", "billy", "liam"}, "robert": {"bob", "bobby"},
    "richard": {"dick", "rick", "ricky"}, "margaret": {"peggy", "maggie", "meg"},
    "elizabeth": {"liz", "lizzy", "beth", "betty", "bess"},
    "elisabeth": {"lisbeth", "liesl", "sisi", "elli", "betty"},
    "katharina": {"käthe", "kaethe", "trine"}, "katherine": {"kate", "katie", "kathy"},
    "catherine": {"kate", "katie", "cathy"}, "josef": {"sepp", "seppi", "beppo"},
    "joseph": {"joe", "joey"}, "johannes": {"hans", "hansi", "jo"}, "johanna": {"hanne"},
    "alexander": {"sascha", "sasha", "xander"}, "alexandra": {"sascha", "sasha", "sandra"},
    "friedrich": {"fritz", "fritzi"}, "nikolaus": {"niko"}, "wolfgang": {"wolf", "wolfi"},
    "susanne": {"susi", "sanne"}, "gabriele": {"gabi"}, "ulrich": {"uli"}, "ulrike": {"uli"},
    "mohammed": {"mo", "moe"}, "muhammad": {"mo", "moe"}, "abdullah": {"abdi"},
    "margarethe": {"grete", "gretel", "marga"}, "henry": {"harry", "hank"},
    "edward": {"ted", "teddy", "ned"}, "james": {"jim", "jimmy", "jamie"},
    "charles": {"chuck", "charlie"}, "anthony": {"tony"}, "antonia": {"toni"},
    "anton": {"toni"}, "jacqueline": {"jacky", "jackie"}, "francesca": {"cesca"},
}


def _pets_of(given: str) -> set[str]:
    """The pet forms of the folded given name: a prefix of three letters or more, with or
    without "-y", "-ie", "-i" ("vicky", "vic", "steffi", "doro"), the end of a long name
    ("thea" for Dorothea, "hannes" for Johannes), and the pet forms that change its sounds
    ("bill" for William, "sepp" for Josef)."""
    pets = set(_IRREGULAR_PETS.get(given, ()))
    pets |= {given[i:] for i in range(2, len(given) - 3)
             if given[i] not in _VOWELS and (given[i + 1] in _VOWELS or given[i + 1] == "h")}
    for n in range(3, len(given)):
        p = given[:n]
        pets.add(p)
        stems = {p, p + p[-1]} | ({p + "k"} if p.endswith("c") else set())
        pets |= {s + e for s in stems for e in _PET_ENDINGS}
    pets.discard(given)
    return pets


# The pet forms of a roster, per matcher (built on first use): pet form -> entries.
_PET_INDEX: WeakKeyDictionary[NameMatcher, dict[str, set[int]]] = WeakKeyDictionary()


def _pet_index(matcher: NameMatcher) -> dict[str, set[int]]:
    index = _PET_INDEX.get(matcher)
    if index is None:
        index = {}
        for entry, names in enumerate(matcher._given):
            for g in names:
                for pet in _pets_of(g):
                    index.setdefault(pet, set()).add(entry)
        _PET_INDEX[matcher] = index
    return index


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# Words that a vocative or greeting holds as often as a name: "Hi all", "thanks team".
_NOT_PETS = frozenset({"all", "alle", "allen", "team", "everyone", "folks", "guys", "both",
                       "you", "and", "und", "the", "der", "die", "das", "mate", "dear",
                       "liebe", "lieber", "there", "chair", "so", "again", "much", "ihr",
                       "euch", "leute", "zusammen", "bye", "hey", "hello", "hallo",
                       "moin", "servus", "sorry", "thanks", "danke", "ok", "okay", "yes",
                       "no", "ja", "nein", "well", "also", "gut", "fine", "right", "ah", "oh"})


def pet_form(matcher: NameMatcher, text: str, m: re.Match[str]) -> list[_Part]:
    """The participant whose given name *m*'s word is a pet form of ("Vicky", "steffi"),
    or a lower-case short form of ("doro"), when the word stands in a slot of a name:
    before the participant's family name, a vocative or greeting, a verb of speaking after
    it at a sentence's start. A capitalised bare short form ("Doro") is left to
    ``name_slots.short_form_slot``."""
    from .names import _Part

    word = m.group()
    key = fold(word)
    if len(key) < 2 or len(key) > 8 or key in matcher._index or key in _NOT_PETS:
        return []
    entries = _pet_index(matcher).get(key, ())
    if len(entries) != 1:
        return []
    entry = next(iter(entries))
    prefix = any(g.startswith(key) for g in matcher._given[entry])
    if prefix and word[:1].isupper():
        return []  # "Doro": name_slots.short_form_slot
    start, end = m.start(), m.end()
    following = _NEXT_WORD.match(text, end)
    if following and fold(following.group(1)) in matcher._family[entry]:
        return [_Part(entry, "given", False)]  # "doro heil", "Vicky Price"
    at_start = bool(_START.search(text, max(0, start - 5), start))
    if at_start and _VOCATIVE_AFTER.match(text, end) or greeted(text, start, end) or (
            (at_start or word[:1].isupper()) and speaks_after(text, end)
            and key not in matcher._first_names):
        return [_Part(entry, "given", False)]  # "vicky do you …", "Hi Steffi,"
    return []


# --- transliterations ------------------------------------------------------------------
def transliterations(key: str) -> set[str]:
    """``name_slots.transliterations`` and German spellings of Cyrillic sounds: German "j"
    is English "y" ("Jusupow" for Yusupov, "Jelena" for Yelena), "sch" also "zh"
    ("Schukow" for Zhukov)."""
    spellings = name_slots.transliterations(key.replace("zh", "sch"))
    return spellings | {s.replace("j", "i") for s in spellings}
