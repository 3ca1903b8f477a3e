"""Attribution by choice in the outcome (h19a): a post its author signed on an item on the
record shows "— Name, Affiliation" in every report format and carries ``attribution`` in
JSON and CSV; every other post is shown without a name, and the report says exactly that."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dialogue.export import services
from dialogue.export.model import build_export
from dialogue.extensions import db

from .conftest import readable

REPORTS = ("pdf", "docx", "html", "md")
EXPLAINED = {
    "en": ("On the record: contributions whose authors chose to post under their name are "
           "shown with it; all others are shown without names."),
    "de": ("Zitierfähig: Beiträge, deren Verfasserinnen und Verfasser sich entschieden "
           "haben, sie unter ihrem Namen zu veröffentlichen, erscheinen mit diesem Namen; "
           "alle anderen erscheinen ohne Namen."),
}


@pytest.fixture
def record(factory, kit):
    session = factory.live_session()
    session.agenda[0].on_the_record = True
    db.session.commit()
    signed = kit.contribution(session, "Fund the language courses", votes=3)
    signed.attribution = "Ada Held, Federal Ministry X"
    kit.contribution(session, "Shorter visa queues", votes=2)
    # a signed post on an item the facilitator took off the record again: no name
    later = kit.contribution(session, "Off the record now", votes=1, item=1)
    later.attribution = "Bea Lorenz, Agency Y"
    db.session.commit()
    return session


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("fmt", REPORTS)
def test_every_report_shows_the_name_of_a_signed_post_only(record, fmt, lang):
    text = _flat(readable(fmt, services.render(build_export(record, lang), fmt)))
    if fmt == "md":
        text = text.replace("\\", "")
    if fmt == "html":
        text = _flat(re.sub(r"<[^>]+>", "", text))
    assert "Fund the language courses — Ada Held, Federal Ministry X" in text
    assert "Shorter visa queues —" not in text
    assert "Off the record now" in text
    assert "Bea Lorenz" not in text and "Agency Y" not in text
    assert _flat(EXPLAINED[lang]) in text


@pytest.mark.parametrize("lang", ["en", "de"])
def test_json_and_csv_carry_the_attribution_or_null(record, lang):
    data = json.loads(services.render(build_export(record, lang), "json"))
    entries = {each["text"]: each["attribution"] for each in data["agenda"][0]["contributions"]}
    assert entries == {"Fund the language courses": "Ada Held, Federal Ministry X",
                       "Shorter visa queues": None}
    assert data["agenda"][1]["contributions"][0]["attribution"] is None
    csv = readable("csv", services.render(build_export(record, lang), "csv"))
    lines = csv.splitlines()
    header = next(line for line in lines if line.startswith("item,kind,rank,votes,text"))
    assert header.endswith(",attribution")
    assert "1,contribution,1,3,Fund the language courses,\"Ada Held, Federal Ministry X\"" in lines
    assert "1,contribution,2,2,Shorter visa queues," in lines
    assert "Bea Lorenz" not in csv


def test_the_json_with_attribution_matches_the_schema(record):
    from .test_export_schema import violations

    assert violations(json.loads(services.render(build_export(record), "json")),
                      json.loads(Path("docs/export-schema.json").read_text())) == []


def test_the_signed_posts_text_still_goes_through_the_detector(record, kit, factory):
    """The name is consented and shown; a name inside the text is flagged and reviewed."""
    entry = kit.attendee(record, name="Quentin Zarnowski")
    post = kit.contribution(record, "As Quentin Zarnowski said, fund it", votes=5)
    post.attribution = "Ada Held, Federal Ministry X"
    db.session.commit()
    preview = services.preview(record)
    rows = list(services.flag_rows(preview))
    assert "Quentin Zarnowski" in [row.span for row in rows]
    assert not any("Ada Held" in row.span for row in rows)
    released = services.render(build_export(record), "md").decode()
    assert "Quentin Zarnowski" not in released  # redacted until cleared
    assert "— Ada Held, Federal Ministry X" in released
    assert entry.name not in released
