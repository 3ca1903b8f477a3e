"""Round 15 (after blind42-46 were written blind and before they were read): a name that
opens a sentence addressed to its bearer or closes a question to them (name_openings), a
German article before a capitalised roster word, an office before a surname that is not the
participant's (name_offices), "the Pope's", a genitive before a contribution typed without
capitals, the writer's profession by the shape of its noun (aff_roles), and a chat whose only
capitals are names. Every example is invented here, none is a fixture's sentence."""

from __future__ import annotations

import pytest
from test_deid_round12 import covers, labelled

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.casing import caps_poor
from dialogue.deid.name_offices import office_of_another

ROSTER = [
    RosterEntry("Mark Ellery", "", "Welcome Centre Kassel", "municipality"),
    RosterEntry("Till Ernst", "", "Landesamt für Soziales", "government"),
    RosterEntry("Ines Weise", "", "Caritas Bremen", "ngo"),
    RosterEntry("Noor Falke", "", "Refugee Law Clinic", "academia"),
    RosterEntry("Yerlan Tobiassen", "", "Kazakh Embassy", "partner_country"),
    RosterEntry("Rosa Okafor", "", "IOM Berlin", "international"),
    RosterEntry("Dilan Sharifzada", "", "Bayt Beratung", "ngo"),
    RosterEntry("Karl Brenner", "", "DGB Bildungswerk", "union"),
    RosterEntry("Sigrun Hadlich", "", "Universität Jena, Vizepräsidentin für Internationales",
                "academia"),
    RosterEntry("Petra Lauterbach", "", "Stadt Gera, Oberbürgermeisterin", "municipality"),
    RosterEntry("Jonas Pope", "", "UNHCR Germany", "international"),
    RosterEntry("Aylin Uysal", "", "Diakonie Hamburg", "ngo"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Mark – wie lange dauert die Anerkennung in Kassel im Moment?", "Mark"),
    ("Ernst, nur eine Rückfrage: gilt das auch für die Kommunen, oder?", "Ernst"),
    ("Falke, sorry, I meant the graduates, not the trainees.", "Falke"),
    ("rosa is that the same form as for the spouses?", "rosa"),
    ("yerlan what do u see at the consulate this month?", "yerlan"),
    ("welche frist war das dilan?", "dilan"),
    ("no worries yerlan, we have the list already", "yerlan"),
])
def test_a_name_that_opens_or_closes_what_is_put_to_its_bearer_is_found(detector, text, wanted):
    assert covers(labelled(detector, text, "PERSON"), text, wanted), detector.find(text)


@pytest.mark.parametrize("text", [
    "Klar, aber wer zahlt am Ende die Sprachkurse?",  # a discourse word opens it
    "Hope, faith and patience?",  # a list, not an address
    "Mark the date: is the deadline in March?",  # a verb with no separator
    "will they publish the figures before the summer?",  # a verb-like name
    "war das nicht eher rosa?",  # a German colour, closing a question
])
def test_a_word_that_opens_or_closes_a_question_is_no_name(detector, text):
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


@pytest.mark.parametrize("text", [
    "Auf diese Weise verliert man jede zweite Fachkraft im ersten Jahr.",
    "Über den Brenner kommen jeden Sommer die Busse mit den Erntehelfern.",
])
def test_a_german_article_before_a_capitalised_roster_word_makes_it_a_noun(detector, text):
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


def test_a_relative_pronoun_after_a_comma_is_no_article(detector):
    text = "Das sind die Zahlen, die Weise vorhin genannt hat."
    assert covers(labelled(detector, text, "PERSON"), text, "Weise"), detector.find(text)


@pytest.mark.parametrize("text", [
    "Außenministerin Hadlich hat die Visastrategie im Ausschuss verteidigt.",
    "Der frühere EU-Kommissar Brenner sah das anders.",
    "Bundesinnenminister Ernst will die Grenzkontrollen verlängern.",
])
def test_an_office_the_participant_does_not_hold_means_a_public_figure(detector, text):
    assert labelled(detector, text, "PERSON") == [], detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Vizepräsidentin Hadlich hat die Zahlen der Hochschule genannt.", "Vizepräsidentin Hadlich"),
    ("Mayor Lauterbach, how many flats does Gera have?", "Mayor Lauterbach"),
])
def test_an_office_the_roster_gives_the_participant_keeps_the_name(detector, text, wanted):
    assert covers(labelled(detector, text, "PERSON"), text, wanted), detector.find(text)


def test_office_of_another_reads_either_language():
    assert office_of_another("Mayor X", 6, ["Stadt Gera, Oberbürgermeisterin"]) is False
    assert office_of_another("Mayor X", 6, ["Stadt Gera, Sozialamt"]) is True
    assert office_of_another("Ministerin X", 11, ["Bundesministerium des Innern"]) is True
    assert office_of_another("Frau X", 5, ["Bundesministerium des Innern"]) is False


def test_the_popes_visit_is_no_participant_but_popes_point_is(detector):
    assert labelled(detector, "The Pope's visit to Lampedusa changed the debate.",
                    "PERSON") == []
    text = "Pope's point about the resettlement quota is right."
    assert covers(labelled(detector, text, "PERSON"), text, "Pope"), detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Sharifzadas punkt zu den mieten ist wichtig", "Sharifzadas"),
    ("Uysals antwort zu den wartelisten war mir zu knapp", "Uysals"),
])
def test_a_genitive_before_a_contribution_typed_in_lower_case_is_the_person(detector, text,
                                                                             wanted):
    assert covers(labelled(detector, text, "PERSON"), text, wanted), detector.find(text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("as a physiotherapist i can tell you the waiting lists are long", "as a physiotherapist"),
    ("As a trained paediatrician, I would not rely on x-rays.", "As a trained paediatrician"),
    ("Als Kinderpsychologin sehe ich das deutlich anders.", "Als Kinderpsychologin"),
    ("kurz als verwaltungsjuristin: das trägt nicht", "als verwaltungsjuristin"),
])
def test_a_profession_by_the_shape_of_its_noun_is_the_writers_role(detector, text, wanted):
    assert covers(labelled(detector, text, "AFFILIATION"), text, wanted), detector.find(text)


@pytest.mark.parametrize("text", [
    "As a result, we will need more interpreters.",
    "As a mother I know how long these waits feel.",
    "As a German I find the debate odd.",
    "Als Arbeitgeber muss der Staat Vorbild sein.",
    "Als Steuerzahler frage ich mich, wer das zahlt.",
])
def test_an_as_phrase_that_names_no_post_is_no_role(detector, text):
    assert labelled(detector, text, "AFFILIATION") == [], detector.find(text)


def test_a_chat_whose_only_capitals_are_names_is_read_as_printed_too(detector):
    text = "Herr Brenner vom dgb sagt 40 %, ich hab eher den eindruck es sind mehr"
    names = [(0, len("Herr Brenner"))]
    assert caps_poor(text, names) and not caps_poor(text)
    assert covers(labelled(detector, text, "AFFILIATION"), text, "vom dgb"), detector.find(text)
