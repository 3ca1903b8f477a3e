"""Phrases found from their end, and the clause that describes an organisation.

``backward_phrase`` walks back from a point to the noun phrase that ends there ("the
Senegalese employment office" before "…, where I sit"); ``describing_clause_end`` runs an
indefinite organisation on over the relative clause that says what it is ("a startup that
matches Indian developers with Mittelstand firms"). Split from ``phrases.py`` (h14q), which
walks phrases forward; ``phrases`` re-exports both.
"""

from __future__ import annotations

import re

from . import affiliation_words as w
from .tokens import _LINKS, _LOOSE_LINKS, Phrase, Tokens, classify


def backward_phrase(tokens: Tokens, pos: int) -> Phrase | None:
    """The noun phrase ending just before *pos* ("the Senegalese employment office")."""
    end = tokens.at(pos) - 1
    if end < 0:
        return None
    kinds: set[str] = set()
    k, first, lang = end, None, "de" if tokens.text(end)[:1].isupper() else "en"
    while k >= 0 and end - k < 8 and not tokens.token_blocked(k):
        word = tokens.text(k)
        low = word.lower()
        if low in w.DETERMINERS:
            first = k
            break
        if (low in _LOOSE_LINKS or low in _LINKS) and k != end or low in {"'", "’", "'s", "’s"}:
            k -= 1  # "the foreigners' office", "a firm in Suhl"
            continue
        if low in {"here", "hier"} and k != end and tokens.text(k + 1).lower() in _LINKS:
            k -= 1  # "Kenya's embassy *here* in Berlin, where I …"
            continue
        if low in w.NATIONAL_HEADS and k > 0 and classify(tokens.text(k - 1), lang,
                                                           tokens.known) == "nat":
            kinds.add("strong")  # "die senegalesische Seite"
        if low in w.STOP or low in _LINKS:
            break
        kind = classify(word, lang, tokens.known)
        if kind == "other":
            break
        kinds.add(kind)
        first = k
        k -= 1
    if first is None or not (kinds & {"strong", "weak", "acronym", "known"}
                             or {"civic", "proper"} <= kinds):  # "die Stadt Duisburg"
        return None
    if "weak" in kinds and "strong" not in kinds and end == first:
        return None
    kinds.add("strong")
    return Phrase(tokens.items[first][0], tokens.items[end][1], kinds)



_GENITIVE_LINKS = {"der", "des", "of"}
_CLAUSE_STOPS = {",", ".", ";", ":", "!", "?", "(", ")", "–", "—"}


def backward_over_genitive(tokens: Tokens, pos: int) -> Phrase | None:
    """An organisation with its genitive or "of" complement ending before *pos*: "Die
    Botschaft der Republik Kenia" or "The Embassy of the Republic of Kenya" before ", die
    ich vertrete" / ", which I represent" (``backward_phrase`` alone stops at the article
    of the complement). The nearest link within six words that has an organisation before
    it decides; the phrase runs from that organisation to *pos*."""
    end = tokens.at(pos) - 1
    k = end - 1
    while k > 0 and end - k <= 6 and tokens.text(k) not in _CLAUSE_STOPS:
        if tokens.text(k).lower() in _GENITIVE_LINKS and not tokens.token_blocked(k):
            head = backward_phrase(tokens, tokens.items[k][0])
            if head is not None:
                return Phrase(head.start, tokens.items[end][1], head.kinds)
        k -= 1
    return None

# A clause that says what the organisation is: "a startup that matches Indian developers
# with Mittelstand firms", "einem Start-up, das indische Entwickler … vermittelt". It is
# what identifies the organisation, so the span runs on to the clause's end.
_DESCRIBING = re.compile(r"\s*(?:,\s*)?(?:that|which|who)\s+(?!I\b|we\b)|"
                         r"\s*,\s*(?:der|die|das|welche[rs]?|dessen|deren)\s+(?!ich\b|wir\b)",
                         re.IGNORECASE)
# A definite unit is named by what it runs: "the BAMF team that runs the pilot in Accra",
# "das Team, das das Projekt in Tunis umsetzt"; not "the team that negotiated it". Round
# h14z made it a shape: in English any verb in the present's third person ("the unit that
# processes family reunification", "the desk that deals with returns") besides the past
# tenses of running; in German any relative clause that ends in its finite verb ("der
# Gruppe, die die Rückkehrberatung macht", "dem Referat, das sich um Visa kümmert"); a
# pronoun for the work ("that handles it", "die das macht") names nothing.
_UNIT_HEAD = re.compile(r"(?:team|unit|group|desk|division|section|department|office|service|"
                        r"cell|branch|Team|Referat|Abteilung|Gruppe|Arbeitsgruppe|Stelle|"
                        r"Fachstelle|Dienst|Sachgebiet|Fachbereich|Dezernat|Büro|Einheit|"
                        r"Stabsstelle|Fachdienst)\s*$")
_UNIT_RUNS = re.compile(r"\s*(?:,\s*)?(?:that|which)\s+(?:(?:runs|ran|manages|managed|leads|"
                        r"led|coordinates|coordinated|implements|implemented|oversees|"
                        r"handles|works\s+on)\s|(?!is\b|was\b|has\b|does\b|says\b|"
                        r"seems\b|thinks\b|means\b|needs\b)[a-z]{3,}(?:es|s)\s+(?:with\s+|"
                        r"for\s+|after\s+|on\s+)?(?!it\b|this\b|that\b|them\b|so\b)"
                        r"[\w-])|\s*,\s*(?:das|die|der)\s+(?!ich\b|wir\b|es\b|das\s+"
                        r"(?:macht|tut)\b)[^,.;:!?]{3,70}?\s[a-zäöüß]{3,}(?:t|en)\b"
                        r"(?=\s*(?:[,.;:!?)–—]|$|und\b|and\b))")
_INDEFINITE = {"a", "an", "ein", "eine", "einem", "einer", "einen", "eines"}
_CLAUSE_REST = re.compile(r"[^.;:!?()\n,–—]{1,140}")


def describing_clause_end(text: str, tokens: Tokens, phrase: Phrase) -> int:
    """The end of *phrase*, or of the relative clause that describes its organisation.

    Only an indefinite phrase is described by its clause ("a startup that matches …"); a
    definite one is named already ("I lead the team that negotiated it")."""
    first = tokens.at(phrase.start) - 1  # the phrase starts after its determiner
    inner = [i for i in range(first + 1, tokens.at(phrase.end))
             if tokens.text(i).lower() in _INDEFINITE]
    if inner:  # "Mitgründerin *eines* Berliner Start-ups, das …": the last organisation's
        first = inner[-1]
    while first >= 0 and tokens.text(first).lower() not in w.DETERMINERS and (
            classify(tokens.text(first), "en", tokens.known) in {"nat", "lower"}):
        first -= 1  # "a *small German* startup that …"
    unit_runs = _UNIT_RUNS.match(text, phrase.end) and _UNIT_HEAD.search(
        text, phrase.start, phrase.end)  # "the GIZ team that runs the … project in Tunis"
    if not unit_runs and (not phrase.kinds & {"strong", "weak", "acronym", "known", "role"}
                          or first < 0 or tokens.text(first).lower() not in _INDEFINITE):
        return phrase.end
    m = _DESCRIBING.match(text, phrase.end)
    if not m:
        return phrase.end
    rest = _CLAUSE_REST.match(text, m.end())
    if not rest or tokens.is_blocked(m.end(), rest.end()):
        return phrase.end
    return rest.end() - (len(rest.group()) - len(rest.group().rstrip()))
