"""Stories for the affiliation grammar: the whole disclosing phrase, in both languages."""

from __future__ import annotations

import re

import pytest
from span_helpers import of_label as spans

from dialogue.deid import Detector, RosterEntry

ROSTER = [RosterEntry("Hope Mensah", "", "Ghana Labour Department", "partner country"),
          RosterEntry("Ernst Fischer", "", "Jobcenter Duisburg", "local government")]


@pytest.fixture(scope="module")
def detector() -> Detector:
    # The grammar's own boundaries; what the learned tagger adds: test_deid_learned.py.
    return Detector(ROSTER, learned=False)


@pytest.mark.parametrize("text, phrase", [
    # a role with no organisation named
    ("Speaking as a union steward, I see this often.", "Speaking as a union steward"),
    ("As an employment counsellor, I meet these workers weekly.", "As an employment counsellor"),
    ("I'm a midwife and I have seen it.", "I'm a midwife"),
    # an organisation type with a possessive and a place or unit
    ("Our consulate in Kano is overwhelmed.", "Our consulate in Kano"),
    ("Our ministry's legal unit disagrees.", "Our ministry's legal unit"),
    ("My colleagues in the Accra office see it.", "My colleagues in the Accra office"),
    # verbs of belonging
    ("I work for a Kenyan placement firm and we pay no fees.",
     "I work for a Kenyan placement firm"),
    ("Coming from the Moroccan labour ministry, I can say that.",
     "Coming from the Moroccan labour ministry"),
    ("Representing the federation of employers here, I object.",
     "Representing the federation of employers"),
    ("In my role at the regional labour office I saw this.",
     "In my role at the regional labour office"),
    # a nationality plus an institution, with the writer's relative clause
    ("Figures from the Ghanaian labour inspectorate, where I work, differ.",
     "the Ghanaian labour inspectorate, where I work"),
    # a self-introduction keeps the name a PERSON and the rest an AFFILIATION
    ("Hi all, Hope here, from the Labour Department's migration desk: agreed.",
     "from the Labour Department's migration desk"),
])
def test_english_disclosures_are_found_whole(detector, text, phrase):
    assert spans(detector, text) == [phrase]


@pytest.mark.parametrize("text, phrase", [
    ("Als Sozialpädagogin sehe ich das anders.", "Als Sozialpädagogin"),
    ("Als Integrationsbeauftragter der Stadt sehe ich das.",
     "Als Integrationsbeauftragter der Stadt"),
    ("Unser Jobcenter in Gelsenkirchen berät dazu.", "Unser Jobcenter in Gelsenkirchen"),
    ("Ich arbeite für eine marokkanische Arbeitsvermittlung und kenne das.",
     "Ich arbeite für eine marokkanische Arbeitsvermittlung"),
    ("Ich komme von der Handwerkskammer und bilde aus.", "Ich komme von der Handwerkskammer"),
    ("Bei uns in der Ausländerbehörde fehlt Personal.", "Bei uns in der Ausländerbehörde"),
    ("Die Zahlen der tunesischen Arbeitsagentur, bei der ich arbeite, sind gut.",
     "der tunesischen Arbeitsagentur, bei der ich arbeite"),
])
def test_german_disclosures_are_found_whole(detector, text, phrase):
    assert spans(detector, text) == [phrase]


def test_self_introduction_keeps_the_name_apart(detector):
    text = "Hallo, Ernst hier, vom Jobcenter Duisburg: Die Zahlen stimmen nicht."
    assert spans(detector, text, "PERSON") == ["Ernst"]
    assert spans(detector, text) == ["vom Jobcenter Duisburg"]


@pytest.mark.parametrize("text", [
    "The chamber of crafts in Cologne runs a good mentoring scheme.",
    "A Ghanaian recruitment agency was fined for charging fees.",
    "As a result, the pilot was extended.",
    "The shop steward model could help recruited workers.",
    "Our partners in Tunisia ask for scholarships.",
    "Our school system needs reform.",
    "Our ministries should coordinate better.",
    "We in the EU need a common line.",
    "He spoke as a shop steward for years.",
    "Das Jobcenter in Duisburg hat ein Modellprojekt gestartet.",
    "Wir bei der Umsetzung sollten die Kommunen einbinden.",
    "Als Ergebnis bleibt festzuhalten, dass die Quoten niedrig sind.",
    "Die Stadt tritt als Arbeitgeber auf.",
])
def test_organisations_and_roles_as_subjects_are_left_alone(detector, text):
    assert spans(detector, text) == []


def test_building_for_a_walk_in_compiles_no_pattern_from_the_roster(monkeypatch):
    """A walk-in's organisation used to recompile ~20 large alternations (~0.25 s on the
    event loop); now the grammar is roster independent and the roster adds only words."""
    Detector(ROSTER)  # warm the process-wide patterns
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile",
                        lambda p, *a, **k: compiled.append(str(p)) or real(p, *a, **k))
    walk_in = RosterEntry("Nadia Okafor", "", "Acme Recruitment Partners (ARP)", "business")
    detector = Detector([*ROSTER, walk_in])
    assert not [p for p in compiled if "Acme" in p or "ARP" in p]
    assert {"acme", "arp"} <= detector._affiliations.known  # words, not patterns
    text = "I work for Acme Recruitment Partners and we see fees."
    assert spans(detector, text) == ["I work for Acme Recruitment Partners"]
