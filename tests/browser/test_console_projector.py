"""The facilitator's console and the projector (issues 16 and 17), in English and German:
the current and next item stay at the top with the clock against the plan, each card
offers the actions that fit it, dismiss asks for a reason in a dialog, dismiss and merge
are undone for real (the server's state is read back), the merged post's author is told,
removing asks first, the projector shows what the console chooses (and the console's
preview the same), survives a reload, and never scrolls at 1920 × 1080 or 1280 × 720 with
the most a session holds: ten posts of the longest length, a long question, results.
The moderation log lists what was done and why, never who wrote it.

Screenshots go to /tmp/h17c-shots/ (outside the repository)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import LAPTOP, PROJECTOR, Person, check_accessibility, story_languages
from .steps import create_session, log_in, open_setup_section, wait_live, walk_in_on_phones

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/h17c-shots")

WORDS = {
    "en": {"now": "Now", "undo": "Undo", "log": "Moderation log",
           "minutes": "1 min", "dismissed": "Dismissed", "off_topic": "Off topic for this item",
           "pause": "Pause", "answered": "Answered"},
    "de": {"now": "Jetzt", "undo": "Rückgängig", "log": "Moderationsprotokoll",
           "minutes": "1 Min.", "dismissed": "Abgelehnt",
           "off_topic": "Passt nicht zu diesem Punkt", "pause": "Pause",
           "answered": "Beantwortet"},
}
# The longest a session allows by default (1,000 characters), in plain lowercase words so
# that the de-identification warning has nothing to flag.
FILLER = ("the partnership should fund language courses before departure and keep the "
          "trainees informed about every step of the recognition process while they wait ")
QUESTION = ("what would make a training partnership with a partner country worthwhile for "
            "the trainees, the companies that take them on, the vocational schools and the "
            "partner country itself, and what should we avoid? ") * 5  # ~ 1,000 characters


def long_post(n: int) -> str:
    head = f"point {n}: "
    return (head + FILLER * 8)[:1000].rstrip()


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def fits(page) -> bool:
    return page.evaluate(
        "() => document.scrollingElement.scrollHeight <= window.innerHeight")


def fits_at_both_sizes(room, name: str) -> None:
    for width, height in ((1920, 1080), (1280, 720)):
        room.set_viewport_size({"width": width, "height": height})
        room.wait_for_function("() => document.scrollingElement.scrollHeight <= innerHeight")
        assert fits(room), f"{name} scrolls at {width}x{height}"
        shoot(room, f"projector-{name}-{width}x{height}")
    room.set_viewport_size(PROJECTOR["viewport"])


def boards_state(facilitator: Person, sid: str) -> dict[str, dict]:
    """The server's view of every item (the owner's JSON API), by text's first words."""
    reply = facilitator.page.request.get(f"{facilitator.base_url}/api/v1/sessions/{sid}/boards")
    assert reply.ok, reply.status
    items = [item for board in reply.json()["boards"].values() for item in board["items"]]
    return {item["text"][:9]: item for item in items}


def card(console, text: str, where: str = "[data-published]"):
    return console.locator(f"{where} .board-item").filter(
        has=console.locator(".item-text", has_text=text))


def post(phone: Person, text: str, question: bool = False) -> None:
    page = phone.page
    page.locator(f"input[name=kind][value={'question' if question else 'contribution'}]").check()
    page.locator("#post-text").fill(text)
    page.locator("[data-post-submit]").click()
    page.locator(".board-item.mine", has_text=text[:30]).wait_for()


@story_languages("de")
def test_console_and_projector(people, lang):
    words = WORDS[lang]
    locale = "de-DE" if lang == "de" else "en-GB"
    facilitator = people("facilitator", locale=locale, **LAPTOP)
    page = facilitator.page
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    sid = setup.rsplit("/", 1)[-1]

    # -- Set-up: k = 2 (so two ratings show figures), a long question and a 1-minute plan
    # on the first item.
    open_setup_section(facilitator, setup, "settings")
    page.locator("#k_anonymity").fill("2")
    with page.expect_navigation():
        page.locator("#settings button[type=submit]").click()
    open_setup_section(facilitator, setup, "agenda")
    page.locator("#agenda .agenda-item details > summary").first.click()
    first = page.locator("#agenda .agenda-item details form").first
    first.locator("textarea[name$='-question']").fill(QUESTION)
    first.locator("textarea[name$='-question_de']").fill(QUESTION)
    first.locator("input[name$='-minutes']").fill("1")
    with page.expect_navigation():
        first.locator("button[type=submit]").click()
    # The plan shows on the set-up page; removing an agenda item asks first, "no" keeps it.
    open_setup_section(facilitator, setup, "agenda")
    assert page.locator("#agenda [data-planned]").count() >= 1
    removable = page.locator("#agenda form[data-confirm]")
    count = removable.count()
    assert count >= 1
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    removable.last.locator("button").click()
    page.wait_for_timeout(300)
    assert asked and page.locator("#agenda form[data-confirm]").count() == count

    # -- The console: the now/next bar at the top, open the first item from it.
    facilitator.goto(setup + "/console")
    wait_live(facilitator)
    page.locator("[data-agenda-next]").click()
    page.locator("[data-agenda-list] .state-open").wait_for()
    now = page.locator("[data-now]")
    assert words["now"] in now.inner_text()
    assert words["minutes"] in now.locator("[data-timer-plan]").inner_text()
    page.wait_for_function("() => document.querySelector('[data-timer]').textContent !== '0:00'",
                           timeout=5000)
    # The projector, live, in the same language.
    projector = people("projector", locale=locale, **PROJECTOR)
    projector.context.add_cookies(facilitator.context.cookies())
    projector.goto(setup + "/projector")
    wait_live(projector)
    room = projector.page

    # -- Three phones; a new post with no votes appears on the projector at once.
    ana, ben, cem = walk_in_on_phones(people, code, Ana="Ana Konsole", Ben="Ben Konsole",
                                      Cem="Cem Konsole")
    post(ana, "a question: who pays for the courses?", question=True)
    room.locator(".projector-item", has_text="who pays for the courses").wait_for()
    for n, phone in enumerate((ana, ben, cem, ana, ben, cem, ana, ben, cem, ana)):
        post(phone, long_post(n))
    card(page, "point 9").wait_for()
    # Eleven posts, all but one without votes: the board mode shows the top ten, ties by
    # the items' random ids, so which post is left out varies; ten are on screen live.
    room.locator(".projector-item").nth(9).wait_for()

    # -- Each card offers what fits: "Mark answered" on the question only, no "Approve"
    # on a published post; the rarer actions under "More…".
    question = card(page, "who pays")
    contribution = card(page, "point 0")
    assert question.locator("[data-action=answer]").count() == 1
    assert contribution.locator("[data-action=answer]").count() == 0
    assert contribution.locator("[data-action=approve]").count() == 0
    assert not contribution.locator("[data-action=edit]").is_visible()
    ben.page.locator(".board-item", has_text="who pays").locator("button.vote").tap()
    room.locator(".projector-item", has_text="who pays").locator(".projector-votes",
                                                                 has_text="1").wait_for()
    question.locator("[data-action=answer]").click()
    room.locator(".projector-item.is-answered .answered-banner",
                 has_text=words["answered"]).wait_for()

    # -- The page scrolls, the now bar and the side panels stay in view.
    page.mouse.wheel(0, 2500)
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.scrollY") > 300
    for sticky in ("[data-now]", ".console-side", ".console-agenda"):
        box = page.locator(sticky).bounding_box()
        assert box and 0 <= box["y"] < 900, (sticky, box)
    shoot(page, f"console-{lang}-scrolled")
    page.evaluate("() => window.scrollTo(0, 0)")

    # -- Dismiss: a dialog with reasons, nothing chosen for you; then Undo puts it back.
    contribution.locator("[data-action=dismiss]").click()
    dialog = page.locator("[data-dismiss-dialog]")
    assert dialog.is_visible() and dialog.locator("input:checked").count() == 0
    dialog.locator("[data-dismiss-submit]").click()  # no reason: told so, nothing sent
    assert dialog.locator("[data-dismiss-error]").is_visible()
    shoot(page, f"console-{lang}-dismiss-dialog")
    check_accessibility(page, f"console with the dismiss dialog ({lang})")
    dialog.get_by_label(words["off_topic"]).check()
    dialog.locator("[data-dismiss-submit]").click()
    toast = page.locator("[data-toast]")
    toast.wait_for()
    shoot(page, f"console-{lang}-undo-toast")
    assert boards_state(facilitator, sid)["point 0: "]["status"] == "dismissed"
    room.locator(".projector-item", has_text="point 0").wait_for(state="detached")
    toast.get_by_role("button", name=words["undo"]).click()
    card(page, "point 0").wait_for()
    assert boards_state(facilitator, sid)["point 0: "]["status"] == "published"
    ben.page.locator(".board-item", has_text="point 0").wait_for()

    # -- Merge (asks first), the author is told on her phone; Undo separates them again.
    cem.page.locator(".board-item", has_text="point 0").locator("button.vote").tap()
    page.locator('[data-count="votes"]', has_text="2").wait_for()
    page.once("dialog", lambda dialog: dialog.accept())
    point0 = card(page, "point 0")
    point0.locator(".more-actions > summary").click()
    point0.locator("select.merge-select").select_option(label=long_post(1)[:60])
    point0.wait_for(state="detached")
    ana.page.locator("[data-merged-notice]").wait_for()
    assert "point 0" in ana.page.locator("[data-merged-notice]").inner_text()
    state = boards_state(facilitator, sid)
    assert "point 0: " not in state and state["point 1: "]["votes"] == 1
    page.locator("[data-toast]").get_by_role("button", name=words["undo"]).click()
    card(page, "point 0").wait_for()
    state = boards_state(facilitator, sid)
    assert state["point 0: "]["status"] == "published" and state["point 0: "]["votes"] == 1
    assert state["point 1: "]["votes"] == 0
    ana.page.locator(".board-item.mine", has_text="point 0").wait_for()

    # A dismissal that stays, and a moderator's edit, for the log.
    card(page, "point 2").locator("[data-action=dismiss]").click()
    dialog.get_by_label(words["off_topic"]).check()
    dialog.locator("[data-dismiss-submit]").click()
    card(page, "point 2").wait_for(state="detached")
    edited = card(page, "point 3")
    edited.locator(".more-actions > summary").click()
    edited.locator("[data-action=edit]").click()
    edited.locator("form.inline-edit textarea").fill("point 3: shortened by the moderator")
    edited.locator("form.inline-edit button.primary").click()
    card(page, "shortened by the moderator").wait_for()
    shoot(page, f"console-{lang}")
    check_accessibility(page, f"console ({lang})")

    # -- The projector at its fullest: ten posts, the long question; no scrollbar.
    room.locator(".projector-item").nth(9).wait_for()
    assert room.locator(".projector-item").count() == 10
    fits_at_both_sizes(room, f"{lang}-board")
    check_accessibility(room, f"projector, ten items ({lang})")
    # Orders are stable: a reload shows the same order.
    order = room.locator(".projector-item .projector-text").all_inner_texts()
    room.reload()
    wait_live(projector)
    room.locator(".projector-item").nth(9).wait_for()
    assert room.locator(".projector-item .projector-text").all_inner_texts() == order

    # -- The console chooses the view; the projector and the console's preview follow,
    # and a reload keeps it.
    preview = page.frame_locator("[data-preview]")
    for mode in ("new", "spotlight", "join", "pause"):
        if mode == "spotlight":
            card(page, "point 4").locator("[data-action=spotlight]").click()
        page.locator(f"[data-mode-choice][value={mode}]").check()
        room.locator(f"[data-projector][data-mode={mode}]").wait_for()
        preview.locator(f"[data-projector][data-mode={mode}]").wait_for()
        fits_at_both_sizes(room, f"{lang}-{mode}")
    assert room.locator("[data-pause] .pause-big", has_text=words["pause"]).is_visible()
    shoot(page, f"console-{lang}-preview-pause")
    room.reload()
    wait_live(projector)
    room.locator("[data-projector][data-mode=pause] [data-pause]").wait_for()
    assert room.locator("[data-pause]").is_visible()
    page.locator("[data-mode-choice][value=board]").check()
    room.locator("[data-projector][data-mode=board]").wait_for()
    # The clock on the projector, if chosen: it runs, against the plan.
    assert room.locator("[data-projector-timer]").is_hidden()
    page.locator("[data-projector-timer]").check()
    clock = room.locator("[data-projector-timer]")
    clock.wait_for()
    assert words["minutes"] in clock.inner_text()
    first_reading = clock.inner_text()
    room.wait_for_function("(before) => document.querySelector('[data-projector-timer]')"
                           ".textContent !== before", arg=first_reading, timeout=5000)
    preview.locator("[data-projector-timer]").wait_for()
    fits_at_both_sizes(room, f"{lang}-board-timer")

    # -- Results of one option: a rating round with two raters (k = 2), revealed; the
    # projector shows that option's figures and still fits.
    facilitator.goto(setup + "/options")
    workspace = facilitator.page
    workspace.locator("#new-f_title").fill("Joint curriculum boards")
    workspace.locator("#new-f_measure").fill("Each partnership sets up a curriculum board.")
    workspace.locator("#create button[type=submit]").click()
    workspace.wait_for_url(re.compile(r"#option-"))
    workspace.locator("#rounds input[name=round-kind][value=rating]").check()
    workspace.locator("#rounds input[name=round-options]").first.check()
    workspace.locator("#rounds form button[type=submit]").click()
    workspace.wait_for_url(re.compile(r"#rounds$"))
    for phone, score in ((ana, "4"), (ben, "5")):
        phone.goto(f"/s/{code}/options")
        phone.page.get_by_role("link", name="Joint curriculum boards").click()
        form = phone.page.locator(".round-form form")
        for fieldset in form.locator("fieldset").all():
            fieldset.locator(f"input[value='{score}']").check()
        form.locator("button[type=submit]").click()
        phone.page.wait_for_load_state()
    facilitator.goto(setup + "/console")
    wait_live(facilitator)
    projector_in_console = page.frame_locator("[data-preview]")
    second = people("workspace", locale=locale, **LAPTOP)
    second.context.add_cookies(facilitator.context.cookies())
    second.goto(setup + "/options")
    second.page.locator("#rounds form[action*=reveal] button").click()
    room.locator("[data-projector][data-mode=results] .result-option",
                 has_text="Joint curriculum boards").wait_for()
    assert "n = 2" in room.locator("[data-results]").inner_text()
    projector_in_console.locator("[data-mode=results] .result-option").wait_for()
    page.locator("[data-mode-choice][value=results]:checked").wait_for()
    fits_at_both_sizes(room, f"{lang}-results")
    room.reload()
    wait_live(projector)
    room.locator("[data-projector][data-mode=results] .result-option").wait_for()

    # -- The timer ran past the 1-minute plan? Not in a test; it runs and the total
    # follows: both read more than zero, and the plan is shown beside them.
    assert page.locator("[data-timer]").inner_text() not in ("0:00", "–")
    assert page.locator("[data-total]").inner_text() != "0:00"

    # -- The moderation log, from the session's navigation: what and why, not who.
    page.locator("[data-session-nav]").get_by_role("link", name=words["log"]).click()
    page.wait_for_url("**/moderation")
    log = page.locator("[data-moderation-log]")
    text = log.inner_text()
    assert words["off_topic"] in text and words["dismissed"] in text
    assert log.locator("[data-log-entry]").count() == 2  # the undone acts are not there
    for name in ("Ana", "Ben", "Cem", "Konsole"):
        assert name not in page.locator("main").inner_text()
    shoot(page, f"moderation-log-{lang}")
    check_accessibility(page, f"moderation log ({lang})")
