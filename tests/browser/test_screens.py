"""Every main page, in English and German, on a phone and on a laptop: the language
follows the browser, axe-core finds nothing serious, nothing is wider than the screen.
Screenshots land in test-artifacts/screenshots/ for a person to look at."""

from __future__ import annotations

import pytest

from .conftest import (
    FACILITATOR_EMAIL,
    FACILITATOR_PASSWORD,
    LAPTOP,
    PHONE,
    PROJECTOR,
    check_accessibility,
    no_horizontal_scroll,
    screenshot,
)
from .steps import create_session, log_in

pytestmark = pytest.mark.browser

SIZES = {"phone": PHONE, "laptop": LAPTOP}
# One word per language that the page must show, so a missing catalog shows up here.
WORDS = {
    "en": {"login": "Log in", "sessions": "Your sessions", "new": "Create session",
           "setup": "Participants & links", "join": "Session code", "walk-in": "Your name",
           "rule": "Chatham House Rule", "session": "Agenda", "missing": "Not found",
           "console": "Waiting for approval", "projector": "Code", "export": "Release"},
    "de": {"login": "Anmelden", "sessions": "Ihre Sitzungen", "new": "Sitzung anlegen",
           "setup": "Teilnehmende & Links", "join": "Sitzungscode", "walk-in": "Ihr Name",
           "rule": "Chatham-House-Regel", "session": "Tagesordnung",
           "missing": "Nicht gefunden", "console": "Warten auf Freigabe", "projector": "Code",
           "export": "Freigeben"},
}


def look(person, name: str, size: str, lang: str, status: int = 200) -> None:
    page = person.page
    assert page.locator("html").get_attribute("lang") == lang
    assert WORDS[lang][name] in page.locator("main").inner_text(), (name, lang)
    check_accessibility(page, f"{name} ({size}, {lang})")
    assert no_horizontal_scroll(page), f"{name} ({size}, {lang}) is wider than the screen"
    screenshot(page, f"{size}-{lang}-{name}")


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_every_main_page_in_both_languages_and_sizes(people, size, lang):
    locale = "de-DE" if lang == "de" else "en-GB"
    facilitator = people("facilitator", locale=locale, **SIZES[size])
    page = facilitator.page
    facilitator.goto("/facilitate/login")
    look(facilitator, "login", size, lang)
    page.locator("#email").fill(FACILITATOR_EMAIL)
    page.locator("#password").fill(FACILITATOR_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/facilitate/")
    look(facilitator, "sessions", size, lang)
    facilitator.goto("/facilitate/new")
    look(facilitator, "new", size, lang)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/facilitate/*")
    look(facilitator, "setup", size, lang)
    code = page.locator("code.join-code").first.inner_text().strip()
    setup = page.url.removeprefix(facilitator.base_url)
    facilitator.goto(setup + "/console")
    page.locator("[data-connection].live").wait_for()
    page.locator("[data-agenda-next]").click()
    page.locator("[data-agenda-list] .state-open").wait_for()
    look(facilitator, "console", size, lang)
    if size == "laptop":
        facilitator.page.set_viewport_size(PROJECTOR["viewport"])
        facilitator.goto(setup + "/projector")
        page.locator("[data-connection].live").wait_for()
        look(facilitator, "projector", "projector", lang)

    participant = people("participant", locale=locale, **SIZES[size])
    page = participant.page
    participant.goto("/join")
    look(participant, "join", size, lang)
    page.locator("#code").fill(code)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"**/join/{code}")
    look(participant, "walk-in", size, lang)
    page.locator("#name").fill("Screen Canary")
    page.locator("#stakeholder_group").select_option(index=1)
    page.locator("main button[name=accept]").click()  # joins and accepts the Rule
    page.wait_for_url(f"**/s/{code}")
    look(participant, "session", size, lang)

    page.goto(participant.base_url + "/no/such/page")
    look(participant, "missing", size, lang)


@pytest.mark.parametrize(("size", "lang"), [("laptop", "en"), ("phone", "de")])
def test_export_preview_in_both_languages(people, size, lang):
    facilitator = people("facilitator", locale="de-DE" if lang == "de" else "en-GB",
                         **SIZES[size])
    log_in(facilitator, check=False)
    setup, _code = create_session(facilitator, check=False)
    facilitator.goto(setup + "/export")
    look(facilitator, "export", size, lang)
