"""Participant pages on a phone: every control large enough to tap, nothing wider than
the screen; the projector readable from the back of the room."""

from __future__ import annotations

import re

import pytest

from .conftest import PHONE, no_horizontal_scroll, screenshot, small_touch_targets
from .steps import create_session, log_in

pytestmark = pytest.mark.browser


def assert_phone_friendly(page, name: str) -> None:
    screenshot(page, f"phone-{name}")
    assert no_horizontal_scroll(page), f"{name}: the page is wider than the phone"
    small = small_touch_targets(page)
    assert not small, f"{name}: controls smaller than 44x44 px:\n" + "\n".join(small)


def test_participant_pages_have_touch_targets_of_44px(people):
    facilitator = people("facilitator")
    log_in(facilitator, check=False)
    _setup, code = create_session(facilitator, check=False)

    phone = people("participant", **PHONE)
    page = phone.page
    phone.goto("/join")
    assert_phone_friendly(page, "join")
    page.get_by_label("Session code").fill("NOSUCH")
    page.get_by_role("button", name="Join", exact=True).click()
    assert_phone_friendly(page, "join-unknown-code")
    phone.goto(f"/join/{code}")
    assert_phone_friendly(page, "walk-in")
    page.get_by_label("Your name").fill("Touch Canary")
    page.get_by_label("Stakeholder group").select_option(index=1)
    page.locator("main button[name=accept]").click()
    page.wait_for_url(f"**/s/{code}")
    page.locator("[data-connection].live").wait_for()
    assert_phone_friendly(page, "session")

    phone.goto(f"/s/{code}/options")
    assert_phone_friendly(page, "options")
    page.locator(f"a[href='/s/{code}/options/new']").click()
    page.wait_for_url("**/options/new")
    assert_phone_friendly(page, "option-new")
    page.locator("#f_title").fill("Touch-friendly option")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/options/[^/]+$"))
    assert_phone_friendly(page, "option")
