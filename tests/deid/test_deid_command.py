"""The ``dialogue deid`` command: good runs, and every kind of bad input failing cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dialogue.deid.command import deid_command

ROSTER = (
    "name,email,affiliation,stakeholder_group\n"
    "Katharina Müller,k.mueller@bmz.bund.de,"
    "Federal Ministry for Economic Cooperation and Development (BMZ),government\n"
)


@pytest.fixture()
def files(tmp_path: Path):
    def write(roster: str | bytes = ROSTER, lines: str | bytes = "") -> tuple[Path, Path]:
        r, i = tmp_path / "roster.csv", tmp_path / "texts.jsonl"
        r.write_bytes(roster if isinstance(roster, bytes) else roster.encode("utf-8"))
        i.write_bytes(lines if isinstance(lines, bytes) else lines.encode("utf-8"))
        return r, i
    return write


def run(roster: Path, texts: Path):
    return CliRunner().invoke(deid_command, ["--roster", str(roster), "--input", str(texts)])


def test_good_run_prints_one_json_line_per_input(files):
    text = "Dr. Müller's point: in my unit at the BMZ, call 030 1234567."
    lines = json.dumps({"id": "a", "text": text}) + "\n\n" + json.dumps({"id": 7, "text": "ok"})
    result = run(*files(lines=lines))
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7]
    spans = out[0]["spans"]
    assert [(text[s["start"]:s["end"]], s["label"]) for s in spans] == [
        ("Dr. Müller's", "PERSON"), ("in my unit at the BMZ", "AFFILIATION"),
        ("030 1234567", "CONTACT")]
    assert out[1]["spans"] == []


def test_offsets_are_python_character_offsets(files):
    text = "😀 Ünïcödé first, then Müller."
    result = run(*files(lines=json.dumps({"id": 1, "text": text}, ensure_ascii=False)))
    span = json.loads(result.stdout)["spans"][0]
    assert text[span["start"]:span["end"]] == "Müller"


def test_roster_with_bom_is_accepted(files):
    result = run(*files(roster="\ufeff" + ROSTER, lines='{"id": 1, "text": "Müller says"}'))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["spans"][0]["label"] == "PERSON"


def test_empty_input_prints_nothing_and_succeeds(files):
    result = run(*files(lines=""))
    assert result.exit_code == 0
    assert result.stdout == ""


def _assert_fails(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert result.stdout == ""  # nothing half-written
    for fragment in fragments:
        assert fragment in result.stderr


def test_missing_roster_file(files, tmp_path):
    _, texts = files(lines='{"id": 1, "text": "x"}')
    _assert_fails(run(tmp_path / "nope.csv", texts), "roster file not found")


def test_missing_input_file(files, tmp_path):
    roster, _ = files()
    _assert_fails(run(roster, tmp_path / "nope.jsonl"), "input file not found")


def test_bad_json_line_names_its_line_number(files):
    lines = '{"id": 1, "text": "Müller"}\n{"id": 2, "text": \n'
    _assert_fails(run(*files(lines=lines)), "line 2", "bad JSON")


def test_missing_id_or_text(files):
    _assert_fails(run(*files(lines='{"text": "x"}')), "line 1", '"id"')
    _assert_fails(run(*files(lines='{"id": 1}')), "line 1", '"text"')
    _assert_fails(run(*files(lines='{"id": 1, "text": 5}')), '"text"')
    _assert_fails(run(*files(lines='[1, 2]')), "JSON object")


def test_roster_missing_column(files):
    roster = "name,email,affiliation\nKatharina Müller,k@x.de,BMZ\n"
    _assert_fails(run(*files(roster=roster, lines='{"id": 1, "text": "x"}')),
                  "stakeholder_group")


def test_bad_encoding(files):
    latin1 = ROSTER.encode("latin-1")
    _assert_fails(run(*files(roster=latin1, lines='{"id": 1, "text": "x"}')),
                  "not valid UTF-8")
    _assert_fails(run(*files(lines='{"id": 1, "text": "M\xfcller"}'.encode("latin-1"))),
                  "input", "not valid UTF-8")


def test_empty_roster_name(files):
    roster = ROSTER + ",x@y.de,BMZ,government\n"
    _assert_fails(run(*files(roster=roster, lines='{"id": 1, "text": "x"}')), "empty name")


def test_options_are_required(files):
    roster, _ = files()
    result = CliRunner().invoke(deid_command, ["--roster", str(roster)])
    _assert_fails(result, "--input")
