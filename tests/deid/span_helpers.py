"""What the detector found in a text, as the deid story tests compare it: every span as
(label, text), the texts of one label, or the AFFILIATION texts."""

from __future__ import annotations

from dialogue.deid import Detector


def labelled(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text(text)) for s in detector.find(text)]


def of_label(detector: Detector, text: str, label: str = "AFFILIATION") -> list[str]:
    return [s.text(text) for s in detector.find(text) if s.label == label]


def affiliations(detector: Detector, text: str) -> list[str]:
    return of_label(detector, text, "AFFILIATION")
