"""The facilitator selects words the check missed in the export preview, redacts them,
releases, and the downloaded report reads "[redacted]" in their place."""

from __future__ import annotations

import re

import pytest

from .conftest import LAPTOP, PHONE, check_accessibility
from .steps import create_session, join_as_walk_in, log_in, open_next_item, select_words

pytestmark = pytest.mark.browser


def test_a_selected_passage_is_redacted_in_the_released_report(people):
    facilitator = people("facilitator", **LAPTOP)
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    open_next_item(facilitator, setup)
    alma = people("Alma", **PHONE)
    join_as_walk_in(alma, code, "Alma Quenby-Sorrel", check=False)
    alma.page.locator("[data-connection].live").wait_for()
    alma.page.get_by_label("Add a contribution or question").fill(
        "The pilot at Quillfeather depot went well")
    alma.page.locator("[data-post-submit]").click()
    alma.page.locator(".board-item.mine", has_text="Quillfeather").wait_for()

    facilitator.goto(setup + "/export")
    export = facilitator.page
    redact = export.get_by_role("button", name="Redact the selected words")
    assert redact.is_disabled()
    passage = export.locator(".report-preview [data-passage]", has_text="Quillfeather")
    select_words(passage, "Quillfeather depot")
    export.locator("[data-redact-selected]", has_text="Quillfeather depot").wait_for()
    redact.click()
    export.wait_for_url(re.compile(r"/export"))
    assert "redacted in every later release" in export.locator(".flash").inner_text()
    assert export.locator(".flag-table", has_text="Selected by you").count() == 1
    check_accessibility(export, "export preview with a redacted passage")
    export.get_by_role("button", name=re.compile(r"^Release")).click()
    export.wait_for_url(re.compile(r"/export"))
    for fmt in ("HTML", "Markdown"):
        href = export.get_by_role("link", name=fmt, exact=True).get_attribute("href")
        body = export.request.get(facilitator.base_url + href).text()
        assert "Quillfeather" not in body, fmt
        # "[redacted]" as written in Markdown, set as a redaction in HTML
        assert re.search(r'The pilot at (<span class="redacted">)?\[redacted\](</span>)? went well',
                         body), fmt
