"""Checks of an anchor's phrase in ``affiliations.AffiliationMatcher.find``: what makes a
first-person phrase no disclosure of the writer's employer.

A client's visit ("ich habe bei der Caritas einen Kurs gemacht"), a comparison or another
subject ("schwerer zu finden als ein Manager", "Fischer hat damals als Außenminister …"),
the writer's home district ("in meinem Landkreis"), a firm one is a customer of ("meine
Versicherung zahlt nicht"), a plural that speaks of a kind of organisation ("Für die
Botschaften kann ich nicht sprechen"), and whether a name or person comes before "here, from
…". Split from ``affiliations.py``.
"""

from __future__ import annotations

import re

from .aff_verbs import reports_client, reports_contact
from .anchors import _F, _FIRST_PERSON
from .phrases import Phrase, Tokens

HABE = re.compile(r"ich\s+(?:habe|hatte)\b", _F)
# What a client did or got at an organisation: "… einen Kurs gemacht", "Hilfe bekommen",
# "angerufen", "meinen Antrag gestellt" (aff_verbs: a client, a visit, a contact)
_RECEIVED = re.compile(r"\b(?:bekommen|erhalten|abgeholt|belegt|besucht|angefragt|nachgefragt|"
                       r"(?:[\w-]*[Kk]urs\w*|Beratung|Termin)\b[^,.;:!?]{0,30}?\bgemacht)\b")


def received_as_client(text: str, end: int) -> bool:
    """Whether the clause after a German "ich habe … bei X" tells what the writer got or did
    there as a client ("einen Kurs gemacht", "Hilfe bekommen"), not where they worked."""
    clause = re.match(r"[^,.;:!?\n]{0,80}", text[end:])
    rest = clause.group() if clause else ""
    return bool(_RECEIVED.search(rest) or reports_client(rest) or reports_contact(rest))


GENITIVE_POSS = {"unserer", "unseres", "meiner", "meines"}
# "schwerer zu finden als", "mehr als", "as good as": a comparison, not the writer's post
_COMPARISON = re.compile(r"(?i)(?:\b(?!(?:aber|oder|wieder|immer|weiter|außer|unter|über|"
                         r"hinter|früher|vorher|nachher|damals|leider|sicher|jeder|der|er|"
                         r"ihr|her|never|ever|either|other|together|over|after|under|"
                         r"rather|whether|per)\b)[a-zäöüß]{2,}(?:er|ere|eren|eres)|\bmehr|"
                         r"\bweniger|\beher|\banders|\bgenauso|\bebenso|\bso|\bas\s+\w+)"
                         r"\s+(?:zu\s+\w+\s+)?$")
_THIRD_SUBJECT = re.compile(r"\b[A-ZÄÖÜ][\w-]+\s+(?:hat|hatte|ist|war|wurde|has|had|is|was)\b")
_CLAUSE_MARK = re.compile(r"[,;:–—()]|[.!?](?:\s|$)|\n")


def named_before(text: str, tokens: Tokens, pos: int) -> bool:
    """Whether a name or a person comes right before *pos* (a found name, a capitalised word,
    a person noun, the text's start, any word in a text written in lower case): "Tom here,
    from …", "my colleague here from …", not "people already here with a Duldung"."""
    i = tokens.at(pos) - 1
    if i < 0 or tokens.lower_case or tokens.token_blocked(i):
        return True  # "Here from the Refugee Law Clinic – we …" opens the text
    word = tokens.text(i)
    return not word[:1].isalnum() or word[:1].isupper() or word.lower() in _PERSON_NOUNS


_PERSON_NOUNS = {"colleague", "colleagues", "friend", "friends", "guest", "guests", "delegate",
                 "delegates", "kollegin", "kollege", "kollegen", "kolleginnen", "gast", "gäste"}


def comparison_or_other_subject(text: str, pos: int) -> bool:
    """Whether "als"/"as" at *pos* compares ("schwerer zu finden als ein guter Manager") or
    its clause has no first person: "Joschka Fischer hat damals als Außenminister …, das
    hängt uns nach" is about Fischer, not the writer."""
    if _COMPARISON.search(text, max(0, pos - 40), pos):
        return True
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, max(0, pos - 200), pos)),
                default=max(0, pos - 200))
    end_m = _CLAUSE_MARK.search(text, pos + 1, pos + 300)
    end = end_m.start() if end_m else min(len(text), pos + 300)
    return bool(_THIRD_SUBJECT.search(text, start, pos)) and not _first_person_outside(
        text, start, end)


_COMPARED = re.compile(r"\b(?:als|wie|than)\s+$", _F)


def _first_person_outside(text: str, start: int, end: int) -> bool:
    """A first person in the clause that is not a term of a comparison: "X hat als
    Innenminister andere Debatten geführt als wir heute" has none."""
    return any(not _COMPARED.search(text, max(start, m.start() - 6), m.start())
               for m in _FIRST_PERSON.finditer(text, start, end))


# "Aus der Zeitung kann ich sagen": read in the paper, not written there
MEDIA = re.compile(r"[\w-]*(?:zeitung|presse|medien|nachrichten|bericht|studie)\b", _F)
CLOSED = re.compile(r"\s*(?:[,.;:!?)–—]|$)")
COMPOUND_HEAD = re.compile(r"\s+(?:hours|stay|visit|visits|bill|bills|number|numbers|address|"
                            r"website|hotline|appointment|appointments|chores|supplies|food|"
                            r"bed|beds|party|parties|building|car|cars)\b")
_HOME = {"landkreis", "kreis", "gemeinde", "kommune", "bezirk", "dorf", "stadtteil", "viertel",
         "district", "county", "municipality", "village", "neighbourhood", "borough", "town"}


def home_place(text: str, anchor: str, phrase: Phrase) -> bool:
    """"in meinem Landkreis", "in my district": where one writer lives, not their employer
    ("unser Landkreis", "bei uns im Kreis" speak for the administration and stay)."""
    words = text[phrase.start:phrase.end].split()
    return bool(re.search(r"\b(?:my|mein\w*)\s+$", anchor, _F)) and len(words) <= 2 and (
        words[0].lower() in _HOME)


# Firms one is a customer of: "meine Versicherung zahlt nicht", "my bank refused", but "unsere
# Versicherung" and "my insurer's claims team" speak for the firm.
_CUSTOMER_OF = {"versicherung", "versicherer", "insurer", "bank", "sparkasse", "spedition",
                "dienstleister", "haulier"}


def customer_of(text: str, anchor: str, phrase: Phrase) -> bool:
    """"Meine Versicherung zahlt nicht", "my insurer": a singular possessive of a firm one
    buys from, with nothing more, is the writer as a customer."""
    words = text[phrase.start:phrase.end].split()
    return bool(re.search(r"\b(?:my|mein\w*)\s+$", anchor, _F)) and len(words) == 1 and (
        words[0].lower() in _CUSTOMER_OF)


def plural_kind(text: str, phrase: Phrase) -> bool:
    """"Für die Botschaften kann ich nicht sprechen", "For the embassies, I can say": a
    plural speaks about a kind of organisation, not for the writer's own."""
    head = re.match(r"[\w-]+", text[phrase.start:phrase.end])
    word = head.group() if head else ""
    if word.isupper() or not word:
        return False
    if re.search(r"\b(?:die|aus\s+den)\s+$", text[max(0, phrase.start - 9):phrase.start], _F):
        return word.endswith(("en", "ämter", "ände", "ämte"))
    return word.endswith(("ies", "s")) and not word.endswith("ss")
