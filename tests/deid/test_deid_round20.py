"""Round 20 (after blind67-69 were written blind and before they were read): a word glossed
in a language before it, a famous namesake disclaimed a word later, military ranks and a
county's administrator as titles, a chat's German question to a name that is an English
verb, and "any …?" after a lower-case name. Every example is invented here, none is a
fixture's sentence."""

from __future__ import annotations

import pytest
from test_deid_round12 import covers, labelled

from dialogue.deid import Detector, RosterEntry

ROSTER = [
    RosterEntry("Nico Merz", "", "Handwerkskammer Trier", "business"),
    RosterEntry("Ina Ackermann", "", "Landvolk Niedersachsen", "business"),
    RosterEntry("Mark Bauer", "", "Jugendmigrationsdienst Kiel", "ngo"),
    RosterEntry("Frank Stolz", "", "Stadt München", "municipality"),
    RosterEntry("Ute Halbritter", "", "Bundeswehr, Einsatzführungskommando", "government"),
    RosterEntry("Jon Brandt", "", "Landkreis Vechta, District Administrator", "municipality"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


def test_a_word_glossed_in_a_language_before_it_is_a_word(detector):
    text = "In old German an Ackermann was a farmer, and the villages still show it."
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("good point by Merz there, no relation to the chancellor I suppose", "Merz"),
    ("mark habt ihr auch kurse für junge mütter?", "mark"),
    ("frank any news from the city council?", "frank"),
    ("Oberstleutnant Halbritter hat das im Ausschuss erklärt.", "Oberstleutnant Halbritter"),
    ("District Administrator Brandt, is the housing plan through?",
     "District Administrator Brandt"),
])
def test_the_participant_is_found(detector, text, wanted):
    assert covers(labelled(detector, text, "PERSON"), text, wanted), detector.find(text)


def test_an_english_verb_opening_an_english_question_is_still_no_name(detector):
    text = "mark the date: is the deadline in march?"
    assert labelled(detector, text, "PERSON") == [], detector.find(text)
