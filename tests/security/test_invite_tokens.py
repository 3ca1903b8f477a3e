"""Invite links beyond tests/test_joining.py: only this server's signature and salt count,
a forged payload is refused cleanly, a link for a closed session or a removed person opens
nothing, and a new link's old browser loses its seat."""

from __future__ import annotations

import pytest
from itsdangerous import URLSafeSerializer, URLSafeTimedSerializer

from dialogue.extensions import db
from dialogue.facilitate.services import close_session, revoke_participant


@pytest.fixture
def entry(factory):
    return factory.roster_entry(factory.live_session())


def _signed(secret: str, payload, salt: str = "dialogue.invite") -> str:
    return URLSafeTimedSerializer(secret, salt=salt).dumps(payload)


@pytest.mark.parametrize("forge", [
    lambda app, nonce: _signed("another-server-secret-key-0123456789abcdef", {"n": nonce}),
    lambda app, nonce: _signed(app.config["SECRET_KEY"], {"n": nonce}, salt="itsdangerous"),
    lambda app, nonce: _signed(app.config["SECRET_KEY"], {"n": nonce}, salt="cookie-session"),
    lambda app, nonce: URLSafeSerializer(app.config["SECRET_KEY"], salt="dialogue.invite"
                                         ).dumps({"n": nonce}),  # no timestamp
    lambda app, nonce: "x" * 600,
    lambda app, nonce: "",
])
def test_only_this_servers_invite_signature_opens_a_seat(app, client, entry, forge):
    response = client.get(f"/i/{forge(app, entry.invite_nonce)}")
    assert response.status_code == 404
    db.session.refresh(entry)
    assert entry.seat_hash is None


@pytest.mark.parametrize("payload", [["n"], "n", 42, None, {"n": None}, {"n": ["x"]},
                                     {"n": {"$ne": ""}}, {}, {"n": "", "id": 1}])
def test_a_validly_signed_but_strange_payload_is_refused_cleanly(app, client, entry, payload):
    response = client.get(f"/i/{_signed(app.config['SECRET_KEY'], payload)}")
    assert response.status_code == 410  # "withdrawn": it matches no one
    db.session.refresh(entry)
    assert entry.seat_hash is None


def test_a_link_of_a_removed_person_or_a_closed_session_opens_nothing(app, factory):
    session = factory.live_session()
    removed, other = factory.roster_entry(session), factory.roster_entry(session)
    removed_url = factory.invite_url(removed)
    revoke_participant(removed)
    db.session.commit()
    assert app.test_client().get(removed_url).status_code == 410
    other_url = factory.invite_url(other)
    close_session(session)
    assert app.test_client().get(other_url).status_code in (404, 410)


def test_each_link_names_one_person(app, factory):
    """Two people never share a token: each carries its own random nonce."""
    session = factory.live_session()
    first, second = factory.roster_entry(session), factory.roster_entry(session)
    assert factory.invite_url(first) != factory.invite_url(second)
    assert app.test_client().get(factory.invite_url(first)).status_code == 302
    db.session.refresh(first)
    db.session.refresh(second)
    assert first.seat_hash is not None and second.seat_hash is None


def test_a_reissued_link_ends_the_old_browsers_session_page(app, factory,
                                                            facilitator_browser):
    session = factory.live_session()
    joined = factory.join(session)
    assert joined.client.get(f"/s/{session.code}").status_code == 200
    setup = f"/facilitate/{session.public_id}"
    facilitator_browser.post(f"{setup}/roster/{joined.entry.public_id}/reissue",
                             token_from=setup)
    page = joined.client.get(f"/s/{session.code}")
    assert page.status_code == 403 and "new invitation link" in page.get_data(as_text=True)
