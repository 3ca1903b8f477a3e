"""Stories for the kinds h14h covered (invented examples, both languages, both ways).

Names spoken of as words or disclaimed as somebody else, short names addressed or signing
off, contacts in less common formats, and affiliations of the writer or of a person placed
in the room. None of these sentences is from a fixture.
"""

from __future__ import annotations

import pytest
from span_helpers import of_label as spans

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Tariq Haddad", "", "Embassy of Lebanon, Berlin", "embassy"),
          RosterEntry("Jonas Kühn", "", "Handwerkskammer Kassel", "business"),
          RosterEntry("Mia Vu", "", "Caritas Köln", "civil_society"),
          RosterEntry("Claire N'Gom", "", "Ministry of Labour of Senegal", "embassy"),
          RosterEntry("Ida Berg", "", "Diakonie Baden", "civil_society"),
          RosterEntry("Emre Yılmaz", "", "DGB Bildungswerk", "civil_society"),
          RosterEntry("Rosa Schäfer", "", "Jobcenter Kassel", "government")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(ROSTER)


@pytest.mark.parametrize("text", [
    # a roster name talked about as a word
    "Yılmaz means 'he does not die' in Turkish, a colleague told me.",
    "Yılmaz ist einer der häufigsten Nachnamen in der Türkei.",
    "Berg is also a common word for mountain in German.",
    "Schäfer heißt auf Englisch shepherd.",
    # the sentence says it is somebody else
    "Herr Haddad vom Bäckerladen um die Ecke hat mir das erzählt – nicht verwandt mit "
    "unserem Kollegen hier.",
    "Mr Haddad from the corner shop told me the same, no relation to anyone here.",
    "Tariq, a Lebanese friend of mine, drives a taxi in Hamburg.",
    # a German adjective that is a roster surname
    "Kühn wäre es, die Quote ganz abzuschaffen.",
    "A kühn move, as my German colleagues would say.",
    # a common given name before a roster given name: somebody else
    "Muhammad Tariq wrote a famous book on this.",
])
def test_names_that_are_not_the_participant(detector, text):
    assert spans(detector, text, "PERSON") == [], text


@pytest.mark.parametrize("text, name", [
    ("Vu, can I send you the draft tonight?", "Vu"),
    ("Vu, wie viele Fälle hatten Sie letztes Jahr?", "Vu"),
    ("Ida could you repeat the figure for Baden?", "Ida"),
    ("mia thanks, that helps a lot", "mia"),
    ("Schick mir die Zahlen gern per Mail – Ida", "Ida"),
    ("Call me if needed: +49 170 1234567 (Mia)", "Mia"),
    ("the slides are online, sorry Ida", "Ida"),
    ("Reminder from Mia: the survey closes on Friday.", "Mia"),
    ("Madame N'Gom a raison, das sehe ich genauso.", "Madame N'Gom"),
    ("Mme N'Gom made the key point.", "Mme N'Gom"),
    ("ngom – can you repeat the name of the centre?", "ngom"),
    ("Pfarrerin Berg hat von 300 Fällen berichtet.", "Pfarrerin Berg"),
    ("Viele Grüße, R. Schäfer", "R. Schäfer"),
    ("Thanks, I. Berg", "I. Berg"),
])
def test_short_and_addressed_names_are_found(detector, text, name):
    assert name in spans(detector, text, "PERSON"), text


def test_an_initial_of_another_given_name_is_not_joined(detector):
    # (a lone "Schäfer" with a verb may still be the participant; "K." is not Rosa's initial)
    assert not any(s.startswith("K.") for s in spans(
        detector, "K. Schäfer hat das anders gesehen.", "PERSON"))
    assert spans(detector, "Im Berg. Berg ist hoch.", "PERSON") == []


def test_a_name_with_an_apostrophe_is_one_span(detector):
    text = "Claire N'Gom said the figures are from 2024."
    assert spans(detector, text, "PERSON") == ["Claire N'Gom"]


@pytest.mark.parametrize("text, contact", [
    ("Anrufe gern unter 05561 / 7 88 12.", "05561 / 7 88 12"),
    ("Zentrale +49 (0)561 70 00-0, Durchwahl -214", "-214"),
    ("Schreiben Sie an mia.vu(at)caritas-koeln(punkt)de", "mia.vu(at)caritas-koeln(punkt)de"),
])
def test_contact_formats(detector, text, contact):
    assert contact in spans(detector, text, "CONTACT"), text


@pytest.mark.parametrize("text", [
    "Die Quote stieg von 12 / 2023 auf 3 Prozent.",
    "Durchwahl und Zentrale sind in der Broschüre erklärt.",
])
def test_not_contacts(detector, text):
    assert spans(detector, text, "CONTACT") == [], text


@pytest.mark.parametrize("text, affiliation", [
    ("Ich leite seit 2021 die Beratungsstelle der Diakonie in Karlsruhe.",
     "leite seit 2021 die Beratungsstelle der Diakonie in Karlsruhe"),
    ("Ich betreibe einen Pflegedienst bei Kassel.", "betreibe einen Pflegedienst bei Kassel"),
    ("Ihr bei der Handwerkskammer in Kassel wisst das besser.", "bei der Handwerkskammer"),
    ("You at the Jobcenter see these cases first.", "at the Jobcenter"),
    ("Liebe Kolleginnen im Jobcenter, wie lange dauert das?", "im Jobcenter"),
    ("Tariq Haddad, Lebanese embassy: we support the proposal.", "Lebanese embassy"),
    ("I've been seconded to the EU delegation in Beirut since May.",
     "seconded to the EU delegation in Beirut"),
    ("The woman on my right works for the Federal Employment Agency, ask her.",
     "works for the Federal Employment Agency"),
    ("Der Herr, der vor mir gesprochen hat, kommt aus dem libanesischen Arbeitsministerium.",
     "kommt aus dem libanesischen Arbeitsministerium"),
    ("Ich bin bei ver.di im Fachbereich Bildung.", "bei ver.di"),
    ("Ida – does your counselling centre also see seasonal workers?",
     "your counselling centre"),
    ("I worked at the Red Cross in Tripoli, before that at IOM in Tunis.", "at IOM in Tunis"),
    ("Ich war bei der Caritas in Köln und davor beim DRK in Bonn.", "beim DRK in Bonn"),
    ("Ich bin nicht mehr im Jobcenter, sondern seit Mai bei der Handwerkskammer.",
     "bei der Handwerkskammer"),
    ("From June I'll be heading the advice centre in Kassel.",
     "heading the advice centre in Kassel"),
    ("I run a small dairy farm near Kassel.", "run a small dairy farm near Kassel"),
    ("Ich bin Leiterin einer Pflegeschule mit 200 Plätzen in Kassel.",
     "Leiterin einer Pflegeschule mit 200 Plätzen in Kassel"),
    ("We run a care home with 60 beds near Bremen.", "care home with 60 beds near Bremen"),
    ("Als Malermeisterin im Kreis Kassel kann ich das bestätigen.", "Als Malermeisterin"),
    ("Ich forsche an einem Leibniz-Institut in Kiel.", "forsche an einem Leibniz-Institut"),
    ("Ich gehöre dem Vorstand des Landesverbands Hessen an.", "gehöre dem Vorstand"),
    ("Meine Kolleginnen in der Ausländerbehörde Kassel und ich sehen das so.",
     "Meine Kolleginnen in der Ausländerbehörde Kassel"),
    ("Meine Tätigkeit im Beirat einer Pflegeschule möchte ich offenlegen.",
     "Meine Tätigkeit im Beirat einer Pflegeschule"),
    ("Rosa, wie viele Fälle habt ihr im Arbeitgeberservice?", "ihr im Arbeitgeberservice"),
    ("Die Kolleginnen und Kollegen aus der Botschaft Libanons: gibt es neue Zahlen?",
     "Die Kolleginnen und Kollegen aus der Botschaft Libanons"),
    ("Ich vertrete die Caritas Köln, genauer gesagt die Migrationsberatung in Porz.",
     "Caritas Köln, genauer gesagt die Migrationsberatung in Porz"),
    ("I work at the BA, more precisely the ZAV in Bonn.", "more precisely the ZAV in Bonn"),
    ("Unser Amt ist klein, ich leite dort das Team Einbürgerung.",
     "leite dort das Team Einbürgerung"),
    ("Bis bald. Viele Grüße, Rosa Schäfer, Stadt Kassel, Jobcenter, Teamleitung",
     "Stadt Kassel, Jobcenter, Teamleitung"),
    ("Letztes Jahr bin ich zum DGB Bildungswerk gewechselt.", "zum DGB Bildungswerk"),
    ("I moved from the Jobcenter to the city's integration office in May.",
     "moved from the Jobcenter to the city's integration office"),
])
def test_affiliations_are_found(detector, text, affiliation):
    found = spans(detector, text, "AFFILIATION")
    assert any(affiliation in f for f in found), (text, found)


@pytest.mark.parametrize("text", [
    "Eine gute Pflegekraft ist bei uns schwerer zu finden als ein guter Manager.",
    "Willy Brandt hat damals als Bundeskanzler die Ostpolitik begonnen, das prägt uns bis heute.",
    "I've been to two recruitment fairs in Beirut this spring.",
    "The person on my left is right about the visa backlog.",
    "Your point about the backlog is well taken.",
    "Before that, at the last meeting, we agreed on the figures.",
    "Davor im Sommer war es ruhig, sagen wir mal.",
    "Deutschland war 2014 Weltmeister, das wissen wir alle.",
    "Ich forsche an einem Thema, das alle betrifft.",
    "Ich gehöre zu denen, die das kritisch sehen.",
    "Ich war am Bahnhof und dann im Hof.",
    "Meine Arbeit im Sommer war hart.",
    "My work on this topic started in 2019.",
    "I agree with Rosa Schäfer, the Jobcenter position is right.",
    "I moved to Germany in 2015 and from Kassel to Berlin in 2019.",
    "Ich bin gestern zur Ausländerbehörde gegangen.",
])
def test_clean_texts_have_no_affiliation(detector, text):
    assert spans(detector, text, "AFFILIATION") == [], text
