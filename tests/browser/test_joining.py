"""Joining in a real browser: by code as a walk-in, and the page that follows."""

from __future__ import annotations

import pytest

from .conftest import PHONE, check_accessibility
from .steps import create_session, join_as_walk_in, log_in

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
