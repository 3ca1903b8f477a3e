"""Everything works by keyboard: a participant joins and posts with Tab, Enter and Space
only, and can always see where the focus is."""

from __future__ import annotations

import pytest

from .conftest import LAPTOP, check_accessibility
from .steps import create_session, log_in, open_next_item

pytestmark = pytest.mark.browser


def tab_to(page, selector: str, limit: int = 40) -> None:
    """Press Tab until the focus is on `selector`; the focus must be visible on the way."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate("""(selector) => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {matches: el.matches(selector), tag: el.tagName,
                    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
                    shadow: style.boxShadow !== 'none'};
        }""", selector)
        if state["tag"] != "BODY":
            assert state["outline"] or state["shadow"], f"no visible focus on a {state['tag']}"
        if state["matches"]:
            return
    raise AssertionError(f"{selector} cannot be reached with Tab")


def test_participant_joins_and_posts_with_the_keyboard_only(people):
    facilitator = people("facilitator")
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    open_next_item(facilitator, setup)

    person = people("keyboard user", **LAPTOP)
    page = person.page
    person.goto("/join")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('skip-link')")
    assert page.locator(".skip-link").bounding_box()["x"] >= 0, "the skip link stays hidden"
    tab_to(page, "#code")
    page.keyboard.type(code)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/join/{code}")

    tab_to(page, "#name")
    page.keyboard.type("Keyboard Canary")
    tab_to(page, "#stakeholder_group")
    page.keyboard.press("ArrowDown")
    assert page.locator("#stakeholder_group").input_value() != ""
    # One button joins and accepts the Rule (its text is above it).
    tab_to(page, "main button[name=accept]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/s/{code}")

    page.locator("[data-connection].live").wait_for()
    tab_to(page, "#post-text")
    page.keyboard.type("Training partnerships need a shared curriculum from day one.")
    tab_to(page, "[data-post-submit]")
    page.keyboard.press("Enter")
    mine = page.locator(".board-item.mine")
    mine.wait_for()
    assert "shared curriculum" in mine.inner_text()
    assert "shared curriculum" not in page.locator("#post-text").input_value()
    page.wait_for_function(
        "() => document.getElementById('announcer').textContent.length > 0")
    check_accessibility(page, "board after posting")
