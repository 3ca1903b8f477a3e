"""Round 6 (h14x): roster names used in an ordinary sense, and forms of a real name.

Invented examples only (no fixture sentence, no fixture name), each class with look-alikes
that must keep finding the participant, in English and German where the class exists in
both.
"""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

NAMES = ["Nora Sharp", "Jana Heiter", "Emil Zorn", "Timo Maurer", "Paul Wald",
         "Florence Mbatha", "Ingrid Ford", "Darcy Obi", "Imani Kamau", "Rosemary Kline",
         "Lea Schneider", "Heinz Specht", "Ida Dachs", "Olaf Igel", "Hope Tetteh",
         "Grace Addo", "Alexandra Wolff", "Wanjiku Mbugua", "Ümit Şahin", "Gök Ay",
         "Bernd Scharf", "Anke Stahl", "Jordan Mills", "Dakota Lee", "Oskar Brandt",
         "Ferdinand Hell", "Kenya Brooks", "Ralf Dorn", "Wiebke Roggen", "Bodo Eichel",
         "Anja Kern", "Nele Pilz", "Nina Falk", "Elke Wolke", "Petra Sonnenschein"]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry(n, "", "Verein für Beratung", "ngo") for n in NAMES])


@pytest.mark.parametrize("text", [
    # an adjective that is a surname (English and German)
    "In sharp contrast to last year, the queues are short.",
    "Sharp differences remain between the districts.",
    "Heiter bleibt, wer genug Schlaf bekommt.",
    "Die Stimmung im Team war heiter bis wolkig.",
    # a German noun after a preposition and an inflected adjective
    "Mit heiligem Zorn schrieb sie den Brief an das Amt.",
    # a trade as a German predicate noun
    "Mein Onkel war Maurer, und er hat nie über Arbeit geklagt.",
    "Meine Großmutter war Maurer und stolz darauf.",
    # a landscape after a place's adjective
    "Der Pfälzer Wald hat viele Wanderwege und zwei Erstaufnahmen.",
    "Wir wohnen am Rand der Pfälzer Wald-Gemeinden.",
    # a city that is a given name
    "Florence, Rome and Naples all report the same backlog.",
    "Florence ist übrigens auch eine Stadt in Italien.",
    "Florence is where many arrivals from Libya first ask for papers.",
    # a firm that is a surname
    "Ford, Opel und Renault haben Schichten gestrichen.",
    # a character of a book
    "Darcy in Pride and Prejudice is the character my students argue about.",
    "Obi ist die Hauptfigur in meinem Lieblingsroman.",
    # a word glossed in another language
    "Imani, Swahili für Glaube, ist ein häufiger Vorname in Kenia.",
    "Faith, or imani as they say in Mombasa, keeps people going.",
    "Tailors, or Schneider, were among the first trades to take apprentices from abroad.",
    # a lower-case herb that is a given name
    "Fresh rosemary and thyme grow behind the shelter.",
    # a list of surnames that are animals, or of small towns
    "Specht, Dachs, Igel: die Kinder lernen zuerst die Tierwörter.",
    "Ulm, Hof, Celle and Emden: small towns, big shelters.",
    # a lower-case list of word-like given names before a plural copula
    "hope, grace and patience are not a plan, sorry",
    # a place by its kind, a book by its genre, a head of state by the office
    "Dakota is a state with very few refugees.",
    "Ferdinand der Stier ist ein Kinderbuch über Gewaltlosigkeit.",
    "Brandt war Bundeskanzler und hat den Kniefall in Warschau gemacht.",
    # an adverb before a German passive, materials, an English plural noun
    "Scharf kritisiert wurde die neue Regel von den Kommunen.",
    "Stahl und Kohle prägten das Ruhrgebiet über Jahrzehnte.",
    "Mills and factories once employed thousands of guest workers here.",
    # a list with countries; a list said to be of birds
    "Kenya, Uganda and Tanzania run joint labour schemes.",
    "Falk, Adler und Habicht sind Greifvögel, die man im Harz sieht.",
    # a German surname after an indefinite article, or a definite one before a genitive
    "Ein Dorn im Auge sind vielen die langen Wartezeiten.",
    "Der Kern des Problems sind die fehlenden Wohnungen.",
    "Die Wolke über dem Verfahren hat sich verzogen.",  # an article opening the sentence
    "Mit viel Sonnenschein war das Sommerfest gut besucht.",  # a quantity
    # a German pair of nouns opening a sentence, before a verb that is not of people
    "Roggen und Weizen werden hier seit Jahrhunderten angebaut.",
    "Eichel und Kastanie sammeln die Kinder im Herbst.",
])
def test_a_roster_name_in_an_ordinary_sense_is_no_person(detector, text):
    assert spans(detector, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("As Sharp said, the numbers are thin.", "Sharp"),
    ("Thanks Sharp, that helps.", "Sharp"),
    ("thanks sharp, that helps.", "sharp"),
    ("Great, thanks sharp, that helps.", "sharp"),
    ("Gut, danke zorn, das reicht.", "zorn"),
    ("I agree with Sharp on the housing point.", "Sharp"),
    ("Heiter hat die Zahlen schon erklärt.", "Heiter"),
    ("Frau Heiter hat das schon erklärt.", "Frau Heiter"),
    ("Ich stimme Zorn zu, das reicht nicht.", "Zorn"),
    ("Das war Maurer, der gerade gesprochen hat.", "Maurer"),
    ("Maurer hat recht mit den Zahlen.", "Maurer"),
    ("Ich stimme Wald zu, die Zahlen sind zu niedrig.", "Wald"),
    ("Florence, could you share the slides?", "Florence"),
    ("Ford said the ministry has not replied yet.", "Ford"),
    ("Darcy, you said the book club helps with German.", "Darcy"),
    ("Imani hat gestern die Umfrage vorgestellt.", "Imani"),
    ("I agree with Imani on the counselling hours.", "Imani"),
    ("Rosemary said the garden project needs money.", "Rosemary"),
    ("thanks rosemary, good point", "rosemary"),
    ("Schneider, could you send the table?", "Schneider"),
    ("grace and hope are right about this", "grace"),
    ("Dakota, could you send the list?", "Dakota"),
    ("Ferdinand hat das Buch empfohlen.", "Ferdinand"),
    ("Brandt war heute leider verhindert.", "Brandt"),
    ("Scharf hat die Zahlen vorgestellt.", "Scharf"),
    ("Ich stimme Stahl zu.", "Stahl"),
    ("As Stahl said, it is not enough.", "Stahl"),
    ("Mills and colleagues said the factories were hiring.", "Mills"),
    ("Mills and I will draft it.", "Mills"),
    ("Kenya, could you share the figures?", "Kenya"),
    ("Ich stimme Roggen zu.", "Roggen"),
    ("Roggen und Kollegen haben das geprüft.", "Roggen"),
    ("Kern hat die Zahlen vorgelegt.", "Kern"),
    ("Der Vorschlag von Kern des Jugendamts kam spät.", "Kern"),
    ("Ich habe mit Eichel und Kastner gesprochen.", "Eichel"),
    ("Kern und Team haben den Antrag gestellt.", "Kern"),
    ("Wolke hat die Liste verschickt.", "Wolke"),
    ("Danke an Sonnenschein für die Zahlen.", "Sonnenschein"),
])
def test_the_same_word_in_a_personal_slot_is_the_participant(detector, text, name):
    assert ("PERSON", name) in spans(detector, text)


def test_a_pair_of_participants_is_still_people(detector):
    assert [t for _, t in spans(detector, "Roggen und Eichel haben recht.")] == [
        "Roggen", "Eichel"]
    assert [t for _, t in spans(detector, "Danke an Dorn und Pilz für die Vorbereitung.")] == [
        "Dorn", "Pilz"]


def test_a_list_of_participants_is_still_people(detector):
    for text in ["Specht, Dachs und Igel haben den Antrag unterschrieben.",
                 "Specht, Dachs, Igel: ihr habt alle recht."]:
        assert [t for _, t in spans(detector, text)] == ["Specht", "Dachs", "Igel"]
    assert ("PERSON", "Florence") in spans(detector, "Florence, Sabine and I will draft it.")


@pytest.mark.parametrize(("text", "found"), [
    # a short form of a roster given name: before a verb of speaking at a sentence's start,
    # before the participant's family name, or in a text that names them in full
    ("Alex hat die Zahlen gestern vorgestellt, und sie sind ernüchternd.", ["Alex"]),
    ("Alex said the numbers were bitter.", ["Alex"]),
    ("Big thanks to Alex Wolff for the notes.", ["Alex Wolff"]),
    ("Alexandra – or Alex, as you said you prefer – could you take the Saxony figures?",
     ["Alexandra", "Alex"]),
    # a word-like surname as the subject of a negated verb
    ("Heiter übertreibt nicht, eher im Gegenteil.", ["Heiter"]),
    # a lower-case typo joined to another name before a verb of speaking
    ("ok so mbuguaa and sahin basically said the same", ["mbuguaa", "sahin"]),
    # a short name one hears from
    ("I'd rather hear from Ay on apprenticeships than from another ministry.", ["Ay"]),
    ("Ich würde lieber von Ay dazu hören als vom Ministerium.", ["Ay"]),
])
def test_forms_of_a_real_name_are_found(detector, text, found):
    assert [t for label, t in spans(detector, text) if label == "PERSON"] == found


@pytest.mark.parametrize("text", [
    "Alexis said the numbers were bitter.",  # a longer name is not a short form
    "The Alex shelter is full.",  # no slot of a person
])
def test_look_alikes_of_those_forms_stay_clean(detector, text):
    assert [t for label, t in spans(detector, text) if label == "PERSON"] == []
