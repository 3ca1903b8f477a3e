"""Stories for the de-identification detector, in English and German."""

from __future__ import annotations

import pytest

from dialogue.deid import Detector, RosterEntry, Span, redact

ROSTER = [
    RosterEntry("Katharina Müller", "k.mueller@bmz.bund.de",
                "Federal Ministry for Economic Cooperation and Development (BMZ)", "government"),
    RosterEntry("Thomas Becker", "thomas.becker@bmi.bund.de", "Bundesministerium des Innern (BMI)",
                "government"),
    RosterEntry("Friederike von Stein-Hartmann", "",
                "Federal Ministry of Labour and Social Affairs", "government"),
    RosterEntry("Ayşe Yılmaz-Schröder", "", "Diakonie Deutschland", "civil society"),
    RosterEntry("Will Thompson", "", "UNHCR", "international organisation"),
    RosterEntry("Rose Villanueva", "", "Embassy of the Philippines", "partner country"),
    RosterEntry("Paul Frank", "", "International Centre for Migration Policy Development",
                "international organisation"),
    RosterEntry("Youssef El Amrani", "", "Embassy of the Kingdom of Morocco", "partner country"),
    RosterEntry("Claudia Weber", "", "Deutsche Industrie- und Handelskammer", "business"),
    RosterEntry("Hannes Brückner", "", "Sachverständigenrat für Integration und Migration (SVR)",
                "academia"),
    RosterEntry("Pat Lindqvist", "", "Pflegepartner International GmbH", "business"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text(text)) for s in detector.find(text)]


def labels_of(detector: Detector, text: str, label: str) -> list[str]:
    return [t for lab, t in found(detector, text) if lab == label]


# --- PERSON ---------------------------------------------------------------------------------

def test_finds_full_name(detector):
    assert found(detector, "I agree with Katharina Müller on this.") == [
        ("PERSON", "Katharina Müller")]


def test_finds_surname_with_title_and_genitive(detector):
    text = "Dr. Müller's point stands, and Frau Dr. Müller said so twice."
    assert labels_of(detector, text, "PERSON") == ["Dr. Müller's", "Frau Dr. Müller"]


def test_finds_german_genitive_without_apostrophe(detector):
    assert labels_of(detector, "Müllers Vorschlag überzeugt mich.", "PERSON") == ["Müllers"]
    assert labels_of(detector, "Brückners Studie ist gut.", "PERSON") == ["Brückners"]


def test_finds_names_with_and_without_diacritics(detector):
    for spelling in ("Müller", "Mueller", "Muller"):
        assert labels_of(detector, f"As {spelling} argued, safeguards matter.", "PERSON") == [
            spelling]
    assert labels_of(detector, "Yilmaz-Schroeder raised this.", "PERSON") == ["Yilmaz-Schroeder"]


def test_finds_lower_case_names(detector):
    assert labels_of(detector, "i spoke with katharina and brückner.", "PERSON") == [
        "katharina", "brückner"]
    assert labels_of(detector, "ich habe mit frau weber gesprochen", "PERSON") == ["frau weber"]


def test_finds_one_letter_misspellings(detector):
    assert labels_of(detector, "Mr Tompson disagreed.", "PERSON") == ["Mr Tompson"]
    assert labels_of(detector, "Villaneuva's figures are impressive.", "PERSON") == [
        "Villaneuva's"]
    assert labels_of(detector, "Bruckner hat recht.", "PERSON") == ["Bruckner"]


def test_finds_double_barrelled_surname_with_particle(detector):
    text = "Frau von Stein-Hartmann hat die Zahlen zitiert; Hartmann kennt sie."
    assert labels_of(detector, text, "PERSON") == ["Frau von Stein-Hartmann", "Hartmann"]
    assert labels_of(detector, "Mr El Amrani explained it.", "PERSON") == ["Mr El Amrani"]


def test_dictionary_word_first_names_need_context(detector):
    assert found(detector, "Will the BMI commit to this? I will ask.") == []
    assert found(detector, "Numbers rose sharply; to be frank, a grace period helps.") == []
    assert found(detector, "Frank exchanges are what this forum is for.") == []
    assert found(detector, "Rose-tinted glasses will not help.") == []
    assert labels_of(detector, "I agree with Will on return monitoring.", "PERSON") == ["Will"]
    assert labels_of(detector, "Rose mentioned the regulator.", "PERSON") == ["Rose"]
    assert labels_of(detector, "Ms Rose and Mr Frank", "PERSON") == ["Ms Rose", "Mr Frank"]


def test_leaves_public_figures_alone(detector):
    assert found(detector, "Joachim Stamp's agreements were about return.") == []
    assert found(detector, "Gerhard Schröder's Agenda 2010 is not relevant.") == []
    assert found(detector, "Manfred Weber wants more return agreements.") == []
    assert found(detector, "Even Thomas Müller could not score that many own goals.") == []


def test_unknown_person_with_roster_first_name_is_not_flagged_in_english(detector):
    assert found(detector, "Paul Ehrlich was a scientist, not a negotiator.") == []
    # German capitalises nouns, so there a following capital does not mean a surname.
    assert labels_of(detector, "Ich gebe Katharina Recht.", "PERSON") == ["Katharina"]


def test_name_inside_email_is_one_contact_not_a_person(detector):
    assert found(detector, "Write to k.mueller@bmz.bund.de today.") == [
        ("CONTACT", "k.mueller@bmz.bund.de")]


def test_short_first_name_needs_a_context_that_shows_a_person(detector):
    # a lower-case word is the word; a sentence-initial "Pat said" shows a person (h14g)
    assert found(detector, "We should pat ourselves on the back.") == []
    assert labels_of(detector, "Pat said so.", "PERSON") == ["Pat"]
    assert found(detector, "The pat answer is no.") == []
    assert labels_of(detector, "Thanks to Mx Pat Lindqvist.", "PERSON") == ["Mx Pat Lindqvist"]


# --- CONTACT --------------------------------------------------------------------------------

@pytest.mark.parametrize("contact", [
    "sabine.hoffmann@arbeitsagentur.de",
    "+49 30 18535 2451",
    "+49 (0)228 99 529-0",
    "030 1234567",
    "0171/1234567",
    "(030) 123 45 67",
    "https://www.svr-migration.de/publikationen",
    "www.bamf.de/abkommen",
    "example.org/path",
    "@svr_migration",
])
def test_finds_contact_details(detector, contact):
    text = f"Details: {contact}. Thanks."
    assert found(detector, text) == [("CONTACT", contact)]


def test_numbers_that_are_not_phones_are_left_alone(detector):
    text = ("Ab dem 01.03.2024 gilt § 16d AufenthG; 2019-2023 kamen 10,000 Pflegekräfte, "
            "2,7 Mrd. USD, z.B. bei der GmbH & Co.KG, e.g. in 2022.")
    assert found(detector, text) == []


# --- AFFILIATION ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("In my unit at the BMZ, this is disputed.", "In my unit at the BMZ"),
    ("We at the embassy see many requests.", "We at the embassy"),
    ("Our ministry has no position yet.", "Our ministry"),
    ("Speaking for GIZ, I can confirm it.", "Speaking for GIZ"),
    ("As head of the Central Asia desk, I see pressure.", "As head of the Central Asia desk"),
    ("Our team at IOM is ready.", "Our team at IOM"),
    ("I'm with the ZAV and we see bottlenecks.", "I'm with the ZAV"),
    ("We at the Kenyan embassy have asked for a review.", "We at the Kenyan embassy"),
    ("My colleagues at Pflegepartner disagree.", "My colleagues at Pflegepartner"),
    ("We as an NGO cannot support that.", "We as an NGO"),
    ("I lead the team that negotiated it.", "I lead the team"),
])
def test_finds_english_affiliation_disclosures(detector, text, phrase):
    assert labels_of(detector, text, "AFFILIATION") == [phrase]


@pytest.mark.parametrize("text, phrase", [
    ("Bei uns im Auswärtigen Amt wird das diskutiert.", "Bei uns im Auswärtigen Amt"),
    ("In unserem Referat sehen wir das anders.", "In unserem Referat"),
    ("In meiner Abteilung im BMI gibt es einen Entwurf.", "In meiner Abteilung im BMI"),
    ("Ich als Referentin im BMAS kann das sagen.", "Ich als Referentin im BMAS"),
    ("Wir bei der GIZ haben gute Erfahrungen.", "Wir bei der GIZ"),
    ("Unser Haus hat sich nicht positioniert.", "Unser Haus"),
    ("Die kenianische Botschaft? Wir von der Botschaft sehen das.", "Wir von der Botschaft"),
    ("Ich arbeite beim BAMF und sehe das.", "Ich arbeite beim BAMF"),
])
def test_finds_german_affiliation_disclosures(detector, text, phrase):
    assert labels_of(detector, text, "AFFILIATION") == [phrase]


@pytest.mark.parametrize("text", [
    "The BMZ should lead on brain-drain safeguards.",
    "Das Auswärtige Amt sollte Visaverfahren beschleunigen.",
    "IOM's data shows fewer departures.",
    "We in Germany underestimate Canada.",
    "Wir in Deutschland unterschätzen Kanada.",
    "Our partners in Kenya want transparency.",
    "The embassy in Nairobi needs more staff.",
    "Die Botschaft in Neu-Delhi braucht Personal.",
    "Our ministries should coordinate better.",
    "Unsere Regierung sollte schneller handeln.",
])
def test_leaves_ministry_as_subject_alone(detector, text):
    assert found(detector, text) == []


def test_affiliation_from_roster_acronym(detector):
    # "(SVR)" is taken from the roster's affiliation; the capitals "SIM" are derived too.
    assert labels_of(detector, "As a researcher at the SVR, I doubt it.", "AFFILIATION") == [
        "As a researcher at the SVR"]


# --- API --------------------------------------------------------------------------------------

def test_spans_are_sorted_and_do_not_overlap(detector):
    text = ("Dr. Müller (k.mueller@bmz.bund.de) and we at the BMZ, Thomas Becker, "
            "call 030 1234567 or see www.bmz.de.")
    spans = detector.find(text)
    assert spans == sorted(spans, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert {s.label for s in spans} == {"PERSON", "CONTACT", "AFFILIATION"}


def test_overlapping_spans_merge_into_the_longer_label():
    from dialogue.deid.detector import merge

    merged = merge([Span(0, 5, "PERSON"), Span(3, 20, "AFFILIATION"), Span(30, 35, "CONTACT")])
    assert merged == [Span(0, 20, "AFFILIATION"), Span(30, 35, "CONTACT")]


def test_redact_replaces_every_span(detector):
    text = "Frau Dr. Müller schreibt an k.mueller@bmz.bund.de aus unserem Referat."
    assert redact(text, detector.find(text)) == (
        "[redacted] schreibt an [redacted] [redacted].")
    assert redact("abc", [], placeholder="X") == "abc"
    assert redact("abcdef", [Span(4, 6, "PERSON"), Span(0, 1, "PERSON")], "_") == "_bcd_"


def test_empty_roster_still_finds_contacts_and_affiliations():
    detector = Detector()
    text = "We at the BMZ: call +49 30 1234567. Müller agrees."
    assert [s.label for s in detector.find(text)] == ["AFFILIATION", "CONTACT"]
    assert Detector().find("") == []


def test_the_speed_benchmark_runs_on_texts_of_a_thousand_characters(capsys):
    """Speed is the benchmark's figure (python -m dialogue.deid.bench), not an assertion."""
    from dialogue.deid import bench

    assert {len(text) for text in bench.texts_of(5)} == {1000}
    assert len(bench.roster_of(100)) == 100
    bench.main(["--roster", "10", "--rounds", "1"])
    assert "ms CPU per 1,000-character text, roster of 10" in capsys.readouterr().out


def test_a_contact_inside_a_long_affiliation_phrase_stays_a_contact_of_its_own():
    """A clause rule that runs over a link or an address is cut where the contact begins."""
    detector = Detector([RosterEntry("Nobody Here")])
    text = "I uploaded the deck for our ministry to bit.ly/deck-2026 this morning."
    spans = detector.find(text)
    assert [(s.label, s.text(text)) for s in spans] == [
        ("AFFILIATION", "I uploaded the deck for our ministry to"),
        ("CONTACT", "bit.ly/deck-2026")]
    german = "Wir im Referat schicken es über kontakt(at)referat-x.de an alle."
    labels = [(s.label, s.text(german)) for s in detector.find(german)]
    assert ("CONTACT", "kontakt(at)referat-x.de") in labels
    assert all(label != "AFFILIATION" or "(at)" not in words for label, words in labels)
