"""Stories for the false alarms and misses of issue 14 that are about names and contacts."""

from __future__ import annotations

import pytest

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Hope Mensah"), RosterEntry("Ernst Fischer"), RosterEntry("Mark Richter"),
          RosterEntry("Jonas Scholz"), RosterEntry("Anna Goethe"), RosterEntry("Helga Brandt"),
          RosterEntry("Grace Owusu"), RosterEntry("Daniel Koch")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


def found(detector: Detector, text: str, label: str = "PERSON") -> list[str]:
    return [s.text(text) for s in detector.find(text) if s.label == label]


@pytest.mark.parametrize("text", [
    "Hope is not a strategy.",                      # a word that is a roster first name
    "Ernst gemeint ist der Vorschlag sicher.",
    "Die Richter am Verwaltungsgericht haben das kritisiert.",  # professions and surnames
    "Fischer families lose income when fish stocks collapse.",
    "Koch ist in Tunesien ein gefragter Ausbildungsberuf.",
    "Olaf Scholz presented the agreement.",         # famous namesakes of roster surnames
    "Chancellor Scholz presented the agreement.",
    "The Goethe-Institut runs the courses.",        # named after somebody
    "Die Kundgebung war am Willy-Brandt-Platz.",
])
def test_words_namesakes_and_namesake_institutions_are_not_participants(detector, text):
    assert found(detector, text) == []


@pytest.mark.parametrize("text, name", [
    ("Hope pointed out the fee problem.", "Hope"),
    ("Grace and I ran the survey.", "Grace"),
    ("Fischer hat recht, die Jobcenter brauchen Personal.", "Fischer"),
    ("I agree with Mr Richter on this.", "Mr Richter"),
    ("Scholz said the crafts sector would help.", "Scholz"),
    ("Frau Goethe hat das erklärt.", "Frau Goethe"),
])
def test_the_same_words_as_names_are_found(detector, text, name):
    assert found(detector, text) == [name]


@pytest.mark.parametrize("text, contact", [
    ("Follow us at @fairrecruit.bsky.social for updates.", "@fairrecruit.bsky.social"),
    ("Mehr bei @gewerkschaft@mastodon.social und online.", "@gewerkschaft@mastodon.social"),
    ("The slides: bit.ly/3xYfair, thanks.", "bit.ly/3xYfair"),
    ("Kurzlink: t.co/Ab12xyz", "t.co/Ab12xyz"),
    ("Write to hope.mensah (at) labour.gov.gh please.", "hope.mensah (at) labour.gov.gh"),
])
def test_handles_with_a_domain_shorteners_and_spelled_addresses_are_contacts(detector, text,
                                                                              contact):
    assert found(detector, text, "CONTACT") == [contact]


def test_a_spelled_at_is_not_an_address_without_a_marker(detector):
    assert found(detector, "We met at the BMZ. Then we left.", "CONTACT") == []
