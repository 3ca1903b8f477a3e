"""Round h14z (round 7), class 8: shapes found missing while writing new examples of the
GUIDELINES rules, all invented: a job told by running something, in the perfect and in a
German clause; the verb after a German organisation and after "im Namen der …"; and the
look-alikes of a client, a service point and a stranger from a place."""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry


@pytest.fixture(scope="module")
def rules() -> Detector:
    return Detector([RosterEntry("Marta Quist", "", "", "")], learned=False)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry("Marta Quist", "", "", "")])


def aff(text: str) -> list[tuple[str, str]]:
    return [("AFFILIATION", text)]


@pytest.mark.parametrize("text, expected", [
    ("As someone who has run a night shelter for years, I disagree.",
     aff("As someone who has run a night shelter")),
    ("As somebody who has been leading a youth centre since 2017, I see it daily.",
     aff("As somebody who has been leading a youth centre")),
    ("Als jemand, der eine Notunterkunft leitet, sehe ich das anders.",
     aff("Als jemand, der eine Notunterkunft leitet")),
    ("Als eine, die seit 2016 eine Beratungsstelle betreibt, weiß ich das.",
     aff("Als eine, die seit 2016 eine Beratungsstelle betreibt")),
    ("Als jemand, der acht Jahre lang eine Kita geleitet hat, sage ich: nein.",
     aff("Als jemand, der acht Jahre lang eine Kita geleitet hat")),
    # a German verb after the organisation ends the phrase
    ("Unser Flüchtlingsrat in Jena schickt jede Woche Berichte.",
     aff("Unser Flüchtlingsrat in Jena")),
    ("Der Flüchtlingsrat, für den ich arbeite, sucht Dolmetscher.",
     aff("Der Flüchtlingsrat, für den ich arbeite")),
    # "im Namen der …": the verb after it stays out
    ("Im Namen der Botschaft von Äthiopien möchte ich kurz widersprechen.",
     aff("Im Namen der Botschaft von Äthiopien")),
])
def test_disclosures_are_found(rules, text, expected):
    assert spans(rules, text) == expected


@pytest.mark.parametrize("text", [
    "Als jemand, der eine Meinung hat, sage ich das.",
    "Als jemand, der die Zeitung liest, weiß ich das.",
    "Someone who has run a shelter should know that.",
    # a client, not the staff
    "Ich habe bei der Diakonie einen Sprachkurs gemacht.",
    "Ich habe beim Sozialamt Hilfe bekommen, das war gut.",
    "Ich hatte beim Jobcenter zweimal angerufen.",
    # a service point, a stranger from a place
    "The lady at the counter was very friendly.",
    "The gentleman at the front desk sent me upstairs.",
    "Der Herr am Empfang war freundlich.",
    "A gentleman from Eritrea asked me the way.",
    "Ein Herr aus Somalia hat mich nach dem Weg gefragt.",
])
def test_look_alikes_stay_clean(rules, detector, text):
    assert [s for s in spans(rules, text) if s[0] == "AFFILIATION"] == []
    assert [s for s in spans(detector, text) if s[0] == "AFFILIATION"] == []


@pytest.mark.parametrize("text, expected", [
    ("Ich habe acht Jahre bei der Diakonie in Kassel gearbeitet.",
     aff("Ich habe acht Jahre bei der Diakonie in Kassel gearbeitet")),
    ("The colleague from the Africa desk said so earlier.",
     aff("The colleague from the Africa desk")),
    ("The gentleman from the Kenyan embassy asked earlier.",
     aff("The gentleman from the Kenyan embassy")),
])
def test_staff_and_people_in_the_room_stay(rules, text, expected):
    assert spans(rules, text) == expected


NAMED = [RosterEntry("Ines Harbeck", "", "", ""), RosterEntry("Jomo Kariuki", "", "", "")]


@pytest.fixture(scope="module")
def named() -> Detector:
    return Detector(NAMED, learned=False)


@pytest.mark.parametrize("text, expected", [
    # a name's post after a comma ends before the verb of the sentence
    ("Ines Harbeck, Sprecherin des Netzwerks für faire Mieten, hat völlig recht.",
     [("PERSON", "Ines Harbeck"), ("AFFILIATION", "Sprecherin des Netzwerks für faire Mieten")]),
    ("Jomo Kariuki, chair of the Tenants Council, is right about the rents.",
     [("PERSON", "Jomo Kariuki"), ("AFFILIATION", "chair of the Tenants Council")]),
    # … but a signature's comma parts stay one phrase, in English also in lower case
    ("Ines Harbeck, IOM, returns unit, formerly at the Labour Office in Tamale.",
     [("PERSON", "Ines Harbeck"),
      ("AFFILIATION", "IOM, returns unit, formerly at the Labour Office in Tamale")]),
    ("Gruß, Jomo Kariuki, Stadt Gotha, Ordnungsamt",
     [("PERSON", "Jomo Kariuki"), ("AFFILIATION", "Stadt Gotha, Ordnungsamt")]),
    # a place of two words after an organisation named by its members
    ("Wir bei den Pfadfindern in Bad Kreuznach sammeln Spenden.",
     [("AFFILIATION", "Wir bei den Pfadfindern in Bad Kreuznach")]),
    ("Die Herrschaften vom Bauamt sehen das sicher anders.",
     [("AFFILIATION", "Die Herrschaften vom Bauamt")]),
    # a loose "für/for" after a bare place or a name's capitals is no part of the name
    ("Seit März ist unsere Praxis in Eidelstedt für Neuaufnahmen geschlossen.",
     [("AFFILIATION", "unsere Praxis in Eidelstedt")]),
    ("Ich bin bei der IOM in Frankfurt für die Rückkehrprogramme zuständig.",
     [("AFFILIATION", "Ich bin bei der IOM in Frankfurt für die Rückkehrprogramme")]),
])
def test_the_end_of_a_phrase(named, text, expected):
    assert spans(named, text) == expected


@pytest.mark.parametrize("text", [
    "Für die Ernte suchen wir noch vier Leute aus der Gemeinschaftsunterkunft.",
    "We hire people from the shelter every summer.",
    "Die Herrschaften haben sicher recht.",
])
def test_people_as_objects_are_no_disclosure(named, text):
    assert spans(named, text) == []
