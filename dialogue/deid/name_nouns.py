"""Round 17: a roster word whose form makes it a noun, not the participant.

- **the plural of a role or trade** in English: roster "Nurse", "the nurses from Kerala",
  "Nurses are leaving"; English has no genitive without an apostrophe, so name + "s" is the
  plural ("Nurses' pay" keeps its apostrophe, and "nurses point" before a contribution
  stays the person's);
- **the noun a role is made from**: "Pflege" is one letter from roster Pfleger, but it is the
  word the job title is made of (-r, -er), not a misspelt surname ("Müler", "Beckr" are;
  and a title in front, "Herr Pflege", still makes it the person: ``names`` asks only
  without one);
- **a German adverb of time**: "Sonntags kommen die meisten", "winters ist es leer" for
  roster Sonntag or Winter: the adverbial genitive of a day or a season.
"""

from __future__ import annotations

from collections.abc import Iterable

from .affiliation_words import EN_ROLES
from .name_noun_senses import TRADES
from .name_shapes import CONTRIBUTION_AFTER
from .tokens import _german_role

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
