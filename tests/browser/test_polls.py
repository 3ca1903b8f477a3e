"""Quick polls and word clouds in the browser (issue 20), in English and German: the
facilitator drafts a poll on the console (the question in both languages), opens it;
two people answer on phones (375 × 667, touch), one changes their answer; the figures
stay hidden until revealed, then show on the phones and on the projector (which fits the
screen); a word cloud's flagged answer is held until the moderator counts it, and a word
shows once two people used it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import (
    LAPTOP,
    PHONE,
    PROJECTOR,
    Person,
    check_accessibility,
    no_horizontal_scroll,
    small_touch_targets,
    story_languages,
)
from .steps import create_session, log_in, open_setup_section, wait_live

pytestmark = pytest.mark.browser

WORDS = {
    "en": {"saved": "Saved", "too_few": "too few answers to show", "held": "moderator",
           "question": "Which comes first?", "answers": "2 answers", "flagged": "identify"},
    "de": {"saved": "Gespeichert", "too_few": "zu wenige Antworten für eine Angabe",
           "held": "Moderation", "question": "Was kommt zuerst?", "answers": "2 Antworten",
           "flagged": "erkennbar"},
}
SHOTS = Path("/tmp/h20a-shots")  # outside the repository
FIGURES_WAIT = 20000  # the figures go out with the coalesced flush, every few seconds


def phone_in(people, code: str, name: str, locale: str) -> Person:
    """A phone in the test's language walks in with the code (fields by id, so the same
    steps serve both languages) and waits until its board is live."""
    phone = people(name, locale=locale, **PHONE)
    phone.goto(f"/join/{code}")
    phone.page.locator("#name").fill(name)
    phone.page.locator("#affiliation").fill("Canary Institute")
    phone.page.locator("#stakeholder_group").select_option(index=1)
    phone.page.locator("main button[name=accept]").click()
    phone.page.wait_for_url(f"**/s/{code}")
    wait_live(phone)
    return phone


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def fits(page) -> bool:
    return page.evaluate(
        "() => document.scrollingElement.scrollHeight <= window.innerHeight")


@story_languages("de")
def test_a_quick_poll_and_a_word_cloud(people, lang):
    words = WORDS[lang]
    locale = "de-DE" if lang == "de" else "en-GB"
    facilitator = people("facilitator", locale=locale, **LAPTOP)
    page = facilitator.page
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    open_setup_section(facilitator, setup, "settings")
    page.locator("#k_anonymity").fill("2")  # two answers make a result
    with page.expect_navigation():
        page.locator("#settings button[type=submit]").click()
    facilitator.goto(setup + "/console")
    page.locator("[data-connection].live").wait_for()
    page.locator("[data-agenda-next]").click()
    page.locator("[data-agenda-list] .state-open").wait_for()
    screen = people("projector", locale=locale, **PROJECTOR)
    log_in(screen, check=False)
    screen.goto(setup + "/projector")
    wait_live(screen)
    phones = [phone_in(people, code, name, locale) for name in ("Ada Poll", "Ben Poll")]

    # -- The console: a single-choice poll, in English and German, opened.
    panel = page.locator("[data-poll-panel]")
    panel.locator(".poll-new > summary").click()
    panel.locator("#poll-kind").select_option("single")
    panel.locator("#poll-question").fill("Which comes frist?")
    panel.locator("#poll-question-de").fill("Was kommt zurest?")
    panel.locator("#poll-choices").fill("Money\nTime\nPeople")
    panel.locator("#poll-choices-de").fill("Geld\nZeit\nLeute")
    panel.locator("[data-poll-form] button[type=submit]").click()
    entry = panel.locator(".poll-entry.state-draft")
    entry.wait_for()
    check_accessibility(page, "console with a poll")
    # A typo in the draft: Edit fills the form with it, the fix is saved in place.
    entry.locator("button", has_text=re.compile("^(Edit|Bearbeiten)$")).click()
    assert panel.locator("#poll-choices").input_value() == "Money\nTime\nPeople"
    panel.locator("#poll-question").fill("Which comes first?")
    panel.locator("#poll-question-de").fill("Was kommt zuerst?")
    panel.locator("[data-poll-form] button[type=submit]").click()
    panel.locator("[data-poll-cancel]").wait_for(state="hidden")
    assert entry.count() == 1
    entry.locator("strong", has_text=words["question"]).wait_for()
    # A second draft, deleted: only the first is left.
    panel.locator("#poll-kind").select_option("words")
    panel.locator("#poll-question").fill("Not this one")
    panel.locator("[data-poll-form] button[type=submit]").click()
    panel.locator(".poll-entry.state-draft", has_text="Not this one").wait_for()
    panel.locator(".poll-entry.state-draft", has_text="Not this one").locator(
        "button", has_text=re.compile("Delete draft|Entwurf löschen")).click()
    panel.locator(".poll-entry", has_text="Not this one").wait_for(state="detached")
    assert entry.count() == 1
    entry.locator("button.primary").click()
    panel.locator(".poll-entry.state-open").wait_for()

    # -- Phones: the poll card, answered by touch; one person changes their mind.
    for phone, choice in zip(phones, ("Money|Geld", "Time|Zeit"), strict=True):
        card = phone.page.locator("[data-poll-card]")
        card.locator(".poll-question").wait_for()
        assert card.locator(".poll-question").inner_text() == words["question"]
        card.locator(".choice", has_text=re.compile(choice)).tap()
        card.locator("button[type=submit]").tap()
        card.locator(".poll-status", has_text=words["saved"]).wait_for()
    ada = phones[0].page
    check_accessibility(ada, "phone with a poll")
    shoot(ada, f"phone-poll-{lang}")
    assert small_touch_targets(ada) == []
    assert no_horizontal_scroll(ada)
    card = ada.locator("[data-poll-card]")
    card.locator(".choice", has_text=re.compile("People|Leute")).tap()
    card.locator("button[type=submit]").tap()
    card.locator(".poll-status", has_text=words["saved"]).wait_for()
    # Hidden: nothing on the phones yet; the console sees the figures (k = 2 changes).
    assert card.locator(".poll-figures").count() == 0
    opened = panel.locator(".poll-entry.state-open")
    opened.locator(".result-row").first.wait_for(timeout=FIGURES_WAIT)

    # -- Revealed: the phones and the projector show the bars.
    opened.locator("button", has_text=re.compile("Reveal|Ergebnisse zeigen")).click()
    opened.locator("button", has_text=re.compile("projector|Projektor")).click()
    for phone in phones:
        phone.page.locator("[data-poll-card] .result-row").first.wait_for(timeout=FIGURES_WAIT)
    proj = screen.page
    proj.locator("[data-poll-screen] .result-row").first.wait_for(timeout=FIGURES_WAIT)
    assert proj.locator("[data-poll-screen] .poll-screen-question").inner_text() == (
        words["question"])
    assert fits(proj)
    shoot(proj, f"projector-bars-{lang}")
    shoot(phones[1].page, f"phone-results-{lang}")
    shoot(page, f"console-poll-{lang}")
    opened.locator("button", has_text=re.compile("Close poll|Umfrage schließen")).click()
    panel.locator(".poll-entry.state-closed").wait_for()

    # -- A live word cloud: a flagged answer is held until the moderator counts it.
    if not panel.locator("#poll-question").is_visible():
        panel.locator(".poll-new > summary").click()
    panel.locator("#poll-kind").select_option("words")
    panel.locator("#poll-question").fill("One word for the partnership?")
    panel.locator("[name=live]").check()
    panel.locator("[data-poll-form] button[type=submit]").click()
    panel.locator(".poll-entry.state-draft").wait_for()
    panel.locator(".poll-entry.state-draft button.primary").click()
    for phone, text in zip(phones, ("Trust and money", "trust, time!"), strict=True):
        card = phone.page.locator("[data-poll-card]")
        card.locator("#poll-text").wait_for()
        card.locator("#poll-text").fill(text)
        card.locator("button[type=submit]").tap()
        card.locator(".poll-status", has_text=words["saved"]).wait_for()
    ben = phones[1].page.locator("[data-poll-card]")
    ben.locator("#poll-text").fill("trust: ask ben.poll@example.org")
    ben.locator("button[type=submit]").tap()
    ben.locator(".flag-warning").wait_for()
    ben.locator(".flag-warning button").tap()
    ben.locator(".poll-status", has_text=words["held"]).wait_for()
    held = panel.locator("[data-poll-held] .poll-held-item")
    held.wait_for()
    assert "ben.poll@example.org" in held.inner_text()
    assert "ben.poll" not in phones[0].page.locator("body").inner_text()
    held.locator("button.primary").click()
    held.wait_for(state="detached")
    check_accessibility(page, "console with a word poll")
    live = panel.locator(".poll-entry.state-open")
    live.locator("button", has_text=re.compile("projector|Projektor")).click()
    # "trust" was given by both (before and after Ben changed his answer): it shows;
    # "money", "ask", "ben" by one each: they do not.
    cloud = proj.locator("[data-poll-screen] .word-cloud")
    cloud.locator(".cloud-word", has_text="trust").wait_for(timeout=FIGURES_WAIT)
    assert cloud.locator(".cloud-word").count() == 1
    assert fits(proj)
    shoot(proj, f"projector-cloud-{lang}")
    phones[0].page.locator("[data-poll-card] .cloud-word", has_text="trust").wait_for(
        timeout=FIGURES_WAIT)
    check_accessibility(phones[0].page, "phone with a word cloud")

    # -- The most a poll holds (ten choices of 80 characters) still fits the screen.
    live.locator("button", has_text=re.compile("Close poll|Umfrage schließen")).click()
    panel.locator(".poll-entry.state-open").wait_for(state="detached")
    if not panel.locator("#poll-question").is_visible():
        panel.locator(".poll-new > summary").click()
    panel.locator("#poll-kind").select_option("multiple")
    panel.locator("#poll-question").fill("Which of these should the partnership fund first? " * 5)
    panel.locator("#poll-choices").fill("\n".join(
        (f"choice {n}: language courses before departure and mentoring " * 3)[:80]
        for n in range(10)))
    panel.locator("[data-poll-form] button[type=submit]").click()
    panel.locator(".poll-entry.state-draft button.primary").click()
    biggest = panel.locator(".poll-entry.state-open")
    biggest.locator("button", has_text=re.compile("projector|Projektor")).click()
    proj.locator("[data-poll-screen] .poll-screen-choices li").nth(9).wait_for()
    for width, height in ((1920, 1080), (1280, 720)):
        proj.set_viewport_size({"width": width, "height": height})
        proj.evaluate("() => window.dispatchEvent(new Event('resize'))")
        proj.wait_for_timeout(200)
        assert fits(proj), (width, height)
