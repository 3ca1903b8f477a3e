"""Round 17: a roster word whose form makes it a noun, not the participant.

- **the plural of a role or trade** in English: roster "Nurse", "the nurses from Kerala",
  "Nurses are leaving"; English has no genitive without an apostrophe, so name + "s" is the
  plural ("Nurses' pay" keeps its apostrophe, and "nurses point" before a contribution
  stays the person's);
- **the noun a role is made from**: "Pflege" is one letter from roster Pfleger, but it is the
  word the job title is made of (-r, -er), not a misspelt surname ("Müler", "Beckr" are;
  and a title in front, "Herr Pflege", still makes it the person: ``names`` asks only
  without one);
- **a German adverb of time**: "Sonntags kommen die meisten" for roster Sonntag: the
  adverbial genitive of a day;
- **one of a list of organisations** (round 18): "Zoll, Polizei und Arbeitsschutz", "Hermes,
  DPD und GLS", "Zoll und Steuerfahndung": a roster word joined by "und"/"and"/"oder"/"or"
  (or by commas in a list that one of them ends) to an acronym or an organisation noun is an
  organisation too; a comma alone is an apposition, "Weber, BMI," the participant and theirs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .affiliation_words import EN_ROLES
from .name_noun_senses import TRADES
from .name_shapes import CONTRIBUTION_AFTER
from .tokens import _german_role, classify

_ROLE_WORDS = frozenset(r for r in EN_ROLES if r.isalpha()) | TRADES
# days and times of day ("Winters Vorschlag", "Sommers Zahlen" are names far more often)
_TIMES = frozenset({"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                    "sonntag", "morgen", "mittag", "abend", "nacht"})


def noun_form(text: str, end: int, word: str, genitive: bool, fuzzy: bool, english: bool,
              names: Iterable[str]) -> bool:
    """Whether the lone roster word *word* ending at *end* is a noun by its form (above);
    *names*: the folded roster names it can stand for, *genitive*: it is one of them with
    an "s", *fuzzy*: a typo of one, *english*: the text is English."""
    low = word.lower()
    names = set(names)
    if genitive and not CONTRIBUTION_AFTER.match(text, end) and low[:-1] in names:
        base = low[:-1]
        if english and base in _ROLE_WORDS:
            return True  # "the nurses from Kerala"
        if not english and base in _TIMES:
            return True  # "Sonntags kommen die meisten"
    return fuzzy and word[:1].isupper() and any(
        (n in _ROLE_WORDS or _german_role(n)) and n in {low + "r", low + "er"} for n in names)


_ITEM = r"(?:(?:die|der|das|the)[ \t]+)?([^\W\d_][\w.&-]*)"
_CONJUNCTION = r"(?:und|and|oder|or|&)"
# the next item, and whether a conjunction joins it or one comes later in the list
_NEXT_ITEM = re.compile(rf"[ \t]*(,|/|{_CONJUNCTION}\b)[ \t]*{_ITEM}")
_LIST_GOES_ON = re.compile(rf"(?:[ \t]*,[ \t]*{_ITEM}){{0,3}}[ \t]*,?[ \t]*{_CONJUNCTION}\b")
_PREVIOUS_ITEM = re.compile(rf"{_ITEM}[ \t]*(,|{_CONJUNCTION})[ \t]*$")
_ORGANISATION = {"strong", "weak", "civic", "acronym"}
# a person's people, not an organisation: "Mills and colleagues", "Kern und Team"
_PEOPLE = frozenset({"colleagues", "kollegen", "kolleginnen", "team", "teams", "friends",
                     "partner", "partners", "partnerin", "family", "familie", "co", "others"})


# a person's organisation before the list's next item: "Stefan vom DGB und Tobias …",
# "Grace from the Kenyan embassy and Hope …" (a list of people, each with theirs)
_LINK_BEFORE = re.compile(r"(?i)\b(?:von|vom|from|aus|at|bei|beim|of|with|zu|zum|zur)"
                          r"(?:[ \t]+[\w.&-]+){0,3}?[ \t]*$")


def listed_with_organisations(text: str, start: int, end: int, english: bool,
                              is_name: Callable[[str], bool]) -> bool:
    """Whether the roster word ``text[start:end]`` is one of a bare list of organisations
    (the module's doc); *is_name* tells another roster name, which makes it a list of
    people ("Heim und Yavuz", "Mercy und Charity")."""
    lang = "en" if english else "de"

    def organisation(word: str) -> bool:
        return not is_name(word) and word.lower() not in _PEOPLE and (
            word.isupper() and len(word) >= 2
            or classify(word, lang, frozenset()) in _ORGANISATION)

    after = _NEXT_ITEM.match(text, end)
    if after and organisation(after.group(2)) and (
            after.group(1) not in {",", "/"} or _LIST_GOES_ON.match(text, after.end())):
        return True
    before = _PREVIOUS_ITEM.search(text, max(0, start - 40), start)
    return bool(before and organisation(before.group(1)) and (
        before.group(2) != "," or _LIST_GOES_ON.match(text, end))  # "Polizei, Zoll und …"
        and not _LINK_BEFORE.search(text, max(0, before.start() - 40), before.start()))
