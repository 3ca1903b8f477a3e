"""The main story, in one browser test: a facilitator, two participants on phones and the
room's projector take a session from its template to the released outcome.

Each person has a browser context of their own. axe-core checks every page on the way.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from .conftest import PHONE, PROJECTOR, check_accessibility, screenshot
from .steps import accept_rule, create_session, join_as_walk_in, log_in, open_setup_section

pytestmark = pytest.mark.browser

INVITE_LIST = (b"name,email,affiliation,stakeholder_group\n"
               b"Ada Invited,ada@example.org,Ministry of Examples,Public administration\n"
               b"Ben Invited,ben@example.org,Example Business Network,Business\n")
POST = "Partner countries should co-design the curriculum from the first day."
OPTION = "Co-designed curricula for training partnerships"
MEASURE = "Each partnership sets up a joint curriculum board in its first month."


def import_invite_list(facilitator, setup: str) -> str:
    """Upload the invite list on the set-up page; return Ada's personal invite link."""
    page = facilitator.page
    open_setup_section(facilitator, setup, "roster")
    page.locator("#csv_file").set_input_files(
        {"name": "invites.csv", "mimeType": "text/csv", "buffer": INVITE_LIST})
    page.get_by_role("button", name="Import", exact=True).click()
    page.wait_for_url(re.compile(r"#roster$"))
    assert "2 participants added" in page.locator(".flash").inner_text()
    check_accessibility(page, "set-up with invite list")
    return page.get_by_label("Invite link for Ada Invited", exact=True).input_value()


def open_console(facilitator, setup: str):
    page = facilitator.page
    facilitator.goto(setup)
    page.get_by_role("link", name="Console").click()
    page.wait_for_url("**/console")
    page.locator("[data-connection].live").wait_for()
    return page


def test_main_story(people):
    # -- The facilitator creates the session from a template and imports the invite list.
    facilitator = people("facilitator")
    log_in(facilitator)
    setup, code = create_session(facilitator)
    invite = import_invite_list(facilitator, setup)

    # -- In the console: pre-moderation on for the first item, then open it.
    console = open_console(facilitator, setup)
    console.locator("[data-agenda-next]").click()
    console.locator("[data-agenda-list] .state-open").wait_for()
    premoderation = console.locator("[data-premoderation]")
    premoderation.check()
    console.wait_for_timeout(200)
    console.reload()
    console.locator("[data-connection].live").wait_for()
    assert premoderation.is_checked(), "pre-moderation did not stick"
    check_accessibility(console, "console")

    # -- The room's projector (the facilitator's login, on the big screen).
    projector = people("projector", **PROJECTOR)
    log_in(projector, check=False)
    projector.goto(setup + "/projector")
    room = projector.page
    room.locator("[data-connection].live").wait_for()
    assert code in room.locator(".projector-code").inner_text()
    check_accessibility(room, "projector")

    # -- Ada opens her invite link on her phone; Ben walks in with the code.
    ada = people("Ada", **PHONE)
    ada.page.goto(invite)
    accept_rule(ada, code)
    ben = people("Ben", **PHONE)
    join_as_walk_in(ben, code, "Ben Walk-in")
    for person in (ada, ben):
        person.page.locator("[data-connection].live").wait_for()
        assert person.page.locator("[data-premoderation-hint]").is_visible()
    check_accessibility(ada.page, "participant board")

    # -- Ada posts; her post waits for approval and only she sees it.
    ada.page.get_by_label("Add a contribution or question").fill(POST)
    ada.page.locator("[data-post-submit]").click()
    held = ada.page.locator(".board-item.mine", has_text=POST)
    held.wait_for()
    assert "Waiting for approval" in held.inner_text()
    ada.page.wait_for_function(
        "() => document.getElementById('announcer').textContent.includes('approve')")
    check_accessibility(ada.page, "board with a held post")
    assert ben.page.locator(".board-item", has_text=POST).count() == 0

    # -- The facilitator approves it; it appears on Ben's phone and on the projector.
    queued = console.locator("[data-queue] .board-item", has_text=POST)
    queued.wait_for()
    queued.get_by_role("button", name="Approve", exact=True).click()
    console.locator("[data-published] .board-item", has_text=POST).wait_for()
    ben.page.locator(".board-item", has_text=POST).wait_for()
    room.locator(".projector-item", has_text=POST).wait_for()
    ada.page.locator(".board-item.mine", has_text=POST).filter(
        has_not_text="Waiting for approval").wait_for()
    ben.page.wait_for_function(
        "() => document.getElementById('announcer').textContent.length > 0")
    assert ben.page.locator(".board-item", has_text=POST).locator(".badge-mine").count() == 0

    # -- Ben votes; the tally moves on Ada's phone, the console and the projector.
    ben.page.locator(".board-item", has_text=POST).locator("button.vote").tap()
    ada.page.locator(".board-item.mine", has_text=POST).locator(
        ".vote-count", has_text="1").wait_for()
    room.locator(".projector-item", has_text=POST).locator(
        ".projector-votes", has_text="1").wait_for()
    console.locator('[data-count="votes"]', has_text="1").wait_for()
    check_accessibility(ben.page, "board after voting")

    # -- Spotlight: the post is in focus on the projector.
    console.locator("[data-published] .board-item", has_text=POST).get_by_role(
        "button", name="Spotlight").click()
    room.locator("[data-spotlight] .spotlight-item", has_text=POST).wait_for()
    console.locator("[data-spotlight-preview]", has_text=POST).wait_for()  # live, not at once
    assert console.locator("[data-spotlight-preview]").inner_text() == POST
    for readable in ("[data-item-title]", "[data-item-question]",
                     ".spotlight-item .projector-text"):
        size = room.locator(readable).evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        assert size >= 40, f"{readable} on the projector is {size}px"
    check_accessibility(room, "projector with spotlight")
    screenshot(room, "projector-story")
    screenshot(console, "laptop-en-console-story")
    screenshot(ben.page, "phone-en-board-story")

    # -- The facilitator promotes the post to a policy option in the options workspace.
    facilitator.goto(setup + "/options")
    workspace = facilitator.page
    check_accessibility(workspace, "options workspace")
    workspace.locator("#create").get_by_label(POST).check()
    workspace.locator("#new-f_title").fill(OPTION)
    workspace.locator("#new-f_measure").fill("A joint curriculum board for each partnership.")
    workspace.locator("#create button[type=submit]").click()
    workspace.wait_for_url(re.compile(r"#option-"))
    assert OPTION in workspace.locator("main").inner_text()

    # -- Co-editing: Ada rewrites the measure on her phone; Ben reads her text.
    ada.goto(f"/s/{code}/options")
    check_accessibility(ada.page, "options list")
    ada.page.get_by_role("link", name=OPTION).click()
    option_path = ada.page.url.removeprefix(ada.base_url)
    check_accessibility(ada.page, "option page")
    ada.page.get_by_role("link", name="Edit the text").click()
    check_accessibility(ada.page, "option editor")
    ada.page.locator("#f_measure").fill(MEASURE)
    ada.page.locator("main form button[type=submit]").click()
    ada.page.wait_for_url("**" + option_path)
    ben.goto(option_path)
    assert MEASURE in ben.page.locator("main").inner_text()
    screenshot(ben.page, "phone-en-option-story")

    # -- A rating round: opened, both rate on their phones, results revealed.
    facilitator.goto(setup + "/options")
    workspace.locator("#rounds").get_by_label(re.compile("Rating")).check()
    workspace.locator("#rounds").get_by_label(OPTION).check()
    workspace.locator("#rounds").get_by_role("button", name="Open the round").click()
    workspace.wait_for_url(re.compile(r"#rounds$"))
    for person, score in ((ada, "4"), (ben, "5")):
        person.goto(option_path)
        form = person.page.locator(".round-form form")
        for fieldset in form.locator("fieldset").all():
            fieldset.get_by_label(score, exact=True).check()
        check_accessibility(person.page, "rating form")
        form.get_by_role("button", name="Send my rating").click()
        person.page.get_by_text("your rating is in").wait_for()
    facilitator.goto(setup + "/options")
    workspace.locator("#rounds").get_by_role("button", name="Reveal results to everyone").click()
    workspace.wait_for_url(re.compile(r"#rounds$"))
    # The room sees the revealed results live; with two raters (k = 5) no figure is
    # shown, or each could work out the other's scores.
    on_screen = room.locator(".projector-results")
    on_screen.locator(".result-option", has_text=OPTION).wait_for()
    assert "too few answers to show" in on_screen.inner_text()
    assert "n = 2" not in on_screen.inner_text() and "4.5" not in on_screen.inner_text()
    check_accessibility(room, "projector with results")
    screenshot(room, "projector-results-story")
    ada.goto(option_path)
    results = ada.page.get_by_role("region", name="Rating results")
    assert "too few answers to show" in results.inner_text()
    assert "n = 2" not in results.inner_text()
    check_accessibility(ada.page, "option with results")
    screenshot(ada.page, "phone-en-option-results-story")

    # -- The outcome: preview, release, download the PDF and find the post in it.
    facilitator.goto(setup + "/export")
    export = facilitator.page
    check_accessibility(export, "export preview")
    screenshot(export, "laptop-en-export-preview")
    export.get_by_role("button", name=re.compile(r"^Release")).click()
    export.wait_for_url(re.compile(r"/export"))
    assert "released" in export.locator(".flash").inner_text()
    with export.expect_download() as download_info:
        export.get_by_role("link", name="PDF").click()
    pdf = download_info.value
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(
        io.BytesIO(Path(pdf.path()).read_bytes())).pages)
    text = re.sub(r"\s+", " ", text)
    assert "Chatham House Rule" in text
    assert "co-design the curriculum" in text
    assert OPTION in text and "joint curriculum board" in text
    for name in ("Ada Invited", "Ben Walk-in", "Ministry of Examples"):
        assert name not in text
