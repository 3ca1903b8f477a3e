"""Guards the retrain of 2026-12-03 (blind14 and blind18 in the training folders) needed.

The learned tagger, trained on more text, added two kinds of span the rules leave: a roster
surname of somebody disclaimed as another person ("no relation to anyone here"), and an
opinion about what happens at an organisation ("I think at the ministry …"). The rules now
veto the first for the tagger and ``aff_not_disclosures`` drops the second. Invented examples,
each with a look-alike that must stay found.
"""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry("Samir Aziz", "", "Deutsches Rotes Kreuz, Kreisverband Soest",
                                 "ngo"),
                     RosterEntry("Greta Lindqvist", "", "Swedish Migration Agency", "government")])


@pytest.mark.parametrize("text", [
    "Mr Aziz at the pharmacy said the same thing, no relation to anyone here.",
    "Ein Herr Aziz aus meiner Nachbarschaft sieht das auch so – nicht verwandt mit unserem "
    "Teilnehmer.",
])
def test_a_disclaimed_namesake_is_nobody_for_the_tagger_either(detector, text):
    assert [t for label, t in spans(detector, text) if label == "PERSON"] == []


@pytest.mark.parametrize("text", [
    "Ich glaube beim Landesamt fehlen vor allem Dolmetscher.",
    "Ich vermute im Ministerium weiß man das längst.",
    "I think at the consulate nobody reads these forms twice.",
    "We suspect nothing, but I believe in the Bundestag the votes are there.",
])
def test_an_opinion_about_an_organisation_is_no_affiliation(detector, text):
    assert [t for label, t in spans(detector, text) if label == "AFFILIATION"] == []


@pytest.mark.parametrize("text, expected", [
    ("Aziz said the same thing this morning.", ("PERSON", "Aziz")),
    ("Ich glaube bei uns im Kreisverband fehlen vor allem Fahrer.",
     ("AFFILIATION", "bei uns im Kreisverband")),
])
def test_the_participant_and_an_own_organisation_stay_found(detector, text, expected):
    label, wanted = expected
    assert any(lab == label and wanted in t for lab, t in spans(detector, text)), \
        spans(detector, text)
