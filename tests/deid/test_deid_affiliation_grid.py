"""A grid of the ways a writer discloses an organisation, for many kinds of organisation.

Every frame is a way people in a dialogue say where they work (in English and German);
every organisation is invented or generic (a ministry abroad, a small agency, a job centre, a
charity, a chamber, an international office, a firm known by its name alone …). A frame's
span is in brackets; one found span must cover at least half of it, as the evaluation counts.
The clean frames name the same organisations as subjects and objects. When the grid was first
run (2026-12-03) it found 5 misses in 335 and 2 false alarms in 76: "I used to be with <a
firm>" was fixed, and so was the tagger's "I read that <organisation> is hiring" (news of an
organisation, ``aff_not_disclosures._opinion_about``); two frames that were awkward German
were dropped, and the two misses left are marked.
"""

from __future__ import annotations

import pytest

from dialogue.deid import Detector, RosterEntry
from dialogue.deid.detector import Span
from dialogue.deid.evaluate import covers_half

EN_ORGS = ["the Ministry of Labour in Accra", "a small recruitment agency in Lagos",
           "the Kerpen job centre", "Caritas", "the Rhine Valley Chamber of Crafts",
           "the IOM office in Niamey", "the welcome centre in Gera", "Brightpath Recruitment",
           "the Senegalese employment office", "the BAMF's Nuremberg branch"]
# (nominative, dative, genitive)
DE_ORGS = [("das Jobcenter Kerpen", "dem Jobcenter Kerpen", "des Jobcenters Kerpen"),
           ("die Handwerkskammer Trier", "der Handwerkskammer Trier", "der Handwerkskammer Trier"),
           ("eine kleine Beratungsstelle in Gera", "einer kleinen Beratungsstelle in Gera",
            "einer kleinen Beratungsstelle in Gera"),
           ("das Arbeitsministerium in Accra", "dem Arbeitsministerium in Accra",
            "des Arbeitsministeriums in Accra"),
           ("die Caritas", "der Caritas", "der Caritas"),
           ("Brightpath Recruitment", "Brightpath Recruitment", "von Brightpath Recruitment"),
           ("die senegalesische Arbeitsagentur", "der senegalesischen Arbeitsagentur",
            "der senegalesischen Arbeitsagentur"),
           ("die Ausländerbehörde im Kreis Kleve", "der Ausländerbehörde im Kreis Kleve",
            "der Ausländerbehörde im Kreis Kleve")]
EN = [
    "[I work for {o}] and we see this every week.",
    "[Speaking for {o}], I disagree with the draft.",
    "[In my role at {o}] I see the paperwork pile up.",
    "Before this, [I spent six years at {o}].",
    "[We at {o}] have tried exactly this.",
    "Hi all, Tom here, [from {o}].",
    "[Our team at {o}] can help with the forms.",
    "[My colleagues at {o}] would disagree.",
    "[Coming from {o}], I see it differently.",
    "[I used to be with {o}] before this job.",
    "For context, [I'm with {o}].",
    "[On behalf of {o}], thank you for the invitation.",
    "[Representing {o}], I'd like to add one point.",
    "[I head the migration desk at {o}].",
    "[I joined {o}] last spring, so I'm new to this.",
    "Honestly, [I've been at {o} for ten years] and nothing has changed.",
    "[I'm based at {o}], so take this with a pinch of salt.",
    "[My job at {o}] is mostly about recognition.",
    "[Here at {o}] we have no budget for that.",
    "I heard that [our team at {o}] is next in line.",
]
DE = [
    "[Ich arbeite bei {d}] und sehe das jede Woche.",
    "[Ich spreche für {n}] und widerspreche dem Entwurf.",
    "[In meiner Funktion bei {d}] sehe ich die Aktenberge.",
    "Vorher [war ich sechs Jahre bei {d}].",
    "Hallo zusammen, Tom hier, [von {d}].",
    "[Unser Team bei {d}] kann bei den Formularen helfen.",
    "[Meine Kolleginnen bei {d}] sehen das anders.",
    "Zur Einordnung: [ich bin bei {d}].",
    "[Im Namen {g}] danke ich für die Einladung.",
    "[Ich leite das Migrationsreferat bei {d}].",
    "Ehrlich gesagt, [ich bin seit zehn Jahren bei {d}] und nichts hat sich geändert.",
    "[Meine Arbeit bei {d}] dreht sich vor allem um Anerkennung.",
    "[Hier bei {d}] haben wir dafür kein Geld.",
    "[Ich komme von {d}] und sehe das anders.",
    "Seit letztem Frühjahr [bin ich bei {d}], ich bin also neu hier.",
]
CLEAN_EN = ["{O} has published new figures.", "I read that {o} is hiring again.",
            "Has anyone worked with {o}?", "The report by {o} is worth reading."]
CLEAN_DE = ["{N} hat neue Zahlen veröffentlicht.", "Ich habe gelesen, dass {n} wieder einstellt.",
            "Hat jemand schon mit {d} gearbeitet?", "Der Bericht {g} ist lesenswert.",
            "Ich habe gehört, dass {n} bald umzieht."]
# A firm known by its English name alone, in German: a capitalised word is no sign of a name
# there, so "von/bei <firm>" after "hier" is not yet taken for an employer.
STILL_MISSED = {"Hallo zusammen, Tom hier, von Brightpath Recruitment.",
                "Hier bei Brightpath Recruitment haben wir dafür kein Geld."}
KNOWN_ALARMS: set[str] = set()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(frame: str, org: str | tuple[str, str, str]) -> str:
    if isinstance(org, str):
        return frame.replace("{O}", _capital(org)).replace("{o}", org)
    n, d, g = org
    return (frame.replace("{N}", _capital(n)).replace("{n}", n).replace("{d}", d)
            .replace("{g}", g))


def _disclosures():
    cases = [(f, o) for o in EN_ORGS for f in EN] + [(f, o) for o in DE_ORGS for f in DE]
    for frame, org in cases:
        marked = _fill(frame, org)
        text = marked.replace("[", "").replace("]", "")
        span = (marked.index("["), marked.index("]") - 1)
        marks = [pytest.mark.xfail(strict=True, reason="still missed")] \
            if text in STILL_MISSED else []
        yield pytest.param(text, span, marks=marks, id=text)


def _clean():
    cases = [(f, o) for o in EN_ORGS for f in CLEAN_EN] + [(f, o) for o in DE_ORGS
                                                           for f in CLEAN_DE]
    for frame, org in cases:
        text = _fill(frame, org)
        marks = [pytest.mark.xfail(strict=True, reason="a known false alarm")] \
            if text in KNOWN_ALARMS else []
        yield pytest.param(text, marks=marks, id=text)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry("Ada Quist", "", "Verein für Beratung", "ngo")])


@pytest.mark.parametrize("text, span", list(_disclosures()))
def test_the_whole_disclosure_is_found(detector, text, span):
    gold = Span(span[0], span[1], "AFFILIATION")
    found = [s for s in detector.find(text) if s.label == "AFFILIATION"]
    assert any(covers_half(s, gold) for s in found), (gold.text(text),
                                                      [s.text(text) for s in found])


@pytest.mark.parametrize("text", list(_clean()))
def test_the_organisation_as_a_subject_or_object_is_no_disclosure(detector, text):
    assert [s.text(text) for s in detector.find(text)] == []


def test_the_grid_is_as_large_as_it_says():
    assert len(list(_disclosures())) == len(EN) * len(EN_ORGS) + len(DE) * len(DE_ORGS) == 320
    assert len(list(_clean())) == 80
