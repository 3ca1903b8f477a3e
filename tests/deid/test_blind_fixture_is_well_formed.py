"""The blind de-identification corpus is well formed and matches its generator."""

import csv
import importlib.util
import json
from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parent / "fixtures" / "blind"
LABELS = {"PERSON", "CONTACT", "AFFILIATION"}


def load_builder():
    spec = importlib.util.spec_from_file_location("blind_corpus_builder", BLIND / "build_blind.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records():
    lines = (BLIND / "contributions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_record_has_the_expected_fields(records):
    for record in records:
        assert set(record) == {"id", "lang", "text", "spans"}, record["id"]
        assert record["lang"] in {"en", "de"}
        assert isinstance(record["text"], str) and record["text"].strip()


def test_ids_are_unique(records):
    ids = [record["id"] for record in records]
    assert len(ids) == len(set(ids))


def test_spans_lie_inside_the_text_and_do_not_overlap(records):
    for record in records:
        previous_end = 0
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            assert span["label"] in LABELS, record["id"]
            assert 0 <= span["start"] < span["end"] <= len(record["text"]), record["id"]
            assert span["start"] >= previous_end, f"overlap in {record['id']}"
            piece = record["text"][span["start"] : span["end"]]
            assert piece == piece.strip(), f"blank at a span edge in {record['id']}"
            previous_end = span["end"]


def test_corpus_is_large_mixed_and_partly_clean(records):
    assert len(records) >= 300
    languages = {record["lang"] for record in records}
    assert languages == {"en", "de"}
    clean = [record for record in records if not record["spans"]]
    assert len(clean) / len(records) >= 0.40
    labels = {span["label"] for record in records for span in record["spans"]}
    assert labels == LABELS


def test_jsonl_is_exactly_what_the_generator_writes(records):
    builder = load_builder()
    expected = builder.render(builder.build_records())
    assert (BLIND / "contributions.jsonl").read_text(encoding="utf-8") == expected


def test_unbalanced_markup_is_refused():
    builder = load_builder()
    with pytest.raises(builder.MarkupError):
        builder.parse_line("I work {A:at the BMI")


def test_roster_has_the_expected_columns_and_groups():
    with (BLIND / "roster.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and list(rows[0]) == ["name", "email", "affiliation", "stakeholder_group"]
    groups = {"government", "embassy", "civil_society", "business", "academia"}
    assert all(row["stakeholder_group"] in groups for row in rows)
    assert len({row["name"] for row in rows}) == len(rows)
