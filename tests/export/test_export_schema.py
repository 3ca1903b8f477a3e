"""The JSON export follows docs/export-schema.json, and the schema allows nothing more."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dialogue.export import services
from dialogue.export.model import build_export, from_dict, to_dict

from .test_export_round import two_sessions  # noqa: F401 - a fixture

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "export-schema.json")
                    .read_text())
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def violations(value, schema, path="$", root=None) -> list[str]:
    """A small validator for the subset of JSON Schema the export schemas use."""
    root = root or SCHEMA
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in schema:
        tried = [violations(value, each, path, root) for each in schema["anyOf"]]
        return [] if any(not each for each in tried) else min(tried, key=len)
    found = []
    kinds = schema.get("type")
    if kinds:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        ok = any((kind == "integer" and isinstance(value, int) and not isinstance(value, bool))
                 or (kind == "number" and isinstance(value, int | float)
                     and not isinstance(value, bool))
                 or (kind in TYPES and isinstance(value, TYPES[kind])) for kind in kinds)
        if not ok:
            return [f"{path}: {value!r} is not {kinds}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{path}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} not in {schema['enum']}")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        found.append(f"{path}: {value!r} does not match")
    if isinstance(value, dict):
        found += [f"{path}: missing {key}" for key in schema.get("required", ())
                  if key not in value]
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            found += [f"{path}: unexpected {key}" for key in value if key not in properties]
        for key, each in value.items():
            if key in properties:
                found += violations(each, properties[key], f"{path}.{key}", root)
    if isinstance(value, list) and "items" in schema:
        for index, each in enumerate(value):
            found += violations(each, schema["items"], f"{path}[{index}]", root)
    return found


def test_a_full_export_matches_the_schema(factory, kit):
    session = factory.live_session()
    kit.attendee(session)
    kit.contribution(session, "Pool budgets", votes=2)
    kit.contribution(session, "Who pays?", kind="question", answered=True, item=1)
    option = kit.option(session, "Joint skills fund", problem="Fragmented", actors=["eu"])
    kit.argument(option, "pro", "Cheaper", votes=1)
    kit.amend(option, "measure", "One fund")
    kit.rated(session, option, [3, 4, 4, 5, 2], ["agree", "block"])  # k = 3
    data = json.loads(services.render(build_export(session), "json"))
    assert violations(data, SCHEMA) == []
    assert data["options"][0]["rating_rounds"][0]["criteria"][0]["n"] == 5
    consent = data["options"][0]["consent_rounds"][0]
    assert consent["too_few"] and (consent["n"], consent["blocks"]) == (None, None)
    assert data["attendance"]["total"] is None  # one attendee: fewer than k in all
    assert data["attendance"]["total_reason"] == "small"


def test_the_validator_catches_an_extra_field_such_as_an_id(factory):
    data = to_dict(build_export(factory.live_session()))
    data["agenda"][0]["public_id"] = "abc"
    assert violations(data, SCHEMA) == ["$.agenda[0]: unexpected public_id"]


def test_the_stored_form_reads_back_into_the_same_export(factory, kit):
    session = factory.live_session()
    option = kit.option(session, "Fund", problem="Gaps")
    kit.rated(session, option, [1, 5], ["agree"])
    export = build_export(session)
    assert to_dict(from_dict(json.loads(json.dumps(to_dict(export))))) == to_dict(export)


ROUND_SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" /
                           "export-round-schema.json").read_text())


@pytest.mark.usefixtures("two_sessions")
def test_a_round_report_matches_its_schema(factory):
    from dialogue.export.round import build_round, render_round

    from .test_export_round import ROUND

    data = json.loads(render_round(build_round(factory.facilitator.id, ROUND), "json"))
    assert violations(data, ROUND_SCHEMA, root=ROUND_SCHEMA) == []
    data["options"][0]["public_id"] = "x"
    assert violations(data, ROUND_SCHEMA, root=ROUND_SCHEMA) == [
        "$.options[0]: unexpected public_id"]
