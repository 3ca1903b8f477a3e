"""Joining in a real browser: by code as a walk-in, and the page that follows."""

from __future__ import annotations

import pytest

from .conftest import PHONE, check_accessibility
from .steps import create_session, join_as_walk_in, log_in, open_setup_section, wait_live

pytestmark = pytest.mark.browser


def test_walk_in_joins_by_code_on_a_phone(people):
    facilitator = people("facilitator")
    log_in(facilitator)
    check_accessibility(facilitator.page, "sessions list")
    _setup, code = create_session(facilitator)
    check_accessibility(facilitator.page, "set-up")

    phone = people("participant", **PHONE)
    join_as_walk_in(phone, code, "Walk-in Canary")
    page = phone.page
    assert page.locator(".session-title").inner_text().startswith("Taster")
    check_accessibility(page, "session page")


def test_a_person_whose_link_is_reissued_is_told_on_their_open_page(people):
    """The facilitator clicks "New link": the person's open board says their seat went to a
    new link, so someone who did not ask for one knows to speak up."""
    facilitator = people("facilitator")
    log_in(facilitator)
    setup, code = create_session(facilitator, check=False)
    phone = people("participant", **PHONE)
    join_as_walk_in(phone, code, "Reissued Canary", check=False)
    wait_live(phone)

    open_setup_section(facilitator, setup, "roster")
    row = facilitator.page.locator("#roster tr", has_text="Reissued Canary")
    row.get_by_role("button", name="New link").click()

    notice = phone.page.locator("[data-post-error]")
    notice.wait_for(state="visible")
    assert "new invitation link" in notice.inner_text()
    assert not phone.page.locator("[data-post-submit]").is_visible()
    phone.page.reload()
    assert "no longer holds your seat" in phone.page.locator("main").inner_text()
