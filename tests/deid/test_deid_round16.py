"""Round 16 (after blind47-51 were written blind and before they were read): a job title
glossed in a language or beside its other gender, an adjective opening a German sentence, a
lower-case name thanked or apologised to, a rank in lower case, the fields of an authority's
name, a post's field and unit after its organisation, "wir Kommunen" and "wir als Hersteller
…", a chat's "i'm from …" and "my colleagues at …", a body's head, a second person in a
condition, and a German phone number with a one-digit group. Every example is invented here,
none is a fixture's sentence."""

from __future__ import annotations

import pytest
from test_deid_round12 import covers, labelled

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.contacts import find_contacts

ROSTER = [
    RosterEntry("Jens Schlosser", "", "Handwerkskammer Kassel", "business"),
    RosterEntry("Anke Reiche", "", "Diakonie Sachsen", "ngo"),
    RosterEntry("Bright Osei", "", "Ghana Embassy", "partner_country"),
    RosterEntry("Ilka Sturm", "", "Bundesministerium des Innern, Referat M3", "government"),
    RosterEntry("Omid Rahimi", "", "Terre des Hommes", "ngo"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


@pytest.mark.parametrize("text", [
    "Locksmiths, Schlosser in German, are hard to find in rural Hesse.",
    "Schlosser, Schlosserin, Metallbauer: the titles change, the shortage does not.",
    "Gesucht werden Schlosserinnen und Schlosser in fast jedem Landkreis.",
    "Reiche Staaten holen sich die Fachkräfte und reden nicht über die Folgen.",
])
def test_a_word_talked_about_or_an_adjective_is_no_name(detector, text):
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Schlosser hat das in der Pause erklärt.", "Schlosser"),
    ("Reiche, haben Sie die Zahlen aus Sachsen?", "Reiche"),
    ("bright danke für den Link, das hilft", "bright"),
    ("omid sorry, I missed the second point", "omid"),
    ("referatsleiterin sturm, gilt das auch für die Länder?", "referatsleiterin sturm"),
])
def test_the_participant_in_these_slots_is_still_found(detector, text, wanted):
    assert covers(labelled(detector, text, "PERSON"), text, wanted), detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Unser Landesamt für Soziales, Jugend und Versorgung prüft das gerade.",
     "Unser Landesamt für Soziales, Jugend und Versorgung"),
    ("I work at the Ministry of Labour, Social Protection and Family in Chisinau.",
     "I work at the Ministry of Labour, Social Protection and Family in Chisinau"),
    ("Ich bin im BMZ zuständig für die Zentren für Migration und kann das bestätigen.",
     "Ich bin im BMZ zuständig für die Zentren für Migration"),
    ("i'm at the giz, migration dept. we see the same", "i'm at the giz, migration dept"),
    ("Wir Kommunen tragen die Kosten am Ende allein.", "Wir Kommunen"),
    ("Wir als Betreiber der Unterkünfte haben davon nichts erfahren.",
     "Wir als Betreiber der Unterkünfte"),
    ("i'm from brotbruecke btw, we run the housing project", "i'm from brotbruecke"),
    ("yes my colleagues at zmo looked at exactly that", "my colleagues at zmo"),
])
def test_the_whole_disclosure_is_found(detector, text, wanted):
    assert covers(labelled(detector, text, "AFFILIATION"), text, wanted), detector.find(text)


@pytest.mark.parametrize("text", [
    "honestly this goes over my head, can someone explain it simply?",
    "she kept shaking her head during the presentation",
    "Wenn du als kleine Kanzlei in Sachsen Fälle annimmst, brauchst du Dolmetscher.",
    "we fund what works, and we say so",
    "Wir müssen das besser erklären.",
])
def test_these_look_alikes_are_no_affiliation(detector, text):
    assert labelled(detector, text, "AFFILIATION") == [], detector.find(text)


def test_a_head_with_its_unit_is_still_a_post(detector):
    text = "my head of unit thinks the pilot is too small"
    assert covers(labelled(detector, text, "AFFILIATION"), text, "my head of unit")


@pytest.mark.parametrize(("text", "number"), [
    ("Die Hotline ist unter 0800 4 5555 00 erreichbar.", "0800 4 5555 00"),
    ("Das Amt bietet unter 0800 1 234567 Beratung an.", "0800 1 234567"),
])
def test_a_german_number_with_a_one_digit_group_is_a_contact(text, number):
    assert [text[a:b] for a, b in find_contacts(text)] == [number]


@pytest.mark.parametrize("text", ["Seite 030 4 und 5 des Berichts", "§ 0 4 Abs. 2"])
def test_a_lone_digit_after_a_number_is_no_phone(text):
    assert find_contacts(text) == []
