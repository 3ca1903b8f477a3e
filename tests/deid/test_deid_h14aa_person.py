"""Round 7 (h14aa): roster names that are ordinary words, and the same names for the person.

Invented examples only (no fixture sentence, no fixture name): a German noun opening a
sentence before a verb no person list knows, an attributive adjective before a noun, a
place as a subject, namesakes from religion, legend, literature and history, saints and
brands; each with the same roster word in a slot that shows the participant.
"""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

NAMES = ["Greta Nebel", "Volker Sturm", "Hanne Hagel", "Bernd Amsel", "Lotte Wolke",
         "Uwe Kern", "Jonas Hübsch", "Frieda Kühl", "Nils Streng", "Owen Keen",
         "Tessa Bright", "Frank Odhiambo", "Jordan Achebe", "Kenya Mwangi", "Chad Okafor",
         "Georgia Papadakis", "Florence Nkemelu", "Abraham Tesfaye", "Moses Kiptoo",
         "Ruth Alemu", "Mohammed Diallo", "David Asante", "Homer Bailey", "Martin Oduya",
         "Nikolaus Brenner", "Emma Ford", "Lukas Porsche", "Jan Oetker", "Sara Boss",
         "Ida Okonjo", "Noah Weiss"]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry(n, "", "Verein für Beratung", "ngo") for n in NAMES])


def persons(detector: Detector, text: str) -> list[str]:
    return [t for label, t in spans(detector, text) if label == "PERSON"]


@pytest.mark.parametrize("text", [
    # 1. a German noun opening a sentence, before a verb of no person
    "Nebel liegt seit dem Morgen über dem Tal, die Busse fahren langsam.",
    "Sturm fegt über die Küste, und die Notunterkunft in Husum bleibt geschlossen.",
    "Hagel zerstört in manchen Jahren die halbe Ernte im Alten Land.",
    "Amsel singt, Frühling kommt: die Kita öffnet wieder den Garten.",
    "Wolke zieht auf über dem Rathaus, die Stimmung im Ausschuss ist gereizt.",
    "Kern des Problems ist die fehlende Kinderbetreuung am Nachmittag.",
    "Kern der Reform bleibt die schnellere Anerkennung.",
    # 2. an attributive adjective before a noun (German inflection, English adjective + noun)
    "Die Zahlen sind kühl kalkuliert, aber hübsch verpackt.",
    "Streng genommen ist das keine Erstaufnahme mehr.",
    "Kühl gelagerte Impfstoffe fehlen in zwei Landkreisen.",
    "Hübsch renovierte Wohnungen sind für Familien kaum bezahlbar.",
    "Es gibt eine streng geregelte Quote für die Kommunen.",
    "Keen interest from employers is not the same as job offers.",
    "Bright spots exist: two districts cleared their backlog.",
    "Frank discussion about costs is overdue in this group.",
    "We need a frank exchange on the lump sum, not more slides.",
    "She was keen to stress that the data are preliminary.",
    # 3. countries, cities, rivers and regions as subjects
    "Jordan has taken in more refugees per head than almost any other country.",
    "Kenya exports tea and flowers, and its remittances keep rising.",
    "Chad borders Sudan, which explains the camps in the east.",
    "Georgia's parliament passed the law on foreign agents last spring.",
    "Florence hosts a large Eritrean community that runs its own school.",
    "Jordan hat mehr Geflüchtete aufgenommen als die meisten Staaten.",
    "Kenya's diaspora sends more money home than the country earns from tourism.",
    # 4. namesakes from religion, legend, literature and history; saints; brands
    "Abraham's sacrifice is the story our imam used in the integration class.",
    "Moses led his people through the desert for forty years, as the Bible says.",
    "In the story of Ruth a foreigner is taken in by a new family.",
    "The Prophet Mohammed is quoted on the posters of the mosque association.",
    "King David is a figure that children in the welcome class already know.",
    "Homer's Odyssey is about a long way home, like many of our clients' stories.",
    "Noahs Arche ist ein beliebtes Bilderbuch in der Willkommensklasse.",
    "On St Martin's Day the children walk with lanterns through the shelter.",
    "Am Martinstag ziehen die Kinder mit Laternen durch die Unterkunft.",
    "St. Martin teilte seinen Mantel mit einem Bettler.",
    "Der heilige Nikolaus bringt den Kindern in der Unterkunft Mandarinen.",
    "Sankt Nikolaus kommt am 6. Dezember in die Kita.",
    "The Ford Focus of the mobile team broke down again.",
    "Porsche baut in Zuffenhausen Stellen ab.",
    "Dr. Oetker sponsert das Sommerfest der Flüchtlingshilfe.",
    "Hugo Boss hat das Werk in Metzingen erweitert.",
])
def test_a_roster_name_in_an_ordinary_sense_is_no_person(detector, text):
    assert persons(detector, text) == []


@pytest.mark.parametrize(("text", "name"), [
    # 5. the same roster words for the participant
    ("Wolke hat recht, die Betreuung ist das Problem.", "Wolke"),
    ("Nebel sagte gestern, die Busse seien voll.", "Nebel"),
    ("Sturm meint, dass der Bund mehr zahlen muss.", "Sturm"),
    ("Amsel hat die Zahlen schon verschickt.", "Amsel"),
    ("Hagel, kannst du die Liste schicken?", "Hagel"),
    ("Kern schlägt vor, die Kurse zu verlängern.", "Kern"),
    ("Ich stimme Kern zu, die Reform reicht nicht.", "Kern"),
    ("Kern unterstützt den Vorschlag aus dem Landkreis.", "Kern"),
    ("Wie Hübsch gesagt hat, fehlen Erzieherinnen.", "Hübsch"),
    ("Frau Kühl hat die Tabelle erstellt.", "Frau Kühl"),
    ("Danke an Streng für die Übersicht.", "Streng"),
    ("As Keen said, the employers are interested.", "Keen"),
    ("Bright, could you share the district figures?", "Bright"),
    ("as Frank said, the lump sum is too low", "Frank"),
    ("Jordan, could you send the link to the study?", "Jordan"),
    ("Jordan said the camps are full.", "Jordan"),
    ("Florence from the ministry will present the figures.", "Florence"),
    ("I agree with Kenya on the remittance costs.", "Kenya"),
    ("Chad asked whether the reimbursement covers health.", "Chad"),
    ("Georgia's point about the payment card is fair.", "Georgia"),
    ("Abraham's proposal on mentoring deserves a pilot.", "Abraham"),
    ("Moses, could you explain the return numbers?", "Moses"),
    ("I agree with Ruth that the classes are too big.", "Ruth"),
    ("Thanks Mohammed, that helps.", "Mohammed"),
    ("David said the Kita places are the bottleneck.", "David"),
    ("Homer wrote to me about the housing allowance.", "Homer"),
    ("Martin hat die Einladung verschickt.", "Martin"),
    ("Danke, Nikolaus, für die Zahlen aus dem Kreis.", "Nikolaus"),
    ("Ford, do you have the Länder figures?", "Ford"),
    ("Herr Porsche hat recht mit den Kosten.", "Herr Porsche"),
    ("Oetker sagte, die Wohnungen fehlen.", "Oetker"),
    ("Boss hat die Liste schon geschickt.", "Boss"),
    ("Okonjo unterstützt den Antrag des Landkreises.", "Okonjo"),
    # a verb a participant does with a point, after a German noun-like surname
    ("Sturm erläutert die Zahlen aus dem Kreis.", "Sturm"),
    ("Nebel fasst die Runde kurz zusammen.", "Nebel"),
    ("Hagel korrigiert die Tabelle von gestern.", "Hagel"),
    ("Florence hosts our next session in Accra.", "Florence"),
    ("Georgia works at the embassy and knows the visa office.", "Georgia"),
    ("Jordan is online now, I think.", "Jordan"),
])
def test_the_same_word_for_the_person_is_found(detector, text, name):
    found = persons(detector, text)
    assert name in found or f"{name}'s" in found
