"""PERSON and CONTACT classes of round h14v, with invented examples: messenger IDs after
their network, extensions joined to their number, case numbers that are no phones, sign-offs
after the message, chat names in lower case, surnames asked a question, and the common-word
senses of names (a place after "in", an exclamation, an idiom, a firm, a noun after "als")."""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Hope Asamoah", "", "", ""),
          RosterEntry("Will Brenner", "", "", ""),
          RosterEntry("Joy Mensah", "", "", ""),
          RosterEntry("Faith Odhiambo", "", "", ""),
          RosterEntry("Emre Yilmaz", "", "", ""),
          RosterEntry("Lotte Fink", "", "", ""),
          RosterEntry("Jonas Schneider", "", "", ""),
          RosterEntry("Ruth Ehrlich", "", "", ""),
          RosterEntry("Mara Hunter", "", "", ""),
          RosterEntry("Kristina Loos", "", "", "")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER, learned=False)


@pytest.mark.parametrize("text, expected", [
    ("Mein Threema-Name: lena_k7, falls jemand verschlüsselt schreiben will.",
     [("CONTACT", "lena_k7")]),
    ("Signal username: ben.42 (I check it daily)", [("CONTACT", "ben.42")]),
    ("On Telegram, user name migr.help, replies come within a day.",
     [("CONTACT", "migr.help")]),
    ("Meine Threema ID lautet 4TRA9KQX.", [("CONTACT", "4TRA9KQX")]),
    ("Skype: paula.meyer.work", [("CONTACT", "paula.meyer.work")]),
    ("Skype-ID live:.cid.7f3a2b, falls Teams hakt.", [("CONTACT", "live:.cid.7f3a2b")]),
    ("Bin auf Signal als lena.07 erreichbar.", [("CONTACT", "lena.07")]),
    ("Matrix: @kofi.a:matrix.org, ich lese dort täglich.", [("CONTACT", "@kofi.a:matrix.org")]),
    ("Telegram-Username: kwabena, falls ihr Fragen habt.", [("CONTACT", "kwabena")]),
    ("Wire handle is fair_work_22 for the pilot group.", [("CONTACT", "fair_work_22")]),
    # the network named without an ID is no contact
    ("Signal is more secure than WhatsApp, I think.", []),
    ("Smugglers post WhatsApp numbers on flyers.", []),
    ("The signal: 2.5 per cent more visas.", []),
    ("The draft is in line 4.2 of the annex.", []),
])
def test_a_messenger_id_after_its_network_is_a_contact(detector, text, expected):
    assert spans(detector, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Erreichbar unter 0221 456 7890-Durchwahl 12, vormittags.",
     [("CONTACT", "0221 456 7890-Durchwahl 12")]),
    ("Call 0228 99 535-3712 ext. 45 in the morning.",
     [("CONTACT", "0228 99 535-3712 ext. 45")]),
    ("Zentrale 040 123 4567 (App. 209)", [("CONTACT", "040 123 4567 (App. 209")]),
    # after a comma the extension is a contact of its own
    ("Zentrale 040 123 4567, App. 209", [("CONTACT", "040 123 4567"), ("CONTACT", "209")]),
])
def test_an_extension_belongs_to_its_number(detector, text, expected):
    assert spans(detector, text) == expected


@pytest.mark.parametrize("text", [
    "Unter der Vorgangsnummer 2023-0412-5566 ist seit Monaten nichts passiert.",
    "Die Antragsnummer 0157/2023 wurde zweimal vergeben.",
    "Aktenzeichen: 0331-44 12 7",
    "My case number is 0176 2231 998 and nobody answers.",
    "Ticket no. 0815 4471 is still open.",
    "Az 0176/2024 liegt beim Gericht.",
    "Unter 2024-0815-3377 findet man den Vorgang.",
    "Our ref. 0176 2231 998 applies.",
])
def test_a_case_number_is_no_phone(detector, text):
    assert spans(detector, text) == []


@pytest.mark.parametrize("text, number", [
    ("Meine Telefonnummer: 0176 1234567", "0176 1234567"),
    ("Bürotelefonnummer 030 2345 6789", "030 2345 6789"),
    ("Rückrufnummer: 0221 987 6543", "0221 987 6543"),
    ("Festnetznummer 040 123 4567", "040 123 4567"),
    ("Diensthandynr. 0151 2345678", "0151 2345678"),
])
def test_a_phone_word_keeps_its_number(detector, text, number):
    assert spans(detector, text) == [("CONTACT", number)]


@pytest.mark.parametrize("text, names", [
    # a given name alone after the last sentence signs the post
    ("If the form breaks again, text me. Will", ["Will"]),
    ("Ich schicke die Tabelle morgen.\nHope", ["Hope"]),
    ("The slides are attached. Will 🙂", ["Will"]),
    ("emre you're too kind to the agencies", ["emre"]),
    # a near-miss of a roster name after "from" may be a typo of the person
    ("A note from Kristna arrived this morning.", ["Kristna"]),
    # chat: a lower-case name after "w/" or before "you're"
    ("agree w/ faith, the agencies cannot be vetted", ["faith"]),
    ("haha joy you're right about the forms", ["joy"]),
    ("lol emre du bist zu nett zum Ministerium", ["emre"]),
    # a surname, a comma and a question starting with its verb
    ("Fink, ist die Verordnung schon im Kabinett?", ["Fink"]),
    ("Hunter, is the second draft out yet?", ["Hunter"]),
    ("Fink, wie weit ist die Verordnung?", ["Fink"]),
    ("Hunter, when will the figures be out?", ["Hunter"]),
    # "als" comparing or opening a clause leaves the surname a name
    ("Das weiß niemand besser als Fink.", ["Fink"]),
    ("Es wurde still, als Fink die Zahlen vorstellte.", ["Fink"]),
])
def test_names_in_slots_for_a_person(detector, text, names):
    assert [t for label, t in spans(detector, text) if label == "PERSON"] == names


@pytest.mark.parametrize("text", [
    # not a sign-off: the word inside the sentence, or no earlier sentence
    "We will see whether the ministry will.",
    "Hope.",
    "So we are done. Will?",
    "hope you are well",
    # a place after "in" (a typo-like match of a roster name)
    "The queue in Pristina is a year long.",
    "Die Wartezeiten in Pristina sind zu lang.",
    "Grüße aus Pristina an alle.",
    "Der Flug nach Pristina dauert drei Stunden.",
    # an exclamation, an idiom, a firm, a noun after "als"
    "Joy! The upload finally worked.",
    "In good faith, most firms fill in the forms.",
    "Ehrlich gesagt ist das Visum nicht das Problem.",
    "Firms like Schneider Electric have their own HR teams.",
    "Die Kanzlei Hunter & Partner berät Arbeitgeber.",
    "Kurz und gut: die Frist reicht nicht.",
    "Die Behörde tritt als Hunter der Betrüger auf.",
    "Sie hat zehn Jahre als Fink gearbeitet.",
    # a statement after the comma is no question to the person
    "Fink, das ist ein Vogel.",
    # not addressed: a lower-case word in chat without "you"
    "lol i hope you are right",
    "lol hope you're well",
    "Hi, hope you are well.",
])
def test_common_word_senses_of_names_stay_unflagged(detector, text):
    assert [t for label, t in spans(detector, text) if label == "PERSON"] == []
