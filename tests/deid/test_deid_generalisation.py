"""Stories for kinds of affiliation phrasing, in both languages, with invented examples.

Each kind is tried with sentences written for this file (not taken from any fixture): the
whole disclosing phrase must be one AFFILIATION span, and the same words used generically
or about somebody else must raise nothing.
"""

from __future__ import annotations

import pytest
from span_helpers import affiliations

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Amara Diallo", "", "Embassy of the Republic of Guinea (GnEmb)", "embassy"),
          RosterEntry("Jonas Schneider", "", "Handwerkskammer Erfurt (HWK)", "business")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    # The grammar's own boundaries; what the learned tagger adds: test_deid_learned.py.
    return Detector(ROSTER, learned=False)


# -- a fronted "As/Als/Für" + organisation or post in a first-person statement -------------
@pytest.mark.parametrize("text, phrase", [
    ("As a hospital chaplain I hear these stories every week.", "As a hospital chaplain"),
    ("As a small staffing agency in Hesse we cannot carry these costs.",
     "As a small staffing agency in Hesse"),
    ("As an academic at the DeZIM I have to say the numbers are thin.",
     "As an academic at the DeZIM"),
    ("For the GIZ, I can say that the pilot worked.", "For the GIZ"),
    ("Als guineische Botschaft begrüßen wir den Vorschlag.", "Als guineische Botschaft"),
    ("Als Konsularbeamter sehe ich das jeden Tag.", "Als Konsularbeamter"),
    ("Für die Handwerkskammer Erfurt kann ich sagen, dass Prüfer fehlen.",
     "Für die Handwerkskammer Erfurt"),
    ("Für den Paritätischen Wohlfahrtsverband möchte ich etwas ergänzen.",
     "Für den Paritätischen Wohlfahrtsverband"),
])
def test_a_fronted_organisation_or_post_in_the_first_person(detector, text, phrase):
    assert affiliations(detector, text) == [phrase]


@pytest.mark.parametrize("text", [
    "As a rule, the embassies process visas within three months.",
    "As the ministry said, we should expect delays.",
    "As the embassy confirmed, we will get the figures in May.",
    "As a country we need more nurses.",
    "As Europeans we have a duty here.",
    "For employers, we need simpler rules.",
    "For the embassies, I can say little.",
    "Für die Ausländerbehörden müssen wir mehr Personal einplanen.",
    "Für die Botschaften kann ich nicht sprechen.",
    "Für das BAMF wäre das eine Entlastung.",
    "Als das Ministerium anrief, waren wir überrascht.",
    "Als Gesellschaft müssen wir mehr tun.",
    "Als Land haben wir eine Verantwortung.",
    "Als Beispiel nenne ich die Westbalkanregelung.",
])
def test_a_fronted_as_or_fuer_without_the_writers_own_organisation_is_left(detector, text):
    assert affiliations(detector, text) == []


# -- a first-person verb with an organisation or post as its object ------------------------
@pytest.mark.parametrize("text, phrase", [
    ("We operate a nursing school in Conakry and send graduates here.",
     "We operate a nursing school in Conakry"),
    ("I used to run the welcome centre at a hospital group in Kiel.",
     "I used to run the welcome centre at a hospital group in Kiel"),
    ("I co-founded a mentoring network for Syrian doctors in Leipzig.",
     "I co-founded a mentoring network for Syrian doctors in Leipzig"),
    ("I head the legal department of a mid-sized recruitment firm.",
     "I head the legal department of a mid-sized recruitment firm"),
    ("I serve on the integration council of the city of Bochum.",
     "I serve on the integration council of the city of Bochum"),
    ("I'm a placement officer with the Philippine Overseas Labour Office in Berlin.",
     "I'm a placement officer with the Philippine Overseas Labour Office in Berlin"),
    ("Seit drei Jahren koordiniere ich das Anerkennungsprojekt der IHK Nürnberg.",
     "koordiniere ich das Anerkennungsprojekt der IHK Nürnberg"),
    ("Wir betreiben eine Sprachschule in Tiflis.", "Wir betreiben eine Sprachschule in Tiflis"),
    ("Wir sind eine kleine Personalvermittlung aus Köln und arbeiten mit Vietnam.",
     "Wir sind eine kleine Personalvermittlung aus Köln"),
    ("Ich gehöre zum Team der Zentralen Auslandsvermittlung.",
     "Ich gehöre zum Team der Zentralen Auslandsvermittlung"),
    ("Ich engagiere mich ehrenamtlich bei einem Flüchtlingsrat in Thüringen.",
     "Ich engagiere mich ehrenamtlich bei einem Flüchtlingsrat in Thüringen"),
    ("Ich bin Sozialarbeiterin und arbeite in einer Unterkunft in Gießen.",
     "Ich bin Sozialarbeiterin und arbeite in einer Unterkunft in Gießen"),
    ("Seit 2019 bin ich bei der Arbeiterwohlfahrt in Essen tätig.",
     "bin ich bei der Arbeiterwohlfahrt in Essen tätig"),
    ("Arbeite ich doch seit 2015 als Dolmetscherin beim Sozialamt.",
     "Arbeite ich doch seit 2015 als Dolmetscherin beim Sozialamt"),
    ("Ich arbeite seit zehn Jahren als Sachbearbeiterin in der Ausländerbehörde.",
     "Ich arbeite seit zehn Jahren als Sachbearbeiterin in der Ausländerbehörde"),
    ("Vor meiner Zeit bei der GIZ war ich Lehrerin.", "Vor meiner Zeit bei der GIZ"),
    ("Zur Info: ich betreue bei der HWK die Prüfung von Meistertiteln aus Polen.",
     "ich betreue bei der HWK die Prüfung von Meistertiteln aus Polen"),
])
def test_a_first_person_verb_with_an_organisation(detector, text, phrase):
    assert phrase in affiliations(detector, text)


@pytest.mark.parametrize("text", [
    "We run the risk of losing trust.",
    "We ran out of time last session.",
    "I represent the view that quotas fail.",
    "I chaired the session yesterday and it was lively.",
    "I lead a quiet life outside work.",
    "We built a consensus that nobody expected.",
    "Ich vertrete die Meinung, dass Quoten scheitern.",
    "Wir sind ein Einwanderungsland und sollten das sagen.",
    "Wir sind der Meinung, dass es schneller gehen muss.",
    "Sind wir ein Einwanderungsland? Ja.",
    "Führen wir eine Quote ein, scheitert sie.",
    "Wir betreiben hier Symbolpolitik.",
    "Da bin ich ganz bei Ihnen.",
    "Da bin ich Optimist.",
    "Da war ich anderer Meinung.",
])
def test_the_same_verbs_without_an_organisation_are_left(detector, text):
    assert affiliations(detector, text) == []


# -- a clause that describes the organisation is part of the span ---------------------------
@pytest.mark.parametrize("text, phrase", [
    ("I work for a small agency that places nurses in Bavaria.",
     "I work for a small agency that places nurses in Bavaria"),
    ("Ich komme von einer Beratungsstelle, die Pflegekräfte aus Indien begleitet.",
     "Ich komme von einer Beratungsstelle, die Pflegekräfte aus Indien begleitet"),
    ("Ich vertrete eine Initiative, die Fachkräfte aus Vietnam begleitet.",
     "Ich vertrete eine Initiative, die Fachkräfte aus Vietnam begleitet"),
])
def test_a_describing_clause_completes_an_indefinite_organisation(detector, text, phrase):
    assert affiliations(detector, text) == [phrase]


@pytest.mark.parametrize("text, expected", [
    # a definite phrase is named already; its clause says what it did, not what it is
    ("I lead the team that negotiated it.", ["I lead the team"]),
    # organisations described in the third person are subjects, not disclosures
    ("The IOM, which runs centres in Tunisia, reports rising numbers.", []),
    ("A startup that matches developers with firms was mentioned in the report.", []),
    ("Eine Agentur, die Gebühren verlangt, sollte ihre Lizenz verlieren.", []),
])
def test_describing_clauses_elsewhere(detector, text, expected):
    assert affiliations(detector, text) == expected


# -- appositions split by dashes and brackets; determiners, numbers, compounds --------------
@pytest.mark.parametrize("text, phrase", [
    ("Our organisation – a small NGO in Accra – supports returnees.",
     "Our organisation – a small NGO in Accra"),
    ("Our office (the one in Kumasi) handles the visas.", "Our office (the one in Kumasi)"),
    ("In meiner Behörde – dem Landesamt für Einwanderung – sehen wir das anders.",
     "In meiner Behörde – dem Landesamt für Einwanderung"),
    ("My employer, a nursing home chain in Bavaria, pays the fees.",
     "My employer, a nursing home chain in Bavaria"),
    ("We're the only Kenyan-owned staffing agency in Germany.",
     "We're the only Kenyan-owned staffing agency in Germany"),
    ("Hallo zusammen, Amara hier, von der Zentralen Auslands- und Fachvermittlung.",
     "von der Zentralen Auslands- und Fachvermittlung"),
    ("Hello from the Guinean embassy's consular section!",
     "Hello from the Guinean embassy's consular section"),
    ("Grüße aus der Handwerkskammer Erfurt!", "Grüße aus der Handwerkskammer Erfurt"),
])
def test_the_span_runs_through_dashes_brackets_and_compounds(detector, text, phrase):
    assert affiliations(detector, text) == [phrase]


@pytest.mark.parametrize("text", [
    "Our school system (the German one) is slow to adapt.",
    "Our partners (in Kenya and Ghana) agree.",
    "My view (and I am not alone) is that fees must go.",
    "Unsere Partner – etwa in Kenia – sehen das ähnlich.",
])
def test_brackets_after_a_word_that_names_no_organisation_are_left(detector, text):
    assert affiliations(detector, text) == []


# -- the issue's kinds again, with new sentences ---------------------------------------------
@pytest.mark.parametrize("text, phrase", [
    # roles with no organisation named
    ("Speaking as a foreign office desk officer, we rarely see these files.",
     "Speaking as a foreign office desk officer"),
    ("Als Pflegedienstleiterin in einem Altenheim in Kassel erlebe ich das täglich.",
     "Als Pflegedienstleiterin in einem Altenheim in Kassel"),
    # possessive + place or unit
    ("Our embassy's labour section in Berlin processes these.",
     "Our embassy's labour section in Berlin"),
    ("Mein Referat im Bundesinnenministerium prüft das.", "Mein Referat im Bundesinnenministerium"),
    # verbs of belonging
    ("I'm employed by a hospital in Magdeburg.", "I'm employed by a hospital in Magdeburg"),
    ("Ich habe zwölf Jahre bei der Caritas in Essen gearbeitet.",
     "Ich habe zwölf Jahre bei der Caritas in Essen gearbeitet"),
    ("Having spent a decade at the Indian embassy, I know the backlog.",
     "Having spent a decade at the Indian embassy"),
    # nationality + institution
    ("Ich bin Konsularbeamter an der senegalesischen Botschaft.",
     "Ich bin Konsularbeamter an der senegalesischen Botschaft"),
    # self-introductions
    ("Guten Tag, ich bin Amara von der guineischen Botschaft.", "von der guineischen Botschaft"),
    ("Hi everyone, Amara here from the employment agency's placement service.",
     "from the employment agency's placement service"),
    # "I'm the …'s …", "my employer", "meine Behörde", "I'm part of"
    ("I'm the chamber's lead on vocational recognition.", "I'm the chamber's lead"),
    ("Bei meinem Arbeitgeber, einer Klinik in Ulm, läuft das anders.",
     "Bei meinem Arbeitgeber, einer Klinik in Ulm"),
    ("Meine Behörde hat dazu keine klare Linie.", "Meine Behörde"),
    ("I'm part of the recruitment team at a Hamburg hospital group.",
     "I'm part of the recruitment team at a Hamburg hospital group"),
])
def test_the_issues_kinds_in_new_words(detector, text, phrase):
    assert affiliations(detector, text) == [phrase]


@pytest.mark.parametrize("text", [
    "A caseworker told me the files pile up.",
    "Sozialarbeiterinnen in den Kommunen sind überlastet.",
    "The BAMF runs a hotline that answers questions in ten languages.",
    "Die Handwerkskammern fordern schnellere Verfahren.",
    "Als Fachkraft aus dem Ausland hat man es schwer.",
    "As an employer you face enormous paperwork.",
    "Für den Bund ist das ein Erfolg, sagt der Minister.",
])
def test_organisations_and_roles_as_subjects_or_generic_are_left(detector, text):
    assert affiliations(detector, text) == []


# -- more first-person shapes: a bracket after "we", a named apposition, local government --
@pytest.mark.parametrize("text, phrase", [
    ("We (the Guinean embassy) would welcome that.", "We (the Guinean embassy"),
    ("Wir (die Diakonie Hessen) sehen das anders.", "Wir (die Diakonie Hessen"),
    ("My organisation, Fair Recruit Guinea, has placed 200 nurses.",
     "My organisation, Fair Recruit Guinea"),
    ("I'm a Guinean diplomat posted in Berlin.", "I'm a Guinean diplomat posted in Berlin"),
    ("I report to the head of the migration directorate.",
     "I report to the head of the migration directorate"),
    ("I'm on secondment from the BA to the labour ministry.", "I'm on secondment from the BA"),
    ("I'm a trustee of a small refugee charity in Leeds.",
     "I'm a trustee of a small refugee charity in Leeds"),
    ("I advise the city of Munich on integration.", "I advise the city of Munich"),
    ("Ich bin von der Stadt Bochum.", "Ich bin von der Stadt Bochum"),
    ("Wir in der Stadt Leipzig sehen das.", "Wir in der Stadt Leipzig"),
])
def test_brackets_named_appositions_and_local_government(detector, text, phrase):
    assert affiliations(detector, text) == [phrase]


@pytest.mark.parametrize("text", [
    "We in the city see more homelessness.",
    "Ich war gestern in der Stadt.",
    "My view, frankly, is different.",
    "Our partners, Germany and France, agree.",
    "My colleagues, Anna and Paul, agree.",
])
def test_a_town_alone_or_a_list_after_a_comma_is_no_affiliation(detector, text):
    assert affiliations(detector, text) == []


@pytest.mark.parametrize("text, phrase", [
    ("Full disclosure: I'm employed by one of the big staffing agencies in Manila.",
     "I'm employed by one of the big staffing agencies in Manila"),
    ("As a nurse who trained in Kerala and now works in a Munich clinic, I see both sides.",
     "As a nurse who trained in Kerala and now works in a Munich clinic"),
    # a description of what the organisation does runs on with it (h14g)
    ("The union I belong to represents 40,000 care workers.",
     "The union I belong to represents 40,000 care workers"),
    ("Bei mir im Jobcenter sitzen täglich Leute aus Syrien.", "Bei mir im Jobcenter"),
    ("Mein Job bei der Arbeitsagentur ist die Vermittlung nach Mexiko.",
     "Mein Job bei der Arbeitsagentur"),
    ("Unsere Einrichtung in Leipzig betreut 80 Jugendliche.",
     "Unsere Einrichtung in Leipzig betreut 80 Jugendliche"),
    ("Ich selbst arbeite bei einer Personalagentur in Hanoi.",
     "Ich selbst arbeite bei einer Personalagentur in Hanoi"),
    ("Ich unterrichte Deutsch an einer Sprachschule in Tiflis.",
     "Ich unterrichte Deutsch an einer Sprachschule in Tiflis"),
    ("Ich berate Pflegekräfte bei der Caritas in Köln.",
     "Ich berate Pflegekräfte bei der Caritas in Köln"),
    ("Ich spreche hier für den Paritätischen in Bremen.",
     "Ich spreche hier für den Paritätischen in Bremen"),
])
def test_quantified_objects_relative_verbs_and_german_work_verbs(detector, text, phrase):
    assert affiliations(detector, text) == [phrase]


@pytest.mark.parametrize("text", [
    "Ich arbeite an einem Projekt zur Anerkennung.",
    "Ich vertrete die Meinung, dass Quoten scheitern.",
    "Ich spreche für mich, nicht für andere.",
])
def test_working_on_something_or_holding_a_view_is_no_affiliation(detector, text):
    assert affiliations(detector, text) == []


@pytest.mark.parametrize("text", [
    # a disclaimer, not a statement for the organisation
    "Für das Ministerium kann ich nicht sprechen, aber für mich.",
    # a place of origin that names no local government
    "I'm from a small town in Ghana myself.",
    # a visit, not a post
    "Ich war schon mal in der Ausländerbehörde, es war chaotisch.",
    "I was at the embassy yesterday and it was packed.",
    # first-person sentences that mention organisations as subjects or addressees
    "I think the BAMF should publish processing times.",
    "I spoke to a caseworker at the jobcentre about this.",
    "My cousin works for a hospital in Manila.",
    "Our recommendations should go to the ministry.",
    "Wir sollten die Botschaften besser ausstatten.",
    "Unsere Empfehlung an das Ministerium ist klar.",
    "I head home after this.",
    "Greetings from a rainy Berlin!",
    "Ich gehöre zu denen, die skeptisch sind.",
    "Speaking for myself, not my employer, I disagree.",
])
def test_first_person_sentences_that_disclose_no_affiliation(detector, text):
    assert affiliations(detector, text) == []


@pytest.mark.parametrize("text, phrase", [
    ("We, as an NGO in Accra, disagree.", "We, as an NGO in Accra"),
    ("We — the Moroccan consulate — think this is workable.", "We — the Moroccan consulate"),
    ("Wir – die Handwerkskammer Erfurt – sehen das kritisch.",
     "Wir – die Handwerkskammer Erfurt"),
    ("Ich, als Vertreterin der Botschaft, sehe das anders.",
     "Ich, als Vertreterin der Botschaft"),
    ("My boss (head of the migration unit) says no.", "My boss (head of the migration unit)"),
])
def test_we_or_i_then_a_comma_dash_or_bracket(detector, text, phrase):
    assert affiliations(detector, text) == [phrase]


@pytest.mark.parametrize("text", [
    "We, as citizens, should care.",
    "Wir – also die Teilnehmenden – sollten ehrlich sein.",
    "Ich, als Bürgerin, finde das falsch.",
])
def test_we_or_i_then_a_comma_or_dash_and_no_organisation(detector, text):
    assert affiliations(detector, text) == []


@pytest.mark.parametrize("text, found", [
    ("We're part of a network of clinics in Bavaria.",
     ["We're part of a network of clinics in Bavaria"]),
    ("Wir sind Mitglied im Paritätischen Wohlfahrtsverband.",
     ["Wir sind Mitglied im Paritätischen Wohlfahrtsverband"]),
    ("I lead a group of caseworkers at the jobcentre.",
     ["I lead a group of caseworkers at the jobcentre"]),
    # a group of like-minded people is no organisation
    ("Ich gehöre zur Gruppe der Skeptiker.", []),
    ("I belong to the group of sceptics.", []),
    ("We're a part of the problem.", []),
])
def test_membership_of_an_organisation_not_of_a_group_of_people(detector, text, found):
    assert affiliations(detector, text) == found


@pytest.mark.parametrize("text, found", [
    # one person of a country's delegation in the room
    ("As the Senegalese colleague said, fees are the issue.", ["the Senegalese colleague"]),
    ("Der marokkanische Kollege hat recht.", ["Der marokkanische Kollege"]),
    ("Die kenianische Vertreterin hat das erklärt.", ["Die kenianische Vertreterin"]),
    # a region or "a … colleague" somewhere else is nobody in the room
    ("The European delegate spoke.", []),
    ("A Kenyan colleague once told me.", []),
    ("Die lokale Vertreterin sagt das auch.", []),
])
def test_a_countrys_person_in_the_room(detector, text, found):
    assert affiliations(detector, text) == found


@pytest.mark.parametrize("text, found", [
    # a country of origin is a place, whichever country it is
    ("I'm from Cameroon and I live in Berlin.", []),
    ("I come from Sri Lanka.", []),
    ("Coming from Syria, I know this.", []),
    ("We in Poland see emigration first-hand.", []),
    # its embassy is an organisation
    ("I work for the Cameroonian embassy.", ["I work for the Cameroonian embassy"]),
    ("Ich arbeite für die kamerunische Botschaft.",
     ["Ich arbeite für die kamerunische Botschaft"]),
])
def test_countries_beyond_the_partner_countries(detector, text, found):
    assert affiliations(detector, text) == found
