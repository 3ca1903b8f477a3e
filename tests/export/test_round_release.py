"""The round report's page, release and downloads (docs/export.md, "A round, not only a
session"): the same formats, review and release as a session's report."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
import sqlalchemy as sa

from dialogue.export import round_release, services
from dialogue.export.cli import export_round_command
from dialogue.export.flags import CLEARED
from dialogue.export.redactions import redact_passage
from dialogue.export.round import ROUND_FORMATS, build_round, render_round
from dialogue.extensions import db
from dialogue.models import RoundFile, RoundRelease

from ..conftest import Browser
from .conftest import readable
from .test_export_round import ROUND, two_sessions  # noqa: F401  (a fixture)


def _url(session, tail: str = "") -> str:
    return f"/facilitate/{session.public_id}/export/round{tail}"


def _release(browser, session, formats=ROUND_FORMATS, language="en"):
    url = _url(session)
    return browser.post(f"{url}/release", {"formats": list(formats), "language": language},
                        token_from=url)


def _redact_words(session, words: str) -> None:
    for key, passage in services.preview(session).passages().items():
        text = "".join(part.text for part in passage.parts)
        if words in text:
            start = text.index(words)
            redact_passage(session, key, passage.digest, start, start + len(words))
    db.session.commit()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_round_page_shows_the_preview_and_what_its_review_is(
        two_sessions, facilitator_browser, language):  # noqa: F811
    first, second = two_sessions
    page = facilitator_browser.get(_url(second) + f"?language={language}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert ROUND in html and "Pool the budgets in one fund by 2027" in html
    assert "Brandvogt" not in html  # undecided in session 1's review: redacted
    if language == "de":
        assert "Rundenbericht" in html and "[entfernt]" in html
        german = facilitator_browser.get(_url(second) + "?language=de", headers={
            "Accept-Language": "de"}).get_data(as_text=True)  # the page itself in German
        assert "Der Rundenbericht hat keine eigene Prüfung" in german
        assert "1 markierte Passage noch zu entscheiden" in german
    else:
        assert "is built from each session's review" in html and "[redacted]" in html
        assert "still to decide (redacted until then)" in html  # session 1's flag
        assert "Not released yet." in html
    # the session's export page and the list of sessions lead to it
    assert _url(second) in facilitator_browser.get(
        f"/facilitate/{second.public_id}/export").get_data(as_text=True)
    assert _url(first) in facilitator_browser.get("/facilitate/").get_data(as_text=True)


def test_a_release_stores_each_format_once_and_serves_it(two_sessions, facilitator_browser):  # noqa: F811
    first, second = two_sessions
    assert _release(facilitator_browser, second).status_code == 303
    release = db.session.scalar(sa.select(RoundRelease))
    assert release.formats == list(ROUND_FORMATS) and release.language == "en"
    for fmt in ROUND_FORMATS:
        got = facilitator_browser.get(_url(first, f"/download/{fmt}"))  # any session of it
        assert got.status_code == 200, fmt
        assert got.headers["Content-Type"] == round_release.MIMETYPES[fmt][0]
        assert got.headers["Content-Disposition"] == (
            f'attachment; filename="round-report-{second.held_on.date().isoformat()}.'
            f'{round_release.MIMETYPES[fmt][1]}"')
        text = " ".join(readable(fmt, got.get_data()).split())
        assert "Pool the budgets in one fund by 2027" in text and "Brandvogt" not in text
        again = facilitator_browser.get(_url(second, f"/download/{fmt}"))
        assert again.get_data() == got.get_data()
    stored = db.session.scalars(sa.select(RoundFile.format)).all()
    assert sorted(stored) == sorted(ROUND_FORMATS)
    page = facilitator_browser.get(_url(second)).get_data(as_text=True)
    assert "Released on" in page and "data-round-stale" not in page


def test_a_decision_in_a_session_makes_the_release_stale_and_it_still_serves(
        two_sessions, facilitator_browser):  # noqa: F811
    first, second = two_sessions
    _release(facilitator_browser, second, ["md"])
    before = facilitator_browser.get(_url(second, "/download/md")).get_data()
    (flag,) = [f for f in services.preview(first).flags() if f.label == "PERSON"]
    services.decide(first, [flag.key], CLEARED)  # keeping words withdraws nothing
    db.session.commit()
    page = facilitator_browser.get(_url(second)).get_data(as_text=True)
    assert "data-round-stale" in page and "have changed since this release" in page
    assert facilitator_browser.get(_url(second, "/download/md")).get_data() == before
    _release(facilitator_browser, second, ["md"])  # a new release takes the decision in
    assert b"Ottilie Brandvogt" in facilitator_browser.get(_url(second, "/download/md")
                                                           ).get_data()
    assert "data-round-stale" not in facilitator_browser.get(_url(second)).get_data(
        as_text=True)


def test_a_redaction_in_any_session_withdraws_the_round_release(
        two_sessions, facilitator_browser):  # noqa: F811
    first, second = two_sessions
    _release(facilitator_browser, second, ["pdf", "md"])
    shown = facilitator_browser.get(_url(second, "/download/md"))
    assert shown.get_data(as_text=True).count("Fragmented budgets") == 2  # first, latest
    _redact_words(first, "Fragmented budgets")
    release = db.session.scalar(sa.select(RoundRelease))
    assert release.withdrawn and set(release.content) == {"date"}
    assert db.session.scalars(sa.select(RoundFile)).all() == []
    refused = facilitator_browser.get(_url(second, "/download/md"))
    assert refused.status_code == 409 and "released anew" in refused.get_data(as_text=True)
    page = facilitator_browser.get(_url(second)).get_data(as_text=True)
    assert "its files were withdrawn" in page
    _release(facilitator_browser, second, ["md"])
    text = facilitator_browser.get(_url(second, "/download/md")).get_data(as_text=True)
    # session 1's wording (the first) is redacted; session 2's own text is its review's
    assert text.count("Fragmented budgets") == 1 and "[redacted]" in text


def _count():
    return (db.session.scalar(sa.select(sa.func.count()).select_from(RoundRelease)),
            db.session.scalar(sa.select(sa.func.count()).select_from(RoundFile)))


def test_bad_input_gets_a_clear_answer_and_changes_nothing(
        two_sessions, facilitator_browser, factory, app):  # noqa: F811
    first, second = two_sessions
    url = _url(second)
    for form in ({"formats": ["exe"], "language": "en"}, {"formats": [], "language": "en"},
                 {"formats": ["pdf"], "language": "xx"}, {"language": "en"}):
        refused = facilitator_browser.post(f"{url}/release", form, token_from=url)
        assert refused.status_code == 409, form
        assert "Choose at least one format" in refused.get_data(as_text=True)
    no_token = facilitator_browser.client.post(f"{url}/release", data={"formats": ["pdf"]})
    assert no_token.status_code == 400
    assert _count() == (0, 0)
    assert facilitator_browser.get(f"{url}/download/pdf").status_code == 409  # none yet
    _release(facilitator_browser, second, ["md"])
    for fmt in ("pdf", "exe", "..%2f..%2fetc", "md.exe"):  # not released, or no format
        assert facilitator_browser.get(f"{url}/download/{fmt}").status_code == 404, fmt
    assert _count() == (1, 0)
    assert facilitator_browser.get("/facilitate/no-such-session/export/round"
                                   ).status_code == 404
    factory.make_facilitator("someone-else@example.org")
    stranger = Browser(app.test_client())
    stranger.post("/facilitate/login", {"email": "someone-else@example.org",
                                        "password": factory.password},
                  token_from="/facilitate/login")
    for tail in ("", "/download/md"):
        assert stranger.get(url + tail).status_code == 404
    assert stranger.post(f"{url}/release", {"formats": ["md"], "language": "en"},
                         token_from="/facilitate").status_code == 404
    assert _count() == (1, 0)


def test_a_session_without_a_round_says_so_and_releases_nothing(factory,
                                                               facilitator_browser):
    session = factory.live_session(round_name=None)
    url = _url(session)
    page = facilitator_browser.get(url)
    assert page.status_code == 200 and "belongs to no round" in page.get_data(as_text=True)
    refused = facilitator_browser.post(f"{url}/release", {"formats": ["md"],
                                                          "language": "en"}, token_from=url)
    assert refused.status_code == 409 and "belongs to no round" in refused.get_data(
        as_text=True)
    assert facilitator_browser.get(f"{url}/download/md").status_code == 409
    assert _count() == (0, 0)


HOSTILE = '=HYPERLINK("http://x")<script>alert(1)</script>"; ../../etc'


def test_a_hostile_round_name_is_only_ever_text(factory, kit, facilitator_browser):
    session = factory.live_session(round_name=HOSTILE)
    kit.option(session, "Visa desk")
    page = facilitator_browser.get(_url(session)).get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    _release(facilitator_browser, session)
    for fmt in ROUND_FORMATS:
        got = facilitator_browser.get(_url(session, f"/download/{fmt}"))
        assert got.status_code == 200 and "etc" not in got.headers["Content-Disposition"]
        if fmt == "html":
            assert b"<script>alert" not in got.get_data()
        if fmt == "csv":
            with zipfile.ZipFile(io.BytesIO(got.get_data())) as archive:
                text = archive.read("round.csv").decode("utf-8-sig")
            assert "'=HYPERLINK" in text  # the one CSV writer neutralised the formula


def test_the_round_docx_is_a4_numbered_restarting_with_bars(two_sessions, factory):  # noqa: F811
    from docx import Document

    data = render_round(build_round(factory.facilitator.id, ROUND, "de"), "docx")
    document = Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        footer = "".join(archive.read(n).decode() for n in names if "footer" in n)
        styles = archive.read("word/styles.xml").decode()
        body = archive.read("word/document.xml").decode()
        infos = archive.infolist()
    assert 'w:instr="PAGE"' in footer and 'w:val="de-DE"' in styles
    assert any(n.startswith("word/media/chart") for n in names)  # the consent bars
    assert body.count("<w:drawing>") == 2  # one bar per session with a consent result
    day = two_sessions[1].held_on.date()
    assert {info.date_time for info in infos} == {(day.year, day.month, day.day, 0, 0, 0)}
    texts = [p.text for p in document.paragraphs]
    assert "Rundenbericht" in texts and "Sitzungen der Runde" in texts
    assert "Sitzung 2: Vorgeschlagene Maßnahme" in texts
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any("3 von 5 Antwortenden stimmen zu" in c for c in cells)


def test_the_round_csv_holds_every_table(two_sessions, factory):  # noqa: F811
    data = render_round(build_round(factory.facilitator.id, ROUND), "csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        tables = {info.filename: archive.read(info).decode("utf-8-sig").splitlines()
                  for info in archive.infolist()}
    assert sorted(tables) == ["changes.csv", "consent.csv", "options.csv", "ratings.csv",
                              "round.csv", "sessions.csv", "wording.csv"]
    assert tables["changes.csv"][1:] == ["1,2,Proposed measure"]
    assert "1,1,draft,1,5,3,0,0,2,3,2,False,False" in tables["consent.csv"]
    assert "1,2,endorsed,1,5,5,0,0,0,5,0,False,True" in tables["consent.csv"]
    assert any("Ask [redacted] to pool the budgets" in row for row in tables["wording.csv"])
    assert not any("Brandvogt" in row for rows in tables.values() for row in rows)


@pytest.mark.parametrize("fmt", ["docx", "csv"])
def test_the_round_command_writes_docx_and_csv(runner, two_sessions, factory, tmp_path,  # noqa: F811
                                               fmt):
    out = tmp_path / f"round.{fmt}"
    done = runner.invoke(export_round_command, [ROUND, "--owner", factory.facilitator.email,
                                                "--format", fmt, "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert "Pool the budgets in one fund by 2027" in readable(fmt, out.read_bytes())
    bad = runner.invoke(export_round_command, [ROUND, "--owner", factory.facilitator.email,
                                               "--format", "xlsx", "--out", str(out)])
    assert bad.exit_code != 0 and "xlsx" in bad.output


def test_the_released_json_is_the_round_schema(two_sessions, facilitator_browser):  # noqa: F811
    first, second = two_sessions
    _release(facilitator_browser, second, ["json"], "de")
    data = json.loads(facilitator_browser.get(_url(second, "/download/json")).get_data())
    assert data["schema"] == "dialogue-round-export/1" and data["language"] == "de"
