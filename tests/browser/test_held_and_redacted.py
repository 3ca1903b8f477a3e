"""A flagged post its author posts anyway waits for the moderator: nobody else sees it
until the moderator redacts the name, and then everyone sees only the redacted text."""

from __future__ import annotations

import pytest

from .conftest import LAPTOP, check_accessibility
from .steps import console_with_an_open_item, projector_on, select_words, walk_in_on_phones

pytestmark = pytest.mark.browser


def test_a_flagged_post_is_held_then_reaches_the_room_redacted(people):
    facilitator = people("facilitator", **LAPTOP)
    setup, code = console_with_an_open_item(facilitator)
    console = facilitator.page
    projector = projector_on(people, setup)
    alma, bruno = walk_in_on_phones(people, code, Alma="Alma Quenby-Sorrel",
                                    Bruno="Bruno Vantongeren")

    # Alma names Bruno and posts anyway: she sees it waiting, the room does not see it.
    alma.page.get_by_label("Add a contribution or question").fill(
        "Bruno Vantongeren made the point about visa delays")
    alma.page.locator("[data-post-submit]").click()
    alma.page.locator("[data-flag-warning]").wait_for()
    alma.page.get_by_role("button", name="Post anyway").click()
    mine = alma.page.locator(".board-item.mine", has_text="visa delays")
    mine.locator(".badge", has_text="Waiting for approval").wait_for()
    held = console.locator("[data-queue] .board-item", has_text="visa delays")
    held.wait_for()
    bruno.page.reload()
    bruno.page.locator("[data-connection].live").wait_for()
    assert bruno.page.locator(".board-item", has_text="visa delays").count() == 0
    assert "Vantongeren" not in projector.page.content()

    # The moderator selects the name, redacts it with a reason: the room sees the rest.
    select_words(held.locator(".item-text"), "Bruno Vantongeren")
    held.get_by_role("button", name="Redact selection").click()
    console.get_by_label("Why you redact it (the author will see this)").fill(
        "It names a participant")
    check_accessibility(console, "console with the redaction form open")
    console.get_by_role("button", name="Save").click()
    shown = bruno.page.locator(".board-item", has_text="made the point about visa delays")
    shown.wait_for()
    assert shown.locator(".item-text").inner_text().startswith("[redacted] made the point")
    mine.locator(".reason", has_text="It names a participant").wait_for()
    assert "Vantongeren" not in mine.inner_text()
    assert "Vantongeren" not in projector.page.content()
    assert "Vantongeren" not in bruno.page.content()
    check_accessibility(alma.page, "board with a redacted post and its reason")
