"""The organisation of a participant spoken to, and one said to be in the room (aff_you.py).

Invented examples (read from the shapes of blind22's misses, none of its sentences), each
with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from span_helpers import affiliations

from dialogue.deid import Detector, RosterEntry


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry("Pilar Ortega", "", "Ministerio de Trabajo, Bogotá", "embassy"),
                     RosterEntry("Lars Voigt", "", "Landratsamt Bautzen", "municipality")])


@pytest.mark.parametrize("text, expected", [
    ("Frau Ortega, wie lange dauert bei Ihnen im Außenministerium eine Beglaubigung?",
     "bei Ihnen im Außenministerium"),
    ("Lars, habt ihr bei euch im Landratsamt schon eine digitale Akte?",
     "bei euch im Landratsamt"),
    ("Wie ist das eigentlich bei dir in der Beratungsstelle geregelt?",
     "bei dir in der Beratungsstelle"),
    ("Lars, wie viele Fälle liegen in eurem Sozialamt gerade auf Halde?", "eurem Sozialamt"),
    ("Ist das in deiner Kammer auch so?", "deiner Kammer"),
    ("Das Auswärtige Amt, das heute ja auch hier vertreten ist, könnte das klären.",
     "Das Auswärtige Amt, das heute ja auch hier vertreten ist"),
    ("The IOM, which is represented here today, runs the pilot.",
     "The IOM, which is represented here today"),
])
def test_the_organisation_of_someone_addressed_or_present(detector, text, expected):
    assert expected in affiliations(detector, text), affiliations(detector, text)


@pytest.mark.parametrize("text", [
    "Wie ist das bei euch im Alltag mit den Behörden?",
    "Wie lange dauert das bei Ihnen im Durchschnitt?",
    "In deinem Fall würde ich Widerspruch einlegen.",
    "Wie ist das in eurer Stadt mit dem Nahverkehr?",
    "Das BMI, das heute leider nicht vertreten ist, muss das entscheiden.",
    "Die Bundesagentur, die hier in Nürnberg ihren Sitz hat und dabei ist, zahlt das.",
    "Die Kolleginnen, die heute hier dabei sind, kennen das Problem.",
    "The ministry, which is represented in the steering group, agreed in May.",
])
def test_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == []
