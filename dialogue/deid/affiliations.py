"""AFFILIATION detection: phrases in which writers reveal their own organisation or post.

An organisation named as the *subject* of a sentence ("the BMZ should lead ...") is fine
under the Chatham House Rule; what must go is the self-reference that ties the writer to
it ("in my unit at the BMZ", "wir bei der GIZ", "as head of the Central Asia desk").  So
every pattern below starts from a first-person trigger (my/our/we/I/here, mein/unser/wir/
ich/bei uns) and then requires either a unit word that is revealing by itself ("our
ministry", "unser Haus") or a known organisation (``ORG``) after it.  ``ORG`` is built from
the gazetteer, the roster's affiliations and their acronyms, and a generic embassy phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import gazetteer

# Words at the start of an affiliation that say nothing about which organisation it is.
_GENERIC_FIRST_WORDS = {
    "federal", "embassy", "deutsche", "deutscher", "deutsches", "international", "european",
    "zentrale", "bundesministerium", "ministry", "german", "the", "republic", "office",
}

# --- English grammar -------------------------------------------------------------------
# Units that reveal an affiliation even without naming it: "our ministry", "my desk".
_UNIT_ALONE = (
    r"unit|ministry|embassy|consulate|department|division|directorate(?:[- ]general)?|desk|"
    r"NGO|agency|organi[sz]ation|institute|delegation|secretariat|chamber|high\s+commission|"
    r"federation|association"
)
# Units that only reveal something together with an organisation: "my team at IOM".
_UNIT_WITH_ORG = (
    r"team|office|colleagues|company|firm|foundation|network|house|bank|centre|center|"
    r"council|service|mission|programme|program|project|section|group|staff|people"
)
_ROLE_ALONE = (
    r"ambassador|deputy\s+ambassador|desk\s+officer|(?:deputy\s+)?director(?:[- ]general)?|"
    r"consul(?:[- ]general)?|attach[ée]|counsell?or|state\s+secretary|chargé\s+d'affaires|"
    r"head\s+of\s+(?:mission|unit|division|department|section|delegation)|"
    r"head\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:desk|unit|division|department|section|directorate|team|office|programme)"
)
_ROLE_WITH_ORG = (
    r"researcher|economist|officer|adviser|advisor|expert|specialist|employee|"
    r"representative|coordinator|manager|analyst|fellow|consultant|lawyer|member|head"
)
_EN_PREP = r"(?:at|in|of|from|within|for|with)"
_MY = {"my", "our"}
_WORD = re.compile(r"[^\W\d_]+")

# --- German grammar --------------------------------------------------------------------
_POSS = r"(?:mein|unser)(?:e|em|en|er|es)?"
_DE_POSS_FORMS = {p + e for p in ("mein", "unser") for e in ("", "e", "em", "en", "er", "es")}
_DUNIT_ALONE = (
    r"Referat(?:s|es)?|Abteilung|Unterabteilung|Ministerium(?:s)?|Haus(?:e|es)?|Botschaft|"
    r"Generalkonsulat(?:s|es)?|Konsulat(?:s|es)?|Behörde|Amt(?:s|es)?|Dienststelle|"
    r"Organisation|Verband(?:s|es)?|Institut(?:s|es)?|Stiftung|Kammer|Auslandsvertretung|"
    r"Vertretung|Delegation|Direktion|Referatsleitung|Abteilungsleitung|Arbeitsstab|"
    r"Stab(?:s|es)?|Sekretariat|Fachbereich|Hilfswerk(?:s|es)?|NGO"
)
_DUNIT_WITH_ORG = (
    r"Teams?|Kolleg(?:inn)?en|Kollegium|Büros?|Projekt(?:s|es)?|Bereich(?:s|es)?|"
    r"Arbeitsbereich|Leute|Mitarbeitende[n]?|Unternehmen(?:s)?|Firma"
)
_DROLE_ALONE = (
    r"Botschafter(?:in)?|Referatsleiter(?:in)?|Abteilungsleiter(?:in)?|"
    r"Unterabteilungsleiter(?:in)?|Gesandte[rn]?|Generalkonsul(?:in)?|Konsul(?:in)?|"
    r"Staatssekretär(?:in)?|Attaché|Direktor(?:in)?|Geschäftsführer(?:in)?|"
    r"Leiter(?:in)?\s+(?:des|der|eines|einer)\s+[\w-]+"
)
_DROLE_WITH_ORG = (
    r"Referent(?:in)?|Mitarbeiter(?:in)?|Sachbearbeiter(?:in)?|Vertreter(?:in)?|"
    r"Wissenschaftler(?:in)?|Forscher(?:in)?|Berater(?:in)?|Expert(?:e|in)|"
    r"Beschäftigte[r]?|Präsident(?:in)?|Koordinator(?:in)?|Leiter(?:in)?|Teil"
)
_DE_PREP = (
    r"(?:im|in\s+der|in\s+dem|bei\s+der|bei\s+dem|beim|bei|am|vom|von\s+der|von\s+den|"
    r"aus\s+dem|aus\s+der|des|der|für\s+(?:das|die|den))"
)


def _acronyms_of(affiliation: str) -> set[str]:
    """Short forms of a roster affiliation: "(BMZ)", capitals, a distinctive first word."""
    found = set(re.findall(r"\(([^()]{2,20})\)", affiliation))
    words = re.sub(r"\([^()]*\)", " ", affiliation).split()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    if len(capitals) >= 3:
        found.add(capitals)
    if words and len(words[0]) >= 4 and words[0].lower() not in _GENERIC_FIRST_WORDS:
        found.add(words[0])
    return {a.strip() for a in found if len(a.strip()) >= 2}


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first, with flexible whitespace inside multi-word names."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in unique)


def _embassy_pattern() -> str:
    """Generic diplomatic missions: "the Kenyan embassy", "die kenianische Botschaft"."""
    en_countries = _alternation(c[0] for c in gazetteer.COUNTRIES)
    de_countries = _alternation(c[1] for c in gazetteer.COUNTRIES)
    en_adj = _alternation(c[2] for c in gazetteer.COUNTRIES)
    de_adj = _alternation(c[3] for c in gazetteer.COUNTRIES)
    en = (
        rf"(?:(?:{en_adj})\s+)?(?:embassy|consulate(?:[- ]general)?|high\s+commission|"
        rf"permanent\s+mission|mission)(?:\s+(?:of|in)\s+(?:the\s+)?"
        rf"(?:(?:Republic|Kingdom|Federal\s+Republic)\s+of\s+(?:the\s+)?)?(?:{en_countries}))?"
    )
    de = (
        rf"(?:(?:{de_adj})(?:e|en|er|es)?\s+)?(?:Botschaft|Generalkonsulat|Konsulat|"
        rf"Auslandsvertretung)(?:\s+(?:von|der\s+Republik|des\s+Königreichs|in)\s+"
        rf"(?:{de_countries}))?"
    )
    # "we from the Ghanaian side", "wir von der kenianischen Seite" reveal a delegation too.
    en_side = rf"(?:{en_adj})\s+(?:side|government|delegation|authorities)"
    de_side = rf"(?:{de_adj})(?:e|en|er)?\s+(?:Seite|Regierung|Delegation|Behörden)"
    return f"{en}|{de}|{en_side}|{de_side}"


class AffiliationMatcher:
    """Find self-referential affiliation phrases; build once per roster."""

    def __init__(self, affiliations: Iterable[str] = ()):
        names = list(gazetteer.ORGANISATION_NAMES)
        acronyms = list(gazetteer.ORGANISATION_ACRONYMS)
        for affiliation in affiliations:
            if not affiliation.strip():
                continue
            names.append(affiliation.strip())
            names.append(re.sub(r"\s*\([^()]*\)", "", affiliation).strip())
            acronyms.extend(_acronyms_of(affiliation))
        # Full names are matched case-insensitively, acronyms exactly ("BA" is not "ba").
        org = (
            rf"(?:(?:the|der|die|das|dem|den|des)\s+)?"
            rf"(?:{_alternation(names)}|(?-i:{_alternation(acronyms)})|{_embassy_pattern()})"
            r"(?![\w-])"
        )
        patterns = [
            # "in my unit at the BMZ", "our ministry", "my department at the BMAS"
            (_MY, rf"\b(?:(?:in|at|from|within|for|of)\s+)?(?:my|our)\s+(?:own\s+)?"
                  rf"(?:[\w-]+\s+)?(?:{_UNIT_ALONE})\b(?:\s+{_EN_PREP}\s+{org})?"),
            # "our team at IOM", "my colleagues at the BAMF"
            (_MY, rf"\b(?:(?:in|at|from|within|for|of)\s+)?(?:my|our)\s+(?:own\s+)?"
                  rf"(?:[\w-]+\s+)?(?:{_UNIT_WITH_ORG})\s+{_EN_PREP}\s+{org}"),
            # "we at the embassy", "we in the BMI", "here at the Goethe-Institut"
            ({"we", "us"}, rf"\b(?:we|us)\s+(?:here\s+)?(?:at|in|from|within)\s+{org}"),
            ({"here"}, rf"\bhere\s+(?:at|in)\s+{org}"),
            # "speaking for GIZ", "I speak on behalf of UNHCR", "I represent the DIHK"
            ({"speaking", "writing"},
             rf"\b(?:speaking|writing)\s+(?:here\s+)?(?:for|on\s+behalf\s+of)\s+{org}"),
            ({"speak", "write"},
             rf"\bI\s+(?:speak|write)\s+(?:here\s+)?(?:for|on\s+behalf\s+of)\s+{org}"),
            ({"represent"}, rf"\bI\s+represent\s+{org}"),
            # "I am from GIZ", "I'm with the ZAV", "I am a researcher at the SVR"
            ({"am", "m"}, rf"\bI(?:'m|’m|\s+am)\s+(?:(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
                          rf"(?:with|from|at|in)\s+{org}"),
            ({"work", "worked", "serve", "served"},
             rf"\bI\s+(?:work|worked|serve|served)\s+"
             rf"(?:as\s+(?:a|an|the\s+)?[\w\s-]{{1,30}}?\s+)?(?:for|at|in|with)\s+{org}"),
            # "as head of the Central Asia desk", "in my role as ambassador"
            ({"as"}, rf"\b(?:as|in\s+my\s+(?:role|capacity|function)\s+as)\s+(?:(?:a|an|the)\s+)?"
                     rf"(?:{_ROLE_ALONE})\b(?:\s+{_EN_PREP}\s+{org})?"),
            ({"as"}, rf"\b(?:as|in\s+my\s+(?:role|capacity|function)\s+as)\s+(?:(?:a|an|the)\s+)?"
                     rf"(?:[\w-]+\s+)?(?:{_ROLE_WITH_ORG})\s+{_EN_PREP}\s+{org}"),
            # "we as an NGO", "we as the embassy"
            ({"we"}, rf"\bwe\s+as\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?"
                     rf"(?:(?:{_UNIT_ALONE})\b|{org})"),
            # "I lead the team that negotiated ...", "I head the Western Balkans desk"
            ({"lead", "head", "run", "chair", "manage"},
             r"\bI\s+(?:lead|head|run|chair|manage)\s+(?:the|our|a|an)\s+(?:[\w-]+\s+){0,3}?"
             r"(?:desk|unit|division|department|section|directorate|team|office|delegation)\b"),
            # "At GIZ, we ..."
            ({"we"}, rf"\b(?:at|in)\s+{org},?\s+we\b"),
            # German: "in unserem Referat", "meiner Abteilung im BMI", "unser Haus"
            (_DE_POSS_FORMS,
             rf"\b(?:(?:in|aus|von|bei|an|für|mit|zu)\s+)?(?:Sicht\s+)?{_POSS}\s+(?:[\w-]+\s+)?"
             rf"(?-i:{_DUNIT_ALONE})\b(?:\s+{_DE_PREP}\s+{org})?"),
            (_DE_POSS_FORMS,
             rf"\b(?:(?:in|aus|von|bei|an|für|mit|zu)\s+)?{_POSS}\s+(?:[\w-]+\s+)?"
             rf"(?-i:{_DUNIT_WITH_ORG})\s+{_DE_PREP}\s+{org}"),
            # "bei uns im Auswärtigen Amt", "wir bei der GIZ", "wir von der Botschaft"
            ({"uns", "wir"}, rf"\b(?:bei\s+uns|wir(?:\s+hier)?)\s+{_DE_PREP}\s+"
                             rf"(?:{org}|(?-i:{_DUNIT_ALONE})\b)"),
            # "ich als Referentin im BMAS", "als Leiterin des Referats ...", "als Botschafter"
            ({"als"}, rf"\b(?:ich\s+(?:bin\s+)?)?als\s+(?-i:{_DROLE_ALONE})\b"
                      rf"(?:\s+{_DE_PREP}\s+{org})?"),
            ({"als"}, rf"\b(?:ich\s+(?:bin\s+)?)?als\s+(?:[\w-]+\s+)?(?-i:{_DROLE_WITH_ORG})\s+"
                      rf"{_DE_PREP}\s+{org}"),
            # "ich arbeite beim BAMF", "ich bin bei der KfW", "ich spreche hier für die Caritas"
            ({"arbeite", "bin", "war"},
             rf"\bich\s+(?:arbeite|bin|war)\s+(?:seit\s+\w+(?:\s+\w+)?\s+)?{_DE_PREP}\s+{org}"),
            ({"spreche"}, rf"\bich\s+spreche\s+(?:hier\s+)?(?:für|im\s+Namen)\s+{org}"),
            ({"spreche"}, rf"\bfür\s+{org}\s+spreche\s+ich\b"),
            ({"hier"}, rf"\bhier\s+(?:im|in\s+der|bei\s+der|beim)\s+{org}"),
        ]
        # Each pattern is guarded by the words it cannot match without, so that a text
        # only pays for the few patterns whose trigger words it contains.
        self._patterns = [(frozenset(g), re.compile(p, re.IGNORECASE)) for g, p in patterns]

    def find(self, text: str) -> list[tuple[int, int]]:
        """Return (start, end) ranges of affiliation disclosures, possibly overlapping."""
        words = set(_WORD.findall(text.lower()))
        found = []
        for gate, pattern in self._patterns:
            if gate & words:
                found.extend(m.span() for m in pattern.finditer(text))
        return found
