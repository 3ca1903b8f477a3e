"""After login and after a language switch the app redirects only to a path on this site,
however the ``next`` target is crafted (property-based: hostile pieces in any order)."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ..conftest import csrf_from

SITE = "http://dialogue.test"
PIECES = ["/", "//", "///", "\\", "\\\\", "/\\", "\t", "\n", "\r", "\x00", " ", "%09", "%0a",
          "%2f", "%2F", "%5c", "%5C", "%252f", "%00", "http:", "https:", "javascript:",
          "data:", "evil.example", "@evil.example", "evil.example:80", "?", "#", ".", "..",
          "facilitate", "\u3000", "\uff0f", "\u2044", "\ufeff", ":"]
hostile_targets = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1,
                           max_size=8).map("".join)
PROPERTY = settings(max_examples=300, deadline=None, database=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))


def as_a_browser_reads(location: str) -> str:
    """Resolve a Location header the way the WHATWG URL parser does (the part of it that
    matters here): outer spaces and C0 stripped, tabs and line breaks dropped, and a
    backslash read as a slash in http(s) addresses."""
    cleaned = re.sub(r"[\t\n\r]", "", location.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08"
                                                        "\x0b\x0c\x0e\x0f\x10\x11\x12\x13"
                                                        "\x14\x15\x16\x17\x18\x19\x1a\x1b"
                                                        "\x1c\x1d\x1e\x1f \t\n\r"))
    return urljoin(SITE + "/facilitate/login", cleaned.replace("\\", "/"))


def assert_stays_on_site(response) -> None:
    location = response.headers.get("Location")
    if location is None:
        assert response.status_code < 500
        return
    for read in (urljoin(SITE + "/facilitate/login", location), as_a_browser_reads(location)):
        parts = urlsplit(read)
        assert (parts.scheme, parts.netloc) == ("http", "dialogue.test"), (location, read)


def test_login_redirects_only_to_this_site(app, factory):
    email, password = factory.facilitator.email, factory.password

    @PROPERTY
    @given(target=hostile_targets)
    @example(target="/\t/evil.example")
    @example(target="/%09/evil.example")
    @example(target="/\\evil.example")
    @example(target="/%2F/evil.example")
    @example(target="//[")  # urlsplit raises on these: refused, not a server error
    @example(target="//\u2100evil.example")
    def login_with(target):
        client = app.test_client()
        token = csrf_from(client.get("/facilitate/login").get_data(as_text=True))
        response = client.post("/facilitate/login", query_string={"next": target},
                               data={"csrf_token": token, "email": email,
                                     "password": password})
        assert_stays_on_site(response)

    login_with()


def test_the_reported_redirect_to_evil_example_is_refused(app, factory, browser):
    response = browser.post("/facilitate/login?next=/%09/evil.example",
                            {"email": factory.facilitator.email, "password": factory.password},
                            token_from="/facilitate/login")
    assert_stays_on_site(response)  # refused outright (400): the address holds a tab
    assert "evil.example" not in response.headers.get("Location", "")
    back = browser.post("/facilitate/login?next=/facilitate/%3Fx%3D1",
                        {"email": factory.facilitator.email, "password": factory.password},
                        token_from="/facilitate/login")
    assert back.headers["Location"].endswith("/facilitate/?x=1")  # a real path is kept


def test_language_switch_redirects_only_to_this_site(app):
    client = app.test_client()
    token = csrf_from(client.get("/join").get_data(as_text=True))

    @PROPERTY
    @given(target=hostile_targets)
    @example(target="/\t/evil.example")
    @example(target="\\\\evil.example")
    def switch_with(target):
        response = client.post("/lang/de", data={"csrf_token": token, "next": target})
        assert_stays_on_site(response)

    switch_with()
