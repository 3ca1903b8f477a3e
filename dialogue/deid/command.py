"""``dialogue deid``: run the detector over a JSON-lines file of contributions.

All input is read and validated before anything is written, so a bad roster or a bad line
ends the command with a message on stderr, a non-zero exit and an empty stdout - never a
half-written result that a pipeline could mistake for a complete one.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from .detector import Detector, RosterEntry

ROSTER_COLUMNS = ("name", "email", "affiliation", "stakeholder_group")


def _read_text(path: Path, what: str) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise click.UsageError(f"{what} file not found: {path}") from exc
    except OSError as exc:
        raise click.UsageError(f"cannot read {what} file {path}: {exc.strerror}") from exc
    try:
        return raw.decode("utf-8-sig")  # tolerate the BOM that spreadsheet exports add
    except UnicodeDecodeError as exc:
        raise click.ClickException(
            f"{what} file {path} is not valid UTF-8 (byte {exc.start}): {exc.reason}"
        ) from exc


def read_roster(path: Path) -> list[RosterEntry]:
    """Read a roster CSV with columns name,email,affiliation,stakeholder_group."""
    reader = csv.DictReader(io.StringIO(_read_text(path, "roster"), newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ROSTER_COLUMNS if c not in header]
    if missing:
        raise click.ClickException(
            f"roster {path} lacks column(s) {', '.join(missing)}; "
            f"expected header: {','.join(ROSTER_COLUMNS)}"
        )
    reader.fieldnames = header
    entries = []
    for row in reader:
        values = {c: (row.get(c) or "").strip() for c in ROSTER_COLUMNS}
        if not values["name"]:
            raise click.ClickException(f"roster {path} line {reader.line_num}: empty name")
        entries.append(RosterEntry(**values))
    return entries


def read_records(path: Path) -> list[dict]:
    """Read JSON lines, each an object with "id" and a string "text"; blank lines skipped."""
    records = []
    for number, line in enumerate(_read_text(path, "input").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"input {path} line {number}: bad JSON: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise click.ClickException(f"input {path} line {number}: expected a JSON object")
        if "id" not in record:
            raise click.ClickException(f"input {path} line {number}: missing \"id\"")
        if not isinstance(record.get("text"), str):
            raise click.ClickException(
                f"input {path} line {number}: missing \"text\" or it is not a string"
            )
        records.append(record)
    return records


@click.command("deid")
@click.option("--roster", "roster_path", required=True, type=click.Path(path_type=Path),
              help="Roster CSV: name,email,affiliation,stakeholder_group.")
@click.option("--input", "input_path", required=True, type=click.Path(path_type=Path),
              help='JSON lines, one {"id": ..., "text": ...} per contribution.')
def deid_command(roster_path: Path, input_path: Path) -> None:
    """Print PERSON, CONTACT and AFFILIATION spans for each contribution as JSON lines."""
    detector = Detector(read_roster(roster_path))
    records = read_records(input_path)
    lines = []
    for record in records:
        spans = [
            {"start": s.start, "end": s.end, "label": s.label}
            for s in detector.find(record["text"])
        ]
        lines.append(json.dumps({"id": record["id"], "spans": spans}, ensure_ascii=False))
    out = "\n".join(lines) + ("\n" if lines else "")
    click.echo(out, nl=False)
    sys.stdout.flush()
