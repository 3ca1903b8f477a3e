"""CONTACT classes of round h14t, with invented examples: handles with a hyphen, phone
numbers in national formats other than the German one, German written-out addresses, and
the look-alikes (citations, file numbers, dates, figures) that must stay clean."""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.contacts import contact_shaped

ROSTER = [RosterEntry("Amara Okafor", "", "", ""),
          RosterEntry("Lena Brandt", "", "", ""),
          RosterEntry("Anna-Lena Vogt", "", "", "")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER, learned=False)


@pytest.mark.parametrize("text, contact", [
    # a hyphen in the name part of a handle with a domain
    ("Our updates are at @fair-work-kiel.bsky.social every week.",
     "@fair-work-kiel.bsky.social"),
    ("Folgt uns unter @beratung-nord.bsky.social!", "@beratung-nord.bsky.social"),
    ("I toot as @amara-o@mastodon.social these days.", "@amara-o@mastodon.social"),
    ("Follow @law-clinic-nord for the digest.", "@law-clinic-nord"),
    # North American numbers
    ("The visa line in Ottawa is (613) 555-0199, open mornings.", "(613) 555-0199"),
    ("Call 415-555-0123 if the portal is down.", "415-555-0123"),
    ("Toll free: 1-888-555-0100.", "1-888-555-0100"),
    ("Reach the desk on 312.555.0142 any time.", "312.555.0142"),
    # a one-digit area code after the trunk 0 (Paris, Vienna, Brussels)
    ("Le bureau de Paris: 01 44 55 66 77.", "01 44 55 66 77"),
    ("Das Wiener Büro erreicht ihr unter 01 534 2211.", "01 534 2211"),
    ("The Brussels office is on 02.511.43.21 until six.", "02.511.43.21"),
    # a German number with a dash between the groups
    ("Die kostenlose Nummer ist 0800 – 444 55 66.", "0800 – 444 55 66"),
    # any number right after a word for a phone
    ("Tel. 555 31 20, ask for the desk.", "555 31 20"),
    ("Unsere Hotline: 116 006 hilft rund um die Uhr.", "116 006"),
    ("Handy 47 11 08 15, nach 18 Uhr.", "47 11 08 15"),
    ("Just call us on 613 555 0188 any time.", "613 555 0188"),
    ("Ruft mich an unter 47 11 08 15.", "47 11 08 15"),
    ("My number is 555 01 88, text first.", "555 01 88"),
    # German and bracketed written-out addresses
    ("Schreibt an l.brandt (ät) beratung-nord (punkt) de, bitte.",
     "l.brandt (ät) beratung-nord (punkt) de"),
    ("Mail: kontakt ät fairwork punkt org", "kontakt ät fairwork punkt org"),
    ("Send it to a.okafor [at] migrantslab [dot] org.", "a.okafor [at] migrantslab [dot] org"),
    ("info(at)nordhilfe(punkt)de antwortet schnell.", "info(at)nordhilfe(punkt)de"),
    ("write to me at pia dot kern at caritas-nord dot de please",
     "pia dot kern at caritas-nord dot de"),
    ("Mail: p.kern @ nordhilfe.de", "p.kern @ nordhilfe.de"),
    ("Schreib an k.weber at giz.de, bitte.", "k.weber at giz.de"),
    ("Questions: info at fairwork.berlin", "info at fairwork.berlin"),
    ("Write to us at nordhilfe.org.", "nordhilfe.org"),
    ("I work at nordhilfe.org these days.", "nordhilfe.org"),
    # "00" with "(0)", "(0)" alone, a dot after the area code
    ("Aus dem Ausland: 0049 (0) 30 44455, sonst", "0049 (0) 30 44455"),
    ("Tagsüber (0)30 4445 5566.", "(0)30 4445 5566"),
    ("Büro 030.4445556, bis 16 Uhr.", "030.4445556"),
    # a bare domain with a country or new TLD, a link whose path starts with a fragment
    ("Details on fairwork.berlin, in English too.", "fairwork.berlin"),
    ("Die irische Seite ist beratung-dublin.ie.", "beratung-dublin.ie"),
    ("Join via chat.group/#Zq8KpLm2 tonight.", "chat.group/#Zq8KpLm2"),
])
def test_a_contact_of_these_classes_is_found(detector, text, contact):
    assert spans(detector, text) == [("CONTACT", contact)]


@pytest.mark.parametrize("text, expected", [
    ("@Lena kannst du das teilen?", [("PERSON", "Lena")]),
    ("@Anna-Lena hast du die Zahlen?", [("PERSON", "Anna-Lena")]),
    ("@Lena-Marie hast du die Zahlen?", [("CONTACT", "@Lena-Marie")]),
])
def test_a_hyphenated_mention_of_roster_words_is_a_person(detector, text, expected):
    assert spans(detector, text) == expected


@pytest.mark.parametrize("text", [
    "Under Regulation (EU) 2023/1115 deforestation-free products are required.",
    "Die Richtlinie (EU) 2024/1760 gilt ab 2027.",
    "Siehe Drucksache 20/9470 und Az. 21-5566/2024.",
    "Between 2019-2023 the number rose to 1.234.567 applicants.",
    "Am 01.03.2024 um 10:00 Uhr beginnt die Sitzung.",
    "Der Termin 01.03.2024 10 Uhr passt.",
    "The helpline had 2,100 calls and the hotline 4,500 in 2023.",
    "ISBN 978-3-16-148410-0 is the handbook.",
    "Es geht um 120 000 000 Euro im Jahr 2025.",
    "The phone survey 2023/2024 covered 1 200 people.",
    "We met at the BMZ. Then dot points were drafted.",
    "Der Punkt ist: wir treffen uns at home.",
    "Wir sehen uns @ 5 p.m. am Eingang.",
    "Start at 9.am sharp, z.B. mit Co.KG.",
])
def test_a_number_or_word_that_only_looks_like_a_contact_is_clean(detector, text):
    assert [label for label, _ in spans(detector, text) if label == "CONTACT"] == []


@pytest.mark.parametrize("span, shaped", [
    ("2024/3015 products", False),
    ("(EU) 2019/1152", False),
    ("20/9470", False),
    ("2023/24", False),
    ("1.234.567", False),
    ("0800 – 123 45 67", True),
    ("(613) 555-0199", True),
    ("anna dot kern at caritas dot de", True),
    ("x.y (ät) z (punkt) de", True),
    ("chat.group/#Zq8KpLm2", True),
    ("@name", True),
    ("verein_nord", True),
])
def test_a_learned_contact_must_have_the_shape_of_one(span, shaped):
    assert contact_shaped(span) is shaped
