"""English and German: every string in the source has a German translation, the compiled
catalog matches its source, and people get the language their browser asks for."""

from __future__ import annotations

import os

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from babel.support import Translations

from .conftest import ROOT

TRANSLATIONS = ROOT / "dialogue" / "translations"
PO = TRANSLATIONS / "de" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")
SKIP_DIRS = {"node_modules", "tests", "instance", "docs", "sessions", "test-artifacts"}


def extracted_messages() -> dict[str | tuple[str, ...], str]:
    """Every translatable string in the current source, as `pybabel extract` finds it
    with dialogue/translations/babel.cfg -> the first place it occurs."""
    cfg = TRANSLATIONS / "babel.cfg"
    with cfg.open() as handle:
        method_map, options_map = parse_mapping_cfg(handle, str(cfg))
    keywords = dict(DEFAULT_KEYWORDS, _l=None, lazy_gettext=None)

    def wanted(path: str) -> bool:
        name = os.path.basename(path)
        return not name.startswith((".", "_")) and name not in SKIP_DIRS

    found: dict[str | tuple[str, ...], str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=keywords,
            directory_filter=wanted):
        key = tuple(message) if isinstance(message, list | tuple) else message
        found.setdefault(key, f"{filename}:{lineno}")
    return found


@pytest.fixture(scope="module")
def catalog():
    with PO.open("rb") as handle:
        return read_po(handle, locale="de")


def test_every_string_in_the_source_has_a_german_translation(catalog):
    missing = []
    for msgid, where in extracted_messages().items():
        message = catalog.get(msgid)
        strings = (message.string if message else None) or ""
        translated = all(strings) if isinstance(strings, tuple) else bool(strings)
        if not translated or (message and message.fuzzy):
            missing.append(f"{where}: {msgid!r}")
    assert not missing, (
        f"{len(missing)} strings lack a German translation; run pybabel extract/update (see "
        "docs/translations.md) and translate them:\n" + "\n".join(missing))


def test_german_translations_keep_their_placeholders(catalog):
    problems = [f"{message.id!r}: {errors}" for message, errors in catalog.check()]
    assert not problems, "\n".join(problems)


def test_compiled_catalog_matches_its_source(catalog):
    assert MO.exists(), "messages.mo is missing: run pybabel compile -d dialogue/translations"
    with MO.open("rb") as handle:
        compiled = Translations(handle)
    stale = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        if isinstance(message.id, tuple):
            got = (compiled.ngettext(message.id[0], message.id[1], 1),
                   compiled.ngettext(message.id[0], message.id[1], 2))
            expected = tuple(message.string[:2])
        else:
            got, expected = compiled.gettext(message.id), message.string
        if got != expected:
            stale.append(repr(message.id))
    assert not stale, "messages.mo is stale; run pybabel compile:\n" + "\n".join(stale)


def test_the_browser_language_decides(client):
    german = client.get("/join", headers={"Accept-Language": "de-DE,de;q=0.9,en;q=0.5"})
    assert '<html lang="de">' in german.get_data(as_text=True)
    assert "Sitzungscode" in german.get_data(as_text=True)
    english = client.get("/join", headers={"Accept-Language": "en-GB"})
    assert "Session code" in english.get_data(as_text=True)


def test_a_person_can_switch_the_language(browser):
    response = browser.post("/lang/de", {"next": "/join"})
    assert response.status_code == 302
    page = browser.get("/join", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Teilnehmen" in page and "Sitzungscode" in page


def test_errors_and_form_messages_are_in_german(browser):
    headers = {"Accept-Language": "de"}
    missing = browser.get("/no/such/page", headers=headers)
    assert missing.status_code == 404
    assert "Nicht gefunden" in missing.get_data(as_text=True)
    page = browser.client.get("/join", headers=headers).get_data(as_text=True)
    from .conftest import csrf_from

    empty = browser.client.post("/join", data={"csrf_token": csrf_from(page), "code": ""},
                                headers=headers)
    assert "Dieses Feld wird benötigt." in empty.get_data(as_text=True)
    unknown = browser.client.post("/join", data={"csrf_token": csrf_from(page),
                                                 "code": "NOSUCH"}, headers=headers)
    assert "Keine Sitzung hat diesen Code" in unknown.get_data(as_text=True)


def test_translated_pages_keep_their_markup(browser, factory, facilitator_browser):
    session = factory.session()
    facilitator_browser.post("/lang/de", {"next": "/facilitate/"})
    page = facilitator_browser.get(f"/facilitate/{session.public_id}").get_data(as_text=True)
    assert "Wer keine Einladung hat, öffnet <a href=" in page
    assert f'<code class="join-code">{session.code}</code> ein.' in page
