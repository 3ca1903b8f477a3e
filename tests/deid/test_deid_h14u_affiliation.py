"""AFFILIATION classes of round h14u, with invented examples: diplomatic posts, a job told by
its work or its field, a dropped "ich", the writer with the rest of a team, firm types, the
field of a post, people in the room by "woman/man" or by role and place, and their clean
look-alikes."""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Hope Asamoah", "", "", ""),
          RosterEntry("Tariq Nasser", "", "", ""),
          RosterEntry("Paula Sonne", "", "", "")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER, learned=False)


def aff(text: str) -> list[tuple[str, str]]:
    return [("AFFILIATION", text)]


@pytest.mark.parametrize("text, expected", [
    # diplomatic posts after a role marker
    ("Speaking as the Kenyan consul general, I want to add a point.",
     aff("Speaking as the Kenyan consul general")),
    ("Speaking as the Malian chargé d'affaires, I must disagree.",
     aff("Speaking as the Malian chargé")),
    # a job told by its work, or by years in an organisation
    ("Speaking as someone who inspects care homes for a living, the files look fine.",
     aff("Speaking as someone who inspects care homes for a living")),
    ("I translate asylum hearings for a living, so I know the problem.",
     aff("I translate asylum hearings for a living")),
    ("Als jemand, der beruflich Personalvermittler prüft, sehe ich das skeptisch.",
     aff("Als jemand, der beruflich Personalvermittler prüft")),
    ("As someone who spent ten years in a foreigners' office in Kassel, I doubt it.",
     aff("As someone who spent ten years in a foreigners' office in Kassel")),
    # a field of work
    ("ich arbeite seit 2019 in der pflege, und das ist hart",
     aff("ich arbeite seit 2019 in der pflege")),
    ("I work in recruitment and see this daily.", aff("I work in recruitment")),
    ("I work in elder care myself.", aff("I work in elder care")),
    # a dropped "ich" at a sentence's start in chat
    # (round 14: the place that completes it is in the span now, as LABELS.md asks)
    ("bin bei einer spedition in bremen und wir suchen fahrer",
     aff("bin bei einer spedition in bremen")),
    ("Arbeite im Jobcenter Essen, das ist so.", aff("Arbeite im Jobcenter Essen")),
    # the writer with the rest of a team
    ("me and the rest of the team at Acme have asked for this.",
     aff("me and the rest of the team at Acme")),
    ("ich und meine Kolleginnen bei der AWO sehen das anders.",
     aff("ich und meine Kolleginnen bei der AWO")),
    # firm types
    ("Unsere Versicherung zahlt bei solchen Unfällen selten.", aff("Unsere Versicherung")),
    ("My employer, a large insurer in Cologne, stopped that.",
     aff("My employer, a large insurer in Cologne")),
    ("Ich arbeite bei einem privaten Dienstleister und wir machen das.",
     aff("Ich arbeite bei einem privaten Dienstleister")),
    # the field of a post, a secondment, a unit named by what it runs
    ("Ich als Richterin mit Schwerpunkt Asylrecht sehe das anders.",
     aff("Ich als Richterin mit Schwerpunkt Asylrecht")),
    ("As a lawyer with a focus on labour law, I disagree.",
     aff("As a lawyer with a focus on labour law")),
    ("as rapporteur for this group, seconded from the Federal Office, I'll add that.",
     aff("as rapporteur for this group, seconded from the Federal Office")),
    ("I'm part of the BAMF team that runs the pilot in Ghana, and we moved on.",
     aff("I'm part of the BAMF team that runs the pilot in Ghana")),
    ("I lead the team that negotiated it.", aff("I lead the team")),
    # speaking for an organisation in lower case; the organisation first, "here in"
    ("for the IHK I can say the numbers are up.", aff("for the IHK")),
    ("for Acme Logistics I can say we hired 40 people.", aff("for Acme Logistics")),
    ("Kenya's embassy here in Berlin, where I handle labour issues, is preparing a video.",
     aff("Kenya's embassy here in Berlin, where I handle labour issues")),
    ("in meinem früheren job bei der iom haben wir das durchgerechnet",
     aff("in meinem früheren job bei der iom")),
    # a post or unit in the genitive's noun before the possessive; units and sub-offices
    ("Die Sozialreferentin unserer Botschaft hört das ständig.",
     aff("Die Sozialreferentin unserer Botschaft")),
    ("In der Visaabteilung unseres Konsulats haben wir viele Anträge.",
     aff("der Visaabteilung unseres Konsulats")),
    ("In meiner Einheit bei der Bundespolizei sehen wir das oft.",
     aff("In meiner Einheit bei der Bundespolizei")),
    ("Unsere Projektgruppe an der Uni Kiel hat Leute befragt.",
     aff("Unsere Projektgruppe an der Uni Kiel")),
    ("Our UNHCR sub-office in Accra is small.", aff("Our UNHCR sub-office in Accra")),
    # a role in lower case; "advise" with an organisation as its object
    ("ich als mitarbeiterin der caritas in kiel erlebe das täglich",
     aff("ich als mitarbeiterin der caritas in kiel")),
    ("I used to advise the Saxon interior ministry on this.",
     aff("I used to advise the Saxon interior ministry")),
    # other participants
    ("I talked to the man from the Kenyan embassy yesterday.",
     [("AFFILIATION", "the man from the Kenyan embassy")]),
    ("The lawyer from Leipzig asked a good question.",
     [("AFFILIATION", "The lawyer from Leipzig")]),
    ("Die Forscherin aus Osnabrück hat vorhin gefragt, ob das stimmt.",
     [("AFFILIATION", "Die Forscherin aus Osnabrück")]),
    ("The grower in this room will disagree.", [("AFFILIATION", "The grower in this room")]),
])
def test_a_disclosure_of_the_class_is_found(detector, text, expected):
    assert spans(detector, text) == expected


@pytest.mark.parametrize("text", [
    "Someone who does that for a living should know better.",
    "We argue about this for a living.",
    "As someone who spent ten years in Kassel, I love the city.",
    "Ich arbeite in der Nacht oft.",
    "I work in the evenings.",
    "Many people work in logistics.",
    "I worked in the care of my aunt.",
    "Bin seit gestern in Leipzig und lese mit.",
    "Me and my friends went to the museum.",
    "ich und meine Kinder im Urlaub",
    "Meine Versicherung zahlt nicht.",
    "Unsere Rentenversicherung ist stabil.",
    "For Europe, I can say the numbers are bad.",
    "for employers we need clarity.",
    "the man from Syria told me his story.",
    "The lawyer from Leipzig was convicted in 2019.",
    "People here in Berlin, where I live, are nice.",
    "Der Präsident unseres Landes hat das gesagt.",
    "Unsere Einheit ist wichtig.",
    "I advise caution here.",
])
def test_a_look_alike_stays_clean(detector, text):
    assert [s for s in spans(detector, text) if s[0] == "AFFILIATION"] == []
