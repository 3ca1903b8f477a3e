"""Round 9, helper h9b: phone numbers by their line and toll-free shapes (contacts.py).

Invented examples, read from the shape of blind20's missed toll-free number, none of its
sentences; with numbers that only look like phones.
"""

from __future__ import annotations

import pytest
from span_helpers import of_label

from dialogue.deid import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([])


# --- contacts.py -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Workers can call the toll-free line at 1800 425 3939 from anywhere in India.",
     "1800 425 3939"),
    ("In Australia, ring 1300 555 123 during office hours.", "1300 555 123"),
    ("Die Beratung ist kostenlos unter 116 117 erreichbar.", "116 117"),
    ("The helpline number at 4471 2290 is staffed until six.", "4471 2290"),
    ("Ruf einfach die Hotline an, unter der Nummer 55 18 20 77.", "55 18 20 77"),
    ("Our office number in Tunis is 71 234 567.", "71 234 567"),
    ("You can call the desk on 55 18 20 77 in the morning.", "55 18 20 77"),
])
def test_phone_numbers_by_their_line(detector, text, expected):
    assert expected in of_label(detector, text, "CONTACT"), of_label(detector, text, "CONTACT")


@pytest.mark.parametrize("text", [
    "We will call the next meeting on 12.05.2025 in Rabat.",
    "In 1800 300 people lived in the town.",
    "The line at 120 000 cases was crossed in June.",
    "We call it the 2023/2024 cohort.",
    "Our number in Tunis is 120 000 people.",
    "Unsere Nummer für 2024 ist 14.03.2024.",
])
def test_numbers_that_only_look_like_phones(detector, text):
    assert of_label(detector, text, "CONTACT") == []
