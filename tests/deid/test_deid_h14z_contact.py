"""CONTACT look-alikes of round h14z (round 7), invented: budget, cost-centre, postal and
cash-office numbers, and numbers before a unit, are no phone numbers, for the rules and
for the learned tagger's own CONTACT spans; real phone numbers next to such words stay."""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.contacts import tagger_contact


@pytest.fixture(scope="module")
def detectors() -> tuple[Detector, Detector]:
    roster = [RosterEntry("Marta Quist", "", "", "")]
    return Detector(roster, learned=False), Detector(roster)


@pytest.mark.parametrize("text", [
    "Bitte alles auf Kostenstelle 0421 3377 buchen.",
    "Der Haushaltstitel 0712 531 02 wurde um ein Drittel gekürzt.",
    "Kapitel 1102 Titel 684 21 ist schon leer.",
    "The budget line 0802 684 11 was cut again.",
    "Charge it to cost centre 0815 4471, please.",
    "Kassenzeichen 0123 4567 8901 bitte immer angeben.",
    "Das Budget 2025: 0603 684 05, und das reicht nicht.",
    "Die Unterkunft liegt in PLZ 04109, also mitten in Leipzig.",
    "Wir haben 0176 000 Euro für Dolmetscher ausgegeben.",
    "In total it was 0800 123 456 EUR over three years.",
    "Die Busse fahren 030 000 km im Jahr.",
])
def test_account_numbers_and_quantities_are_no_phone(detectors, text):
    for detector in detectors:
        assert [s for s in spans(detector, text) if s[0] == "CONTACT"] == [], text


@pytest.mark.parametrize("text, number", [
    ("Ruf mich an unter 0176 1234567, die Kostenstelle kläre ich.", "0176 1234567"),
    ("Call me on 0176 2231 998 about the budget line.", "0176 2231 998"),
    ("Tel. 0221 456789, Büro Haushalt.", "0221 456789"),
    ("Unsere Hotline 0800 111 0 111 ist kostenlos.", "0800 111 0 111"),
])
def test_phones_beside_budget_words_stay(detectors, text, number):
    for detector in detectors:
        assert ("CONTACT", number) in spans(detector, text), text


@pytest.mark.parametrize("text, number, kept", [
    ("Kostenstelle 4711 0815 belasten", "4711 0815", False),
    ("Haushaltstitel 0603 684 05", "0603 684 05", False),
    ("rund 120 000 Euro", "120 000", False),
    ("Telefon 0228 99 527 0", "0228 99 527 0", True),
    ("Kostenstelle: info@verein.example", "info@verein.example", True),
])
def test_the_tagger_contacts_are_checked_in_context(text, number, kept):
    start = text.index(number)
    assert tagger_contact(text, start, start + len(number)) is kept
