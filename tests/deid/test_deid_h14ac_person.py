"""Round 8 (h14ac): namesakes and ordinary senses of roster names by their shape, and forms
of a name that the lookup missed (``dialogue/deid/name_shapes.py``).

Invented examples only (no fixture sentence, no fixture name pair), each class with
look-alikes that must keep finding the participant, in English and German where the class
exists in both.
"""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

NAMES = ["Greta Lindner", "Paul Pope", "Jana Brandt", "Lisa Habeck", "Emil Roth",
         "Said Benali", "Albert Nkemelu", "Lena Homburg", "Cyrus Farahani", "Tilo Bismarck",
         "Nora Schmidt", "Ruth Thatcher", "Ivo Brecht", "Ann Churchill", "Hanna Cash",
         "Owen Price", "Rhys Mason", "Karl Klein", "Jens Kurz", "Jonas Maurer", "Sonja Stark",
         "Frank Odhiambo", "Ina Wald", "Stefanie Lorenz", "Katharina Pohl", "Dorothee Lang",
         "Dmitri Zhukov", "Yevgeny Yakovlev", "Johannes Okeke", "Josef Kainz",
         "William Achterberg", "Ole Händel", "Mia Klar", "Jonas Mensch", "Ian Murphy"]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry(n, "", "Netzwerk Arbeitsmigration", "ngo") for n in NAMES])


def persons(detector: Detector, text: str) -> list[str]:
    return [t for label, t in spans(detector, text) if label == "PERSON"]


@pytest.mark.parametrize("text", [
    # a title of the other sex that fits a public namesake ("Christian Lindner", "Amy Pope")
    "Herr Lindner hat im Haushaltsausschuss wieder die Schuldenbremse verteidigt.",
    "Mr Lindner's budget leaves little room for integration courses.",
    "Ms Pope told the IOM council that the funding gap keeps growing.",
    # ... or an apposition or relative clause of that sex, an office before the name
    "Lindner, der frühere Finanzminister, hat die Schuldenbremse verteidigt.",
    "Lindner, der das Haushaltsgesetz verhandelt hat, war gestern in Brüssel.",
    "Ex-Minister Lindner wollte die Schuldenbremse unbedingt halten.",
    # a composer's works
    "Händels Oratorien laufen im Radio, wenn ich die Anträge sortiere.",
    # a place named by its kind
    "The container ships wait for days at Port Said before the canal.",
    "Fishing villages around Lake Albert depend on seasonal workers.",
    "Die Reha-Klinik in Bad Homburg sucht Pflegekräfte aus Tunesien.",
    # a monument or tomb
    "The tomb of Cyrus draws pilgrims from all over the region.",
    "Das Grabmal von Cyrus steht in Pasargadae.",
    "Die Statue von Bismarck im Hamburger Hafen wird gerade restauriert.",
    "Bismarcks Grab liegt im Sachsenwald.",
    # an era or a government
    "Zu Schmidts Zeiten gab es noch keine Westbalkanregelung.",
    "Unter Schmidt wurde der Anwerbestopp vorbereitet.",
    "In Thatcher's day the unions would have called a strike over this.",
    "The Thatcher years ended most of the old apprenticeship schemes.",
    "Die Ära Brandt brachte die ersten Abkommen mit Jugoslawien.",
    # an authority quoted
    "Frei nach Brecht: erst kommt das Visum, dann die Moral.",
    "Um es mit Brecht zu sagen: die Verhältnisse, sie sind nicht so.",
    "In the words of Churchill, never let a good crisis go to waste.",
    "Somebody in the plenary quoted Thatcher on the unions, to general groans.",
    # a list with a public figure who is on no roster
    "Merz, Söder oder Habeck – versprochen haben schnellere Visa alle.",
    "Ob Scholz oder Brandt, jeder Kanzler hat Fachkräfte angeworben.",
    # English nouns: before a verb of things, after a determiner, plurals of their kind
    "Cash matters more than vouchers for people who just arrived.",
    "Price rises hit the recruits before their first salary.",
    "there is no price tag on a fair recruitment process",
    "they got a cash advance from the agency and then owed it back",
    "Masons and electricians are in demand in every northern town.",
    "We need plumbers and masons more than consultants.",
    # ... a noun phrase before such a verb, an abstract predicate noun, an eponym's idiom
    "Cash flow matters more for small agencies than the fee itself.",
    "Cash was the main sticking point in the talks.",
    "Murphy's law applies to every visa queue I have seen.",
    # German interjections and sentence adverbs before a clause addressed to nobody
    "Klar, das machen wir nächste Woche.",
    "Mensch, das dauert wirklich ewig mit den Visa.",
    # German adverbs before a participle and auxiliary, a noun with a bare plural object
    "Klein angefangen hat das Projekt mit zwölf Pflegekräften.",
    "Kurz gefasst wurde das Papier leider nicht.",
    "Maurer von Fertighäusern werden in der Region händeringend gesucht.",
])
def test_a_namesake_or_word_by_its_shape_is_no_person(detector, text):
    assert persons(detector, text) == []


@pytest.mark.parametrize(("text", "name"), [
    # the title that fits the participant, or no title
    ("Frau Lindner hat das Papier schon an alle geschickt.", "Frau Lindner"),
    ("Mr Pope, could you say more about the pilot?", "Mr Pope"),
    ("Lindner hat vorhin die Zahlen aus Hamburg genannt.", "Lindner"),
    ("Lindner, die das Netzwerk koordiniert, hat die Liste geschickt.", "Lindner"),
    ("Händels Vorschlag zur Anerkennung ist gut.", "Händels"),
    # the given name as the person
    ("Said, could you share the figures from Tangier again?", "Said"),
    ("Albert said the fees are still charged informally.", "Albert"),
    ("Homburg hat vorgeschlagen, die Fristen zu verlängern.", "Homburg"),
    ("Cyrus, do you have the Tehran numbers?", "Cyrus"),
    ("Bismarck hat die Tabelle gestern verschickt.", "Bismarck"),
    # a possessive of a contribution, a leadership
    ("Schmidts Vorschlag zur Anerkennung finde ich gut.", "Schmidts"),
    ("Unter Schmidts Leitung hat die Arbeitsgruppe drei Treffen gehabt.", "Schmidts"),
    ("Thatcher's slides on the pilot were very clear.", "Thatcher's"),
    ("Wie Brecht vorhin sagte, fehlt es an Beratung.", "Brecht"),
    ("Ich rufe morgen an, um mit Brecht zu sprechen.", "Brecht"),
    ("Heute zitiert Brecht eine neue Studie aus Manila.", "Brecht"),
    ("I think that price said the opposite yesterday", "price"),
    ("ask our colleague price, she ran the pilot", "colleague price"),
    ("Churchill, could you repeat the last figure?", "Churchill"),
    ("Habeck hat das gestern schon gesagt.", "Habeck"),
    ("Cash agrees with the plan, as far as I know.", "Cash"),
    ("Cash was the main speaker in the morning panel.", "Cash"),
    ("Murphy's point on the fees was fair.", "Murphy's"),
    ("Klar hat das gestern schon gesagt.", "Klar"),
    ("Stark, ich stimme dir da völlig zu.", "Stark"),
    ("Price, I agree with your point on the fees.", "Price"),
    ("I agree with Price on the recruitment fees.", "Price"),
    ("The newspaper quoted Price on the recruitment fees.", "Price"),
    ("Mason's point about the chambers was fair.", "Mason's"),
    ("Klein hat angefangen, die Fälle zu zählen.", "Klein"),
    ("Maurer von der Handwerkskammer hat das bestätigt.", "Maurer"),
])
def test_the_same_name_in_a_slot_of_a_person_is_found(detector, text, name):
    assert name in persons(detector, text)


def test_a_list_of_participants_is_still_found(detector):
    assert persons(detector, "Habeck und Roth haben den Entwurf kommentiert.") == [
        "Habeck", "Roth"]


@pytest.mark.parametrize(("text", "found"), [
    # lower case in a vocative, after "agree with"/"w/", a genitive before a contribution
    ("frank, could you resend the link?", ["frank"]),
    ("stark, kannst du die folie noch mal teilen?", ["stark"]),
    ("agree w/ wald, the queue is the real problem", ["wald"]),
    ("agree with wald on this", ["wald"]),
    ("talked w/ wald yesterday, she agrees", ["wald"]),
    ("walds punkt zu den fristen ist wichtig", ["walds"]),
    ("wie wald schon sagte, die fristen sind zu kurz", ["wald"]),
    ("ich stimme wald da völlig zu", ["wald"]),
    ("laut wald sind es drei wochen", ["wald"]),
    ("frag mal wald, die weiß das", ["wald"]),
    ("said: the figures from tangier are in the folder", ["said"]),
    # pet forms of a given name, a lower-case short form before the family name
    ("steffi, could you resend the minutes?", ["steffi"]),
    ("Hi Steffi, danke für die Liste!", ["Steffi"]),
    ("As Steffi said, the queue is the real problem.", ["Steffi"]),
    ("kathi do you have the numbers from Manila?", ["kathi"]),
    ("doro lang meinte, die frist ist zu kurz", ["doro lang"]),
    # the end of a long given name, a pet form that changes its sounds
    ("Hannes, kannst du die Liste noch mal schicken?", ["Hannes"]),
    ("Hi Sepp, danke für die Zahlen!", ["Sepp"]),
    ("thanks bill! that helps", ["bill"]),
    # German spellings of Cyrillic names
    ("Herr Schukow hat die Zahlen bestätigt.", ["Herr Schukow"]),
    ("Laut Herrn Jakowlew kommen die ersten Gruppen im Mai.", ["Herrn Jakowlew"]),
])
def test_forms_of_a_name_are_found(detector, text, found):
    assert persons(detector, text) == found


@pytest.mark.parametrize("text", [
    "there was no frank debate about the fees, only dates",
    "Steffi Graf hat damals in Brühl trainiert.",
    "the forest floor is dry, the wald is quiet",
    "im schatten des walds stand die unterkunft",
    "Hannes Jaenicke spielt in dem Film einen Vermittler.",
    "the bill on skilled immigration passed last week",
    "im wald ist es still, sagte der förster",
])
def test_look_alikes_of_those_forms_stay_clean(detector, text):
    assert persons(detector, text) == []
