"""Round 17 (after blind52-56 were written blind and before they were read): the roster's
own short forms printed in a chat typed without capitals, an article or "our" between the
writer's "at" and their organisation, the plural of a role surname in English, the noun a
role is made from, German adverbs of days, a German perfect of speaking, a name put a
question without a comma, "für uns Arbeitgeber" and "wir als Kommunen", and the European
helplines. Every example is invented here, none is a fixture's sentence."""

from __future__ import annotations

import pytest
from test_deid_round12 import covers, labelled

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.contacts import find_contacts

ROSTER = [
    RosterEntry("Hope Nurse", "", "St. Mary's Hospital, Nursing Directorate", "business"),
    RosterEntry("Katrin Pfleger", "", "Caritas Passau", "ngo"),
    RosterEntry("Lea Sonntag", "", "Stadt Gera, Sozialamt", "municipality"),
    RosterEntry("Ruth Brand", "", "VHS Jena", "municipality"),
    RosterEntry("Mira Grace", "", "ZukunftsWerk gGmbH, Jobcoaching", "ngo"),
    RosterEntry("Tomas Winter", "", "Landratsamt Meißen", "municipality"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


@pytest.mark.parametrize("text", [
    "Most nurses from Kerala leave the wards within two years.",
    "Nurses are the first to notice when an interpreter is missing.",
    "Die Pflege in den Heimen hängt längst an Kräften aus Indien.",
    "Sonntags ist die Beratungsstelle geschlossen, montags überlaufen.",
])
def test_a_roster_word_that_is_a_noun_by_its_form_is_no_name(detector, text):
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Nurse's point about the night shifts is right.", "Nurse"),
    ("Herr Pflegr, gilt das auch für Passau?", "Herr Pflegr"),
    ("Sonntags Vorschlag zu den Sprechzeiten finde ich gut.", "Sonntags"),
    ("brand hatte auch von den langen Wartezeiten erzählt", "brand"),
    ("Grace wie viele Plätze gibt es im Herbst wirklich?", "Grace"),
    ("winter ihr im landkreis habt doch ein eigenes programm?", "winter"),
])
def test_the_participant_in_these_shapes_is_still_found(detector, text, wanted):
    assert covers(labelled(detector, text, "PERSON"), text, wanted), detector.find(text)


def test_a_subjunctive_is_no_speech_of_a_participant(detector):
    text = "Winter hätte darüber wohl ein eigenes Buch geschrieben."
    # a season or a public namesake: nothing says a participant spoke
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("i run the job coaching at zukunftswerk in jena", "at zukunftswerk"),
    ("we at the vhs jena see the same waiting lists", "we at the vhs"),
    ("Für uns Arbeitgeber ist das Sprachniveau nicht das Problem.", "Für uns Arbeitgeber"),
    ("Wir als Kommunen zahlen am Ende die Kinderbetreuung.", "Wir als Kommunen"),
])
def test_these_disclosures_are_found(detector, text, wanted):
    assert covers(labelled(detector, text, "AFFILIATION"), text, wanted), detector.find(text)


@pytest.mark.parametrize(("text", "number"), [
    ("Das Hilfetelefon Gewalt gegen Frauen ist unter 116 016 erreichbar.", "116 016"),
    ("Nummer gegen Kummer: 116111.", "116111"),
])
def test_a_european_helpline_is_a_contact(text, number):
    assert number in [text[a:b] for a, b in find_contacts(text)]


def test_a_count_of_that_shape_is_no_helpline():
    assert find_contacts("Im Jahr kamen 116 000 Menschen an.") == []
