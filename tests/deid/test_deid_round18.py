"""Round 18 (after blind57-61 were written blind and before they were read): a roster word
in a bare list of organisations, the participant's surname two letters off after their given
name, no German adjective that ends like "Kaminski", and the ranks and forms of address of
police, civil service and Polish. Every example is invented here, none is a fixture's
sentence."""

from __future__ import annotations

import pytest
from test_deid_round12 import covers, labelled

from dialogue.deid import Detector, RosterEntry

ROSTER = [
    RosterEntry("Jan Zoll", "", "Caritas Köln", "ngo"),
    RosterEntry("Lina Hermes", "", "Universität Bremen", "academia"),
    RosterEntry("Amani Mwakalinga", "", "Diakonie Hessen", "ngo"),
    RosterEntry("Piotr Wiśniewski", "", "ProPraca Sp. z o.o.", "business"),
    RosterEntry("Ewa Sobczak", "", "Bundespolizei", "government"),
    RosterEntry("Leon Heim", "", "Stadt Kassel", "municipality"),
    RosterEntry("Joy Charity", "", "Mercy Network", "ngo"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


@pytest.mark.parametrize("text", [
    "Zoll, Polizei und Arbeitsschutz teilen ihre Daten nicht.",
    "Polizei, Zoll und Arbeitsschutz arbeiten nebeneinander her.",
    "Hermes, DPD und GLS geben die Zustellung an Subunternehmer.",
    "Die Fahrer sagen einfach Hermes oder DPD, egal wer sie anstellt.",
])
def test_a_roster_word_in_a_list_of_organisations_is_one_of_them(detector, text):
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Stefan vom DGB und Zoll von der Caritas sind sich einig.", "Zoll"),
    ("+1 zu Heim und Hermes, genau so sehe ich das", "Hermes"),
    ("Zoll, BMI: I can't follow that, where is it written?", "Zoll"),
    ("I think Amani Mwakalinha has the Diakonie figures.", "Amani Mwakalinha"),
    ("Wiśniewski übertreibt, glaube ich, die Zahlen sind kleiner.", "Wiśniewski"),
    ("Wisniewski übertreibt, glaube ich, die Zahlen sind kleiner.", "Wisniewski"),
    ("Polizeioberrätin Sobczak hat das heute bestätigt.", "Polizeioberrätin Sobczak"),
    ("Hr. Heim hat die Liste schon verschickt.", "Hr. Heim"),
    ("Pani Sobczak, czy to prawda? Gilt das auch in Frankfurt (Oder)?", "Pani Sobczak"),
])
def test_the_participant_in_these_shapes_is_found(detector, text, wanted):
    assert covers(labelled(detector, text, "PERSON"), text, wanted), detector.find(text)


def test_somebody_else_with_the_participants_given_name_is_not_them(detector):
    text = "Amani Obiora wrote the standard book on this."
    assert labelled(detector, text, "PERSON") == [], detector.find(text)
