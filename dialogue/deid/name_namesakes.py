"""Somebody else who shares a roster name: a famous or other bearer of the surname ("Beatrix
von Storch", "Levi Strauss … Strauss himself"), a given name before a country ("Felix
Austria"), another given name one letter off ("Katrina" for roster Katrin), surnames listed as
a nation's names ("Santos, Reyes, Cruz – typical Filipino names").

Shapes of ``name_kinds.ordinary_sense``, split from ``name_kinds.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from .gazetteer import COUNTRIES
from .name_context import fold

if TYPE_CHECKING:
    from .names import NameMatcher, _Part


# Surnames listed as examples of a nation's names: "Santos, Reyes, Cruz – typical Filipino
# names", "Mwangi, Kamau und Otieno sind häufige kenianische Namen"
_CAPITAL_LIST = re.compile(r"[A-ZÄÖÜ][\w-]*(?:(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|und|or|oder|&)"
                           r"[ \t]+)[A-ZÄÖÜ][\w-]*)+")
# "names like Santos or Reyes", "Namen wie Santos und Reyes", "a surname such as …"
_NAMES_LIKE_BEFORE = re.compile(
    r"(?i)\b(?:(?:sur|family[ \t]+|last[ \t]+|first[ \t]+)?names?|(?:nach|familien|vor)?namen)"
    r"[ \t]+(?:like|such[ \t]+as|wie|etwa|as)[ \t]+(?-i:[A-ZÄÖÜ][\w-]*)?"
    r"(?:(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|und|or|oder|&)[ \t]+)(?-i:[A-ZÄÖÜ])[\w-]*)*"
    r"(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|und|or|oder|&)[ \t]+)?$")
_NATION_NAMES = re.compile(
    r"(?i)\b(?:[a-zäöü]+(?:ische[nrs]?|isch|ese|ish|ian|an|ino|ina|i)|typical|typische[nr]?|"
    r"common|häufige[nr]?|gängige[nr]?|verbreitete[nr]?|klassische[nr]?|typically|"
    r"many|viele)[ \t]+(?:(?:sur|family[ \t]+|last[ \t]+|first[ \t]+)?names|"
    r"(?:nach|familien|vor)?namen)\b|\bnames[ \t]+(?:from|in)[ \t]+(?-i:[A-Z])|"
    r"\bnamen[ \t]+aus[ \t]+(?-i:[A-ZÄÖÜ])")
# A given name and a particle before the surname: "Beatrix von Storch" (not "der Hinweis
# von Storch", "Grüße von Storch": a noun after an article, or a message).
_PARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"„“]))([A-ZÄÖÜ][a-zäöüß]+)[ \t]+"
                              r"(?:von[ \t]+der|von[ \t]+dem|von|van[ \t]+der|van|de|"
                              r"della|di)[ \t]+$")  # not "zu": "Korrektur zu Hartmanns …"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_MESSAGE_NOUNS = frozenset(fold(w) for w in {
    "post", "lob", "gruß", "gruss", "grüße", "gruesse", "dank", "input", "feedback", "kritik",
    "antwort", "mail", "nachricht", "hinweis", "frage", "fragen", "beitrag", "kommentar",
    "vorschlag", "idee", "zitat", "applaus", "einwand", "widerspruch", "zustimmung", "text",
    "papier", "folien", "notiz", "notizen", "rückfrage", "anmerkung", "punkt", "daten",
    "zahlen", "bericht", "brief", "anruf", "einladung", "termin", "tabelle", "liste", "news",
    "update", "message", "note", "email", "e-mail", "slides", "paper", "report", "letter",
    "call", "point", "comment", "question", "greetings", "thanks", "regards"})
_NOT_GIVEN_BEFORE = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "mit", "für", "ohne", "durch", "über", "the", "a", "an", "with", "from"})
_COUNTRY_WORDS = frozenset(
    fold(w) for c in COUNTRIES for w in c[:2]) | {
    "europe", "europa", "africa", "afrika", "asia", "asien", "america", "amerika"}


def listed_as_names(text: str, start: int, end: int) -> bool:
    """One of a list of capitalised words in a sentence about a nation's names."""
    if _NAMES_LIKE_BEFORE.search(text, max(0, start - 80), start):
        return True
    for m in _CAPITAL_LIST.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() <= start < m.end():
            window = text[max(0, m.start() - 60):min(len(text), m.end() + 120)]
            return bool(_NATION_NAMES.search(window))
    return False


def namesake_before(text: str, start: int, given: Collection[str],
                     own_particle: Callable[[str], bool]) -> bool:
    """Another given name before the surname: "Beatrix von Storch", "Felix" before a country
    is handled by ``before_country``."""
    m = _PARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    candidate = m.group(1)
    particle = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if particle and own_particle(fold(particle.group(1))):
        return False  # "Wie van der Berg sagte": the participant's own particle
    if fold(candidate) in given or fold(candidate) in _MESSAGE_NOUNS:
        return False
    if candidate.endswith(("ung", "heit", "keit", "schaft", "tion", "nis", "tät")):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return not (before and (before.group(1).lower() in _NOT_GIVEN_BEFORE
                            or re.search(r"(?:e|en|er|es|em)$", before.group(1))
                            and before.group(1).islower()))


def before_country(text: str, end: int) -> bool:
    """A given name right before a country: "Felix Austria" (not "Felix, Austria …")."""
    m = re.match(r"[ \t]+([A-ZÄÖÜ][a-zäöüß]+)\b", text[end:end + 30])
    return bool(m and fold(m.group(1)) in _COUNTRY_WORDS)


def namesake_named_before(matcher: NameMatcher, text: str, start: int, word: str,
                           parts: list[_Part], namesake_at: Callable[[int], bool]) -> bool:
    """The surname was used earlier in the text for somebody else, with a given name that
    is not the participant's or as a public figure: "Levi Strauss made jeans … Strauss
    himself", "Werner Herzog … Herzog's films". The lone surname later is that person."""
    from .name_neighbours import someone_else

    if text.find(word, max(0, start - 400), start) < 0:
        return False  # the common case: no earlier mention
    if _IN_ROOM_AFTER.match(text, start + len(word)):
        return False  # "… but as Mahler said earlier, our slides …": the participant
    for m in re.compile(rf"\b{re.escape(word)}\b").finditer(text, max(0, start - 400), start):
        prev = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not prev:
            continue
        public = matcher._public.get(fold(prev.group(1)))
        if public and (pm := public.match(text, prev.start(1))) and pm.end() >= m.end():
            return True  # "Olaf Scholz … Scholz": the public figure
        if someone_else(matcher, text, m.start(), m.end(), parts) or namesake_at(m.start()):
            return True
    return False


# Words after a mention that show the person in the room, addressed or speaking here
_IN_ROOM_AFTER = re.compile(
    r"(?i)(?:['’]s)?(?:[ \t]+(?:has[ \t]+)?(?:said|mentioned|asked|noted|wrote|sagte|meinte|"
    r"erwähnte|fragte|schrieb|hat[ \t]+(?:gesagt|erwähnt|gefragt|geschrieben))[ \t]+(?:earlier|"
    r"just|here|today|this\s+morning|above|vorhin|eben|gerade|hier|heute|oben)|[ \t]*,[ \t]+"
    r"(?:you|could\s+you|can\s+you|would\s+you|du|kannst|könnten\s+Sie|haben\s+Sie))\b")
# A capitalised word and an optional particle before an earlier mention of the surname
_GIVEN_BEFORE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)[ \t]+(?:(?:von|van|de|der|zu)[ \t]+)*$")


def another_given_name(word: str, own: Collection[str]) -> bool:
    """A fuzzy match that is another given name: one letter "a" or "e" more or fewer at the
    end ("Katrina" for Katrin, "Daniela" for Daniel, "Simon" for Simone)."""
    key = fold(word)
    return any(key == g + "a" or key == g + "e" or g == key + "a" or g == key + "e"
               for g in own)
