"""The author's warning: name-like spans, contacts and affiliations, never the roster."""

from __future__ import annotations

import inspect

import pytest

from dialogue.deid import warning
from dialogue.deid.warning import author_warning


def spans(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text(text)) for s in author_warning(text)]


def test_the_warning_takes_no_roster():
    assert list(inspect.signature(author_warning).parameters) == ["text"]


@pytest.mark.parametrize("text, name", [
    ("I agree with Cornelius Abernathy-Okonkwo on this.", "Cornelius Abernathy-Okonkwo"),
    ("Ich stimme Frau Okonkwo zu.", "Frau Okonkwo"),
    ("Ask Dr. Lindqvist about the pilot.", "Dr. Lindqvist"),
    ("As Thomas said, the data are thin.", "Thomas"),
])
def test_anybody_who_looks_like_a_person_is_flagged(text, name):
    assert spans(text) == [("PERSON", name)]


@pytest.mark.parametrize("text", [
    "Olaf Scholz presented the agreement with Kenya.",
    "The Federal Foreign Office should hire more visa staff.",
    "Das Auswärtige Amt sollte Visaverfahren beschleunigen.",
    "The Western Balkans regulation is a useful precedent.",
    "Will the BMI publish the figures?",
])
def test_public_figures_and_organisations_as_subjects_are_not_flagged(text):
    assert spans(text) == []


def test_contacts_and_affiliations_are_flagged_without_a_roster():
    text = "Our consulate in Lagos answers at +234 1 555 0100."
    assert spans(text) == [("AFFILIATION", "Our consulate in Lagos"),
                           ("CONTACT", "+234 1 555 0100")]
    assert warning._contacts_and_affiliations().roster == ()
