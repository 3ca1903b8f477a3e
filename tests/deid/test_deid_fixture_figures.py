"""The labelled fixture: well-formed, varied, and the detector's figures on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dialogue.deid.command import read_records, read_roster
from dialogue.deid.evaluate import evaluate, format_table, main

FIXTURES = Path(__file__).parent / "fixtures"
ROSTER = FIXTURES / "roster.csv"
CONTRIBUTIONS = FIXTURES / "contributions.jsonl"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in CONTRIBUTIONS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def result(records) -> dict:
    return evaluate(read_roster(ROSTER), records)


def test_every_gold_span_is_within_bounds_and_non_empty(records):
    labels = {"PERSON", "CONTACT", "AFFILIATION"}
    for rec in records:
        for span in rec["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(rec["text"]), rec["id"]
            assert rec["text"][span["start"]:span["end"]].strip(), rec["id"]
            assert span["label"] in labels, rec["id"]
        ends = sorted((s["start"], s["end"]) for s in rec["spans"])
        assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False)), rec["id"]


def test_fixture_is_large_and_varied(records):
    assert len(records) >= 200
    assert len({r["id"] for r in records}) == len(records)
    langs = Counter(r["lang"] for r in records)
    assert 0.25 <= langs["de"] / len(records) <= 0.45
    clean = sum(not r["spans"] for r in records)
    assert 0.4 <= clean / len(records) <= 0.6
    labels = Counter(s["label"] for r in records for s in r["spans"])
    assert min(labels.values()) >= 15


def test_fixture_matches_its_builder(records):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_fixture",
                                                  Path(__file__).parent / "build_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.records() == records


def test_roster_is_readable_and_realistic():
    roster = read_roster(ROSTER)
    assert 25 <= len(roster) <= 30
    assert any(any(ch in e.name for ch in "äöüßéíñışçè") for e in roster)
    assert any("-" in e.name for e in roster)


def test_person_recall_is_perfect(result):
    assert result["labels"]["PERSON"]["recall"] == 1.0, format_table(result)


def test_contact_recall_is_perfect(result):
    assert result["labels"]["CONTACT"]["recall"] == 1.0, format_table(result)


def test_affiliation_recall_is_at_least_90_percent(result):
    assert result["labels"]["AFFILIATION"]["recall"] >= 0.9, format_table(result)


def test_at_most_five_false_alarms_per_100_clean_contributions(result):
    assert result["false_alarms_per_100_clean"] <= 5, format_table(result)


def test_evaluate_counts_overlap_of_same_label_only():
    from dialogue.deid import RosterEntry

    records = [
        {"id": "1", "text": "Müller said so.", "spans": [
            {"start": 0, "end": 6, "label": "PERSON"}]},
        {"id": "2", "text": "Call 030 1234567.", "spans": [
            {"start": 5, "end": 16, "label": "AFFILIATION"}]},
        {"id": "3", "text": "The BMZ should lead.", "spans": []},
        {"id": "4", "text": "Müller and 030 1234567.", "spans": []},
    ]
    r = evaluate([RosterEntry("Katharina Müller")], records)
    assert r["labels"]["PERSON"]["recall"] == 1.0
    assert r["labels"]["AFFILIATION"]["recall"] == 0.0  # a CONTACT does not count for it
    assert r["clean_contributions"] == 2
    assert r["false_alarms"] == 2
    assert r["false_alarms_per_100_clean"] == 100.0
    assert r["labels"]["CONTACT"]["predicted"] == 2
    assert r["labels"]["CONTACT"]["predicted_correct"] == 0


def test_module_entry_point_prints_a_table(capsys):
    assert main([str(ROSTER), str(CONTRIBUTIONS)]) == 0
    out = capsys.readouterr().out
    assert "PERSON" in out and "false alarms" in out
    assert main([]) == 2
    assert main([str(ROSTER), str(FIXTURES / "missing.jsonl")]) == 1


def test_read_records_matches_fixture(records):
    assert [r["id"] for r in read_records(CONTRIBUTIONS)] == [r["id"] for r in records]


# --- the development fixture of issue 14 (written with the grammar, so an upper bound too) --

DEV = FIXTURES / "dev"


@pytest.fixture(scope="module")
def dev_result() -> dict:
    return evaluate(read_roster(DEV / "roster.csv"), read_records(DEV / "contributions.jsonl"))


def test_dev_fixture_matches_its_builder():
    import importlib.util
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    try:
        spec = importlib.util.spec_from_file_location(
            "build_dev_fixture", Path(__file__).parent / "build_dev_fixture.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(Path(__file__).parent))
    assert module.records() == read_records(DEV / "contributions.jsonl")


def test_dev_fixture_figures_meet_the_targets(dev_result):
    labels = dev_result["labels"]
    assert labels["PERSON"]["recall"] == 1.0, format_table(dev_result)
    assert labels["CONTACT"]["recall"] == 1.0, format_table(dev_result)
    assert labels["AFFILIATION"]["recall"] >= 0.9, format_table(dev_result)
    assert dev_result["false_alarms_per_100_clean"] <= 5, format_table(dev_result)


def test_a_span_that_stops_short_is_a_miss():
    """"Our agency" of "Our agency in Accra and Kumasi's outreach unit" covers less than half."""
    from dialogue.deid import RosterEntry
    from dialogue.deid.detector import Span
    from dialogue.deid.evaluate import covers_half

    gold = Span(0, 46, "AFFILIATION")
    assert not covers_half(Span(0, 10, "AFFILIATION"), gold)
    assert covers_half(Span(0, 23, "AFFILIATION"), gold)
    records = [{"id": "1", "text": "Our agency in Accra and Kumasi's outreach unit agrees.",
                "spans": [{"start": 0, "end": 46, "label": "AFFILIATION"}]}]
    assert evaluate([RosterEntry("Nobody Here")], records)["labels"]["AFFILIATION"]["found"] == 1


# --- the blind fixture (tests/deid/fixtures/blind/, written by another helper from the
# guidelines alone). Measured, never tuned sentence by sentence; see docs/deid.md for the
# first measurement and which kinds of miss were fixed afterwards. These are floors.

BLIND = FIXTURES / "blind"


@pytest.fixture(scope="module")
def blind_result() -> dict:
    return evaluate(read_roster(BLIND / "roster.csv"),
                    read_records(BLIND / "contributions.jsonl"))


def test_blind_fixture_person_and_contact_recall_are_perfect(blind_result):
    assert blind_result["labels"]["PERSON"]["recall"] == 1.0, format_table(blind_result)
    assert blind_result["labels"]["CONTACT"]["recall"] == 1.0, format_table(blind_result)


def test_blind_fixture_affiliation_recall_and_false_alarms_meet_the_targets(blind_result):
    assert blind_result["labels"]["AFFILIATION"]["recall"] >= 0.9, format_table(blind_result)
    assert blind_result["false_alarms_per_100_clean"] <= 5, format_table(blind_result)


# --- the second blind fixture (tests/deid/fixtures/blind2/, written by a third helper after
# the rules were final). Its first measurement (PERSON 50/52, CONTACT 26/26, AFFILIATION
# 73/87, 5 false alarms in 139 clean) is in docs/deid.md; helper h14f then read its misses
# and added rules for their *kinds* (not its sentences), so it is no longer blind and is
# held to the targets like the first blind fixture. The third blind fixture measures how
# those rules generalise.

BLIND2 = FIXTURES / "blind2"


@pytest.fixture(scope="module")
def blind2_result() -> dict:
    return evaluate(read_roster(BLIND2 / "roster.csv"),
                    read_records(BLIND2 / "contributions.jsonl"))


def test_second_blind_fixture_does_not_fall_below_its_first_measurement(blind2_result):
    labels = blind2_result["labels"]
    assert labels["PERSON"]["found"] >= 50, format_table(blind2_result)        # of 52
    assert labels["CONTACT"]["found"] >= 26, format_table(blind2_result)       # of 26
    assert labels["AFFILIATION"]["found"] >= 73, format_table(blind2_result)   # of 87
    assert blind2_result["false_alarms"] <= 5, format_table(blind2_result)     # in 139 clean


def test_second_blind_fixture_meets_the_targets_after_its_kinds_were_covered(blind2_result):
    labels = blind2_result["labels"]
    assert labels["PERSON"]["recall"] == 1.0, format_table(blind2_result)
    assert labels["CONTACT"]["recall"] == 1.0, format_table(blind2_result)
    assert labels["AFFILIATION"]["recall"] >= 0.9, format_table(blind2_result)
    assert blind2_result["false_alarms_per_100_clean"] <= 5, format_table(blind2_result)


# --- the third blind fixture (tests/deid/fixtures/blind3/, 502 contributions written by a
# helper who never saw the detector). Measured once, honestly: before h14f PERSON 149/161,
# CONTACT 36/38, AFFILIATION 108/161, 13 false alarms in 243 clean; after h14f 149/161,
# 36/38, 117/161, 12. Helper h14g then read its misses as classes and added clause-level
# rules (dialogue/deid/clauses.py) and name contexts for those kinds, so it is no longer
# blind: the floors below pin the figures after h14g's rules (161/161, 38/38, 153/161, 0),
# and the fourth blind fixture measures how they generalise.

BLIND3 = FIXTURES / "blind3"


@pytest.fixture(scope="module")
def blind3_result() -> dict:
    return evaluate(read_roster(BLIND3 / "roster.csv"),
                    read_records(BLIND3 / "contributions.jsonl"))


def test_third_blind_fixture_does_not_fall_below_its_figures_after_h14g(blind3_result):
    labels = blind3_result["labels"]
    assert labels["PERSON"]["found"] >= 161, format_table(blind3_result)       # of 161
    assert labels["CONTACT"]["found"] >= 38, format_table(blind3_result)       # of 38
    assert labels["AFFILIATION"]["found"] >= 153, format_table(blind3_result)  # of 161
    assert blind3_result["false_alarms"] <= 0, format_table(blind3_result)     # in 243 clean


def test_third_blind_fixture_meets_the_targets(blind3_result):
    labels = blind3_result["labels"]
    assert labels["PERSON"]["recall"] == 1.0, format_table(blind3_result)
    assert labels["CONTACT"]["recall"] == 1.0, format_table(blind3_result)
    assert labels["AFFILIATION"]["recall"] >= 0.9, format_table(blind3_result)
    assert blind3_result["false_alarms_per_100_clean"] <= 5, format_table(blind3_result)


# --- the fourth blind fixture (tests/deid/fixtures/blind4/, by a writer who saw neither the
# detector nor any earlier fixture). Measured once, honestly, before h14h: PERSON 180/204,
# CONTACT 44/47, AFFILIATION 140/201, 25 false alarms in 303 clean. Helper h14h then read
# its misses and false alarms as classes and added rules for those kinds, so blind4 is NO
# LONGER BLIND: the floors below pin the figures after h14h's rules, so that a later change
# that loses them fails; the fifth blind fixture measures how they generalise.

BLIND4 = FIXTURES / "blind4"


def test_fourth_blind_fixture_does_not_fall_below_its_figures_after_h14h():
    result = evaluate(read_roster(BLIND4 / "roster.csv"),
                      read_records(BLIND4 / "contributions.jsonl"))
    labels = result["labels"]
    assert labels["PERSON"]["found"] >= 201, format_table(result)        # of 204
    assert labels["CONTACT"]["found"] >= 47, format_table(result)        # of 47
    assert labels["AFFILIATION"]["found"] >= 182, format_table(result)   # of 201
    assert result["false_alarms"] <= 6, format_table(result)             # in 303 clean


# --- the fifth blind fixture (tests/deid/fixtures/blind5/, by a sixth writer who saw neither
# the detector nor any earlier fixture): the current estimate for unseen text, short of the
# targets (docs/deid.md). Floors at its measurement after h14g's and h14h's rules, which
# never read it; not a target to tune to.

BLIND5 = FIXTURES / "blind5"


def test_fifth_blind_fixture_does_not_fall_below_its_measurement():
    result = evaluate(read_roster(BLIND5 / "roster.csv"),
                      read_records(BLIND5 / "contributions.jsonl"))
    labels = result["labels"]
    assert labels["PERSON"]["found"] >= 136, format_table(result)        # of 145
    assert labels["CONTACT"]["found"] >= 33, format_table(result)        # of 35
    assert labels["AFFILIATION"]["found"] >= 90, format_table(result)    # of 110
    assert result["false_alarms"] <= 10, format_table(result)            # in 177 clean
