"""Every facilitator page of a session carries its navigation, the current page and the state."""

import re

import pytest

from dialogue.extensions import db

PAGES = {
    "setup": "/facilitate/{sid}",
    "console": "/facilitate/{sid}/console",
    "options": "/facilitate/{sid}/options",
    "export": "/facilitate/{sid}/export",
    "invitations": "/facilitate/{sid}/invitations",
}
CURRENT = {"invitations": "setup"}


def _nav(page: str) -> str:
    match = re.search(r'<nav class="session-nav".*?</nav>', page, re.S)
    assert match, "the page has no session navigation"
    return match.group(0)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_facilitator_page_shows_the_session_navigation_and_where_you_are(
        facilitator_browser, factory, name):
    session = factory.live_session()
    page = facilitator_browser.get(PAGES[name].format(sid=session.public_id))
    assert page.status_code == 200
    nav = _nav(page.get_data(as_text=True))
    for target in ("", "/console", "/options", "/projector", "/export"):
        assert f'href="/facilitate/{session.public_id}{target}"' in nav
    current = re.findall(r'href="([^"]+)" aria-current="page"', nav)
    expected = PAGES[CURRENT.get(name, name)].format(sid=session.public_id)
    assert current == [expected]
    assert 'data-session-state="live"' in nav


def test_navigation_shows_a_draft_and_a_closed_session_as_such(facilitator_browser, factory):
    session = factory.session()
    nav = _nav(facilitator_browser.get(f"/facilitate/{session.public_id}").get_data(as_text=True))
    assert 'data-session-state="draft"' in nav and ">draft<" in nav
    session.status = "closed"
    db.session.commit()
    nav = _nav(facilitator_browser.get(f"/facilitate/{session.public_id}").get_data(as_text=True))
    assert 'data-session-state="closed"' in nav and ">closed<" in nav


def test_navigation_speaks_german(facilitator_browser, factory):
    session = factory.live_session()
    facilitator_browser.post("/lang/de", {"next": "/join"})
    nav = _nav(facilitator_browser.get(f"/facilitate/{session.public_id}").get_data(as_text=True))
    assert "Einrichtung" in nav and "Moderationspult" in nav and "Projektor" in nav
