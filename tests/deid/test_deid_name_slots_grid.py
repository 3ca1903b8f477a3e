"""A grid of the slots a participant's name takes, for word-like and plain names.

Every template is a way people in a dialogue refer to each other (in English and German);
every name is invented and many are ordinary words (Summer, Hunter, Fox, Kai, Ivy …). The
grid found eight misses when it was first run (2026-12-03): a firm's name read as the
subject of a German verb after "hear from" in a short text the language test took for
German, and three-letter word-like given names after "stimme … zu" and "Vielleicht weiß …".
Two are still missed and are marked so.
"""

from __future__ import annotations

import pytest

from dialogue.deid import Detector, RosterEntry

ROSTER = ["Summer Hill", "Hunter Adler", "Sterling Wood", "Golden Okoro", "Patience Carpenter",
          "Felicity Fox", "Noble Lamb", "Major Bach", "Heinz Reich", "Uta Mild", "Kai Kühn",
          "Berta Feld", "Ruby Berg", "Ivy Sauber", "Destiny Frisch"]
TEMPLATES = [
    "{F} said the pilot needs more money.", "I agree with {F} on the visa point.",
    "As {F} mentioned, the queues are long.", "{F}, could you share the slides?",
    "thanks {f}, that helps", "{L} made a good point earlier.", "I'd ask Ms {L} about that.",
    "{F}'s proposal is the most concrete.", "Building on what {F} said about fees:",
    "Quick question for {f}: is that in the draft?", "{F} and I ran the workshop.",
    "Let's hear from {F} first.", "{F} {L} raised this yesterday.", "@{F} do you have the link?",
    "Good point, {F}.", "Maybe {F} knows the answer.", "{L}'s numbers look right to me.",
    "Like {F}, I think the fee is too high.", "Sorry {F}, I disagree.",
    "According to {L}, the pilot works.",
    "{F} hat gesagt, dass das Geld fehlt.", "Ich stimme {F} zu.",
    "Wie {F} vorhin sagte, sind die Schlangen lang.", "{F}, kannst du die Folien schicken?",
    "danke {f}, hilft sehr", "{L} hat vorhin einen guten Punkt gemacht.",
    "Ich würde Frau {L} dazu fragen.", "{L}s Vorschlag ist am konkretesten.",
    "Anknüpfend an {F}:", "Frage an {F}: steht das im Entwurf?",
    "{F} und ich haben den Workshop gemacht.", "Laut {L} funktioniert das Pilotprojekt.",
    "Guter Punkt, {F}.", "Vielleicht weiß {F} das.", "Wie Frau {L} richtig sagt, fehlt Personal.",
    "Sorry {F}, da bin ich anderer Meinung.",
]
STILL_MISSED = {"Anknüpfend an Hunter:", "Laut Fox funktioniert das Pilotprojekt."}


def _cases():
    for name in ROSTER:
        given, family = name.split()
        for template in TEMPLATES:
            text = template.format(F=given, L=family, f=given.lower())
            wanted = given if "{F}" in template else given.lower() if "{f}" in template \
                else family
            marks = [pytest.mark.xfail(strict=True, reason="still missed")] \
                if text in STILL_MISSED else []
            yield pytest.param(text, wanted, marks=marks, id=text)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry(n, "", "Verein für Beratung", "ngo") for n in ROSTER])


@pytest.mark.parametrize("text, wanted", list(_cases()))
def test_the_participant_is_found_in_every_slot(detector, text, wanted):
    found = [s.text(text) for s in detector.find(text) if s.label == "PERSON"]
    assert any(wanted.lower() in f.lower() for f in found), found


_KNOWN = pytest.mark.xfail(strict=True, reason="a known false alarm, before the grid's rules "
                           "too: a weather word after an inverted 'hat', a place before an "
                           "irregular past tense")


@pytest.mark.parametrize("text", [
    "Dem Antrag stimme ich zu.", "Im Kai liegt das Schiff.", "Vielleicht weiß man das nicht.",
    pytest.param("Vielleicht hat Regen das verursacht.", marks=_KNOWN),
    pytest.param("Exports from Kenya rose again.", marks=_KNOWN),
])
def test_the_new_slots_take_no_word(text):
    roster = [RosterEntry(n, "", "Verein", "ngo") for n in ["Rosa Regen", "Kai Kühn",
                                                             "Kenya Brooks"]]
    assert [s.text(text) for s in Detector(roster).find(text) if s.label == "PERSON"] == []
