"""Stories for names that are also words, lower-case names and namesakes (invented examples)."""

from __future__ import annotations

import pytest

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Frank Adler", "", "Handwerkskammer Erfurt", "business"),
          RosterEntry("Jonas Schneider", "", "", ""),
          RosterEntry("Amara Diallo", "", "", ""),
          RosterEntry("Grace Achieng", "", "", ""),
          RosterEntry("Will Hartung", "", "", ""),
          RosterEntry("Bill Young", "", "", ""),
          RosterEntry("Lena Jung", "", "", ""),
          RosterEntry("Leila Ben Ammar", "", "", ""),
          RosterEntry("Omar El Fassi", "", "", "")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


def people(detector: Detector, text: str) -> list[str]:
    return [s.text(text) for s in detector.find(text) if s.label == "PERSON"]


@pytest.mark.parametrize("text, names", [
    # a whole roster name in lower case
    ("i think frank adler put it well.", ["frank adler"]),
    ("I agree with frank adler here.", ["frank adler"]),
    ("frau schneider hat recht.", ["frau schneider"]),
    # a first name alone, pointing at a participant
    ("Grace from the ministry made that point.", ["Grace"]),
    ("Will at the embassy knows more.", ["Will"]),
    ("Amara, could you share the slides?", ["Amara"]),
    ("Ich stimme Jonas zu.", ["Jonas"]),
    # a vocative at the start of a sentence
    ("Grace, thanks for the numbers.", ["Grace"]),
    ("Will, I agree.", ["Will"]),
    # a text written all in lower case: a context that shows a name
    # (round 5: "agree with <name> on this" is a person, also in lower case; the learned
    # tagger finds roster Bill Young here since its retrain)
    ("i agree with bill on this, grace said the same", ["bill", "grace"]),
    # a particle written together with the name after it
    ("Leila Benammar agrees with that.", ["Leila Benammar"]),
    ("Elfassi's proposal makes sense.", ["Elfassi's"]),
    ("Frau Ben Ammar hat recht.", ["Frau Ben Ammar"]),
    # a surname that is also a trade or an animal, used as a name
    ("Schneider hat recht.", ["Schneider"]),
    ("Frau Schneider sieht das anders.", ["Frau Schneider"]),
    ("Schneider und Diallo haben das vorgeschlagen.", ["Schneider", "Diallo"]),
    ("Das hat Adler gestern gut erklärt.", ["Adler"]),
    ("Adler hat das schon gesagt.", ["Adler"]),
])
def test_names_are_found(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text", [
    # lower-case word pairs after a pronoun are words
    "I hope we bill young people fairly.",
    "i hope we will get there",
    "Grace, however, is not a policy.",
    # a trade, not a person: after an indefinite article, in a list of trades
    "Ein Schneider in Sachsen findet keine Lehrlinge.",
    "Müller, Schneider, Gerber: alte Berufe sterben aus.",
    # an animal, a fixed pair of words
    "Adler und Falke kreisen über der Debatte.",
    "Jung und Alt sind betroffen.",
    "Der Adler ist ein Wappentier.",
    # a role, then a verb that is also a first name
    "Der Minister will die Quote erhöhen.",
    "The ambassador will attend the next round.",
    # a particle alone is nobody
    "Ben said he would come.",
    # a namesake in fiction
    "Herr Schneider aus dem Kinderbuch würde verzweifeln.",
    "Like Mr Schneider in the old sitcom, we give up.",
])
def test_words_and_namesakes_are_not_names(detector, text):
    assert people(detector, text) == []


def test_a_name_from_an_organisation_in_a_lower_case_text_is_both(detector):
    text = "hey all, amara from talent bridge in conakry – we place nurses"
    found = [(s.text(text), s.label) for s in detector.find(text)]
    assert found == [("amara", "PERSON"), ("from talent bridge in conakry", "AFFILIATION")]


@pytest.mark.parametrize("text, contacts", [
    ("Follow @amara.bsky.social or see tinyurl.com/y7abc2 and t.co/AbC123.",
     ["@amara.bsky.social", "tinyurl.com/y7abc2", "t.co/AbC123"]),
    ("My Mastodon is @amara@social.example.", ["@amara@social.example"]),
])
def test_handles_with_a_domain_and_shorteners_are_contacts(detector, text, contacts):
    assert [s.text(text) for s in detector.find(text) if s.label == "CONTACT"] == contacts
