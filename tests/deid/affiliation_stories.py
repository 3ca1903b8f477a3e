"""The roster, detector and span helpers of the AFFILIATION stories of h14q
(test_deid_h14q_affiliation.py on the writer's own posts, test_deid_h14q_others.py on other
people and the look-alikes). The rules alone are tested (``learned=False``), as the learned
tagger is trained separately."""

from __future__ import annotations

from span_helpers import affiliations  # noqa: F401  (re-exported to the h14q story files)

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Ingrid Solberg", "", "Norwegian Directorate of Immigration", "embassy"),
          RosterEntry("Kofi Mensah", "", "Ghana Immigration Service", "embassy"),
          RosterEntry("Petra Lindqvist", "", "Stadt Bielefeld", "government"),
          RosterEntry("Arjun Rao", "", "Nasscom", "business")]


def rules() -> Detector:
    return Detector(ROSTER, learned=False)


def assert_covered(detector: Detector, text: str, phrase: str) -> None:
    start = text.index(phrase)
    end = start + len(phrase)
    found = [s for s in detector.find(text) if s.label == "AFFILIATION"]
    assert any(s.start <= start and s.end >= end for s in found), (
        phrase, [s.text(text) for s in found])
