"""Stories about language: a German reader reads German everywhere, an English one English,
except for what participants wrote themselves."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
import sqlalchemy as sa
from babel.messages.pofile import read_po

from dialogue.export import services
from dialogue.export.model import build_export
from dialogue.extensions import db
from dialogue.models import PolicyOption

from .conftest import readable

PO = Path(__file__).resolve().parents[2] / "dialogue/translations/de/LC_MESSAGES/messages.po"
WRITTEN = ("Gemeinsamer Qualifizierungsfonds", "Ausbildung zuerst vor Ort")  # participants'


def english_msgids() -> list[str]:
    """Catalog msgids of two words or more whose German differs: text that must not appear
    in a German rendering (placeholders cut the msgid into its literal pieces)."""
    with PO.open("rb") as handle:
        catalog = read_po(handle)
    german = " ".join(m.string for m in catalog if isinstance(m.string, str))
    found = set()
    for message in catalog:
        if not message.id or message.pluralizable or message.string == message.id:
            continue
        for piece in re.split(r"%\(\w+\)[sd]|%[sd]|[“”\"]", message.id):
            piece = piece.strip(" .,:;·()–-")
            if len(piece.split()) >= 2 and len(piece) >= 12 and piece not in german:
                found.add(piece)
    return sorted(found)


def visible(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def english_in(text: str) -> list[str]:
    for words in WRITTEN:
        text = text.replace(words, " ")
    return [msgid for msgid in english_msgids() if msgid in text]


@pytest.fixture
def report_session(factory, kit):
    session = factory.live_session("migration-agreements")
    kit.attendee(session)
    kit.contribution(session, WRITTEN[1], votes=2)
    option = kit.option(session, title=WRITTEN[0], actors=["ministries", "eu"],
                        level=["national"])
    kit.rated(session, option, [4, 5, 3], consent=["agree", "block"])
    return session


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf", "json", "csv"])
def test_a_german_report_has_no_english_words_but_what_participants_wrote(report_session, fmt):
    text = readable(fmt, services.render(build_export(report_session, "de"), fmt))
    if fmt in ("json", "csv"):  # data files: keys stay English, labels are German
        assert "Bundesministerien" in text and "Botschaften der Partnerländer" in text
        return
    assert english_in(visible(text) if fmt == "html" else text) == []
    assert "Migrationsabkommen: von der Unterschrift" in text
    assert "Partnerorientierung: Interessen ausgleichen" in text
    assert "Bundesministerien" in text and WRITTEN[0] in text and WRITTEN[1] in text
    assert "1. Dezember 2026" in text or "Dezember" in text
    assert "Median 4" in text and "Median 4.0" not in text
    assert "1 Veto" in text and "1 Vetos" not in text


def test_an_english_report_names_the_template_texts_in_english(report_session):
    text = services.render(build_export(report_session, "en"), "md").decode()
    assert "Migration agreements: from signature" in text and "Federal ministries" in text
    assert "Bundesministerien" not in text and "1 block" in text and "1 blocks" not in text


def option_of(session):
    return db.session.scalar(sa.select(PolicyOption).filter_by(session_id=session.id))


def german_leaks(app, client, values) -> tuple[int, dict]:
    """GET every page the url_map can build from ``values``, in German; count the pages."""
    leaks, seen = {}, 0
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static" or any(
                arg not in values for arg in rule.arguments):
            continue
        url = rule.build({arg: values[arg] for arg in rule.arguments})[1]
        response = client.get(url, headers={"Accept-Language": "de"})
        if response.status_code != 200 or response.mimetype != "text/html":
            continue
        seen += 1
        page = response.get_data(as_text=True)
        found = english_in(visible(page))
        if url.endswith(values.get("option_id", "-")) and "Wirkung" not in page:  # criterion
            found.append("no German criterion label")
        if found:
            leaks[url] = found
    return seen, leaks


def test_every_page_reads_german_for_a_german_facilitator(app, report_session,
                                                         facilitator_browser):
    report_session.language = "de"  # the export preview shows the report's own language
    db.session.commit()
    values = {"sid": report_session.public_id, "code": report_session.code,
              "item_id": report_session.agenda[0].public_id,
              "option_id": option_of(report_session).public_id}
    seen, leaks = german_leaks(app, facilitator_browser.client, values)
    assert seen >= 8 and leaks == {}


def test_every_page_reads_german_for_a_german_participant(app, factory, report_session):
    joined = factory.join(report_session)
    seen, leaks = german_leaks(app, joined.client, {
        "code": report_session.code, "option_id": option_of(report_session).public_id})
    assert seen >= 3 and leaks == {}


def test_the_walk_in_form_offers_the_groups_in_german(client, factory):
    session = factory.live_session("migration-agreements")
    page = client.get(f"/join/{session.code}", headers={"Accept-Language": "de"})
    html = page.get_data(as_text=True)
    assert "Botschaften der Partnerländer" in html and "Migrationsabkommen" in html
    assert 'value="Partner-country embassies"' in html  # stored by its English name
