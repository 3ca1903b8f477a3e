"""The warning an author sees before posting: roster independent by construction.

The roster-aware ``Detector`` tells a walk-in who is on the invite list: type a candidate
name, see whether it is flagged (issue 12, point 9).  So what the *author* is shown never
reads the roster.  It is the union of

- the detector built with no roster (contacts; the affiliation grammar, which needs no
  organisation list), and
- names that *look like* a person's name, whoever they are: a title and a capitalised
  word ("Frau Okafor", "Dr. Lindqvist"), a common first name and a capitalised word
  ("Thomas Bremer"), a capitalised first name on its own mid-sentence ("as Katharina
  said" only if "Katharina" is a common first name), and in English two or more
  capitalised words in a row that are not an organisation, a place or a thing
  ("Wilhelmina Achterberg-Nkemelu"), unless they are a listed public figure.

A participant's name therefore earns the same warning as anybody else's name, and a
one-letter variant of a roster name earns the same as the name itself.  The roster-aware
spans still go to moderators and to the export review (``Contribution.flags``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import affiliation_words as words
from . import gazetteer
from .detector import PERSON, Detector, Span, merge
from .name_context import DE_MARKERS, EN_MARKERS, fold
from .names import _TITLE_WORDS

_CAP = r"[A-ZÄÖÜÀ-ÝĀ-Ž][\w'’]*(?:-[A-ZÄÖÜÀ-ÝĀ-Ž]?[\w'’]+)*"
_TITLED = re.compile(rf"\b(?:{_TITLE_WORDS}|Mme|Mlle)\.?(?:\s+(?:Dr|Prof)\.?)*\s+{_CAP}"
                     rf"(?:\s+{_CAP})?")
_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){_CAP}(?:\s+(?:(?:von|van|de|del|da|der|den|el|al|"
                              rf"bin|ibn|ben|dos|du|le|la)\s+)?{_CAP})+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+|\n\s*|[\"“„(]\s*)$")
# Capitalised words that are not names: things a policy text capitalises.
_THINGS = {
    "act", "programme", "program", "rule", "regulation", "agreement", "agreements",
    "partnership", "partnerships", "route", "sea", "gap", "card", "plan", "pact", "strategy",
    "report", "index", "fund", "day", "week", "law", "treaty", "process", "initiative",
    "convention", "compact", "summit", "conference", "forum", "dialogue", "framework",
    "group", "win", "policy", "visa", "visas", "balkans", "mediterranean", "sahel", "union",
    "states", "nations", "kingdom", "republic", "house", "council", "court", "western",
    "eastern", "northern", "southern", "central", "new", "united", "great", "middle", "north",
    "south", "east", "west", "global", "international", "national", "federal", "european",
    "i", "i'm", "i’m", "i'd", "i’d", "i've", "i’ve", "i'll", "i’ll", "ok", "okay", "thanks",
    "thank", "hello", "hi", "dear", "yes", "no", "please", "covid", "christmas", "easter",
}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "monday", "tuesday", "wednesday",
           "thursday", "friday", "saturday", "sunday"}


@lru_cache(maxsize=1)
def _contacts_and_affiliations() -> Detector:
    return Detector(())


_TITLES = re.compile(rf"(?i)(?:{_TITLE_WORDS}|Mme|Mlle)\.?$")


def _not_a_name(word: str) -> bool:
    low = word.lower()
    return (low in words.STOP or bool(_TITLES.match(word)) or low in words.DETERMINERS
            or low in _THINGS or low in _MONTHS
            or low in words.COUNTRY_WORDS or low in words.NATIONALITIES
            or low in words.EN_ORG_STRONG or low in words.EN_ORG_WEAK or low in words.EN_ROLES
            or low in gazetteer.NOT_NAMES or word.isupper()
            or low.rsplit("-", 1)[-1] in {"institut", "institute", "stiftung", "gmbh"})


def _public_figure(text: str, start: int, end: int) -> bool:
    """"Olaf Scholz's" or "Ursula von der Leyen": somebody everybody may name."""
    here = fold(text[start:end + 20])
    return any(here.startswith(fold(figure)) for figure in gazetteer.PUBLIC_FIGURES)


def _person_like(text: str) -> list[tuple[int, int]]:
    found = [m.span() for m in _TITLED.finditer(text)]
    first_names = gazetteer.COMMON_FIRST_NAMES
    lowered = [m.group().lower() for m in _WORD.finditer(text)]
    # German capitalises every noun, so runs of capitals mean names only in English.
    english = (sum(x in EN_MARKERS for x in lowered) >= sum(x in DE_MARKERS for x in lowered))
    for m in _WORD.finditer(text):
        word = m.group()
        if not word[:1].isupper() or fold(word) not in first_names:
            continue
        if fold(word) in gazetteer.NAME_LIKE_WORDS and _SENTENCE_START.search(text, 0, m.start()):
            continue  # "Will the BMI …", "Hope is not a strategy"
        after = re.match(rf"\s+({_CAP})", text[m.end():])
        if after and not _not_a_name(after.group(1)):
            found.append((m.start(), m.end() + after.end()))
        elif not _SENTENCE_START.search(text, 0, m.start()) or fold(word) not in \
                gazetteer.NAME_LIKE_WORDS:
            found.append(m.span())
    if english:
        for m in _CAPITALISED_RUN.finditer(text):
            found += _name_in_run(text, m)
    return [(a, b) for a, b in found if not _public_figure(text, a, b)]


def _name_in_run(text: str, m: re.Match[str]) -> list[tuple[int, int]]:
    """The name inside a run of capitalised words: "As Henrietta Quarshie-Lindqvist"."""
    parts = [(p.start() + m.start(), p.end() + m.start(), p.group())
             for p in re.finditer(r"\S+", m.group())]
    sentence_start = bool(_SENTENCE_START.search(text, 0, m.start()))
    while parts and (_not_a_name(parts[0][2].strip("'’")) or (
            sentence_start and len(parts) >= 3 and fold(parts[0][2]) not in
            gazetteer.COMMON_FIRST_NAMES)):
        parts.pop(0)
        sentence_start = False
    while parts and _not_a_name(parts[-1][2].strip("'’")):
        parts.pop()
    return [(parts[0][0], parts[-1][1])] if len(parts) >= 2 else []


def author_warning(text: str) -> list[Span]:
    """Spans to show the author before posting; never depends on any roster."""
    spans = _contacts_and_affiliations().find(text)
    spans += [Span(a, b, PERSON) for a, b in _person_like(text)]
    return merge(spans)
