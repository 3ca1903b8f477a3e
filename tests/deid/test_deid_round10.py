"""Round 10 (read blind26, after round 9 was measured on it): the classes of its misses and
false alarms, each with invented examples, look-alikes and a participant in a like slot.
The hotel words it also missed ("unsere Hotelgruppe") need the tagger retrained and were
left (docs/deid.md)."""

from __future__ import annotations

import pytest
from span_helpers import affiliations, of_label

from dialogue.deid import Detector, RosterEntry

ROSTER = ["Jochen Brandt", "Marit Vollmer", "Malte Oswald", "Kofi Boakye", "Ana Ribeiro"]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry(n, "", "Verein für Beratung", "ngo") for n in ROSTER])


@pytest.mark.parametrize("text, span", [
    # an organisation with its genitive or "of" complement, then the writer's clause
    ("Die Botschaft der Republik Ghana, die ich hier vertrete, begrüßt das.",
     "Die Botschaft der Republik Ghana, die ich hier vertrete"),
    ("Die Kammer der Freien Berufe, für die ich arbeite, sieht das anders.",
     "Die Kammer der Freien Berufe, für die ich arbeite"),
    ("The Embassy of the Republic of Kenya, which I represent, supports this.",
     "The Embassy of the Republic of Kenya, which I represent"),
    ("The Ministry of Labour of Ghana, where I work, disagrees.",
     "The Ministry of Labour of Ghana, where I work"),
    # the German role of "as someone who was a recruiter"
    ("Als jemand, der zehn Jahre Sozialarbeiter war, sehe ich das anders.",
     "Als jemand, der zehn Jahre Sozialarbeiter"),
    ("Als eine, die selbst Pflegekraft ist, weiß ich, wie das läuft.",
     "Als eine, die selbst Pflegekraft"),
])
def test_the_disclosure_is_found_whole(detector, text, span):
    assert span in affiliations(detector, text)


@pytest.mark.parametrize("text", [
    "Als jemand, der nie Beamter war, frage ich mich das.",
    "Als jemand, der das Problem kennt, sage ich das.",
    "The views of the farmers, which I share, differ from the ministry's.",
    "Mehrere Arbeitgeber aus dem Allgäu haben uns gesagt, dass sie warten.",
    "Several employers from Bavaria told the press the same.",
    "Chamber of crafts, chamber of commerce, recognition office, embassy: four doors.",
])
def test_the_look_alike_is_no_disclosure(detector, text):
    assert affiliations(detector, text) == []


@pytest.mark.parametrize("text", [
    "Our ministry, our embassy and our consulate in Lagos agree.",
    "Einige Kolleginnen vom BAMF hier im Raum sehen das anders.",
])
def test_a_placed_or_own_list_is_still_a_disclosure(detector, text):
    assert affiliations(detector, text)


@pytest.mark.parametrize("text", [
    "Bei Köchen reicht für die Partnerschaft ein anerkannter Abschluss.",  # not Jochen
    "Deutschland ist für Ghana nur ein kleiner Markt.",                   # not Marit
    "Der Bericht der OECD malte 2023 ein gemischtes Bild.",               # not Malte
    "Der Minister malte gestern ein rosiges Bild.",
    "Das Amt malte ein düsteres Bild der Lage.",
])
def test_the_word_is_nobody(detector, text):
    assert of_label(detector, text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Wie Jochn vorhin sagte, fehlt das Geld.", "Jochn"),     # a typo drops a letter
    ("Frau Volmer hat recht.", "Frau Volmer"),
    ("Danke malte, das hilft.", "malte"),
    ("Frage an malte: stimmt das?", "malte"),
    ("Ich stimme Malte zu.", "Malte"),
    ("die idee von malte ist gut", "malte"),
])
def test_the_participant_in_a_like_slot_is_still_found(detector, text, name):
    assert name in of_label(detector, text, "PERSON")


@pytest.mark.parametrize("text, span", [
    # round 11: diplomatic and civil-service ranks are titles inside the PERSON span
    ("Counsellor Boakye raised the visa backlog.", "Counsellor Boakye"),
    ("Minister-Counsellor Ribeiro will send the paper.", "Minister-Counsellor Ribeiro"),
    ("Botschaftsrätin Ribeiro hat das gut erklärt.", "Botschaftsrätin Ribeiro"),
    ("Wie Legationsrat Brandt sagte, fehlen Termine.", "Legationsrat Brandt"),
    ("Ministerialrätin Vollmer hat recht.", "Ministerialrätin Vollmer"),
])
def test_a_rank_before_the_name_is_part_of_it(detector, text, span):
    assert span in of_label(detector, text, "PERSON")


@pytest.mark.parametrize("text", [
    "The counsellor at the embassy said the office is closed.",
    "Ein Botschaftsrat hat das früher anders gesehen.",
])
def test_a_rank_alone_is_nobody(detector, text):
    assert of_label(detector, text, "PERSON") == []
