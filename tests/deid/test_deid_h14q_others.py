"""AFFILIATION classes h14q covered, other participants and the look-alikes found by
reading the rules (invented examples, both languages, both ways).

As in test_deid_h14q_affiliation.py: each phrase inside one span, the look-alikes left clean,
the rules alone; none of the sentences is from a fixture."""

from __future__ import annotations

import pytest
from affiliation_stories import affiliations, assert_covered, rules

from dialogue.deid import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return rules()


# --- a named participant and what the text ties them to ---------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Kofi Mensah of the Ghana Immigration Service made the same point.",
     "of the Ghana Immigration Service"),
    ("I think you mean Ms Solberg, she is with the Norwegian directorate now.",
     "she is with the Norwegian directorate"),
    ("Herr Rao – er arbeitet beim Branchenverband Nasscom – sieht das anders.",
     "er arbeitet beim Branchenverband Nasscom"),
    ("Ms Lindqvist, as you're with the city's foreigners' office, can you confirm this?",
     "city's foreigners' office"),
    ("Frau Lindqvist, Sie sind doch im Bürgeramt, Abteilung Aufenthalt – stimmt das?",
     "Bürgeramt, Abteilung Aufenthalt"),
])
def test_a_named_participant_tied_to_an_organisation(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "Kofi Mensah of all people should know how slow this is.",
    "Ingrid Solberg said so. She is in Oslo this week.",
    "Petra, you are in a difficult position here.",
])
def test_named_participant_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- a second verb of the writer; small extents -------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Ich bin Pflegerin und leite nebenbei die Beratungsstelle der Diakonie in Minden.",
     "leite nebenbei die Beratungsstelle der Diakonie in Minden"),
    ("I run a small placement agency and sit on the chamber's vocational committee.",
     "sit on the chamber's vocational committee"),
    ("my honorary role with the German-Ghanaian chamber takes most of my evenings.",
     "my honorary role with the German-Ghanaian chamber"),
    ("My employer, a cleaning company with branches in Köln and Bonn, pays the courses.",
     "My employer, a cleaning company with branches in Köln and Bonn"),
    ("Wir von der Kreishandwerkerschaft Vogtland bilden zehn Leute aus.",
     "Wir von der Kreishandwerkerschaft Vogtland"),
])
def test_second_verbs_and_small_extents(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "Die Kammer hat recht und sehe ich auch so.",
    "Ich finde das gut und lese die Berichte der Kammer gern.",
    "They run the numbers and sit on the results for months.",
])
def test_second_verb_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- a person in the room described by role ---------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The prosecutor in the room will know the figures better than I do.",
     "The prosecutor in the room"),
    ("Die Richterin hier am Tisch hat das ja schon angedeutet.", "Die Richterin hier am Tisch"),
    ("Der Referent aus dem Innenministerium hat vorhin etwas anderes gesagt.",
     "Der Referent aus dem Innenministerium"),
    ("As the adviser from the IHK mentioned, the fees differ by region.",
     "the adviser from the IHK"),
    ("Die Kollegin aus Accra, die für die GIS hier ist, kennt die Zahlen.",
     "Die Kollegin aus Accra, die für die GIS hier ist"),
])
def test_roles_in_the_room(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "The elephant in the room is the housing market.",
    "The caseworker from the jobcentre told my neighbour to wait six months.",
    "Sachbearbeiterinnen aus den Ausländerbehörden sind überlastet, wie vorhin gesagt.",
])
def test_role_in_room_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- look-alikes found by reading the new rules against invented clean text ---------------

@pytest.mark.parametrize("text", [
    "VHS Kurse sind voll, ich warte seit Monaten auf einen Platz.",
    "Our office hours are nine to five, by the way.",
    "My hospital stay was short and the staff were kind.",
    "Hi, glad to be here, the BAMF should act now.",
])
def test_modifiers_sentences_and_greetings_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text", [
    "Die Kommune, in der ich wohne, zahlt für den Bus nichts.",
    "The agency, where I left my CV, never called back.",
    "Unsere Regierung in Kiel muss jetzt handeln.",
])
def test_homes_and_applications_in_clauses_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text", [
    "I'll start with the ministry's figures, then the ones from IOM.",
    "I've been assigned to the breakout group on housing.",
    "The consulate where I renewed my passport was efficient.",
    "As a person who uses the BAMF portal, I find it slow.",
    "Best, Kofi Mensah | Berlin | Tuesday",
])
def test_discourse_and_services_used_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- having led, sitting on a board, an operator, the organisation a clause describes -----

@pytest.mark.parametrize("text, phrase", [
    ("Having led the Nigeria–Germany skills desk at the consulate, I know the backlog.",
     "Having led the Nigeria–Germany skills desk at the consulate"),
    ("I was on the steering committee of the Kosovo pilot until last year.",
     "I was on the steering committee of the Kosovo pilot"),
    ("Ich bin Pflegedienstleiterin bei CuraNord, einem Klinikbetreiber in Schleswig-Holstein.",
     "Ich bin Pflegedienstleiterin bei CuraNord, einem Klinikbetreiber in Schleswig-Holstein"),
    ("Ich bin Mitgründer eines Kölner Start-ups, das Elektriker aus Marokko vermittelt.",
     "Ich bin Mitgründer eines Kölner Start-ups, das Elektriker aus Marokko vermittelt"),
    ("Ich war drei Jahre Referentin in Accra und kenne das Verfahren.",
     "Ich war drei Jahre Referentin in Accra"),
])
def test_having_led_boards_operators_and_described_organisations(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "I was on holiday in Spain when the law passed.",
    "I was on the phone with the ministry for an hour.",
    "Having read the ministry's report, I still disagree.",
])
def test_having_and_on_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


def test_a_duration_after_the_organisation_stays_outside(detector):
    text = "Having chaired the works council at the clinic for six years, I know the rules."
    assert affiliations(detector, text) == [
        "Having chaired the works council at the clinic"]


# --- employers, nouns inside a phrase, "here", opinions before a comma, councillors -------

@pytest.mark.parametrize("text, phrase", [
    ("Speaking as the only employer at this table, I can say the fees are the problem.",
     "Speaking as the only employer"),
    ("i volunteer with a refugee support network in Neukölln and we see this weekly.",
     "i volunteer with a refugee support network in Neukölln"),
    ("Here from the Association of Nursing Schools: we need more exam dates.",
     "from the Association of Nursing Schools"),
    ("my colleague here from the Tunisian embassy can say more.",
     "from the Tunisian embassy"),
    ("Ich spreche als Gemeinderätin in Wetzlar und als Vorsitzende eines Sportvereins.",
     "als Gemeinderätin in Wetzlar"),
])
def test_employers_here_and_councillors(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "My employer doesn't pay for the course, sadly.",
    "Many people already here with a tolerated stay cannot work.",
    "Ich finde, die Kommunen sollten bei der Umsetzung mehr Geld bekommen.",
    "We support groups of returnees with small grants.",
])
def test_employer_here_and_opinion_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text, phrase", [
    ("Kofi hat mir seine Nummer gegeben, das ist sein Büro im ghanaischen Innenministerium.",
     "sein Büro im ghanaischen Innenministerium"),
    ("Petra and I agreed in the break: her foreigners' office could pilot this.",
     "her foreigners' office"),
])
def test_a_named_participants_possessive(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "Petra said her daughter works in Berlin now.",
    "Kofi hat recht, sein Team hat das gut vorbereitet.",
])
def test_possessive_after_name_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- a self-introduction by post and organisation, with no name and no pronoun ------------

@pytest.mark.parametrize("text, phrase", [
    ("For anyone new here: head of HR at CuraNord, a clinic operator with 12 sites in Lower "
     "Saxony.", "head of HR at CuraNord, a clinic operator with 12 sites in Lower Saxony"),
    ("Hallo zusammen, Leitung Sozialdienst eines Klinikums in Thüringen, ich habe eine Frage.",
     "Leitung Sozialdienst eines Klinikums in Thüringen"),
])
def test_self_introduction_by_post(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "Team der Diakonie, wir danken euch für die Einladung!",
    "Teachers in Bavaria, we need you!",
    "Pflegekräfte in den Kliniken bekommen kaum Fortbildungen zu den neuen Regeln.",
    "Lawyers at the BAMF are overwhelmed by the new cases.",
])
def test_self_introduction_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text, phrase", [
    ("Unsere Geschäftsleitung hat das schon entschieden.", "Unsere Geschäftsleitung"),
    ("Ich bin hier für die Heimleitung des St.-Josef-Hospitals Mainz.",
     "für die Heimleitung des St.-Josef-Hospitals Mainz"),
])
def test_management_units_and_hospitals(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "Unsere Wasserleitung ist seit Tagen kaputt.",
    "Ich übernehme heute die Gesprächsleitung.",
    "Die Anleitung zum Portal ist unklar.",
])
def test_management_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text, phrase", [
    ("In my ten years with the ILO, first in Dakar and now in Geneva, I saw this often.",
     "In my ten years with the ILO, first in Dakar and now in Geneva"),
    ("Ich war zwölf Jahre bei der GIZ, zuerst in Accra, dann in Lomé, und kenne das.",
     "Ich war zwölf Jahre bei der GIZ, zuerst in Accra, dann in Lomé"),
])
def test_postings_after_the_organisation(detector, text, phrase):
    assert_covered(detector, text, phrase)


def test_a_time_after_the_organisation_is_no_posting(detector):
    text = "I worked for the ILO, then I retired, and now I write."
    assert affiliations(detector, text) == ["I worked for the ILO"]


@pytest.mark.parametrize("text, phrase", [
    ("I spent nine years on return counselling at the Caritas office in Vienna.",
     "I spent nine years on return counselling at the Caritas office in Vienna"),
    ("I've spent three years with the city's foreigners' office.",
     "I've spent three years with the city's foreigners' office"),
])
def test_years_spent_at_an_organisation(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "I spent hours at the jobcentre last week, for nothing.",
    "I spent two years in Ghana as a child.",
])
def test_time_spent_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text", [
    "I'm IT literate, but the portal still confuses me.",
    "I'm BA student in Leipzig and curious about this.",
    "I'm Tom, by the way.",
    "Die Schule, an der ich mein Abitur gemacht habe, ist in Köln.",
    "Die Firma, bei der ich mich beworben habe, hat abgesagt.",
    "The clinic where I was treated was excellent.",
])
def test_students_applicants_patients_and_names_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text", [
    "Aus der Zeitung kann ich sagen, dass das stimmt.",
    "Aus dem Ministerium kann ich leider nichts sagen.",
    "Bei der Caritas, wo ich mich beraten ließ, war es gut.",
    "Die Diakonie, für die ich spende, leistet viel.",
    "Vorher war ich beim Arzt, deshalb bin ich spät.",
    "Ich war lange beim Jobcenter gemeldet.",
])
def test_readers_clients_donors_and_patients_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text, phrase", [
    ("At the OECD, we found that the pilots work.", "At the OECD, we"),
    ("Vorher war ich bei der Ärztekammer Nordrhein.", "bei der Ärztekammer Nordrhein"),
])
def test_findings_and_chambers_still_count(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text, phrase", [
    ("Bei der Ausländerbehörde Kassel, wo ich seit 2019 Anträge bearbeite, ist das Alltag.",
     "Bei der Ausländerbehörde Kassel, wo ich seit 2019 Anträge bearbeite"),
    ("The consulate, where I issue visas, is understaffed.",
     "The consulate, where I issue visas"),
])
def test_staff_handling_applications_count(detector, text, phrase):
    assert_covered(detector, text, phrase)
