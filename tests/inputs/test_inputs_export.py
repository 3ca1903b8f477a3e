"""Briefing inputs in the report's annex (PDF, DOCX, HTML, Markdown) and the data exports
(JSON by docs/export-schema.json, CSV): listed by agenda item, the speaker only on the
record, every text through the export review."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from dialogue.export import services
from dialogue.export.model import build_export, from_dict, to_dict
from dialogue.inputs import services as inputs

from ..export.conftest import FORMATS, readable
from ..export.test_export_schema import SCHEMA, violations
from .pdfs import plain_pdf

ROSTER_NAME = "Quentin Rostermann"


@pytest.fixture
def briefed(factory):
    session = factory.live_session()
    factory.roster_entry(session, name=ROSTER_NAME)
    first, second = session.agenda[0], session.agenda[1]
    inputs.add_text(first, "Opening statement",
                    f"As {ROSTER_NAME} said, skills partnerships need a budget line.")
    inputs.add_text(first, "Keynote on mobility", "Mobility is a shared task.",
                    on_the_record=True, speaker="Dr. Ada Speaker", role="Ministry of Labour")
    inputs.add_link(second, "Background study", "https://example.org/study?id=42",
                    "The ministry's figures")
    inputs.add_pdf(second, "Country paper", plain_pdf(), 10_000_000)
    from dialogue.extensions import db

    db.session.commit()
    return session


def test_every_format_lists_the_inputs_under_the_rule_or_on_the_record(briefed):
    export = build_export(briefed)
    for fmt in FORMATS:
        text = " ".join(readable(fmt, services.render(export, fmt)).split())
        for words in ("Opening statement", "skills partnerships need a budget line",
                      "Keynote on mobility", "Dr. Ada Speaker", "Ministry of Labour",
                      "Background study", "https://example.org/study?id=42",
                      "Country-paper.pdf", "[redacted]"):
            assert words in text, (fmt, words)
        assert ROSTER_NAME not in text and "Rostermann" not in text, fmt
        if fmt not in ("json", "csv"):
            assert "Briefing inputs" in text, fmt


def test_the_json_follows_the_schema_and_names_no_speaker_off_the_record(briefed):
    data = json.loads(services.render(build_export(briefed), "json"))
    assert violations(data, SCHEMA) == []
    by_title = {each["title"]: each for each in data["inputs"]}
    assert [each["item"] for each in data["inputs"]] == [1, 1, 2, 2]
    assert by_title["Opening statement"]["speaker"] == ""
    assert by_title["Opening statement"]["on_the_record"] is False
    assert by_title["Keynote on mobility"]["speaker"] == "Dr. Ada Speaker"
    assert by_title["Country paper"]["file_size"] > 0
    assert by_title["Background study"]["kind"] == "link"


def test_the_schema_refuses_an_input_with_an_extra_field(briefed):
    data = json.loads(services.render(build_export(briefed), "json"))
    data["inputs"][0]["public_id"] = "x"
    assert violations(data, SCHEMA) == ["$.inputs[0]: unexpected public_id"]


def test_the_csv_has_an_inputs_table(briefed):
    data = services.render(build_export(briefed), "csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        table = archive.read("inputs.csv").decode("utf-8-sig")
    lines = table.strip().splitlines()
    assert lines[0] == ("item,kind,title,on_the_record,speaker,speaker_role,url,file_name,"
                        "file_size,text")
    assert len(lines) == 5
    assert "Dr. Ada Speaker" in table and ROSTER_NAME not in table


def test_an_inputs_text_naming_a_participant_is_flagged_in_the_review(briefed):
    preview = build_export(briefed, redact=False)
    (opening,) = [each for each in preview.inputs if str(each.title) == "Opening statement"]
    assert [flag.redacted for flag in opening.text.flags] == [True]
    assert any(flag in opening.text.flags for flag in preview.flags())
    assert opening.text.key in preview.passages()  # the facilitator can redact words too


def test_the_review_lists_an_inputs_flags_and_clears_them(briefed, facilitator_browser):
    preview = build_export(briefed, redact=False)
    (opening,) = [each for each in preview.inputs if str(each.title) == "Opening statement"]
    (flag,) = opening.text.flags
    html = facilitator_browser.get(f"/facilitate/{briefed.public_id}/export").get_data(
        as_text=True)
    assert f'id="flag-{flag.key}"' in html and "Briefing inputs" in html
    services.decide(briefed, [flag.key], "cleared")
    from dialogue.extensions import db

    db.session.commit()
    (opening,) = [each for each in build_export(briefed).inputs
                  if str(each.title) == "Opening statement"]
    assert ROSTER_NAME in str(opening.text)  # kept, as the facilitator decided


def test_a_links_address_starts_cleared_but_the_review_can_redact_it(briefed):
    from dialogue.export.flags import CONFIRMED
    from dialogue.extensions import db
    from dialogue.models import ExportDecision

    preview = build_export(briefed, redact=False)
    (link,) = [each for each in preview.inputs if each.kind == "link"]
    (flag,) = link.url.flags
    assert not flag.redacted  # shown in the preview, cleared by default
    db.session.add(ExportDecision(session_id=briefed.id, span_key=flag.key,
                                  decision=CONFIRMED))
    db.session.commit()
    (link,) = [each for each in build_export(briefed).inputs if each.kind == "link"]
    assert str(link.url) == "[redacted]"


def test_a_stored_release_reads_back_with_its_inputs(briefed):
    export = build_export(briefed)
    again = from_dict(to_dict(export))
    assert to_dict(again) == to_dict(export)
    assert len(again.inputs) == 4 and str(again.inputs[1].text) == "Mobility is a shared task."


def test_an_export_without_inputs_says_so(factory):
    session = factory.live_session()
    text = services.render(build_export(session), "md").decode()
    assert "No briefing inputs were attached." in text


def test_the_annex_reads_german_in_a_german_report(briefed):
    text = services.render(build_export(briefed, "de"), "md").decode()
    assert "### Impulse" in text and "Impuls" in text and "zitierfähig" in text.lower()
