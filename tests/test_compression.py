"""Gzip for the browser files only: never a page (its CSRF token must not be compressed
next to text a visitor typed, BREACH)."""

import gzip

import pytest


@pytest.mark.parametrize("url", ["/static/css/app.css", "/static/js/board.js",
                                 "/vendor/socket.io.min.js"])
def test_browser_files_are_gzipped_for_a_browser_that_asks(client, url):
    plain = client.get(url)
    assert plain.status_code == 200 and "Content-Encoding" not in plain.headers
    packed = client.get(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert gzip.decompress(packed.get_data()) == plain.get_data()
    assert len(packed.get_data()) < len(plain.get_data()) / 2
    plain.close()
    packed.close()


def test_pages_and_small_or_conditional_answers_are_never_gzipped(client):
    page = client.get("/join", headers={"Accept-Encoding": "gzip"})
    assert page.status_code == 200 and "Content-Encoding" not in page.headers
    assert "csrf" in page.get_data(as_text=True).lower()
    first = client.get("/static/css/app.css", headers={"Accept-Encoding": "gzip"})
    again = client.get("/static/css/app.css", headers={
        "Accept-Encoding": "gzip", "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and not again.get_data()
    for response in (first, again):
        response.close()
    missing = client.get("/static/js/nothing.js", headers={"Accept-Encoding": "gzip"})
    assert missing.status_code == 404 and "Content-Encoding" not in missing.headers
