"""Written forms of a roster name that the dictionary lookup of ``names.py`` cannot see alone.

- initials of the family name after the given name: "Joy M.-B." for Joy Mensah-Boateng,
  "Tariq N." (the initials must be the participant's own, in order);
- a lower-case typo of a surname in a slot that only a name fills: before a verb of
  speaking ("+1 to what kowalcyk wrote") – fuzzy matching is otherwise for capitals only;
- the German genitive of a short given name before a noun: "Lis Hinweis", "Bos Frage" (a
  four-letter genitive is looked up anyway; shorter ones need the capitalised noun after).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .name_context import fold
from .name_context import looks_like_english as _looks_english

_WORD = re.compile(r"[^\W\d_]+")
# Titles and forms of address that may precede a name; they make a short or word-like name
# unambiguous and are included in the span ("Frau Dr. Müller").
TITLE_WORDS = (
    r"Dr|Prof|Professor(?:in)?|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Frau|Herr|Herrn|Minister(?:in)?|"
    r"Ambassador|Botschafter(?:in)?|Staatssekretär(?:in)?|State\s+Secretary|Secretary|"
    r"Colleague|Kolleg(?:e|in|en)|Director|Direktor(?:in)?|Consul|Konsul(?:in)?|Dir|Hon|"
    r"Madam|Madame|Mme|Mlle|Monsieur|Signora|Signor|Pak|Bapak|Ibu|Shri|Smt|Chief|Señora|Señor|Sra|Pfarrer(?:in)?|Pastor(?:in)?|Reverend|Rev|Imam|Rabbi"
)
# Offices and professions used as forms of address ("Oberstaatsanwalt Koch", "Judge Klein"):
# titles before a roster name, but not in the roster-free warning (``warning.py`` reads
# ``TITLE_WORDS`` only), where "Attorney General" or "Richter Bayerns" would be names.
OFFICE_TITLE_WORDS = (
    r"(?:Ober)?[Ss]taatsanw[aä]lt(?:in)?|Rechtsanw[aä]lt(?:in)?|Anw[aä]lt(?:in)?|Richter(?:in)?|"
    r"(?:Polizei|Haupt|Kriminal|Polizeihaupt|Kriminalhaupt)?[Kk]ommissar(?:in)?|Doktor|"
    r"(?:Ober)?[Ää]rzt(?:in)?|(?:Ober)?[Aa]rzt|Doctor|Nurse|Officer|Coach|(?:Ober)?[Bb]ürgermeister(?:in)?|Landr[aä]t(?:in)?|"
    r"Senator(?:in)?|Generalkonsul(?:in)?|Rektor(?:in)?|Dekan(?:in)?|Judge|Prosecutor|"
    r"Attorney|Inspector|Detective|Commissioner|Mayor|Council+or|Governor|Sergeant|Captain|"
    r"Colonel|Superintendent|Counsel|"
    # diplomatic and civil-service ranks (round 11): "Counsellor Mbeki", "Botschaftsrätin
    # Weber", "Legationsrat Kim", "Ministerialrätin Vogt", "Regierungsdirektor Brandt"
    r"Counsell?or|Minister[- ]Counsell?or|First\s+Secretary|Second\s+Secretary|"
    r"Third\s+Secretary|Attach[ée]|Envoy|Vice[- ]Consul|Chargée?\s+d['’]affaires|"
    r"Botschaftsr[aä]t(?:in)?|Gesandte[r]?|Legationsr[aä]t(?:in)?|Vizekonsul(?:in)?|"
    r"Ministerialr[aä]t(?:in)?|Ministerialdirigent(?:in)?|Ministerialdirektor(?:in)?|"
    r"(?:Ober)?[Rr]egierungsr[aä]t(?:in)?|Regierungsdirektor(?:in)?|Staatsminister(?:in)?|"
    r"Referatsleiter(?:in)?|Abteilungsleiter(?:in)?|Amtsleiter(?:in)?|Gesandtschaftsr[aä]t(?:in)?|"
    r"Vizepräsident(?:in)?|"  # round 16: "Vizepräsidentin Hell" (an office: name_offices)
    # round 18: the ranks of police, justice and civil service ("Polizeioberrat Wróbel",
    # "Kriminalhauptkommissarin", "Oberamtsrätin"), and Polish and Czech forms of address
    r"(?:Polizei|Kriminal|Regierungs|Amts|Studien|Verwaltungs|Justiz|Ober)(?:ober|haupt)?"
    r"r[aä]t(?:in)?|Pani|Panie|Paní|Hr|Hrn|Fr|Kapitän(?:in)?|"
    # round 20: military ranks ("Oberstleutnant Halbritter") and a county's head
    r"Oberst(?:leutnant)?|Leutnant|Hauptmann|Major|General(?:leutnant|major)?|Admiral|"
    r"Lieutenant|Brigadier|(?:District\s+)?Administrator"
)
TITLES_BEFORE = re.compile(rf"(?i)(?:\b(?:{TITLE_WORDS}|{OFFICE_TITLE_WORDS})\.?\s+)+$")
_INITIALS = re.compile(r"[ \t]+([A-ZÄÖÜ])\.(?:\s?[-‐]\s?([A-ZÄÖÜ])\.)?")
# Verbs after which a lower-case word is somebody's name even with a typo ("kowalcyk wrote");
# "has", "had", "hat" follow any noun and are left out.
_SPEECH = {"said", "says", "wrote", "writes", "mentioned", "asked", "argued", "noted",
           "suggested", "proposed", "explained", "pointed", "sagte", "meinte", "schrieb",
           "fragte", "erwähnte", "betonte", "erklärte", "schlug"}
_NOT_BEFORE = {"the", "a", "an", "this", "that", "der", "die", "das", "ein", "eine", "dem",
               "den", "des"}
_SHORT_GENITIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{1,2}s")
_NOUN_AFTER = re.compile(r"[ \t]+[A-ZÄÖÜ][a-zäöüß]{2,}")


def family_initials(family_words: Sequence[str], particles: Iterable[str]) -> str:
    """ "mb" for "Mensah-Boateng", "s" for "von Stein" (particles have no initial)."""
    skip = set(particles)
    tokens = [fold(t) for w in family_words for t in _WORD.findall(w)]
    return "".join(t[0] for t in tokens if t not in skip)


def initials_after(text: str, end: int, own: Sequence[str]) -> int | None:
    """Where "M.-B." after a given name ends, when the letters begin one of *own*."""
    m = _INITIALS.match(text, end)
    if not m:
        return None
    letters = "".join(fold(g) for g in m.groups() if g)
    return m.end() if any(o.startswith(letters) for o in own if o) else None


# Between a name and its verb of speaking: another name joined by "and" ("okafor and
# mensah said"), an adverb ("basically said", "also wrote", "hat auch gesagt" is not here).
_SPEECH_GAP = re.compile(r"(?:[ \t]+(?:and|und|&|or|oder)[ \t]+[^\W\d_]+)?"
                         r"(?:[ \t]+(?:[a-z]+ly|also|both|just|already|auch|beide|schon|eben|"
                         r"ebenfalls))?[ \t]+")


def speech_after(text: str, end: int) -> bool:
    """A verb of speaking after the word ending at *end*, behind at most another name joined
    by "and" and an adverb: "kowalcyk wrote", "okafor and mensah basically said"."""
    gap = _SPEECH_GAP.match(text, end)
    following = _WORD.match(text, gap.end()) if gap else None
    return bool(following and following.group().lower() in _SPEECH)


def lower_case_slot(text: str, m: re.Match[str]) -> bool:
    """A lower-case word before a verb of speaking, not after an article ("what kowalcyk
    wrote", but not "the waiter said")."""
    if not speech_after(text, m.end()):
        return False
    prev = re.search(r"([^\W\d_]+)\W*$", text[max(0, m.start() - 30):m.start()])
    return not (prev and prev.group(1).lower() in _NOT_BEFORE)


def short_genitive(text: str, m: re.Match[str]) -> bool:
    """ "Lis Hinweis": a capitalised short word with a genitive -s before a German noun."""
    return bool(_SHORT_GENITIVE.fullmatch(m.group()) and _NOUN_AFTER.match(text, m.end())
                and not _looks_english(text))
