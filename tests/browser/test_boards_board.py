"""The live board on phones: the de-identification warning, a dismissal only its author
sees, sorting, withdrawing, and the console's dismiss and merge controls."""

from __future__ import annotations

import pytest

from .conftest import LAPTOP, check_accessibility
from .steps import console_with_an_open_item, walk_in_on_phones

pytestmark = pytest.mark.browser


def test_flag_warning_dismissal_and_sorting_on_phones(people):
    facilitator = people("facilitator", **LAPTOP)
    setup, code = console_with_an_open_item(facilitator)
    console = facilitator.page

    alma, bruno = walk_in_on_phones(people, code, Alma="Alma Quenby-Sorrel",
                                    Bruno="Bruno Vantongeren")

    # Naming someone: the warning marks the name; Alma edits it out instead of posting.
    box = alma.page.get_by_label("Add a contribution or question")
    box.fill("Bruno Vantongeren made the point about visa delays")
    alma.page.locator("[data-post-submit]").click()
    warning = alma.page.locator("[data-flag-warning]")
    warning.wait_for()
    assert warning.locator("mark").inner_text() == "Bruno Vantongeren"
    check_accessibility(alma.page, "board with the de-identification warning")
    warning.get_by_role("button", name="Edit").click()
    box.fill("Visa delays keep trainees waiting for months")
    alma.page.locator("[data-post-submit]").click()
    mine = alma.page.locator(".board-item.mine", has_text="Visa delays")
    mine.wait_for()
    bruno.page.locator(".board-item", has_text="Visa delays").wait_for()
    assert bruno.page.locator(".board-item", has_text="Vantongeren").count() == 0

    # Bruno posts twice; one is dismissed from the console with a reason only he sees.
    for text in ("Language courses before departure", "Totally unrelated remark"):
        bruno.page.get_by_label("Add a contribution or question").fill(text)
        bruno.page.locator("[data-post-submit]").click()
        bruno.page.locator(".board-item.mine", has_text=text).wait_for()
    off_topic = console.locator("[data-published] .board-item").filter(
        has=console.locator(".item-text", has_text="unrelated"))
    off_topic.get_by_role("button", name="Dismiss").click()
    # The dismiss dialog: nothing chosen for you; reasons to pick, or one's own words.
    dialog = console.locator("[data-dismiss-dialog]")
    assert dialog.locator("input:checked").count() == 0
    dialog.get_by_label("Another reason", exact=True).fill("Please keep to the question")
    dialog.get_by_role("button", name="Dismiss post").click()
    dismissed = bruno.page.locator(".board-item.mine", has_text="unrelated")
    dismissed.locator(".reason", has_text="Please keep to the question").wait_for()
    alma.page.locator(".board-item", has_text="unrelated").wait_for(state="detached")

    # Bruno supports Alma's post: Popular puts it first on her phone, Recent does not.
    bruno.page.locator(".board-item", has_text="Visa delays").locator("button.vote").tap()
    mine.locator(".vote-count", has_text="1").wait_for()
    assert mine.locator("button.vote").is_disabled()  # nobody votes for their own
    alma.page.get_by_role("button", name="Popular").click()
    assert "Visa delays" in alma.page.locator(".board-item").first.inner_text()
    alma.page.get_by_role("button", name="Recent").click()
    assert "Language courses" in alma.page.locator(".board-item").first.inner_text()
    check_accessibility(alma.page, "board after voting and sorting")

    # Alma withdraws her post; it leaves every screen.
    alma.page.once("dialog", lambda dialog: dialog.accept())
    mine.get_by_role("button", name="Withdraw").click()
    bruno.page.locator(".board-item", has_text="Visa delays").wait_for(state="detached")
    check_accessibility(console, "console after moderation")
