"""The labelled fixture: well-formed, varied, and the detector's figures on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from fixture_floors import FLOORS

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


# The floors of the later blind fixtures, and where each figure comes from:
# fixture_floors.py (FLOORS, imported above).
HELD_TO_THE_TARGETS = ("blind2", "blind3")


def _later_result(name: str) -> dict:
    folder = FIXTURES / name
    return evaluate(read_roster(folder / "roster.csv"),
                    read_records(folder / "contributions.jsonl"))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_later_blind_fixture_does_not_fall_below_its_floors(name):
    result = _later_result(name)
    labels = result["labels"]
    person, contact, affiliation, false_alarms = FLOORS[name]
    assert labels["PERSON"]["found"] >= person, format_table(result)
    assert labels["CONTACT"]["found"] >= contact, format_table(result)
    assert labels["AFFILIATION"]["found"] >= affiliation, format_table(result)
    assert result["false_alarms"] <= false_alarms, format_table(result)


@pytest.mark.parametrize("name", HELD_TO_THE_TARGETS)
def test_a_blind_fixture_whose_misses_were_read_meets_the_targets(name):
    result = _later_result(name)
    labels = result["labels"]
    assert labels["PERSON"]["recall"] == 1.0, format_table(result)
    assert labels["CONTACT"]["recall"] == 1.0, format_table(result)
    assert labels["AFFILIATION"]["recall"] >= 0.9, format_table(result)
    assert result["false_alarms_per_100_clean"] <= 5, format_table(result)
