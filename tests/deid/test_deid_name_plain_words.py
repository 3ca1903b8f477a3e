"""A roster name part that is a plain word, told by grammar alone (name_plain_words.py).

The roster's word-like names here are in no word list of the detector ("Cash", "Field",
"Lane", "Hoch", "Brunnen" …), so only the grammar can tell the word from the person. Every
sentence is invented.
"""

from __future__ import annotations

import pytest
from span_helpers import of_label

from dialogue.deid import Detector, RosterEntry

ROSTER = ["Ruth Cash", "Eva Field", "Amy Small", "Liz Lane", "Lars Hoch", "Uwe Brunnen",
          "Ina Schiff", "Tom Bell", "Jane Price", "Kay Wall"]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry(n, "", "Verein für Beratung", "ngo") for n in ROSTER])


@pytest.mark.parametrize("text", [
    # a plural subject at a sentence's start
    "Cash transfers help returnees more than training.",
    "Field offices need two more caseworkers each.",
    "Small employers cannot wait six months for a visa.",
    "Thanks. Bell towers are not the issue, the timetable is.",
    # a lower-case word after a determiner and lower-case words
    "They built the fast lane for skilled workers in 2023.",
    "we need a proper field study before the next round",
    "Im Dorf gibt es nur einen alten brunnen und keine Schule.",
    # a lower-case predicate after a copula
    "Die Zahlen sind hoch.",
    "the risk is small, and the gain is large",
    "Die Kosten sind viel zu hoch für die Kommunen.",
])
def test_the_plain_word_is_nobody(detector, text):
    assert of_label(detector, text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Cash says the transfers help returnees.", "Cash"),
    ("Field thinks offices need more caseworkers.", "Field"),
    ("I agree with Small: employers cannot wait.", "Small"),
    ("our colleague lane mentioned the fees", "lane"),
    ("exactly the point lane made earlier", "lane"),
    ("that is the risk field raised yesterday", "field"),
    ("thanks lane, that helps", "lane"),
    ("frage an hoch: sind die zahlen aktuell?", "hoch"),
    ("das ist brunnen aus dem Landkreis, sie hat die Zahlen.", "brunnen"),
    ("Price, are the numbers final?", "Price"),
    ("My name is Lane and I run the pilot.", "Lane"),
    ("Wie Frau Hoch sagte, sind die Zahlen hoch.", "Frau Hoch"),
])
def test_the_person_in_a_like_slot_is_still_found(detector, text, name):
    assert any(name in span for span in of_label(detector, text, "PERSON"))
