"""Stories about language: a German reader reads German everywhere, an English one English,
except for what participants wrote themselves."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
import sqlalchemy as sa
from babel.dates import format_date
from babel.messages.pofile import read_po

from dialogue.export import services
from dialogue.export.model import build_export
from dialogue.extensions import db
from dialogue.models import PolicyOption
from dialogue.session_templates import load_template

from .conftest import readable

SESSIONS = Path(__file__).resolve().parents[2] / "sessions"
PO = Path(__file__).resolve().parents[2] / "dialogue/translations/de/LC_MESSAGES/messages.po"
WRITTEN = ("Gemeinsamer Qualifizierungsfonds", "Ausbildung zuerst vor Ort")  # participants'


def catalog_texts(language: str) -> list[str]:
    """Catalog texts of two words or more in ``language`` that the other language writes
    differently: text that must not appear in a rendering in the other language
    (placeholders cut a message into its literal pieces)."""
    with PO.open("rb") as handle:
        catalog = read_po(handle)
    pairs = [(m.id, m.string) for m in catalog if m.id and not m.pluralizable]
    own = [(en, de) if language == "en" else (de, en) for en, de in pairs]
    other = " ".join(text for _mine, text in own)
    found = set()
    for mine, theirs in own:
        if mine == theirs:
            continue
        for piece in re.split(r"%\(\w+\)[sd]|%[sd]|[“”\"„]", mine):
            piece = piece.strip(" .,:;·()–-")
            if len(piece.split()) >= 2 and len(piece) >= 12 and piece not in other:
                found.add(piece)
    return sorted(found)


def english_msgids() -> list[str]:
    return catalog_texts("en")


def visible(html: str) -> str:
    html = re.sub(r"<(script|style|textarea)\b.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def template_english() -> list[str]:
    """The English texts of the session template: a German page shows their German."""
    template = load_template(SESSIONS / "migration-agreements.toml")
    texts = [template.title, *template.stakeholder_groups]
    texts += [text for item in template.agenda for text in (item.title, item.question)]
    texts += [c.label for c in template.criteria] + [f.label for f in template.option_fields]
    return [text.en for text in texts if text.en != text.de]


def template_german() -> list[str]:
    template = load_template(SESSIONS / "migration-agreements.toml")
    texts = [template.title, *template.stakeholder_groups]
    texts += [text for item in template.agenda for text in (item.title, item.question)]
    return [text.de for text in texts if text.de not in text.en]  # "(Länder)" is English


def english_in(text: str) -> list[str]:
    for words in WRITTEN:
        text = text.replace(words, " ")
    return [msgid for msgid in english_msgids() + template_english() if msgid in text]


def german_in(text: str) -> list[str]:
    for words in WRITTEN:
        text = text.replace(words, " ")
    return [found for found in catalog_texts("de") + template_german() if found in text]


@pytest.fixture
def report_session(factory, kit):
    session = factory.live_session("migration-agreements")
    kit.attendee(session)
    kit.contribution(session, WRITTEN[1], votes=2)
    option = kit.option(session, title=WRITTEN[0], actors=["ministries", "eu"],
                        level=["national"])
    # five answers: results are shown only from k (5) answers on
    kit.rated(session, option, [4, 5, 3, 4, 4], consent=["agree"] * 4 + ["block"])
    # the summary's next steps, a status against the result with its reason, an open
    # question: their fixed words are in the reader's language too
    kit.contribution(session, "2027?", kind="question", votes=1)
    option.status, option.status_reason = "endorsed", "2027"
    session.next_steps = "2027"
    db.session.commit()
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
    day = report_session.held_on.date()
    assert format_date(day, "long", locale="de") in text  # e.g. "1. Dezember 2026"
    assert f"Datum: {day.isoformat()}" not in (visible(text) if fmt == "html" else text)
    assert "Median 4" in text and "Median 4.0" not in text
    flat = " ".join(text.split())  # table cells and PDF lines wrap
    # every count with its denominator, and the verb in the number of its count
    assert re.search(r"\b1 von \d+ Antwortenden legte ein Veto ein", flat)
    assert not re.search(r"\b1 von \d+ Antwortenden legten", flat)
    assert re.search(r"\b\d+ von \d+ Antwortenden stimmen zu", flat)
    assert "Konsens nicht erreicht" in flat and "Zusammenfassung" in flat
    assert "Befürwortet, obwohl kein Konsens erreicht wurde." in flat
    assert "Offene Fragen" in flat and "Vereinbarte nächste Schritte" in flat


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf"])
def test_an_english_report_has_no_german_words_but_what_participants_wrote(report_session,
                                                                           fmt):
    text = readable(fmt, services.render(build_export(report_session, "en"), fmt))
    assert german_in(visible(text) if fmt == "html" else text) == []
    assert "Migration agreements: from signature" in text and "Federal ministries" in text
    flat = " ".join(text.split())
    assert "Bundesministerien" not in text and re.search(r"\b1 of \d+ who answered blocked",
                                                          flat)
    assert "Consent not reached" in flat and "Open questions" in flat
    assert format_date(report_session.held_on.date(), "long", locale="en") in text


def option_of(session):
    return db.session.scalar(sa.select(PolicyOption).filter_by(session_id=session.id))


def german_leaks(app, client, values, language: str = "de") -> tuple[int, dict]:
    """GET every page the url_map can build from ``values`` in ``language``; count them."""
    leaks, seen = {}, 0
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static" or any(
                arg not in values for arg in rule.arguments):
            continue
        url = rule.build({arg: values[arg] for arg in rule.arguments})[1]
        response = client.get(url, headers={"Accept-Language": language})
        if response.status_code != 200 or response.mimetype != "text/html":
            continue
        seen += 1
        page = response.get_data(as_text=True)
        found = (english_in if language == "de" else german_in)(visible(page))
        criterion = "Wirkung" if language == "de" else "Impact"
        if url.endswith(values.get("option_id", "-")) and criterion not in page:
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


def test_every_page_reads_english_for_an_english_reader(app, factory, report_session,
                                                       facilitator_browser):
    option_id = option_of(report_session).public_id
    values = {"sid": report_session.public_id, "code": report_session.code,
              "item_id": report_session.agenda[0].public_id, "option_id": option_id}
    seen, leaks = german_leaks(app, facilitator_browser.client, values, "en")
    joined = factory.join(report_session)
    seen_too, leaks_too = german_leaks(app, joined.client, {
        "code": report_session.code, "option_id": option_id}, "en")
    assert seen + seen_too >= 11 and leaks == {} and leaks_too == {}
