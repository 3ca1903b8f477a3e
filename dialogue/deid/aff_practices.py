"""Practices and offices of professions (h14z): "Unsere Praxis in Harburg", "our surgery".

A doctor's, lawyer's or pharmacist's office is an organisation of its own, but its nouns
have other senses: "in der Praxis" is *in practice*, "my surgery" an operation, "my
pharmacy" the one a customer goes to. So the noun is an organisation's head only

- after a first-person possessive and before "in/am/an/at + a capitalised place" ("Unsere
  Praxis in Harburg", "in meiner Praxis am Hauptbahnhof", "my surgery in Leeds"), or
- in English after the plural "our", which speaks for the staff ("at our surgery", "our
  pharmacy", not "my surgery went well").

"In unserer Praxis hat sich das bewährt" (our way of working) and "In der Praxis sieht das
anders aus" stay clean.
"""

from __future__ import annotations

from .tokens import Tokens

_PRACTICES = {"praxis", "surgery", "pharmacy", "dispensary", "ordination"}
_OURS_EN = {"our"}
_POSSESSIVES = {"our", "my", "unser", "unsere", "unserer", "unserem", "unseren", "unseres",
                "mein", "meine", "meiner", "meinem", "meinen", "meines"}
_PLACE_LINKS = {"in", "am", "an", "at", "im"}


def practice_head(tokens: Tokens, k: int) -> bool:
    """Whether token *k* is a profession's practice named as the writer's own."""
    low = tokens.text(k).lower()
    if low not in _PRACTICES or k == 0:
        return False
    owner = tokens.text(k - 1).lower()
    if owner not in _POSSESSIVES:
        return False
    if owner in _OURS_EN and low != "praxis":
        return True  # "at our surgery": the staff speaking
    n = len(tokens)
    return (k + 2 < n and tokens.text(k + 1).lower() in _PLACE_LINKS
            and tokens.text(k + 2)[:1].isupper() and not tokens.token_blocked(k + 2))
