"""Stories for the clause-level rules (h14g): new sentences, not taken from any fixture.

Each class of the long tail is tried positively (the disclosure must be covered by one
AFFILIATION span reaching at least the words given) and negatively (the same words used
about somebody else, generically or as an opinion raise nothing).
"""

from __future__ import annotations

import pytest
from span_helpers import of_label as spans

from dialogue.deid import Detector, RosterEntry

ROSTER = [
    RosterEntry("Ada Okonkwo", "", "Nigerian Nurses Council", "civil_society"),
    RosterEntry("Ugo Weiss", "", "Handwerkskammer Kassel", "business"),
    RosterEntry("Mei Sato", "", "Japanese Embassy Berlin", "embassy"),
    RosterEntry("Hope Sommer", "", "Caritas Hamburg", "civil_society"),
    RosterEntry("Paul Schuster", "", "Auswärtiges Amt", "government"),
    RosterEntry("Lea Richter", "", "BAMF, Referat 21", "government"),
    RosterEntry("Amadou Sow", "", "Diaspora Forum Bonn", "civil_society"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


def covered(detector: Detector, text: str, phrase: str) -> bool:
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == "AFFILIATION" and s.start <= start and s.end >= end
               for s in detector.find(text))


# -- first person + any verb + preposition + organisation ----------------------------------
@pytest.mark.parametrize("text, phrase", [
    ("Ich forsche am IAB zu Rückkehrmigration.", "Ich forsche am IAB"),
    ("Ich schreibe gerade aus dem Referat Arbeitsmarkt des Landratsamts, kurz dazu:",
     "Ich schreibe gerade aus dem Referat Arbeitsmarkt des Landratsamts"),
    ("Seit ich beim Caritasverband in Fulda mitarbeite, sehe ich das anders.",
     "ich beim Caritasverband in Fulda mitarbeite"),
    ("I mentor young nurses at a university hospital in Cologne on weekends.",
     "I mentor young nurses at a university hospital in Cologne"),
    ("We are registered as a recruitment agency in Manila.", "as a recruitment agency"),
    ("Wir sind als Beratungsstelle in Kassel anerkannt.", "Wir sind als Beratungsstelle in Kassel"),
    ("I run a 12-bed care home near Fulda.", "I run a 12-bed care home near Fulda"),
])
def test_first_person_with_any_verb_and_an_organisation(detector, text, phrase):
    assert covered(detector, text, phrase), detector.find(text)


@pytest.mark.parametrize("text", [
    "Ich glaube beim BAMF fehlt Personal.",
    "I think at the embassy level this is decided.",
    "Ich arbeite an einem Papier zur Anerkennung.",
    "We need more staff at the foreigners' office.",
    "Ich frage mich, warum das Jobcenter so langsam ist.",
    "I paid 300 euros at the consulate for nothing.",
    "Ich wartete drei Stunden im Bürgeramt.",
    "Ich habe gestern beim Konsulat angerufen.",
    # interaction and citation verbs, in their inflections
    "We cooperated closely with the chamber of crafts on this.",
    "We negotiated with the Guinean ministry for two years.",
    "I quoted from the IAB report.",
    "Wir erwarten vom Ministerium einen Entwurf.",
    pytest.param("Ich zitiere aus dem Bericht der Handwerkskammer.", marks=pytest.mark.xfail(
        strict=True, reason="a known false alarm of the learned tagger since the retrain of "
        "2026-12-02 (docs/deid-learned.md, Known false alarms); the rules leave it")),
])
def test_opinions_needs_and_tasks_are_no_affiliation(detector, text):
    assert spans(detector, text, "AFFILIATION") == []


# -- second and third person in the room ---------------------------------------------------
@pytest.mark.parametrize("text, phrase", [
    ("Herr Weiss, Sie als Vertreter der Handwerkskammer – wie sehen Sie das?",
     "Sie als Vertreter der Handwerkskammer"),
    ("Ugo, ihr bei der Kammer habt doch Zahlen?", "ihr bei der Kammer"),
    ("Ada – you at the nurses council must see this every week.", "you at the nurses council"),
    ("Frau Sato, wäre Ihre Botschaft in Berlin bereit, das zu teilen?",
     "Ihre Botschaft in Berlin"),
    ("Ich habe gestern mit Amadou Sow gesprochen – der Verein, den er leitet, lädt ein.",
     "der Verein, den er leitet"),
])
def test_people_in_the_room_addressed_or_described(detector, text, phrase):
    assert covered(detector, text, phrase), detector.find(text)


@pytest.mark.parametrize("text", [
    "Ihr Ministerium sollte das prüfen.",  # sentence start: not the formal mid-sentence "Ihr"
    "Die Ministerin und das Ministerium, das sie leitet, haben das angekündigt.",
    "You as a society have to decide this.",
])
def test_second_and_third_person_without_anybody_in_the_room(detector, text):
    assert spans(detector, text, "AFFILIATION") == []


# -- appositions after a pronoun, signatures after a name ----------------------------------
@pytest.mark.parametrize("text, phrase", [
    ("We – a ten-person bakery cooperative in Kassel – hired two bakers.",
     "We – a ten-person bakery cooperative in Kassel"),
    ("Wir – Pflegedienst, 30 Leute, Fulda – suchen dringend.",
     "Wir – Pflegedienst, 30 Leute, Fulda"),
    ("Wir, die Beratungsstelle des Kreises Kassel, bieten das an.",
     "Wir, die Beratungsstelle des Kreises Kassel"),
    ("Viele Grüße, Ugo (Handwerkskammer Kassel)", "Handwerkskammer Kassel"),
    ("Ada Okonkwo – Nigerian Nurses Council, Abuja – here for the second day.",
     "Nigerian Nurses Council, Abuja"),
    ("Guten Tag, Mei Sato, japanische Botschaft, Wirtschaftsabteilung.",
     "japanische Botschaft, Wirtschaftsabteilung"),
])
def test_appositions_and_signatures(detector, text, phrase):
    assert covered(detector, text, phrase), detector.find(text)


@pytest.mark.parametrize("text", [
    "We – and I mean everyone here – should be honest about the numbers.",
    "Thanks, Ugo, the chamber should publish this.",
    "Wir – also alle hier – sollten ehrlich sein.",
])
def test_appositions_without_an_organisation(detector, text):
    assert spans(detector, text, "AFFILIATION") == []


# -- extents: what the organisation does, the only one, joined neighbours ------------------
@pytest.mark.parametrize("text, phrase", [
    ("Our association represents around 900 craft businesses in Hesse, all short of staff.",
     "Our association represents around 900 craft businesses in Hesse"),
    ("We employ about 120 nurses from abroad.", "We employ about 120 nurses from abroad"),
    ("We are the only chamber that runs its own language school.",
     "We are the only chamber that runs its own language school"),
    ("Unser Verein betreibt zwei Beratungsstellen in Kassel und Fulda.",
     "Unser Verein betreibt zwei Beratungsstellen in Kassel"),
])
def test_a_disclosure_runs_on_over_its_description(detector, text, phrase):
    assert covered(detector, text, phrase), detector.find(text)


def test_a_possessive_with_an_ordinary_verb_stays_short(detector):
    assert spans(detector, "Our ministry has no position yet.", "AFFILIATION") == ["Our ministry"]


# -- names: short and word-like first names in a context that shows a person ---------------
@pytest.mark.parametrize("text, name", [
    ("Thanks Ugo – that was useful.", "Ugo"),
    ("Danke, Mei. Das nehmen wir mit.", "Mei"),
    ("Ugo hat das gestern schon gesagt.", "Ugo"),
    ("Meis Folien waren gut.", "Meis"),
    ("Hope, Ada, Mei – three countries, one question.", "Hope"),
    ("Hope und Ada, danke für die Zahlen!", "Hope"),
    ("hope hatte letzte Woche gesagt, dass es klappt.", "hope"),
    ("Kann Ada Okonkwo das bestätigen?", "Ada Okonkwo"),
    ("Ich hoffe, dass Amadou Bescheid gibt.", "Amadou"),
])
def test_short_and_word_like_names_in_context(detector, text, name):
    assert name in spans(detector, text, "PERSON"), detector.find(text)


@pytest.mark.parametrize("text", [
    "Amadou Hampâté Bâ hat über mündliche Überlieferung geschrieben.",
    "Ada Lovelace schrieb das erste Programm.",
    "Richterinnen und Richter am Sozialgericht sind überlastet.",
    "Schuster, bleib bei deinen Leisten – sagt man so.",
    "Hope und Zuversicht sind keine Strategie.",
    "Das geht durch Mark und Bein.",
])
def test_namesakes_trades_pairs_and_idioms_are_not_the_participant(detector, text):
    assert spans(detector, text, "PERSON") == []


# -- contacts written out ------------------------------------------------------------------
@pytest.mark.parametrize("text, contact", [
    ("Schreibt mir: ugo.weiss(at)hwk-kassel.example", "ugo.weiss(at)hwk-kassel.example"),
    ("Gern an ugo punkt weiss at hwk-kassel punkt example.",
     "ugo punkt weiss at hwk-kassel punkt example"),
])
def test_written_out_addresses(detector, text, contact):
    assert contact in spans(detector, text, "CONTACT"), detector.find(text)


def test_punkt_and_at_as_words_are_no_address(detector):
    assert spans(detector, "Das bringt es auf den Punkt, at least for me.", "CONTACT") == []
