"""AFFILIATION classes h14q covered, the writer's own posts (invented examples, both
languages, both ways).

Each class has disclosures whose whole phrase must be inside one AFFILIATION span and clean
look-alikes that must stay unflagged (rules alone, ``affiliation_stories``). None of these
sentences is from a fixture.
"""

from __future__ import annotations

import pytest
from affiliation_stories import affiliations, assert_covered, rules

from dialogue.deid import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return rules()


# --- the extent: a phrase runs on to the unit, place or parent that completes it -----------

@pytest.mark.parametrize("text, phrase", [
    # an acronym that is also a pronoun in lower case is no pronoun in capitals
    ("As head of data at a Polish IT consultancy in Wrocław, I can say the queue is long.",
     "As head of data at a Polish IT consultancy in Wrocław"),
    ("I work for the US consulate in Hamburg, on the visa side.",
     "I work for the US consulate in Hamburg"),
    # a role written with its link ("partner at") leaves the link to the continuation
    ("As a managing partner at a Leipzig law firm, I see these contracts weekly.",
     "As a managing partner at a Leipzig law firm"),
    # "to" after a role: the body the role serves
    ("As an adviser to the Swedish Migration Agency, I can confirm the backlog.",
     "As an adviser to the Swedish Migration Agency"),
    ("I'm the liaison officer to the Regional Council of Tuscany, for what it's worth.",
     "liaison officer to the Regional Council of Tuscany"),
    # modifiers joined by "and" before their head
    ("Our ministry's youth and sports unit funds three of these projects.",
     "Our ministry's youth and sports unit"),
    ("I'm with IG BAU's construction sector, and we see it every day.",
     "I'm with IG BAU's construction sector"),
])
def test_the_phrase_runs_on_to_what_completes_it(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "It is a question of trust and respect, not of money.",
    "As a nurse to the core, she never complained.",
    "Our partners and friends in Kenya agree on this.",
    "Gerade bei der Anerkennungsberatung verstehe ich nicht, warum drei Stellen zuständig sind.",
    "Bei der Wohnungssuche helfen wir nicht, das machen die Kommunen.",
])
def test_extent_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- a period or post of the writer's, then where it was spent ---------------------------

@pytest.mark.parametrize("text, phrase", [
    ("In my six years with the Norwegian labour inspectorate, I never saw a fee refunded.",
     "In my six years with the Norwegian labour inspectorate"),
    ("During my traineeship at the OECD in Paris we compared exactly these schemes.",
     "During my traineeship at the OECD in Paris"),
    ("In my old job, at a staffing agency in Porto, we placed welders.",
     "In my old job, at a staffing agency in Porto"),
    ("At my previous employer, a hospital group in Kassel, we paid the exam fees.",
     "At my previous employer, a hospital group in Kassel"),
    ("In my time as a caseworker at the jobcentre in Halle, nobody asked about this.",
     "In my time as a caseworker at the jobcentre in Halle"),
    ("Während meiner Hospitation im Bundesverwaltungsamt in Köln habe ich das oft gesehen.",
     "Während meiner Hospitation im Bundesverwaltungsamt in Köln"),
    ("In meinem ersten Job bei einer Zeitarbeitsfirma in Essen war das Alltag.",
     "In meinem ersten Job bei einer Zeitarbeitsfirma in Essen"),
    ("Seit meiner Entsendung an die Botschaft in Tiflis sehe ich das anders.",
     "Seit meiner Entsendung an die Botschaft in Tiflis"),
    ("Aus unserer Sicht als Landesverband der Pflegedienste ist das zu spät.",
     "Aus unserer Sicht als Landesverband der Pflegedienste"),
    ("From our perspective as an employers' association, the cap is arbitrary.",
     "From our perspective as an employers' association"),
])
def test_a_period_in_a_post(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "In meiner Zeit in Hamburg habe ich viel über den Hafen gelernt.",
    "During my holidays in Portugal I read the whole report.",
    "In my first year, at least, the rules were different.",
    "Seit meiner Kindheit in Ghana kenne ich diese Debatte.",
    "From my perspective as a citizen, this is unfair.",
])
def test_periods_without_a_post_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- a coming or recent move ------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("I'll start at the EU delegation in Amman in March, so I'll miss the next round.",
     "I'll start at the EU delegation in Amman"),
    ("I'll be moving to the IOM country office in Dakar after the summer.",
     "I'll be moving to the IOM country office in Dakar"),
    ("Next year I begin a secondment to the Commission's migration directorate.",
     "I begin a secondment to the Commission's migration directorate"),
    ("I've recently been appointed to the supervisory board of a Bremen care provider.",
     "I've recently been appointed to the supervisory board of a Bremen care provider"),
    ("Ich werde im Herbst an das Generalkonsulat in Lagos versetzt.",
     "Ich werde im Herbst an das Generalkonsulat in Lagos versetzt"),
    ("Ich wechsle im April ins Landesamt für Einwanderung.",
     "Ich wechsle im April ins Landesamt für Einwanderung"),
    ("im at the UNHCR field office in Agadez this week, so the line may drop",
     "im at the UNHCR field office in Agadez"),
])
def test_a_coming_move(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "I'll start at the beginning: the law changed in 2023.",
    "I'll be moving to Leipzig next year, which I'm excited about.",
    "Ich werde im Herbst an die Ostsee fahren.",
    "Ich wechsle im April in die Teilzeit.",
])
def test_moves_without_an_employer_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- signature blocks: the organisation parts after a name or a contact ------------------

@pytest.mark.parametrize("text, phrase", [
    ("Cheers, Kofi Mensah | Ghana Immigration Service, Legal Unit | k.mensah@gis.example",
     "Ghana Immigration Service, Legal Unit"),
    ("Kofi Mensah | Head of Returns, GIS | +233 30 276 1234", "Head of Returns, GIS"),
    ("Viele Grüße, Petra Lindqvist, Stadt Bielefeld, Ausländerbehörde, 0521 51-0",
     "Stadt Bielefeld, Ausländerbehörde"),
    ("Kontakt: Petra Lindqvist, p.lindqvist@bielefeld.example, Tel. 0521 51-2345, "
     "Ausländerbehörde Bielefeld.", "Ausländerbehörde Bielefeld"),
    ("Arjun Rao, Nasscom, Talent Mobility Desk. We place about 300 engineers a year.",
     "Nasscom, Talent Mobility Desk"),
    ("Am besten erreichbar unter 0176 1234 5678 (nur vormittags) – Migrationsberatung der "
     "Diakonie in Minden.", "Migrationsberatung der Diakonie in Minden"),
    ("Ingrid S. | Senior Adviser, Directorate of Immigration | +47 23 35 15 00",
     "Senior Adviser, Directorate of Immigration"),
])
def test_signature_blocks(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "Thanks, Kofi, the chamber should publish this before the summer.",
    "I agree with Kofi, Petra and the others on the timeline.",
    "Petra, Bielefeld is a good example, but not the only one.",
    "Write to info@welcome.example, the team answers within a day, they said.",
])
def test_signature_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


def test_an_organisation_after_its_public_web_page_is_no_signature(detector):
    text = "Mehr dazu: www.anerkennung.example – Bundesamt für Anerkennung."
    assert affiliations(detector, text) == []



# --- people in the room by organisation; offices, words and groups that are nobody ------

@pytest.mark.parametrize("text, phrase", [
    ("Could the IHK colleague say whether the fee applies?", "the IHK colleague"),
    ("Ich frage mal die Jobcenter-Kollegin: Gilt das auch für Bürgergeld?",
     "die Jobcenter-Kollegin"),
    ("I'd add to what the chamber rep said: the night shifts are the issue.",
     "the chamber rep"),
    ("The Filipino colleague raised a good point about placement fees.",
     "The Filipino colleague"),
    ("The Senegalese ambassador here asked about the quota, and I agree.",
     "The Senegalese ambassador here"),
])
def test_people_in_the_room(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "The figure people keep citing is from 2019, not from this year.",
    "Honestly, the wrong people are in charge of the portal.",
    "The Moroccan ambassador gave the opening speech, and it was a good one.",
    "Die kenianische Botschafterin hat bei der Eröffnung ein Grußwort gesprochen.",
    "Ohne die Kolleginnen aus Indien würde unsere Station schließen, sagt meine Tochter.",
    "The Talent Partnership contact person for Ghana is still not named.",
])
def test_in_room_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- denials, third persons and homes are no posts -------------------------------------

@pytest.mark.parametrize("text", [
    "Ich bin nicht von der Handwerkskammer, aber ich kenne das Problem.",
    "I'm not with the chamber of crafts, just an interested citizen.",
    "I don't work for any ministry, to be clear.",
    "The database is maintained by the BIBB on behalf of the education ministry.",
    "In meiner Gemeinde gibt es dafür keinen Bus.",
    "In my county the buses stop at eight.",
])
def test_denials_third_persons_and_homes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


@pytest.mark.parametrize("text, phrase", [
    ("Ich bin nicht mehr beim Landesamt, sondern seit Mai bei einer Stiftung.",
     "Ich bin nicht mehr beim Landesamt"),
    ("I signed the agreement on behalf of our cooperative in Kumasi.",
     "on behalf of our cooperative in Kumasi"),
    ("On behalf of the Ghanaian labour ministry, thank you for the invitation.",
     "On behalf of the Ghanaian labour ministry"),
    ("In unserem Landkreis betreiben wir neun Gemeinschaftsunterkünfte.",
     "In unserem Landkreis"),
    ("Speaking from the county administration in Minden, we disagree.",
     "Speaking from the county administration"),
])
def test_past_posts_first_persons_and_administrations_count(detector, text, phrase):
    assert_covered(detector, text, phrase)


# --- the organisation first, then a first-person clause ---------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The Norwegian embassy, where I cover labour mobility, gets these calls daily.",
     "The Norwegian embassy, where I cover labour mobility"),
    ("The legal aid clinic where I volunteer on Mondays sees mostly seasonal workers.",
     "The legal aid clinic where I volunteer on Mondays"),
    ("The integration team I joined in May has halved the waiting time.",
     "The integration team I joined in May"),
    ("The welcome centre, for which I design the onboarding, opened in 2022.",
     "The welcome centre, for which I design the onboarding"),
    ("That regional employment office is where I work, and it is understaffed.",
     "That regional employment office is where I work"),
    ("The Ghana Immigration Service, my employer, has no position on this yet.",
     "The Ghana Immigration Service, my employer"),
    ("Die Berufsschule, an der ich Deutsch unterrichte, hat eine Warteliste.",
     "Die Berufsschule, an der ich Deutsch unterrichte"),
    ("Die Stadt Bielefeld, deren Ausländerbehörde ich leite, hat neue Stellen geschaffen.",
     "Die Stadt Bielefeld, deren Ausländerbehörde ich leite"),
    ("Die Gewerkschaft, für die ich spreche, lehnt das ab.",
     "Die Gewerkschaft, für die ich spreche"),
])
def test_organisation_then_first_person_clause(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "The jobcentre, which I contacted three times, never answered.",
    "The consulate where I applied for my visa was very slow.",
    "The agency, whose reports I always read, should publish more.",
    "Die Ausländerbehörde, bei der ich meinen Antrag gestellt habe, ist völlig überlastet.",
    "Die Diakonie, die ich sehr schätze, macht das seit Jahren gut.",
    "Die Leute, mit denen ich gesprochen habe, sehen das anders.",
    "The embassy where I got my visa stamped was crowded.",
])
def test_clauses_of_visits_contacts_and_opinions_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- a possessive with an organisation noun; a government abroad; "Aus/Für …, kann ich" ---

@pytest.mark.parametrize("text, phrase", [
    ("Our office will publish the new quotas in June.", "Our office"),
    ("My hospital covers the exam fees for every nurse.", "My hospital"),
    ("Unser Beratungsnetz ist in zwölf Städten vertreten.", "Unser Beratungsnetz"),
    ("Unser Standort in Bremen-Nord bildet zwanzig Leute aus.", "Unser Standort in Bremen-Nord"),
    ("Unsere Ambulanz hat jetzt Sprechstunden auf Arabisch.", "Unsere Ambulanz"),
    ("Our government in Accra would welcome a bilateral fee cap.", "Our government in Accra"),
    ("Meine Regierung in Tunis hat das Abkommen schon unterschrieben.",
     "Meine Regierung in Tunis"),
    # the span ends with the organisation, as the labelling guidelines have it
    ("Aus der ghanaischen Botschaft kann ich berichten, dass die Termine reichen.",
     "Aus der ghanaischen Botschaft"),
    ("Aus dem Landesamt kann ich sagen: die Frist gilt.", "Aus dem Landesamt"),
])
def test_possessives_governments_and_fronted_organisations(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "Our government should finally reform the recognition law.",
    "Unsere Regierung in Berlin muss jetzt handeln.",
    "Our hotline is open from nine to five.",
    "Unser Stromnetz ist für so viele Wärmepumpen nicht ausgelegt.",
    "Aus der Forschung kann ich sagen, dass Sprachkurse wirken.",
    "Aus den Botschaften kann ich leider nichts berichten.",
    "My team won the office football league.",
])
def test_possessive_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- roles: trainees, fellows, volunteers, guardians, trades; "<name> here, <role>" -------

@pytest.mark.parametrize("text, phrase", [
    ("Ich bin Praktikant beim Landesamt für Einwanderung und sehe das täglich.",
     "Ich bin Praktikant beim Landesamt für Einwanderung"),
    ("Ich bin Stipendiat einer kirchlichen Stiftung und schreibe über Rückkehr.",
     "Ich bin Stipendiat einer kirchlichen Stiftung"),
    ("Ich war früher Köchin in einem Hotel in Antalya.", "Ich war früher Köchin in einem Hotel"),
    ("Ich bin nur Ehrenamtlicher beim Roten Kreuz in Lemgo, aber das sehe ich auch.",
     "Ich bin nur Ehrenamtlicher beim Roten Kreuz in Lemgo"),
    ("Als Vormund eines jungen Eritreers kann ich das bestätigen.", "Als Vormund"),
    ("I'm only a volunteer with the migrant help desk in Essen, but I see it too.",
     "I'm only a volunteer with the migrant help desk in Essen"),
    ("I volunteer as a mentor for young welders in Dortmund.", "I volunteer as a mentor"),
    ("Hi, Kofi here, co-founder of a small placement agency in Kumasi.",
     "co-founder of a small placement agency in Kumasi"),
])
def test_roles_of_the_writer(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "Ich bin nur Mensch und mache auch Fehler.",
    "I'm just a citizen with an opinion on this.",
    "Glad to be here, the coffee is excellent.",
    "Die Ausbildung zur Köchin dauert drei Jahre.",
    "Als Mitglied der EU muss Deutschland das umsetzen.",
])
def test_role_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- "as the person who …"; an organisation for a name ("I'm ZAV") ------------------------

@pytest.mark.parametrize("text, phrase", [
    ("As the person who approves our clinic's travel budget, I see the costs first.",
     "As the person who approves our clinic's travel budget"),
    ("As the one coordinating volunteers at the Eritrean community centre, I disagree.",
     "As the one coordinating volunteers at the Eritrean community centre"),
    ("I'm IOM, by the way, not UNHCR.", "I'm IOM"),
    ("honestly I'm literally GIZ, migration cluster in Eschborn",
     "I'm literally GIZ, migration cluster in Eschborn"),
    ("I'm now the chamber's contact person for recognition, so write to me.",
     "I'm now the chamber's contact person for recognition"),
])
def test_the_person_who_and_organisations_for_names(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "As the person who asked about the BAMF earlier, I have one more question.",
    "As the one who pays the rent at home, I know what housing costs.",
    "I'm OK with the compromise, to be honest.",
    "I'm German, and I still find the rules confusing.",
    "I think I am mixing people up, sorry.",
])
def test_person_who_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text


# --- an answer that opens with the writer's organisation and unit -----------------------

@pytest.mark.parametrize("text, phrase", [
    ("BAMF, Referat 62, wir prüfen das gerade.", "BAMF, Referat 62"),
    ("Kurz zur Frage: GIZ Eschborn, Abteilung Migration, wir haben die Zahlen.",
     "GIZ Eschborn, Abteilung Migration"),
    ("IHK Köln, ich schicke die Liste heute noch.", "IHK Köln"),
    ("DGB, youth department, sorry, forgot to say.", "DGB, youth department"),
    ("Hello everyone, OECD migration division checking in.", "OECD migration division"),
])
def test_openings_with_the_writers_organisation(detector, text, phrase):
    assert_covered(detector, text, phrase)


@pytest.mark.parametrize("text", [
    "BAMF, BA und ZAV, wir alle müssen schneller werden.",
    "IOM, UNHCR, ILO, we all know these reports.",
    "Das BAMF, wir wissen es alle, ist überlastet.",
    "Long post, sorry, but this matters.",
    "Welches Amt? Sorry, ich war kurz draußen.",
    "Anyone from the ministry here? I have a question.",
    "Several of the consulates here have the same problem.",
    "Jobcenter Essen, wir haben ein Problem mit euch.",
    "UNHCR Deutschland, we rely on you for this.",
])
def test_opening_look_alikes_stay_clean(detector, text):
    assert affiliations(detector, text) == [], text
