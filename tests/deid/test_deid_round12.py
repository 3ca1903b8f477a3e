"""Round 12 (after blind30-32 were measured on arrival): text typed without capitals is
read as it would be printed too (casing.py), somebody introduced by their name is not a
participant (name_talk.introduced_by_name), and "the ministry that I report to" is a
disclosure. Every example is invented here, none is a fixture's sentence."""

from __future__ import annotations

import pytest

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.casing import caps_poor, cased

ROSTER = [RosterEntry("Lena Brandt", "", "Ausländerbehörde Nordfriesland", "municipality"),
          RosterEntry("Florian Spahn", "", "Caritas Kiel", "ngo"),
          RosterEntry("Ruth Okoye", "", "Nigerian Embassy", "partner_country")]


def labelled(detector: Detector, text: str, label: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detector.find(text) if s.label == label]


def covers(found: list[tuple[int, int]], text: str, wanted: str, share: float = 1.0) -> bool:
    """Whether one found span starts at or before *wanted* and covers *share* of it."""
    start = text.index(wanted)
    return any(a <= start and b >= start + share * len(wanted) for a, b in found)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


@pytest.mark.parametrize("text", [
    "honestly our jugendamt cant place them all",
    "bei uns im landkreis regnet es seit tagen",
    "Wir bei der tafel haben keine kühlung",  # a sentence start is no capital that counts
])
def test_a_text_typed_without_capitals_is_caps_poor(text):
    assert caps_poor(text)


@pytest.mark.parametrize("text", [
    "Our Jugendamt in Kassel cannot place them all.",
    "honestly the Jugendamt cant place them",  # one capital inside is enough to trust it
    "ok",
])
def test_a_text_with_capitals_or_too_short_is_not(text):
    assert not caps_poor(text)


def test_casing_changes_first_letters_only_and_keeps_every_offset():
    text = "moin, ausländerbehörde nordfriesland hier. wir bei wohnraum-jetzt und i think ghana"
    printed = cased(text)
    assert len(printed) == len(text)
    assert printed.lower() == text.lower()
    assert printed == ("Moin, Ausländerbehörde Nordfriesland hier. Wir bei Wohnraum-jetzt und "
                       "I think Ghana")


@pytest.mark.parametrize(("text", "wanted"), [
    ("honestly our jugendamt cant place them all", "our jugendamt"),
    ("ja, unser sozialamt zahlt die kaution nicht", "unser sozialamt"),
    ("moin, lena brandt hier, ausländerbehörde nordfriesland, eine frage noch",
     "ausländerbehörde nordfriesland"),
    ("wir bei wohnraum-jetzt sehen das ganz anders", "wir bei wohnraum-jetzt"),
    ("wir im landkreis vorpommern-greifswald haben 40 plätze frei",
     "wir im landkreis vorpommern-greifswald"),
])
def test_an_affiliation_typed_without_capitals_is_found_whole(detector, text, wanted):
    found = labelled(detector, text, "AFFILIATION")
    assert covers(found, text, wanted), (text, found)


@pytest.mark.parametrize("text", [
    "the landkreis pays per person, not per unit",
    "bei uns regnet es seit tagen, sorry für die verspätung",
    "ist das sozialamt da zuständig oder das jobcenter?",
])
def test_a_lower_case_organisation_that_is_nobodys_is_no_affiliation(detector, text):
    assert labelled(detector, text, "AFFILIATION") == []


def test_the_organisation_the_writer_reports_to_is_a_disclosure(detector):
    text = "The agency in Lomé that I report to wants monthly figures."
    found = labelled(detector, text, "AFFILIATION")
    wanted = "The agency in Lomé that I report to"
    assert any(a == 0 and b >= len(wanted) for a, b in found), found


@pytest.mark.parametrize("text", [
    "A caregiver named Florian wrote to us from Cebu.",
    "Last year a trainee called Florian quit after two weeks.",
    "Dort heißen viele Jungen Florian, Lukas oder Jonas.",
    "Ein Pfleger namens Florian hat uns das erzählt.",
    "Ruth is a common first name in Lagos.",
    "Ruth ist dort ein häufiger Vorname.",
])
def test_somebody_introduced_by_their_name_is_not_the_participant(detector, text):
    assert labelled(detector, text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("I called Florian yesterday about the flats.", "Florian"),
    ("We called Florian, he agrees.", "Florian"),
    ("The colleague from Kiel is called Florian and runs the shelter.", "Florian"),
    ("Der Kollege aus Kiel heißt Florian und leitet die Unterkunft.", "Florian"),
    ("Wie heißt das Projekt von Florian?", "Florian"),
    ("Ruth, is this a common problem in Abuja?", "Ruth"),
    ("As Florian said, the common names list is out of date.", "Florian"),
])
def test_the_participant_is_still_found_beside_those_words(detector, text, name):
    start = text.index(name)
    assert (start, start + len(name)) in labelled(detector, text, "PERSON")


NAMESAKES = [RosterEntry("Miriam Knaus"), RosterEntry("Amara Pope"), RosterEntry("Clara Stamp"),
             RosterEntry("Hassan Tahri"), RosterEntry("Sophie Wagner"), RosterEntry("Ines Fuchs")]


@pytest.mark.parametrize("text", [
    "Gerald Knaus' Vorschlag klingt gut, scheitert aber an den Staaten.",  # public namesake
    "Pope Francis spoke of indifference in 2013.",          # a title before a given name
    "Hassan II University has a nursing faculty.",          # a regnal number
])
def test_somebody_else_by_the_shape_of_the_name(text):
    assert labelled(Detector(NAMESAKES), text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Knaus' Vorschlag klingt gut.", "Knaus"),
    ("Fuchs' Punkt zur Finanzierung ist richtig.", "Fuchs"),
    ("Pope said the numbers are wrong.", "Pope"),
    ("Thanks, Pope, good point.", "Pope"),
    ("Hassan said it well.", "Hassan"),
    ("Ich gebe Wagner Recht.", "Wagner"),          # a German noun after the surname
    ("Stamps Vorschlag war gut.", "Stamps"),        # the German genitive, capitalised
    # chat English drops the apostrophe: taking "stamps" for a plural (tried in round 12
    # for "entry stamps") lost a name of this shape on unread text, so it was left
    ("good call, stamps point about housing stands", "stamps"),
])
def test_the_participant_with_the_same_words(text, name):
    found = labelled(Detector(NAMESAKES), text, "PERSON")
    assert covers(found, text, name), (text, found)


# Round 13 (read blind33-35's misses): more of a chat typed without capitals
CHAT = [RosterEntry("Kai Brandt", "", "Wohnen Jetzt e.V.", "ngo"),
        RosterEntry("Greta Sandmann", "", "Caritas Erfurt", "ngo"),
        RosterEntry("Jonas Bach", "", "Stadt Halle", "municipality")]


@pytest.mark.parametrize(("text", "wanted"), [
    ("greta vom bumf sagt das seit jahren", "vom bumf"),
    ("herr bach von der stadt halle hat recht, die pauschale reicht nicht", "von der stadt halle"),
    ("bei uns in der giz dauert das drei wochen", "bei uns in der giz"),
    ("we at wohnraum plus have 40 flats", "we at wohnraum plus"),
])
def test_an_organisation_typed_in_lower_case_after_a_name_or_the_writer(text, wanted):
    found = labelled(Detector(CHAT), text, "AFFILIATION")
    assert covers(found, text, wanted, share=0.5), (text, found)


def test_casing_uppercases_a_known_acronym_and_one_word_after_a_name_before_a_verb():
    text = "kai von verdi sagt das seit jahren, die iom und der bamf sehen das anders"
    printed = cased(text, [(0, 3)])
    assert printed.startswith("Kai von Verdi sagt das")
    assert "IOM" in printed and "BAMF" in printed


@pytest.mark.parametrize("text", [
    "bach ist heute nicht da, oder?",
    "Bach is still online, I think.",
])
def test_a_participant_said_to_be_here_or_not(text):
    found = labelled(Detector(CHAT), text, "PERSON")
    assert (0, 4) in found, found


@pytest.mark.parametrize("text", [
    "Der Bach ist heute nicht da, er ist ausgetrocknet.",
    "the river is not here",
])
def test_a_word_said_to_be_there_is_no_participant(text):
    assert labelled(Detector(CHAT), text, "PERSON") == []


# Round 14 (read blind36 and blind38's misses)
@pytest.mark.parametrize(("text", "wanted"), [
    ("From the BMZ side: the funding is there.", "From the BMZ side"),
    ("asking from the refugio side, we see survivors far too late", "from the refugio side"),
    ("Quick note from the Foreign Office side, the decree is signed.",
     "from the Foreign Office side"),
    ("we can only check what our agency in chisinau can see", "our agency in chisinau"),
])
def test_the_writers_side_and_the_place_of_a_lower_case_organisation(text, wanted):
    found = labelled(Detector(CHAT), text, "AFFILIATION")
    assert covers(found, text, wanted), (text, found)


@pytest.mark.parametrize("text", [
    "Can somebody from the consulate side explain the rule?",
    "Is there an answer from the government side?",
    "Let me give the view from the other side of the table.",
    "Nothing has come from the BAMF side yet.",
])
def test_somebody_elses_side_is_no_disclosure(text):
    assert labelled(Detector(CHAT), text, "AFFILIATION") == []


def test_a_public_namesake_typed_in_lower_case_is_somebody_else():
    roster = [RosterEntry("Greta Feld")]
    assert labelled(Detector(roster), "lars feld hat das schon 2019 gesagt", "PERSON") == []
    found = labelled(Detector(roster), "greta feld hat das schon gesagt", "PERSON")
    assert found and found[0][0] == 0
