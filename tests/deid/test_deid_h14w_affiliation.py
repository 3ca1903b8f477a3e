"""AFFILIATION classes of round h14w, with invented examples: units named with a
post-modifier or as one word, seafaring, farming and monitoring posts, districts named as
one word, and their clean look-alikes."""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Lena Okafor", "", "", ""),
          RosterEntry("Piet Albers", "", "", "")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER, learned=False)


@pytest.mark.parametrize("text, expected", [
    ("At our consulate general in Lagos the wait is short.",
     [("AFFILIATION", "At our consulate general in Lagos")]),
    ("Our helpdesk in Accra answers within a day.",
     [("AFFILIATION", "Our helpdesk in Accra")]),
    ("As a former ship captain, I know the rules.",
     [("AFFILIATION", "As a former ship captain")]),
    ("As a retired master mariner I disagree.",
     [("AFFILIATION", "As a retired master mariner")]),
    ("I used to be a human rights monitor at the OSCE, and it was hard.",
     [("AFFILIATION", "I used to be a human rights monitor at the OSCE")]),
    ("ich als frühere Kapitänin sehe das anders",
     [("AFFILIATION", "ich als frühere Kapitänin")]),
    ("Als Winzer kann ich sagen, dass die Saison kurz ist.", [("AFFILIATION", "Als Winzer")]),
    ("wir im Bodenseekreis haben das anders geregelt",
     [("AFFILIATION", "wir im Bodenseekreis")]),
    ("Bei uns im Main-Kinzig-Kreis gibt es dafür eine Stelle.",
     [("AFFILIATION", "Bei uns im Main-Kinzig-Kreis")]),
    # a third person's past post with the first person outside a comparison stays
    ("Frank Weber hat als NRW-Innenminister mit mir gearbeitet.",
     [("AFFILIATION", "als NRW-Innenminister")]),
    ("Im Namen der Einheit danke ich.", [("AFFILIATION", "Im Namen der Einheit")]),
    ("wir bei der Diakonie sehen das anders", [("AFFILIATION", "wir bei der Diakonie")]),
    # an organisation, then a first-person relative clause (a contracted "I've"; a unit's
    # name before the genitive organisation)
    ("The agency, where I've worked since 2015, says no.",
     [("AFFILIATION", "The agency, where I've worked since 2015")]),
    ("Die Fachstelle Migration der Caritas, die ich leite, hat zu.",
     [("AFFILIATION", "Die Fachstelle Migration der Caritas, die ich leite")]),
    # a post after a span of years, also in a text written in lower case
    ("ich war zwei jahre richterin in kiel und kann sagen",
     [("AFFILIATION", "ich war zwei jahre richterin")]),
    ("Ich bin seit drei Jahren Sozialarbeiterin in Bonn.",
     [("AFFILIATION", "Ich bin seit drei Jahren Sozialarbeiterin in Bonn")]),
    # a unit named with a digit
    ("Our 3D lab in Accra prints the parts.", [("AFFILIATION", "Our 3D lab in Accra")]),
    # a message headed by its sender, a first person after the colon
    ("Quick note from the Ghanaian labour ministry: we have 300 nurses.",
     [("AFFILIATION", "Quick note from the Ghanaian labour ministry")]),
    ("Kurze Info vom Jobcenter Essen: wir haben Plätze.",
     [("AFFILIATION", "Kurze Info vom Jobcenter Essen")]),
    # an organisation placed in the room, also of two words, also as a subject
    ("Ich glaube, das Auswärtige Amt hier in der Runde sieht das anders.",
     [("AFFILIATION", "das Auswärtige Amt hier in der Runde")]),
    ("Das BAMF hier am Tisch sieht das anders.", [("AFFILIATION", "Das BAMF hier am Tisch")]),
    ("Sorry, but the UNHCR at this table keeps saying it works.",
     [("AFFILIATION", "the UNHCR at this table")]),
    ("A question for the Home Office here: why so slow?",
     [("AFFILIATION", "the Home Office here")]),
])
def test_revealing(detector: Detector, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(detector, text) == expected


@pytest.mark.parametrize("text", [
    "wir im Freundeskreis haben darüber gesprochen",
    "Wir im Teilnehmerkreis sind uns einig.",
    "Im Bodenseekreis gibt es viele Höfe.",
    "The captain of the ship refused to dock.",
    "We need an independent observer at the border.",
    "The attorney general said no.",
    "Die Helpdesk-Software ist veraltet.",
    # a third person's past post, the first person only compared
    "Frank Weber hat als NRW-Innenminister andere Debatten geführt als wir heute.",
    "Frank Weber hat als Innensenatorin mehr erreicht als ich.",
    # a topic after "bei", an abstract noun after "im Namen"
    "Als Land haben wir beim Thema Pflege vieles falsch gemacht.",
    "Wir bei der Frage der Rente sind uns uneinig.",
    "Im Namen der Gerechtigkeit fordern wir das.",
    "Im Namen der Solidarität: wir helfen.",
    # "here" alone with no named organisation, people or a topic at the table
    "The office here, however, is closed.",
    "The embassy here, in Accra, is slow.",
    "The people at this table agree.",
    "Das Thema hier in der Runde ist schwierig.",
    "The situation here: difficult.",
    "The BAMF publishes figures monthly.",
    "The hotel, where I've stayed, was fine.",
    "Eine Nachricht von der Botschaft: keine Termine.",
    "We saw 3D printers at the fair.",
    "ich war zwei jahre in kiel und kann sagen",
    "Ich bin seit zwei Jahren müde.",
    "In 2024 we had 5G at the office.",
    "Update from the ministry: they refuse.",
    "Quick note from the field: we got wet.",
    "I got a note from the ministry: we must wait.",
    "Das Buch der Caritas, das ich lese, ist gut.",
])
def test_clean(detector: Detector, text: str) -> None:
    assert [label for label, _ in spans(detector, text)] == []
