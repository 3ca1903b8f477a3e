"""Round 9, helper h9b: affiliations as predicates, people and organisations present, and
more look-alikes (aff_predicates.py, aff_present.py, aff_look_alikes.py).

Invented examples, read from the shapes of blind20/21/23/24's misses and false alarms, none
of their sentences, names or organisations; each class with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from span_helpers import affiliations

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.aff_look_alikes import drop as look_alike


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry("Amara Touré", "", "Jugendamt Bremen", "municipality"),
                     RosterEntry("Tariq Haddou", "", "Ministère du Travail, Rabat", "government"),
                     RosterEntry("Wiebke Ahrens", "", "Caritas Münster", "ngo"),
                     RosterEntry("Oscar Lindqvist", "", "Swedish Migration Agency", "government")])


def _covered(found: list[str], expected: str) -> bool:
    """One found span holds the expected text (the whole extent, not a part of it)."""
    return any(expected in f for f in found)


# --- aff_predicates.py -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Zur Einordnung: Amara ist die Leiterin des Jugendamts Bremen.",
     "die Leiterin des Jugendamts Bremen"),
    ("Just so you know, Tariq is the labour attaché of the Moroccan embassy.",
     "the labour attaché of the Moroccan embassy"),
    ("So Oscar is a former UNHCR colleague, good to know.", "a former UNHCR colleague"),
    ("Wiebke ist übrigens eine ehemalige Referentin im Sozialministerium.",
     "eine ehemalige Referentin im Sozialministerium"),
    ("Tariq ist jetzt Abteilungsleiter im Arbeitsministerium.",
     "Abteilungsleiter im Arbeitsministerium"),
    ("Oscar was head of the asylum unit in Malmö.", "head of the asylum unit in Malmö"),
    ("Wiebke ist seit März bei der Caritas Münster.", "bei der Caritas Münster"),
    ("Tariq is now with the ILO office in Rabat.", "with the ILO office in Rabat"),
    ("Die Kollegin aus Kiel ist eine ehemalige GIZ-Kollegin.", "eine ehemalige GIZ-Kollegin"),
    ("The Leeds colleague is a former colleague from the UNHCR.",
     "a former colleague from the UNHCR"),
])
def test_a_participant_is_a_post(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text, expected", [
    ("Sorry, Tariq, you are with the labour ministry now, right?",
     "you are with the labour ministry"),
    ("Oscar, you work for the Swedish Migration Agency, don't you?",
     "you work for the Swedish Migration Agency"),
    ("Amara, du bist doch beim Jugendamt, oder?", "du bist doch beim Jugendamt"),
])
def test_the_addressee_is_with_an_organisation(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text, expected", [
    ("Unser Haus ist das BMZ, falls das jemand nicht wusste.", "Unser Haus ist das BMZ"),
    ("My employer is the Norwegian Refugee Council.",
     "My employer is the Norwegian Refugee Council"),
    ("Mein Arbeitgeber ist die Diakonie Hessen.", "Mein Arbeitgeber ist die Diakonie"),
])
def test_the_own_organisation_is_named_after_the_copula(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text, expected", [
    ("I'm the one who signs off on the seasonal work permits, so ask me.",
     "I'm the one who signs off on the seasonal work permits"),
    ("I am the person who drafts the country reports on Eritrea.",
     "I am the person who drafts the country reports on Eritrea"),
    ("Ich bin derjenige, der im Konsulat die Termine vergibt.",
     "Ich bin derjenige, der im Konsulat die Termine vergibt"),
    ("Ich bin diejenige, die die Anträge auf Familiennachzug bewilligt.",
     "Ich bin diejenige, die die Anträge auf Familiennachzug bewilligt"),
])
def test_a_post_told_by_its_task(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text", [
    "Amara ist der Meinung, dass wir mehr Zeit brauchen.",
    "Amara ist Teil der Lösung, nicht des Problems.",
    "Oscar ist im Urlaub bis Montag.",
    "Tariq is right about the costs.",
    "Die Kollegin aus Kiel ist der Meinung, das geht nicht.",
    "Der Herr ist ein Kollege aus der Praxis.",
    "Tariq is the best person to ask about that.",
    "Our problem is the backlog, not the staff.",
    "I'm the one who always complains about the coffee.",
    "Ich bin diejenige, die immer zu spät kommt.",
    "Sie sind beim Jobcenter gemeldet und warten auf einen Kurs.",
    "You are from Ghana, so you know the roads.",
])
def test_predicate_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == []


# --- aff_present.py ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kann jemand vom Jugendamt hier im Raum sagen, wie lange das dauert?",
     "jemand vom Jugendamt hier im Raum"),
    ("Maybe someone from the Labour Ministry here can explain the quota.",
     "someone from the Labour Ministry here"),
    ("Vielleicht weiß einer von der Ausländerbehörde hier am Tisch mehr.",
     "einer von der Ausländerbehörde hier am Tisch"),
])
def test_somebody_of_an_organisation_in_the_room(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text, expected", [
    ("Ich glaube, die anwesenden Landesministerien sehen das kritischer.",
     "die anwesenden Landesministerien"),
    ("Die hier vertretenen Wohlfahrtsverbände haben das längst gefordert.",
     "Die hier vertretenen Wohlfahrtsverbände"),
    ("I think the ministries present would disagree.", "the ministries present"),
    ("Die anwesenden Vertreter der Kommunen sehen das kritischer.",
     "Die anwesenden Vertreter der Kommunen"),
])
def test_organisations_called_present(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text, expected", [
    ("It would be good if the Interior Ministry delegation here could confirm the figure.",
     "the Interior Ministry delegation here"),
    ("Die BAMF-Delegation hier am Tisch kann das sicher erklären.",
     "Die BAMF-Delegation hier am Tisch"),
    ("Perhaps the Moroccan delegation in this room has a view.",
     "the Moroccan delegation in this room"),
    ("The delegation from the Interior Ministry here disagrees.",
     "The delegation from the Interior Ministry here"),
])
def test_a_delegation_in_the_room(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text, expected", [
    ("Die beiden Kollegen aus den Jobcentern haben das bestätigt.",
     "Die beiden Kollegen aus den Jobcentern"),
    ("Die Kolleginnen aus den Beratungsstellen sehen das anders.",
     "Die Kolleginnen aus den Beratungsstellen"),
    ("Die zwei Kolleginnen aus den Ausländerbehörden haben widersprochen.",
     "Die zwei Kolleginnen aus den Ausländerbehörden"),
])
def test_colleagues_from_offices_of_one_kind(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text", [
    "Jemand vom Amt hat mich gestern angerufen.",
    "Anybody from the Labour Ministry here? I have a question on quotas.",
    "Ist jemand vom Jugendamt hier im Raum?",
    "Someone from the ministry told the press last week.",
    "Die anwesenden Gäste bekommen einen Ausweis.",
    "Die anwesenden Journalisten dürfen nicht zitieren.",
    "The problems present in the system are well known.",
    "The delegation here in Berlin is small.",
    "Die Kolleginnen aus den Philippinen arbeiten meist in der Pflege.",
    "Our team here is tired.",
    "The team of the ministry here in Berlin is small.",
])
def test_presence_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == []


# --- aff_look_alikes.py ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sehr geehrte Damen und Herren, ich danke für die Einladung.",
    "Ladies and gentlemen, thank you for coming.",
    "I suspect most applicants never register with the Federal Employment Agency.",
    "Ich vermute, die meisten melden sich gar nicht bei der Ausländerbehörde.",
    "Im Kommenden Monat starten die ersten Auszubildenden aus Marokko in die Pflege.",
    "The first trainees from Kerala start in March.",
    "Im Robert-Koch-Haus der Universität finden die Prüfungen statt.",
    "Der Bürgermeister von Palermo hat den Hafen gesperrt.",
    "The governor of Agadez closed the road in May.",
    "This is set out in our national strategy, chapter 3.",
    "Find us on Instagram for the dates.",
    "Schreibt uns auf WhatsApp, wenn ihr Fragen habt.",
])
def test_look_alikes_are_dropped(detector, text):
    assert affiliations(detector, text) == [], affiliations(detector, text)


@pytest.mark.parametrize("text, expected", [
    ("Our friends from the Moroccan labour ministry may correct me.",
     "Our friends from the Moroccan labour ministry"),
    ("Unsere Freunde vom Arbeitsministerium sehen das sicher anders.",
     "Unsere Freunde vom Arbeitsministerium"),
    ("Our friends at the Swedish Migration Agency have a pilot.",
     "Our friends at the Swedish Migration Agency"),
])
def test_friends_from_an_organisation_are_participants(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


def test_the_copula_names_nothing_after_our_house(detector):
    """"Unser Haus" alone is the anchors' own; "ist das Problem" names no organisation."""
    text = "Unser Haus ist das Problem nicht, die Verfahren sind es."
    assert not any("Problem" in f for f in affiliations(detector, text))


@pytest.mark.parametrize("text, span", [
    ("Der Bürgermeister von Palermo hat hier vorhin gesagt, der Hafen sei voll.",
     "Der Bürgermeister von Palermo"),
    ("Im Robert-Koch-Haus leite ich die Sprachkurse.", "Im Robert-Koch-Haus"),
    ("Our friends from the ministry of labour", "Our friends from the ministry of labour"),
])
def test_look_alikes_need_their_whole_shape(text, span):
    start = text.index(span)
    assert not look_alike(text, start, start + len(span))


@pytest.mark.parametrize("text, expected", [
    ("Ich vermute, wir im Jugendamt Bremen sehen das als Erste.", "wir im Jugendamt Bremen"),
    ("I assume we at the Caritas will take the cases.", "we at the Caritas"),
])
def test_look_alikes_leave_disclosures(detector, text, expected):
    assert _covered(affiliations(detector, text), expected), affiliations(detector, text)


@pytest.mark.parametrize("text", [
    "My friend works at a bank in Tunis.",
    "Meine Freunde aus der Schule sind alle weggezogen.",
])
def test_a_friends_job_stays_clean(detector, text):
    assert affiliations(detector, text) == []
