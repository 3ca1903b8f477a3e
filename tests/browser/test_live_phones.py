"""A live session on phones (375×667, touch), in English and German: one-tap joining, a
round pushed to the phones and answered and changed, a post written offline and sent on
reconnect, and the "Session ended" screen with the shared outcome.

Screenshots go to test-artifacts/screenshots/ (and, when H16A_SHOTS is set, there too).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from .conftest import PHONE, check_accessibility, no_horizontal_scroll, screenshot, story_languages
from .steps import (
    console_with_an_open_item,
    create_session,
    log_in,
    open_next_item,
    open_setup_section,
    wait_live,
)
from .test_main_story import import_invite_list

pytestmark = pytest.mark.browser

LANGUAGES = {"en": "en-GB", "de": "de-DE"}
WORDS = {
    "en": {"rate": "Rate the options now", "progress0": "0 of 2 done", "progress1": "1 of 2 done",
           "progress2": "All done", "low": "1 = No support", "high": "5 = Full support",
           "queued": "Will be sent when you are back online", "offline": "You are offline",
           "ended": "Session ended", "download": "Download the outcome",
           "waiting": "has not been shared yet", "joining": "You are joining",
           "choose": "Choose a score", "block": "A block needs a reason",
           "saved": "Saved. You can change it", "approval": "Waiting for approval"},
    "de": {"rate": "Bewerten Sie jetzt die Optionen", "progress0": "0 von 2 erledigt",
           "progress1": "1 von 2 erledigt", "progress2": "Alles erledigt",
           "low": "1 = Keine Zustimmung", "high": "5 = Volle Zustimmung",
           "queued": "Wird gesendet, sobald Sie wieder online sind",
           "offline": "Sie sind offline", "ended": "Sitzung beendet",
           "download": "Ergebnis herunterladen", "waiting": "noch nicht freigegeben",
           "joining": "Sie nehmen teil an", "choose": "Wählen Sie",
           "block": "Ein Veto braucht eine Begründung",
           "saved": "Gespeichert. Sie können es ändern",
           "approval": "Wartet auf Freigabe"},
}
OPTIONS = ("Joint curriculum boards", "A shared fund for language courses")


def shot(page, name: str) -> None:
    """The screenshot in test-artifacts, and a copy where the reviewer looks, if asked."""
    screenshot(page, name)
    folder = os.environ.get("H16A_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def walk_in(people, code: str, name: str, lang: str):
    """By the QR code's link: the walk-in page with the Rule, one tap, the board."""
    phone = people(name, locale=LANGUAGES[lang], **PHONE)
    phone.goto(f"/join/{code}")
    phone.page.locator("#name").fill(name)
    phone.page.locator("#stakeholder_group").select_option(index=1)
    phone.page.locator("main button[name=accept]").tap()
    phone.page.wait_for_url(f"**/s/{code}")
    wait_live(phone)
    return phone


def session_with_options(people) -> tuple:
    facilitator = people("facilitator")
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    open_next_item(facilitator, setup)
    for title in OPTIONS:
        facilitator.goto(setup + "/options")
        facilitator.page.locator("#new-f_title").fill(title)
        facilitator.page.locator("#create button[type=submit]").click()
        facilitator.page.wait_for_url(re.compile(r"#option-"))
    return facilitator, setup, code


def open_round(facilitator, setup: str, kind: str, titles) -> None:
    page = facilitator.page
    facilitator.goto(setup + "/options")
    page.locator("#rounds").get_by_label(re.compile(kind)).check()
    for title in titles:
        page.locator("#rounds").get_by_label(title).check()
    page.locator("#rounds").get_by_role("button", name="Open the round").click()
    page.wait_for_url(re.compile(r"#rounds$"))


def in_first_screen(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 667


@story_languages("de")
def test_a_round_comes_to_the_phones_and_is_answered_and_changed(people, lang):
    words = WORDS[lang]
    facilitator, setup, code = session_with_options(people)
    phone = walk_in(people, code, f"Rater {lang}", lang)
    page = phone.page
    card = page.locator("[data-round-card]")
    assert card.is_hidden()
    page.evaluate("() => { window.noReload = true; }")  # gone if the page reloads

    open_round(facilitator, setup, "Rating", OPTIONS)
    card.wait_for(state="visible")  # no reload: the round came over the socket
    assert words["rate"] in card.inner_text() and words["progress0"] in card.inner_text()
    assert in_first_screen(card.locator("[data-round-start]"))
    shot(page, f"h16a-phone-{lang}-round-card")
    card.locator("[data-round-start]").tap()
    form = card.locator("form.round-form")
    form.wait_for()
    assert OPTIONS[0] in form.inner_text()
    scales = form.locator("fieldset.scale")
    assert scales.count() == 3  # the taster's three criteria
    first = scales.first
    assert words["low"] in first.inner_text() and words["high"] in first.inner_text()
    # The five points sit on one line: none wraps to a line of its own.
    tops = {round(box["y"]) for box in (point.bounding_box() for point in
                                        first.locator(".scale-point").all())}
    assert len(tops) == 1, tops
    assert no_horizontal_scroll(page)
    check_accessibility(page, "round form")
    shot(page, f"h16a-phone-{lang}-round-form")

    # Saving nothing: the error is beside the form, in view, and nothing reloads.
    form.locator("button[type=submit]").tap()
    error = form.locator(".form-error")
    error.wait_for(state="visible")
    assert words["choose"] in error.inner_text()
    shot(page, f"h16a-phone-{lang}-round-error")
    box = error.bounding_box()
    assert in_first_screen(error), box

    for index, fieldset in enumerate(scales.all()):
        fieldset.locator(f"input[value='{4 - index}']").check()
    form.locator("button[type=submit]").tap()
    form.locator("h3", has_text=OPTIONS[1]).wait_for()  # "Save and next option"
    assert words["progress1"] in card.locator("[data-round-progress]").inner_text()
    form.locator("fieldset.scale").first.locator("input[value='2']").check()
    form.locator("button[type=submit]").tap()
    card.locator("[data-round-progress]", has_text=words["progress2"]).wait_for()

    # Changed while the round is open: back to the first option, another score.
    card.locator(".round-nav button").first.tap()
    form.locator("h3", has_text=OPTIONS[0]).wait_for()
    assert form.locator("fieldset.scale").first.locator("input[value='4']").is_checked()
    form.locator("fieldset.scale").first.locator("input[value='1']").check()
    form.locator("button[type=submit]").tap()
    form.locator(".round-status", has_text=words["saved"]).wait_for()
    shot(page, f"h16a-phone-{lang}-round-changed")
    assert page.evaluate("() => window.noReload === true")

    # The change is the server's: after a reload the phone shows the new score.
    page.reload()
    wait_live(phone)
    card.locator("[data-round-start]").tap()
    card.locator(".round-nav button").first.wait_for()
    if card.locator("form h3", has_text=OPTIONS[0]).count() == 0:
        card.locator(".round-nav button").first.tap()
    card.locator("form h3", has_text=OPTIONS[0]).wait_for()
    assert card.locator("fieldset.scale").first.locator("input[value='1']").is_checked()

    # The console says how many answered, never who (one rater, k = 3: "fewer than 3").
    facilitator.goto(setup + "/console")
    wait_live(facilitator)
    answered = facilitator.page.locator("[data-round-answered]")
    answered.wait_for(state="visible")
    assert "fewer than" in answered.inner_text() and "Rater" not in answered.inner_text()

    # The round closes: the card goes away.
    facilitator.goto(setup + "/options")
    facilitator.page.locator("#rounds").get_by_role("button", name="Close the round").click()
    card.wait_for(state="hidden")

    # A consent round: a block without a reason is refused beside the reason's field.
    open_round(facilitator, setup, "Consent", OPTIONS[:1])
    card.wait_for(state="visible")
    card.locator("[data-round-start]").tap()
    card.locator("input[value=block]").check()
    card.locator("form button[type=submit]").tap()
    error = card.locator(".form-error")
    error.wait_for(state="visible")
    assert words["block"] in error.inner_text()
    reason = card.locator("textarea[name=reason]")
    assert reason.evaluate("el => el === document.activeElement")
    shot(page, f"h16a-phone-{lang}-consent-block-error")
    assert in_first_screen(reason) and in_first_screen(error)
    reason.fill("The partner country's labour law does not allow it.")
    card.locator("form button[type=submit]").tap()
    card.locator("[data-round-progress]", has_text=words["progress2"].split()[0]).wait_for()
    # ... and changed: agree after all.
    card.locator("input[value=agree]").check()
    card.locator("form button[type=submit]").tap()
    card.locator(".round-status", has_text=words["saved"]).wait_for()
    assert not reason.is_visible()


@story_languages("en")
def test_a_post_written_offline_is_sent_once_on_reconnect(people, lang):
    words = WORDS[lang]
    facilitator, setup, code = session_with_options(people)
    phone = walk_in(people, code, f"Offline {lang}", lang)
    other = walk_in(people, code, f"Reader {lang}", lang)
    page = phone.page
    banner = page.locator("[data-offline-banner]")
    assert banner.is_hidden()

    phone.context.set_offline(True)
    banner.wait_for(state="visible")
    assert words["offline"] in banner.inner_text()
    text = f"Written on the train, without a network ({lang})."
    page.locator("#post-text").fill(text)
    page.locator("[data-post-submit]").tap()
    status = page.locator("[data-post-status]")
    status.wait_for(state="visible")
    assert words["queued"] in status.inner_text()
    waiting = page.locator(".board-item.queued", has_text=text)
    waiting.wait_for()
    shot(page, f"h16a-phone-{lang}-offline-queued")
    assert in_first_screen(waiting) or in_first_screen(status)
    assert page.locator("#post-text").input_value() == ""

    phone.context.set_offline(False)
    banner.wait_for(state="hidden")
    mine = page.locator(".board-item.mine:not(.queued)", has_text=text)
    mine.wait_for()
    assert page.locator(".board-item.queued").count() == 0
    assert in_first_screen(mine), "after sending, the post is out of sight"
    other.page.locator(".board-item", has_text=text).wait_for()
    page.wait_for_timeout(500)
    assert other.page.locator(".board-item", has_text=text).count() == 1  # sent once
    page.reload()
    wait_live(phone)
    assert page.locator(".board-item", has_text=text).count() == 1
    shot(page, f"h16a-phone-{lang}-offline-sent")


@story_languages("de")
def test_joining_takes_one_tap_from_an_invite_and_three_screens_as_a_walk_in(people, lang):
    words = WORDS[lang]
    facilitator = people("facilitator")
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    open_next_item(facilitator, setup)
    invite = import_invite_list(facilitator, setup)

    # An invite: the Rule screen names the session; one tap reaches the board.
    ada = people("Ada", locale=LANGUAGES[lang], **PHONE)
    ada.page.goto(invite)
    ada.page.wait_for_url(f"**/s/{code}/rule")
    head = ada.page.locator("main h1").inner_text()
    assert words["joining"] in ada.page.locator("main").inner_text()
    assert head.startswith(("Taster", "Schnupper")), head
    assert ada.page.locator("main input[type=checkbox]").count() == 0
    accept = ada.page.locator("main button[name=accept]")
    assert in_first_screen(accept)
    check_accessibility(ada.page, "rule")
    shot(ada.page, f"h16a-phone-{lang}-rule")
    accept.tap()
    ada.page.wait_for_url(f"**/s/{code}")
    wait_live(ada)
    assert in_first_screen(ada.page.locator("#post-text"))
    shot(ada.page, f"h16a-phone-{lang}-board")

    # A walk-in by code: the code, the walk-in page (with the Rule), the board.
    ben = people("Ben", locale=LANGUAGES[lang], **PHONE)
    screens = []
    ben.page.on("framenavigated", lambda frame: screens.append(frame.url)
                if frame == ben.page.main_frame else None)
    ben.goto("/join")
    ben.page.locator("#code").fill(code)
    ben.page.locator("main button[type=submit]").tap()
    ben.page.wait_for_url(f"**/join/{code}")
    check_accessibility(ben.page, "walk-in with the Rule")
    shot(ben.page, f"h16a-phone-{lang}-walk-in")
    ben.page.locator("#name").fill("Ben Walk-in")
    ben.page.locator("#stakeholder_group").select_option(index=1)
    ben.page.locator("main button[name=accept]").tap()
    ben.page.wait_for_url(f"**/s/{code}")
    wait_live(ben)
    pages = list(dict.fromkeys(url.split("?")[0] for url in screens))
    assert len(pages) <= 3, pages

    # The board on a phone: the post form is above the fold; a post is seen at once.
    ben.page.locator("#post-text").fill("A first post from a phone.")
    ben.page.locator("[data-post-submit]").tap()
    posted = ben.page.locator(".board-item.mine", has_text="A first post from a phone.")
    posted.wait_for()
    assert in_first_screen(posted) or in_first_screen(ben.page.locator("[data-post-status]"))


@story_languages("en")
def test_phones_switch_to_session_ended_and_then_offer_the_outcome(people, lang):
    words = WORDS[lang]
    facilitator, setup, code = session_with_options(people)
    phone = walk_in(people, code, f"Closing {lang}", lang)
    page = phone.page

    open_setup_section(facilitator, setup, "close")
    facilitator.page.locator("#close input[type=checkbox]").check()
    facilitator.page.locator("#close button[type=submit]").click()

    ended = page.locator("[data-session-ended]")
    ended.wait_for(timeout=15000)
    assert words["ended"] in ended.inner_text()
    assert words["waiting"] in ended.inner_text()
    assert page.locator("[data-connection]").count() == 0  # no "reconnecting…" forever
    check_accessibility(page, "session ended")
    shot(page, f"h16a-phone-{lang}-ended")

    facilitator.goto(setup + "/export")
    export = facilitator.page
    export.get_by_role("button", name=re.compile(r"^Release")).click()
    export.wait_for_url(re.compile(r"/export"))
    export.get_by_label("Share with participants").check()
    export.get_by_role("button", name="Save", exact=True).click()
    export.wait_for_url(re.compile(r"/export"))

    page.reload()
    download = page.locator("[data-outcome-downloads] a").first
    download.wait_for()
    assert words["download"] in download.inner_text()
    shot(page, f"h16a-phone-{lang}-ended-outcome")
    with page.expect_download() as info:
        download.tap()
    assert info.value.suggested_filename.startswith("outcome-")
    # The join page of the closed session says so and links the outcome.
    page.goto(phone.base_url + f"/join/{code}")
    assert words["ended"] in page.locator("main").inner_text()
    assert page.locator("[data-outcome-downloads] a").count() >= 1


@story_languages("de")
def test_the_post_box_is_in_the_first_screen_on_every_item(people, lang):
    """The longest template's nine items, long guiding questions and all: on a 375×667
    phone the question collapses and the post box stays in the first screen."""
    facilitator = people("facilitator")
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, template="Mixed migration", check=False)
    open_next_item(facilitator, setup)
    phone = walk_in(people, code, f"Long {lang}", lang)
    page = phone.page
    titles = []
    for index in range(9):
        if index:
            before = page.locator("[data-current-item] h1").inner_text()
            open_next_item(facilitator, setup)
            page.wait_for_function(
                "(before) => document.querySelector('[data-current-item] h1')"
                ".textContent !== before", arg=before)
        page.evaluate("() => window.scrollTo(0, 0)")
        titles.append(page.locator("[data-current-item] h1").inner_text())
        box = page.locator("#post-text").bounding_box()
        assert box and box["y"] + box["height"] <= 667, (titles[-1], box)
        assert no_horizontal_scroll(page)
        if index == 1:
            shot(page, f"h16a-phone-{lang}-long-question")
            toggle = page.locator("[data-question-toggle]")
            assert toggle.is_visible()
            toggle.tap()
            assert page.locator("[data-current-item] .question").evaluate(
                "el => el.scrollHeight <= el.clientHeight + 2")
            shot(page, f"h16a-phone-{lang}-long-question-open")
    assert len(set(titles)) == 9


def test_a_held_post_stays_at_the_top_of_its_authors_view(people):
    facilitator = people("facilitator")
    setup, code = console_with_an_open_item(facilitator)
    ada = walk_in(people, code, "Ada Held", "en")
    bea = walk_in(people, code, "Bea Voted", "en")
    bea.page.locator("#post-text").fill("Popular already: one vote.")
    bea.page.locator("[data-post-submit]").tap()
    popular = ada.page.locator(".board-item", has_text="Popular already")
    popular.locator("button.vote").tap()
    popular.locator(".vote-count", has_text="1").wait_for()

    facilitator.page.locator("[data-premoderation]").check()
    ada.page.locator("[data-premoderation-hint]").wait_for(state="visible")
    ada.page.locator("#post-text").fill("Held for approval, no votes yet.")
    ada.page.locator("[data-post-submit]").tap()
    held = ada.page.locator(".board-item.mine", has_text="Held for approval")
    held.wait_for()
    status = ada.page.locator("[data-post-status]")
    assert WORDS["en"]["approval"] in held.inner_text()
    assert in_first_screen(held) or in_first_screen(status)
    for order in ("Recent", "Popular"):  # whatever the order: the held post first
        ada.page.get_by_role("button", name=order).tap()
        assert "Held for approval" in ada.page.locator(".board-item").first.inner_text()
    shot(ada.page, "h16a-phone-en-held-on-top")
