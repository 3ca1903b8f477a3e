"""PERSON classes of round h14p, with invented examples: chat mentions, word-like first
names in a grammar that shows a person, titles and initials, and their clean look-alikes."""

from __future__ import annotations

import pytest

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Hope Asamoah", "", "", ""),
          RosterEntry("Will Brenner", "", "", ""),
          RosterEntry("Joy Mensah-Boateng", "", "", ""),
          RosterEntry("Tariq Nasser", "", "", ""),
          RosterEntry("Ida Lindqvist", "", "", ""),
          RosterEntry("Frank Meister", "", "", ""),
          RosterEntry("Ernst Kessler", "", "", ""),
          RosterEntry("Paula Sonne", "", "", ""),
          RosterEntry("Bo Wen", "", "", ""),
          RosterEntry("Karolina Wiśniewska", "", "", ""),
          RosterEntry("Olaf Scholz", "", "", "")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER, learned=False)


def spans(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text(text)) for s in detector.find(text)]


def people(detector: Detector, text: str) -> list[str]:
    return [t for label, t in spans(detector, text) if label == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    ("@Tariq kannst du die Folien teilen?", [("PERSON", "Tariq")]),
    ("@nasser where did the 40 % come from?", [("PERSON", "nasser")]),
    ("Thanks @Hope, that helps.", [("PERSON", "Hope")]),
    # handles with a domain or a network, and handles that are no roster word, stay contacts
    ("Follow @tariq.bsky.social for updates.", [("CONTACT", "@tariq.bsky.social")]),
    ("She posts as @hope on Instagram.", [("CONTACT", "@hope")]),
    ("Our campaign is @fair_care_now.", [("CONTACT", "@fair_care_now")]),
    ("Write to @migrationlab for the data.", [("CONTACT", "@migrationlab")]),
])
def test_a_chat_mention_of_a_roster_word_is_a_person(detector, text, expected):
    assert spans(detector, text) == expected
