"""API tokens as a facilitator and an integration meet them: made on a page and shown once,
stored as a hash only, scoped to sessions, revoked for good, and good for the JSON API
only (never a page or a socket)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import sqlalchemy as sa

from dialogue.extensions import db, socketio
from dialogue.models import ApiToken
from dialogue.models.api_token import TOKEN_FORMAT, parse, today

from ..conftest import csrf_from
from ..security.world import database_state
from .conftest import cookie_api, issue, token_api

PAGE = "/facilitate/api-tokens"


def _token_on(page: str) -> str | None:
    found = re.search(r'id="api-token" readonly value="([^"]+)"', page)
    return found.group(1) if found else None


def _database_bytes() -> bytes:
    path = Path(db.engine.url.database)
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))
                    if p.exists())


def test_a_facilitator_makes_a_token_for_one_session_and_sees_it_once(
        app, factory, facilitator_browser):
    mine, other = factory.session(), factory.session()
    mine_id, mine_sid, other_sid = mine.id, mine.public_id, other.public_id
    page = facilitator_browser.get(f"{PAGE}?session={mine_sid}").get_data(as_text=True)
    # From a session's navigation, that session is ticked already.
    assert re.search(rf'checked[^>]*value="{mine.public_id}"|value="{mine.public_id}"[^>]*'
                     r'checked', page)
    made = facilitator_browser.post(PAGE, {"name": "Our CRM", "sessions": mine.public_id},
                                    token_from=PAGE)
    assert made.status_code == 200
    text = _token_on(made.get_data(as_text=True))
    assert text and TOKEN_FORMAT.fullmatch(text)
    assert "shown only this once" in made.get_data(as_text=True)

    # Stored as the SHA-256 of its secret, and nowhere in clear.
    db.session.remove()
    token = db.session.scalar(sa.select(ApiToken))
    secret = parse(text)[1]
    assert token.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret.encode() not in _database_bytes()
    assert [s.id for s in token.sessions] == [mine_id] and not token.all_sessions

    # The list shows its name and scope, never the token again.
    listing = facilitator_browser.get(PAGE).get_data(as_text=True)
    assert "Our CRM" in listing and secret not in listing and _token_on(listing) is None

    api = token_api(app, text)
    assert api.get(f"/sessions/{mine_sid}").status_code == 200
    refused = api.get(f"/sessions/{other_sid}")
    assert refused.status_code == 404 and refused.json["error"] == "not_found"
    assert [s["id"] for s in api.get("/sessions").json["sessions"]] == [mine_sid]


def test_the_token_form_refuses_what_is_wrong_and_makes_nothing(app, factory,
                                                                facilitator_browser):
    mine = factory.session()
    elsewhere = factory.make_facilitator("elsewhere@example.org")
    theirs = factory.session(owner=elsewhere)
    before = database_state()
    cases = [
        {"name": "", "all_sessions": "y"},                      # no name
        {"name": "x" * 81, "all_sessions": "y"},                # too long
        {"name": "No scope"},                                   # neither all nor some
        {"name": "Theirs", "sessions": theirs.public_id},       # not one of mine
        {"name": "Bad\x00name", "all_sessions": "y"},           # a control character
    ]
    for form in cases:
        response = facilitator_browser.post(PAGE, form, token_from=PAGE)
        assert response.status_code == 400, form
        assert _token_on(response.get_data(as_text=True)) is None
        assert 'class="errors"' in response.get_data(as_text=True)
    # Without the page's CSRF token, nothing either.
    assert facilitator_browser.client.post(PAGE, data={"name": "x", "all_sessions": "y"}
                                           ).status_code == 400
    assert database_state() == before
    assert mine.public_id  # the facilitator had a session to choose


def test_a_revoked_token_stops_working_at_once_and_for_good(app, factory,
                                                          facilitator_browser):
    session = factory.session()
    text = issue(factory.facilitator)
    api = token_api(app, text)
    assert api.get(f"/sessions/{session.public_id}").status_code == 200
    token = db.session.scalar(sa.select(ApiToken))
    page = facilitator_browser.get(PAGE).get_data(as_text=True)
    assert f'data-token="{token.public_id}"' in page
    revoked = facilitator_browser.post(f"{PAGE}/{token.public_id}/revoke", token_from=PAGE)
    assert revoked.status_code == 302
    for path in (f"/sessions/{session.public_id}", "/sessions", "/templates",
                 f"/sessions/{session.public_id}/boards"):
        refused = api.get(path)
        assert refused.status_code == 401, path
        assert refused.json["ok"] is False and refused.json["error"] == "unauthorized"
        assert "revoked" in refused.json["message"]
        assert refused.headers["WWW-Authenticate"].startswith("Bearer")
    page = facilitator_browser.get(PAGE).get_data(as_text=True)
    assert "revoked on" in page


def test_another_facilitators_token_cannot_be_revoked_and_a_stranger_sees_none(
        app, factory, facilitator_browser):
    elsewhere = factory.make_facilitator("elsewhere@example.org")
    issue(elsewhere, name="Their secret integration")
    theirs = db.session.scalar(sa.select(ApiToken))
    before = database_state()
    response = facilitator_browser.post(f"{PAGE}/{theirs.public_id}/revoke",
                                        token_from=PAGE)
    assert response.status_code == 404
    assert "Their secret integration" not in facilitator_browser.get(PAGE).get_data(
        as_text=True)
    assert database_state() == before


def test_a_token_is_no_one_on_the_pages_and_on_the_sockets(app, factory):
    session = factory.live_session()
    text = issue(factory.facilitator)
    stranger = app.test_client()
    headers = {"Authorization": f"Bearer {text}"}
    for page in (f"/facilitate/{session.public_id}", f"/facilitate/{session.public_id}/console",
                 "/facilitate/", PAGE):
        response = stranger.get(page, headers=headers)
        assert response.status_code == 302 and "/facilitate/login" in response.headers[
            "Location"], page
    # A socket handshake with the header and a CSRF token of its own: still no one.
    stranger.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {text}"
    csrf = csrf_from(stranger.get("/join").get_data(as_text=True))
    for role in ("facilitator", "projector", "participant"):
        socket = socketio.test_client(app, flask_test_client=stranger, auth={
            "session": session.public_id, "role": role, "csrf": csrf})
        assert not socket.is_connected(), role


def test_a_token_request_needs_no_csrf_and_a_cookie_request_still_does(
        app, factory, facilitator_browser):
    session = factory.session()
    text = issue(factory.facilitator)
    path = f"/api/v1/sessions/{session.public_id}"
    with_token = app.test_client().patch(path, json={"place": "Berlin"},
                                         headers={"Authorization": f"Bearer {text}"})
    assert with_token.status_code == 200 and with_token.json["session"]["place"] == "Berlin"
    before = database_state()
    no_csrf = facilitator_browser.client.patch(path, json={"place": "Bonn"})
    assert no_csrf.status_code == 400
    assert no_csrf.json["ok"] is False and "CSRF" in no_csrf.json["message"]
    assert database_state() == before
    assert cookie_api(facilitator_browser).patch(f"/sessions/{session.public_id}", {
        "place": "Bonn"}).json["session"]["place"] == "Bonn"


def test_a_request_with_a_token_is_judged_by_the_token_alone(app, factory,
                                                             facilitator_browser):
    """The owner's cookie does not rescue a bad token, nor add to a narrow one."""
    mine, other = factory.session(), factory.session()
    narrow = issue(factory.facilitator, [mine])
    client = facilitator_browser.client  # logged in as the owner
    revoked, revoked_text = ApiToken.issue(factory.facilitator, "old", [], True)
    revoked.revoked_on = today()
    db.session.commit()
    for header, path, status in (
            (f"Bearer {revoked_text}", f"/api/v1/sessions/{mine.public_id}", 401),
            ("Bearer not-a-token", f"/api/v1/sessions/{mine.public_id}", 401),
            ("Basic b3duZXI6cGFzc3dvcmQ=", "/api/v1/sessions", 401),
            (f"Bearer {narrow}", f"/api/v1/sessions/{other.public_id}", 404),
            (f"Bearer {narrow}", "/api/v1/sessions", 200)):
        response = client.get(path, headers={"Authorization": header})
        assert response.status_code == status, (header, path)
        if status == 200:
            assert [s["id"] for s in response.json["sessions"]] == [mine.public_id]
        else:
            assert set(response.json) >= {"ok", "error", "message"}


def test_a_token_acts_as_the_facilitator_on_the_board_api_and_never_as_a_participant(
        app, factory):
    session = factory.live_session()
    board = session.agenda[0].public_id
    api = token_api(app, issue(factory.facilitator, [session]))
    base = f"/sessions/{session.public_id}"
    listing = api.get(f"{base}/boards")
    assert listing.status_code == 200 and board in listing.json["boards"]
    before = database_state()
    post = api.post(f"{base}/boards/{board}/contributions", {"text": "Posing as a seat",
                                                             "client_key": "token-0001"})
    assert (post.status_code, post.json["error"]) == (403, "forbidden")
    assert database_state() == before
    settings = api.patch(f"{base}/boards/{board}", {"premoderation": True,
                                                    "client_key": "token-0002"})
    assert settings.status_code == 200 and settings.json["ok"] is True


def test_the_last_use_is_kept_by_the_day_and_a_refusal_changes_not_even_that(app, factory):
    session = factory.session()
    api = token_api(app, issue(factory.facilitator))
    token = db.session.scalar(sa.select(ApiToken))
    assert token.last_used_on is None
    assert api.get(f"/sessions/{'0' * 32}").status_code == 404
    db.session.refresh(token)
    assert token.last_used_on is None
    assert api.get(f"/sessions/{session.public_id}").status_code == 200
    db.session.refresh(token)
    assert token.last_used_on == today()


def test_the_tokens_page_speaks_german(facilitator_browser, factory):
    factory.session()
    facilitator_browser.post("/lang/de", {"next": "/join"})
    page = facilitator_browser.get(PAGE).get_data(as_text=True)
    assert "API-Tokens" in page and "Token erstellen" in page
    made = facilitator_browser.post(PAGE, {"name": "CRM", "all_sessions": "y"},
                                    token_from=PAGE).get_data(as_text=True)
    assert "nur dieses eine Mal" in made


def test_the_pages_link_to_the_tokens(facilitator_browser, factory):
    session = factory.session()
    for page in ("/facilitate/", f"/facilitate/{session.public_id}"):
        html = facilitator_browser.get(page).get_data(as_text=True)
        assert 'href="/facilitate/api-tokens' in html, page
