"""Round 7 (h14ab): roster names that are words of a kind (weekdays and months, virtues and
qualities, English adjectives and nouns, weather, animals) or have famous bearers, and the
shapes that tell the ordinary sense from the person (``dialogue/deid/name_kinds.py``).

Invented examples only (no fixture sentence, no fixture name pair), each class with
look-alikes that must keep finding the participant, in English and German where the class
exists in both.
"""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

NAMES = ["Monday Eze", "Juli Brenner", "Honest Dube", "Favour Okafor", "Wisdom Agbeko",
         "Trust Mhlanga", "Clever Ncube", "Given Zulu", "Lucky Mwale", "Storm Jensen",
         "Greta Wind", "Lars Hagel", "Claire Crane", "Jonas Amsel", "Eva Mahler",
         "Ana Silva", "Rui Souza", "Ines Costa", "Byron Ortiz", "Victoria Mensah",
         "Rui Palmeira", "Oscar Lindqvist", "Bella Nkosi", "Ida Keller", "Freddy Mutua",
         "Kemi Punch", "Jana Wolkenstein", "Martin Okoro", "Lena Drossel", "Jonas Maurer",
         "Tanja Gold", "Domino Harvey", "Sanne van der Wal",
         "May Tembo", "Kai Regen", "Petra Sturm", "Rita Flamengo",
         "Memory Kunda", "Tim Drossel"]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry(n, "", "Netzwerk für Rückkehrberatung", "ngo")
                     for n in NAMES])


@pytest.mark.parametrize("text", [
    # a weekday or month in a phrase of time, or at a sentence's start before a copula
    "We meet again on Monday to go through the budget.",
    "Monday mornings are chaotic at every consulate I know.",
    "Monday is a public holiday in half of the partner countries.",
    "Bis Juli soll der Bericht des Ausschusses vorliegen.",
    "Anfang Juli beginnt die Saison auf den Höfen.",
    "In May the consulates close for two weeks.",
    "Last May the consulates closed for two weeks.",
    "Juni und Juli sind die Monate mit den meisten Anträgen.",
    # a virtue or quality, an adjective or a participle
    "Honest answers about the waiting times are rare.",
    "Wisdom is knowing when a pilot project should end.",
    "Trust takes years to build and one bad season to lose.",
    "Favour the smaller towns when the money is allocated.",
    "It was a clever move to publish the criteria first.",
    "Given the drought in the north, more families will move to the coast.",
    "Lucky for them, the rains came early this year.",
    "Given that the harvest failed twice, the move was predictable.",
    # a German predicate noun before "für"
    "Verlässliche Daten sind Gold für jede Kommune, die planen muss.",
    # weather words and their German plurals, animal nouns
    "Storm warnings went out two days before the landfall.",
    "Storms are getting stronger along the whole coast.",
    "Winde aus Nordost haben die Felder ausgetrocknet.",
    "Nach dem Hagel im Mai war die halbe Ernte verloren.",
    "Das Tief brachte Regen bis an die Küste.",
    "Bei Regen fällt der Markt auf dem Platz aus.",
    "Regen und Sturm haben die Ernte in der Provinz vernichtet.",
    "Sturm tobte drei Tage lang über der Insel.",
    "Cranes nest along the river every spring.",
    "Eine Amsel sang vor dem Fenster des Sitzungssaals.",
    "Amsel und Drossel sind Singvögel, die man in jedem Park hört.",
    # a named storm, newspaper or game
    "Hurrikan Ida hat gezeigt, wie verwundbar auch reiche Städte sind.",
    "After Cyclone Freddy, whole villages in the south had to be moved.",
    "Die Zeitung Punch berichtet fast täglich über die Abschiebeflüge.",
    "Punch newspaper ran a long piece on the visa backlog.",
    "Die Schäden des Hurrikans Ida sind bis heute nicht beseitigt.",
    "Punch, the Lagos daily, ran the story on its front page.",
    "Wer Domino spielt, kennt den Effekt: ein Stein stößt den nächsten um.",
    "Palmeira and Flamengo are both Brazilian football clubs.",
    "Memory of the last drought is still fresh in the villages.",
    # an epithet, a given name before a country
    "Oscar the Grouch would not have designed a worse application form.",
    "Bella Italia steht über jeder zweiten Pizzeria in Kassel.",
    # a famous bearer's works, with a possessive
    "Mahler's symphonies are too long for a lunch break.",
    "Mahlers Sinfonien laufen heute Abend im Radio.",
    # a place named after somebody, a club's result
    "We stayed near Byron Bay for the whole workshop.",
    "Victoria Falls draws tourists from Zambia and Zimbabwe alike.",
    "Palmeira hat gestern gegen Tondela verloren, sorry, falscher Kanal.",
    "Palmeira lost 2-1 to Tondela, which nobody here cares about.",
    # a nation's names as examples
    "Silva, Souza und Costa – das sind typische brasilianische Namen.",
    "Silva, Souza and Costa: typical Portuguese names, none of them in this room.",
    "Typische Namen dort sind Silva und Souza, das weiß jede Standesbeamtin.",
    "Surnames like Silva or Costa tell a recruiter nothing about a nurse's training.",
    # a namesake with a particle the participant's name lacks
    "Oswald von Wolkenstein reiste schon im Mittelalter bis nach Persien.",
    # a surname used earlier in the text for a namesake with another given name
    "Gustav Mahler wrote long symphonies. Mahler also conducted in New York.",
    "Oswald von Wolkenstein war Dichter. Wolkenstein reiste bis nach Persien.",
    # another given name one letter longer, found only by the fuzzy match
    "Martina told the press that the quota is already full.",
])
def test_a_roster_word_of_a_kind_is_no_person(detector, text):
    assert [t for label, t in spans(detector, text) if label == "PERSON"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Monday said the forms are ready.", "Monday"),
    ("I agree with Monday on the deadline.", "Monday"),
    ("Monday, could you share the link again?", "Monday"),
    ("Juli hat das schon gesagt.", "Juli"),
    ("Danke, Juli, das hilft.", "Juli"),
    ("Honest raised the same point yesterday.", "Honest"),
    ("As Favour said, the queue at the consulate is long.", "Favour"),
    ("Wisdom, could you send the slides?", "Wisdom"),
    ("I agree with Trust.", "Trust"),
    ("Thanks Clever, that was a clever summary.", "Clever"),
    ("Given asked about the drought figures.", "Given"),
    ("Lucky mentioned the rains in the north.", "Lucky"),
    ("Storm, did the warnings reach the villages?", "Storm"),
    ("Frau Wind hat die Zahlen nachgereicht.", "Frau Wind"),
    ("Hagel hat recht, die Ernte war schlecht.", "Hagel"),
    ("Ms Crane asked about the river basin.", "Ms Crane"),
    ("Amsel hat das schon vorgerechnet.", "Amsel"),
    ("Mahler's slides were very clear.", "Mahler's"),
    ("Mahlers Folien waren sehr klar.", "Mahlers"),
    ("Byron said the venue is booked.", "Byron"),
    ("Victoria asked about tourism visas.", "Victoria"),
    ("Palmeira hat gegen den Vorschlag gestimmt.", "Palmeira"),
    ("Oscar, the chair of the panel, opened the session.", "Oscar"),
    ("Bella, hast du die Liste aus Italien?", "Bella"),
    ("Ida hat den Sturm schon erwähnt.", "Ida"),
    ("Freddy from the Red Cross described the cyclone.", "Freddy"),
    ("Punch, could you share the link to the article?", "Punch"),
    ("Der Hinweis von Wolkenstein war hilfreich.", "Wolkenstein"),
    ("Viele Grüße von Wolkenstein aus Bozen.", "Wolkenstein"),
    ("Martin told us the quota is full.", "Martin"),
    ("Zuständig ist Frau Gold, nicht ich.", "Frau Gold"),
    ("Gustav Mahler wrote symphonies, but as Mahler said earlier, our slides are short.",
     "Mahler"),
    ("Gustav Mahler hätte das kürzer gefasst. Mahler, kannst du die Folien schicken?",
     "Mahler"),
    ("In May we start; May said the forms are ready.", "May"),
    ("On Monday's question about fees: yes, they are high.", "Monday's"),
    ("Memory of the Red Cross asked about the figures.", "Memory"),
    ("Ich stimme Sturm zu.", "Sturm"),
    ("Laut Sturm ist das Abkommen fertig.", "Sturm"),
    ("Sturm weiß das besser als ich.", "Sturm"),
    ("Regen meinte, die Stadt zahle.", "Regen"),
    ("Danke an Regen für die Vorbereitung.", "Regen"),
    ("Amsel und Drossel sind heute beide zugeschaltet.", "Amsel"),
])
def test_the_same_word_in_a_personal_slot_is_the_participant(detector, text, name):
    assert ("PERSON", name) in spans(detector, text)


def test_participants_listed_as_people_are_still_found(detector):
    text = "Silva, Souza und Costa haben den Entwurf kommentiert."
    assert [t for _, t in spans(detector, text)] == ["Silva", "Souza", "Costa"]


@pytest.mark.parametrize(("text", "found"), [
    # a typo the writer corrects to the participant's name
    ("Drosel – sorry, Drossel – hat das schon vorgerechnet.", ["Drosel", "Drossel"]),
    ("Amsell, I mean Amsel, raised it first.", ["Amsell", "Amsel"]),
    # German "an <name>": a preposition before a verb of building on or in a message
    ("Ich möchte an Maurer anknüpfen: die Fristen sind zu kurz.", ["Maurer"]),
    ("Kurze Frage an Maurer: gilt das auch für Auszubildende?", ["Maurer"]),
    # the participant's own particle is no namesake's
    ("Wie van der Wal richtig sagte, fehlen die Plätze.", ["van der Wal"]),
])
def test_forms_of_a_real_name_are_found(detector, text, found):
    assert [t for label, t in spans(detector, text) if label == "PERSON"] == found


@pytest.mark.parametrize("text", [
    "Die Kammer wendet sich an Maurer und Dachdecker im ganzen Land.",
    "Amsell ist kein Wort, das ich kenne.",
])
def test_look_alikes_of_those_forms_stay_clean(detector, text):
    assert [t for label, t in spans(detector, text) if label == "PERSON"] == []
