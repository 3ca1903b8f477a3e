"""PERSON classes of round h14s, with invented examples: German word-like surnames before
an English verb, attributive names, job titles as forms of address, transliterated
surnames, short forms of a given name, and the senses of a roster word that are nobody in
the room (names talked about as words, somebody introduced by name, fixed phrases, brands,
places after "the")."""

from __future__ import annotations

import pytest

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Greta Sommer", "", "", ""),
          RosterEntry("Lukas Klein", "", "", ""),
          RosterEntry("Ines Braun", "", "", ""),
          RosterEntry("Moritz Kurz", "", "", ""),
          RosterEntry("Petra Stein", "", "", ""),
          RosterEntry("Ralf Koch", "", "", ""),
          RosterEntry("Hope Addo", "", "", ""),
          RosterEntry("Frank Vogel", "", "", ""),
          RosterEntry("Maximilian Ortlieb", "", "", ""),
          RosterEntry("Samir al-Jounaidi", "", "", ""),
          RosterEntry("Amara Harper", "", "", ""),
          RosterEntry("Dario Kraft", "", "", ""),
          RosterEntry("Kwame Osei", "", "", ""),
          RosterEntry("Jack Lindner", "", "", ""),
          RosterEntry("Akua Mensah", "", "", ""),
          RosterEntry("Rita Merkel", "", "", ""),
          RosterEntry("Jordan Ellis", "", "", ""),
          RosterEntry("Omar Shareef", "", "", ""),
          RosterEntry("Erika Brandl", "", "", ""),
          RosterEntry("Peter Wolf", "", "", ""),
          RosterEntry("Olena Shevchenko", "", "", "")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER, learned=False)


def people(detector: Detector, text: str) -> list[str]:
    return [s.text(text) for s in detector.find(text) if s.label == "PERSON"]


@pytest.mark.parametrize("text, names", [
    # a German word at the start of an English sentence, before an English finite verb
    ("Klein mailed the spreadsheet this morning.", ["Klein"]),
    ("Braun never said the quota was fixed.", ["Braun"]),
    ("Kurz could walk us through the pilot.", ["Kurz"]),
    ("Sommer is away until Monday, so let's wait.", ["Sommer"]),
    ("Stein didn't mention the second survey.", ["Stein"]),
    ("Koch brought the figures from the district.", ["Koch"]),
    # the same words as German words, and English words that are names too
    ("Kurz gesagt: the deadline stays.", []),
    ("Klein ist das Problem nicht, aber teuer.", []),
    ("Kurz darauf kam die Antwort.", []),
    ("Hope is not a plan, and the numbers show it.", []),
    ("Sommer is the season when the farms hire most.", []),
])
def test_a_german_word_before_an_english_verb_is_the_surname(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text, names", [
    # an English word-like given name before a verb only a person does
    ("Hope forwarded the link this morning.", ["Hope"]),
    ("Frank did mention the second office.", ["Frank"]),
    ("Hope should circulate the draft first.", ["Hope"]),
    ("Hope faded when the figures came out.", []),
    ("Hope remained the only strategy.", []),
    ("Frank discussions are needed here.", []),
])
def test_an_english_word_like_name_before_a_verb_of_a_person(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text, names", [
    ("We should build on the Klein proposal for the pilot regions.", ["Klein"]),
    ("I liked the Braun suggestion about the helpline.", ["Braun"]),
    ("The Osei paper covers exactly this.", ["Osei"]),
    # a roster word after "the" with no contribution: a place or a thing
    ("Water rights across the Jordan are contested.", []),
    ("The Jordan is where the river talks began.", []),
    ("The Klein family business closed in 2019.", []),
    # German compounds of the name and a contribution
    ("Der Koch-Vorschlag geht in die richtige Richtung.", ["Koch"]),
    ("Den Braun-Entwurf finde ich stark.", ["Braun"]),
    ("Die Koch-Ausbildung dauert drei Jahre.", []),
])
def test_the_name_as_attribute_of_a_contribution(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text, names", [
    ("Oberstaatsanwalt Koch hat das Verfahren eingestellt.", ["Oberstaatsanwalt Koch"]),
    ("As Judge Klein put it, the file was incomplete.", ["Judge Klein"]),
    ("Bürgermeisterin Stein hat eingeladen.", ["Bürgermeisterin Stein"]),
    ("Laut Herrn al-Dschunaidi fehlen die Urkunden.", ["Herrn al-Dschunaidi"]),
    ("Mr Al-Junaidi made the same point.", ["Mr Al-Junaidi"]),
    ("Wie Herr Scharif sagte, fehlen Pässe.", ["Herr Scharif"]),
    ("Frau Schewtschenko hat die Zahlen.", ["Frau Schewtschenko"]),
    ("Herr Eldschunaidi hat das erklärt.", ["Herr Eldschunaidi"]),
    ("Die Schule in Charkiw ist zerstört.", []),
    # the title alone, and the trade after a contracted preposition
    ("Als Staatsanwalt sehe ich das anders.", []),
    ("Die Ausbildung zum Koch dauert drei Jahre.", []),
])
def test_offices_as_forms_of_address_and_transliterations(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text, names", [
    ("Sorry Max, I sent the wrong file.", ["Max"]),
    ("Thanks Kwa, that helps.", ["Kwa"]),
    ("Thanks all, see you tomorrow.", []),
    ("Hi team, the room has changed.", []),
    ("Max, could you resend the table?", ["Max"]),
    ("Max said the same.", []),  # not addressed: maybe somebody else's name
])
def test_a_short_form_of_one_given_name_when_addressed(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text, names", [
    ("totally agree with hope, the stigma is the real issue", ["hope"]),
    ("i disagree with hope. the rules are clear", ["hope"]),
    ("we looked ahead with hope and some fear", []),
    ("+1 to hope. the stigma is the issue", ["hope"]),
    ("according to hope, the numbers are older", ["hope"]),
    ("according to plan, the bill passed", []),
])
def test_a_lower_case_name_after_agreeing_with(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text", [
    # names talked about as words, also in a list
    "Klein, Braun, Sommer – many German surnames are ordinary words.",
    "Koch, Stein, Vogel: die Kinder lernen zuerst die Nachnamen der Lehrer.",
    "Frank hat als Vorname in Ghana einen anderen Klang.",
    "Hope as a first name is rare in Germany.",
    # somebody outside the room introduced by name
    "Eine Nachbarin namens Hope hat mir davon erzählt.",
    "I met a driver called Kwame who had waited two years.",
    # fixed phrases
    "Stein auf Stein wurde das Netzwerk aufgebaut.",
    "frank und frei: das System funktioniert nicht",
    # placeholder names and characters of tales
    "Auf dem Muster steht Erika Mustermann, nicht ein echter Name.",
    "Peter und der Wolf ist das Stück, das alle Schulkinder kennen.",
    # brands, publishers and foundations named after people
    "Kraft Foods buys from these farms too.",
    "Calvin Klein jeans are sewn in these factories.",
    "jack wolfskin jackets, made where exactly?",
    "Die Heinrich Böll Stiftung hat dazu publiziert.",
])
def test_other_senses_of_roster_words_are_nobody(detector, text):
    assert people(detector, text) == []


@pytest.mark.parametrize("text, names", [
    ("Klein, Braun and Sommer sent their comments yesterday.", ["Klein", "Braun", "Sommer"]),
    ("Hope mentioned that the surnames on the list were misspelt.", ["Hope"]),
    ("Kraft said the unions would sign.", ["Kraft"]),
    ("Harper, could you share the slides?", ["Harper"]),
])
def test_the_look_alikes_of_other_senses_stay_names(detector, text, names):
    assert people(detector, text) == names


def test_the_learned_tagger_does_not_add_back_a_name_talked_about_as_a_word():
    text = "Klein, Braun, Sommer – many German surnames are ordinary words."
    spans = Detector(ROSTER).find(text)
    assert [s for s in spans if s.label == "PERSON"] == []


@pytest.mark.parametrize("text, names", [
    # German: a verb whose subject is a person, and no subject pronoun after it
    ("Klein schickte die Liste gestern Abend.", ["Klein"]),
    ("Braun vergaß zu sagen, dass es eine Hotline gibt.", ["Braun"]),
    ("Sommer war auch dabei, oder?", ["Sommer"]),
    ("Kurz könnte das nächste Mal berichten.", ["Kurz"]),
    # the adjective or adverb in the first place, with the subject after the verb
    ("Kurz schickte er noch eine Mail hinterher.", []),
    ("Klein hat es schon erwähnt: die Miete ist das Problem.", ["Klein"]),
    ("Kurz hatte ich überlegt, ob das reicht.", []),
    ("Klein ist das Problem nicht.", []),
    ("Koch ist in Ghana ein Ausbildungsberuf.", []),
    ("Stein wird knapp, sagen die Baufirmen.", []),
])
def test_a_german_verb_of_a_person_after_a_word_like_surname(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text, names", [
    # a fuzzy match right after a determiner is a noun
    ("Das weiß kein Mensch so genau.", []),
    ("Für jeden Mensch gilt das Gleiche.", []),
    ("Frau Mensa hat das erklärt.", ["Frau Mensa"]),
    # a lower-case name that is right or wrong is a person
    ("i think frank is right about the buses", ["frank"]),
    ("honestly hope was spot on there", ["hope"]),
    # a participant who shares a public figure's surname disclaims the relation
    ("R. Merkel (no relation, she insists) will send the draft.", ["R. Merkel"]),
    ("Mr Mensah from the port authority – no relation to anyone here.", []),
])
def test_determiners_right_or_wrong_and_famous_namesakes(detector, text, names):
    assert people(detector, text) == names


@pytest.mark.parametrize("text, names", [
    # a bare word-like surname asked a question is addressed
    ("Koch, could you share the district numbers?", ["Koch"]),
    ("Kurz, kannst du die Folien noch schicken?", ["Kurz"]),
    ("Vogel, bleib bei deinen Zahlen.", []),
    # being right or wrong, also behind an aside
    ("Braun, as always, was right about the costs.", ["Braun"]),
    ("Klein, wie immer, hatte recht.", ["Klein"]),
    ("Kurz ist recht knapp, die Frist.", []),
    ("Klein ist richtig teuer, das Programm.", []),
])
def test_a_surname_addressed_with_a_question_or_right(detector, text, names):
    assert people(detector, text) == names
