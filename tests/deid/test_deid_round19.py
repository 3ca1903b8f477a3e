"""Round 19 (after blind62-66 were written blind and before they were read): a saint's name,
a German article with adjectives before a capitalised roster word, a namesake in somebody's
novel, the clergy's and a captain's titles in lower case, a reply that agrees after a
vocative, and chat's "agree w". Every example is invented here, none is a fixture's
sentence."""

from __future__ import annotations

import pytest
from test_deid_round12 import covers, labelled

from dialogue.deid import Detector, RosterEntry

ROSTER = [
    RosterEntry("Martin Kolb", "", "Caritas Erfurt", "ngo"),
    RosterEntry("Ina Kammer", "", "Verwaltungsgericht Kassel", "government"),
    RosterEntry("Sara Stern", "", "Ev. Kirchengemeinde Süd", "ngo"),
    RosterEntry("Lea Sommer", "", "Sea-Watch", "ngo"),
    RosterEntry("Jo Sturm", "", "IOM Berlin", "international"),
    RosterEntry("Ada Faith", "", "Welcome Bremen", "ngo"),
    RosterEntry("Ike Okonkwo", "", "Nigerian Embassy", "partner_country"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


@pytest.mark.parametrize("text", [
    "am samstag feiern wir mit der kita st. martin, kommt vorbei",
    "St. Martin's lantern walk brought more families than any info evening.",
    "Die zuständige Kammer des Gerichts hat den Bescheid aufgehoben.",
    "Okonkwo in Achebe's novel cannot adapt, and neither can our rules.",
])
def test_these_are_no_participant(detector, text):
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Die Zahlen, die Kammer genannt hat, stimmen so nicht.", "Kammer"),
    ("Martin hat das Papier schon verschickt.", "Martin"),
    ("pfarrerin stern wie läuft das bei euch mit den patenschaften?", "pfarrerin stern"),
    ("Kapitänin Sommer hat die Logbücher mitgebracht.", "Kapitänin Sommer"),
    ("sturm, fair, but the pilot still needs money", "sturm"),
    ("fully agree w faith on the hours, 4h is too much", "faith"),
])
def test_the_participant_is_still_found(detector, text, wanted):
    assert covers(labelled(detector, text, "PERSON"), text, wanted), detector.find(text)

