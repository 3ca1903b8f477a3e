"""AFFILIATION look-alikes of round h14t (``aff_not_disclosures``), with invented examples:
greetings from and stays at a bare place, "bei" with a dative plural, a possessive colleague
that names nothing, an organisation as a third-person subject - and the disclosures of the
same shapes that must stay."""

from __future__ import annotations

import pytest
from span_helpers import affiliations

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.aff_not_disclosures import not_disclosure
from dialogue.deid.affiliations import _known_words

ROSTER = [RosterEntry("Amara Okafor", "", "Pflegepartner Nord gGmbH", "business"),
          RosterEntry("Lena Brandt", "", "Caritas", "civil society")]
KNOWN = _known_words(e.affiliation for e in ROSTER)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER, learned=False)


@pytest.mark.parametrize("text", [
    "Greetings from Kassel, where the trains are late again.",
    "Hello from Nairobi, it's early here and we're following the stream.",
    "Hi all from Frankfurt am Main, good to see so many familiar faces.",
    "Grüße aus Görlitz, hier schneit es seit Stunden.",
    "Hallo zusammen aus Kiel, ich höre nur mit.",
    "Leider sehen wir bei Tomaten aus Spanien nicht so genau hin.",
    "Beim Einkaufen achten wir bei Bananen kaum auf die Lieferkette.",
])
def test_a_greeting_from_a_place_or_bei_with_a_plural_is_no_affiliation(detector, text):
    assert affiliations(detector, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Greetings from the BAMF office in Kiel, we have a question.",
     ["Greetings from the BAMF office in Kiel"]),
    ("Hello from IOM Kenya, glad to join.", ["Hello from IOM Kenya"]),
    ("Hello from Pflegepartner, we place nurses.", ["Hello from Pflegepartner"]),
    ("Grüße aus der Caritas-Beratung in Kiel!", ["Grüße aus der Caritas-Beratung in Kiel"]),
    ("Wir bei Siemens sehen das anders.", ["Wir bei Siemens"]),
    ("Wir bei der AWO sehen das anders.", ["Wir bei der AWO"]),
])
def test_the_same_shapes_with_an_organisation_stay(detector, text, expected):
    assert affiliations(detector, text) == expected


def _check(text: str, span: str) -> bool:
    start = text.index(span)
    return not_disclosure(text, start, start + len(span), KNOWN)


@pytest.mark.parametrize("text, span", [
    # spans the learned tagger proposes
    ("Ich bin seit Montag in Kassel auf der Messe und schaue nur rein.",
     "Ich bin seit Montag in Kassel"),
    ("Ich bin seit Montag in Kassel auf der Messe und schaue nur rein.",
     "Ich bin seit Montag in Kassel auf der Messe"),
    ("I'm in Geneva this week, so I'll be brief.", "I'm in Geneva this week"),
    ("Ich bin seit 2019 in Kassel und kenne die Lage.", "Ich bin seit 2019 in Kassel"),
    ("Sie ist übrigens nicht mit unserem Kollegen verwandt.", "unserem Kollegen verwandt"),
    ("My colleagues agree with that.", "My colleagues"),
    ("Die Kontonummer steht im Brief, nicht hier im Board.", "im Board"),
    ("Bitte postet das nicht im Forum.", "im Forum"),
    ("Wir hier in der Runde wissen das doch.", "Wir hier in der Runde"),
    ("We from the diaspora have said this for years.", "We from the diaspora"),
    ("Unsere Vermieterin arbeitet bei der Stadt.", "Unsere Vermieterin arbeitet bei der Stadt"),
    ("I'm writing from Lusaka where it's hot.", "I'm writing from Lusaka"),
    ("Checking in from Tashkent, all fine.", "Checking in from Tashkent"),
    ("Mein Bruder arbeitet bei einer Spedition in Bremen.",
     "Mein Bruder arbeitet bei einer Spedition in Bremen"),
    ("My aunt's firm in Izmir exports textiles.", "My aunt's firm in Izmir"),
    ("Our clients in Saxony rarely complain.", "Our clients in Saxony"),
    ("Unsere Bewerberinnen aus Kerala warten lange.", "Unsere Bewerberinnen aus Kerala"),
    ("Ich war gestern beim Standesamt und beim Arzt.", "Ich war gestern beim Standesamt"),
    ("I was at the consulate yesterday for my visa.", "I was at the consulate yesterday"),
    ("We're on the train to Leipzig, the wifi is bad.", "We're on the train to Leipzig"),
    ("Ich sitze gerade im Zug nach Köln.", "Ich sitze gerade im Zug nach Köln"),
    ("Die Tochter unserer Kollegin studiert in Kiel.", "unserer Kollegin studiert in Kiel"),
    ("Unser Kollege Herr Brandes ist heute krank.", "Unser Kollege Herr Brandes"),
    ("Greetings from rainy Kassel, the trains are late.", "Greetings from rainy Kassel"),
    ("I'm currently in Tbilisi for a workshop, sorry.", "I'm currently in Tbilisi for a workshop"),
    ("Als Verbraucher schauen wir bei Billigfleisch gerne weg.", "wir bei Billigfleisch"),
    ("The Legal Unit at UNHCR publishes a digest every month.",
     "The Legal Unit at UNHCR"),
    ("Die Rechtsabteilung des Roten Kreuzes veröffentlicht jährlich einen Bericht.",
     "Die Rechtsabteilung des Roten Kreuzes"),
    ("States decide, but the Return Unit at Frontex coordinates the flights.",
     "the Return Unit at Frontex"),
])
def test_a_look_alike_span_is_not_a_disclosure(text, span):
    assert _check(text, span)


@pytest.mark.parametrize("text, span", [
    ("I'm in Leipzig with the Red Cross this year.", "I'm in Leipzig with the Red Cross"),
    ("Ich bin in Kiel bei Nordhilfe und sehe das täglich.", "Ich bin in Kiel bei Nordhilfe"),
    ("Ich bin seit Montag im Jobcenter Kassel und sehe das täglich.",
     "Ich bin seit Montag im Jobcenter Kassel"),
    ("I'm in the Geneva office of the ILO this week.", "I'm in the Geneva office of the ILO"),
    ("Unsere Kollegin aus dem BMAS hat das erklärt.", "Unsere Kollegin aus dem BMAS"),
    ("our colleagues from the Kenyan embassy asked", "our colleagues from the Kenyan embassy"),
    ("The IOM colleague here raised it.", "The IOM colleague here"),
    ("The researcher from Osnabrück asked about it.", "The researcher from Osnabrück"),
    ("I think the Legal Unit at UNHCR, where I work, agrees.", "the Legal Unit at UNHCR"),
    ("Our Legal Unit at UNHCR publishes a digest.", "Our Legal Unit at UNHCR"),
    ("I know this, but the Return Unit at Frontex coordinates the flights.",
     "the Return Unit at Frontex"),
    ("The Legal Unit at UNHCR publishes what we send them.", "The Legal Unit at UNHCR"),
    ("Wir bei Daimler Truck sehen das anders.", "Wir bei Daimler Truck"),
    ("Ich sitze im Board der Stiftung Nord.", "im Board der Stiftung Nord"),
    ("Ich sitze im Board und sehe das anders.", "im Board"),
    ("I'm writing from the BAMF office in Kiel.", "I'm writing from the BAMF office in Kiel"),
    ("Wir aus der Diaspora-Organisation Nord sehen das anders.",
     "Wir aus der Diaspora-Organisation Nord"),
    ("Our clients at the Caritas office in Kiel agree.",
     "Our clients at the Caritas office in Kiel"),
    ("Ich war bis letztes Jahr beim Standesamt in Kiel.",
     "Ich war bis letztes Jahr beim Standesamt in Kiel"),
    ("Ich war zehn Jahre beim BAMF.", "Ich war zehn Jahre beim BAMF"),
    ("We're at the airport authority in Accra.", "We're at the airport authority in Accra"),
    ("Unsere Kollegin arbeitet beim BAMF in Kiel.", "Unsere Kollegin arbeitet beim BAMF in Kiel"),
    ("Unser Kollege vom Jobcenter ist heute krank.", "Unser Kollege vom Jobcenter"),
    ("Als Team schauen wir bei der AWO genau hin.", "wir bei der AWO"),
])
def test_a_disclosure_of_the_same_shape_is_kept(text, span):
    assert not _check(text, span)


EMPLOYERS = [RosterEntry("Jonas Reiter", "", "Kessler Logistik GmbH, HR, Bremen", "business"),
             RosterEntry("Mia Roth", "", "Ausländerbehörde Erfurt", "municipality"),
             RosterEntry("Ola Dahl", "", "City of Rostock, Social Services", "municipality")]


@pytest.mark.parametrize(("text", "expected"), [
    # the roster says someone works there: a greeting from the employer is a disclosure
    ("Hello from Kessler, we are hiring drivers again.", ["Hello from Kessler"]),
    ("Hi all from Kessler Logistik, we need drivers.", ["Hi all from Kessler Logistik"]),
    # the place of a roster organisation is still only a place
    ("Greetings from Erfurt, where it is raining.", []),
    ("Greetings from Rostock, the harbour is frozen.", []),
    ("Hello from Bremen, the trains are late.", []),
])
def test_a_greeting_from_a_roster_employer_is_kept_and_from_its_city_is_not(text, expected):
    detector = Detector(EMPLOYERS, learned=False)
    assert affiliations(detector, text) == expected


@pytest.mark.parametrize("text, span, dropped", [
    # a first person dealing with an organisation (the tagger's spans after its round-5
    # retrain): a counterpart, not an employer
    ("We negotiated with the Moroccan ministry for a year.",
     "We negotiated with the Moroccan ministry", True),
    ("Wir erwarten vom Bundesamt eine klare Linie.", "Wir erwarten vom Bundesamt", True),
    ("Ich telefonierte mit der Ausländerbehörde Kiel.",
     "Ich telefonierte mit der Ausländerbehörde Kiel", True),
    ("I talked to the BAMF office in Kiel yesterday.", "I talked to the BAMF office in Kiel",
     True),
    # a legal form with no name is a kind of firm
    ("Das gilt z.B. bei der GmbH & Co.KG auch.", "bei der GmbH & Co.KG", True),
    # ... and the disclosures of nearly the same shape stay
    ("I negotiated that clause for the interior ministry.",
     "I negotiated that clause for the interior ministry", False),
    ("We work with the Caritas office in Kiel as its legal team.",
     "We work with the Caritas office in Kiel", False),
    ("Ich hab früher bei der FKS in Hannover gearbeitet.",
     "Ich hab früher bei der FKS in Hannover gearbeitet", False),
    ("Ich war bei der Kessler Logistik GmbH.", "bei der Kessler Logistik GmbH", False),
])
def test_a_counterpart_or_a_bare_legal_form_is_no_disclosure(text, span, dropped):
    assert _check(text, span) is dropped
