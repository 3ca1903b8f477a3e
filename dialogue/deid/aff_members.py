"""An organisation named by its members, after a first person (h14z).

German names many associations by their members in the plural: "die Malteser", "die
Johanniter", "die Falken", "die Quäker". "Wir bei den Maltesern in Köln" is the writer's
organisation, but "bei den" is also the preposition of topics and groups ("wir bei den
Kosten", "wir bei den Kindern"). So the plural after "wir/ich (hier) bei den" counts

- when a place follows ("wir bei den Johannitern in Kassel", "bei den Kommunen im Kreis
  Kleve"): a local branch; or
- when it is a dative plural of a member noun in "-ern" ("Maltesern", "Quäkern") that is
  not a post ("bei den Lehrern") nor a generic group of people or of countries ("bei den
  Kindern", "Eltern", "Ländern", "Älteren").

English capitalises names, so "We at the Quakers in Bristol" is found by the anchor "we at"
already; after it, the verb of "we" ("… run a hostel") does not describe the organisation.
"""

from __future__ import annotations

import re

from .tokens import Tokens, classify

_MEMBERS = re.compile(
    r"\b(?:wir|ich)\s+(?:hier\s+|selbst\s+|auch\s+)?bei\s+den\s+"
    r"(?P<org>(?-i:[A-ZÄÖÜ])[\w-]+)"
    r"(?P<place>\s+(?:in|im|aus)\s+(?:der\s+|dem\s+)?(?-i:[A-ZÄÖÜ])[\w-]+"
    r"(?:\s+(?-i:[A-ZÄÖÜ])[\w-]+)?)?", re.IGNORECASE)  # "in Bad Pyrmont"
# People and places no organisation is named after
_GROUPS = {"kindern", "eltern", "ländern", "bürgern", "älteren", "jüngeren", "anderen",
           "vätern", "müttern", "brüdern", "leuten", "menschen", "kunden", "tieren",
           "zahlen", "daten", "kosten", "ämtern"}


def find_members(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """"Wir bei den Maltesern in Köln": from the first person to the members or the place."""
    found: list[tuple[int, int]] = []
    if "bei den" not in text.lower():
        return found
    for m in _MEMBERS.finditer(text):
        org = m.group("org")
        low = org.lower()
        if low in _GROUPS or tokens.is_blocked(m.start(), m.end()):
            continue
        kind = classify(org, "de", tokens.known)
        stem = classify(org[:-1], "de", tokens.known) if low.endswith("n") else kind
        if {kind, stem} & {"role", "roles", "place", "nat"}:
            continue  # "wir bei den Lehrern", "bei den Kenianern"
        if m.group("place"):
            found.append((m.start(), m.end("place")))
        elif low.endswith("ern") or kind in {"strong", "weak", "acronym", "known"}:
            found.append((m.start(), m.end("org")))
    return found
