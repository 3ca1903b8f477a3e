"""AFFILIATION classes of round h14z (round 7), with invented examples: a unit named by its
work in a relative clause, a named participant's multi-word organisation, a partner
country's government, practices of professions, person nouns for people in the room, an
organisation named by its members, and their clean look-alikes."""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Marta Quist", "", "Verein für Beratung", "ngo"),
          RosterEntry("Yaw Darko", "", "", ""),
          RosterEntry("Ilse Brandauer", "", "", "")]


@pytest.fixture(scope="module")
def rules() -> Detector:
    return Detector(ROSTER, learned=False)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


def aff(text: str) -> list[tuple[str, str]]:
    return [("AFFILIATION", text)]


@pytest.mark.parametrize("text, expected", [
    # 1. a unit named by its work in a relative clause
    ("I work in the unit that processes family reunification, mostly from Syria.",
     aff("I work in the unit that processes family reunification")),
    ("I'm on the desk that deals with labour permits for carers.",
     aff("I'm on the desk that deals with labour permits for carers")),
    ("ich bin in der Gruppe, die die Rückkehrberatung macht.",
     aff("ich bin in der Gruppe, die die Rückkehrberatung macht")),
    ("Ich arbeite im Referat, das sich um Visa für Pflegekräfte kümmert, und sehe das anders.",
     aff("Ich arbeite im Referat, das sich um Visa für Pflegekräfte kümmert")),
    ("Ich arbeite in der Abteilung, die die Anerkennung prüft.",
     aff("Ich arbeite in der Abteilung, die die Anerkennung prüft")),
    # 2. a named participant, then a multi-word organisation; the verb after it stays out
    ("Yaw Darko from the National Union of Care Workers raised this earlier.",
     [("PERSON", "Yaw Darko"), ("AFFILIATION", "from the National Union of Care Workers")]),
    ("Marta Quist from the Joint Council for Refugee Welfare said the shelters are full.",
     [("PERSON", "Marta Quist"),
      ("AFFILIATION", "from the Joint Council for Refugee Welfare")]),
    ("Ilse Brandauer von der Stiftung für Bildung und Teilhabe sagte vorhin etwas dazu.",
     [("PERSON", "Ilse Brandauer"),
      ("AFFILIATION", "von der Stiftung für Bildung und Teilhabe")]),
    ("Wie Marta Quist vom Netzwerk für sichere Fluchtwege meinte, fehlt das Geld.",
     [("PERSON", "Marta Quist"), ("AFFILIATION", "vom Netzwerk für sichere Fluchtwege")]),
    # 3. a partner-country participant's government
    ("My government has asked for more training places.", aff("My government")),
    ("Meine Regierung sieht das anders, ehrlich gesagt.", aff("Meine Regierung")),
    ("I can say that my government in Dakar agrees.", aff("my government in Dakar")),
    # 4. practices and offices of professions
    ("Seit März ist unsere Praxis in Eidelstedt für Neuaufnahmen geschlossen.",
     aff("unsere Praxis in Eidelstedt")),
    ("In meiner Praxis am Hauptbahnhof sehe ich das jede Woche.",
     aff("In meiner Praxis am Hauptbahnhof")),
    ("At our surgery the waiting list is three months.", aff("At our surgery")),
    ("Our pharmacy in Tamale stocks it.", aff("Our pharmacy in Tamale")),
    # 5. person nouns for people in the room
    ("Die Dame vom Sozialamt hat vorhin genau das gefragt.", aff("Die Dame vom Sozialamt")),
    ("Die Herren von der Handwerkskammer sehen das sicher anders.",
     aff("Die Herren von der Handwerkskammer")),
    ("The ladies from the county office asked the same thing.",
     aff("The ladies from the county office")),
    # 6. an organisation named by its members
    ("Wir bei den Johannitern in Erfurt haben noch Betten frei.",
     aff("Wir bei den Johannitern in Erfurt")),
    ("wir bei den Pfadfindern machen das seit Jahren.", aff("wir bei den Pfadfindern")),
    ("We at the Quakers in Leeds run a night shelter.", aff("We at the Quakers in Leeds")),
])
def test_disclosures_are_found(rules, text, expected):
    assert spans(rules, text) == expected


@pytest.mark.parametrize("text", [
    # 1. no first person, a pronoun for the work, a definite team named already
    "The team that handles visa appeals is understaffed.",
    "Die Gruppe, die die Rückkehrberatung macht, ist klein.",
    # 3. "our government" and "unsere Regierung" mean Germany here; other senses
    "Our government must finally act on housing.",
    "Unsere Regierung muss mehr für die Kommunen tun.",
    "The government of Senegal has asked for more slots.",
    "Ich habe die Regierungserklärung gelesen.",
    # 4. "in der Praxis" is in practice; "my surgery" an operation
    "In der Praxis sieht das ganz anders aus.",
    "In unserer Praxis hat sich das bewährt.",
    "My surgery went well, thanks for asking.",
    "My pharmacy was out of stock again.",
    # 5. an organisation as a subject
    "Das Sozialamt hat vorhin angerufen.",
    # 6. "bei den" + a topic or a group of people
    "Wir bei den Kosten müssen sparen.",
    "Wir bei den Lehrern merken das zuerst.",
    "Bei den Johannitern in Erfurt gibt es noch Betten.",
    # 7. a fronted third person; a count of people
    "Beim Jobcenter Hagen sagen die Kollegen, dass es zu viel ist.",
    "Bei der Tafel in Lünen erzählen die Ehrenamtlichen, dass Lebensmittel fehlen.",
    "Zwei Leute aus dem Wohnheim kamen zur Sprechstunde.",
    "Für die Ernte suchen wir noch vier Leute aus der Gemeinschaftsunterkunft.",
    "Three people from the shelter came along to the hearing.",
])
def test_look_alikes_stay_clean(rules, detector, text):
    assert [s for s in spans(rules, text) if s[0] == "AFFILIATION"] == []
    assert [s for s in spans(detector, text) if s[0] == "AFFILIATION"] == []


@pytest.mark.parametrize("text, expected", [
    # a definite count is the people here
    ("Thanks to the three people from the Labour Inspectorate for the slides.",
     aff("the three people from the Labour Inspectorate")),
    ("Beide Kolleginnen vom Gesundheitsamt sind heute hier.",
     aff("Beide Kolleginnen vom Gesundheitsamt")),
    # a unit named by a past tense of running still counts; "that negotiated it" does not
    ("I lead the team that negotiated it.", aff("I lead the team")),
    ("I work in the unit that processes it.", aff("I work in the unit")),
])
def test_counts_and_pronouns_keep_their_shape(rules, text, expected):
    assert spans(rules, text) == expected
