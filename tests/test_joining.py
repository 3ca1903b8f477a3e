"""Participants join by invite link or code, accept the Rule, and land on the session page."""

import sqlalchemy as sa
from itsdangerous import URLSafeTimedSerializer

from dialogue.extensions import db
from dialogue.facilitate.services import close_session, revoke_participant
from dialogue.models import RosterEntry

from .conftest import Browser


def test_invited_participant_accepts_the_rule_and_sees_the_current_item(factory):
    session = factory.live_session()
    joined = factory.join(session)
    page = joined.client.get(f"/s/{session.code}").get_data(as_text=True)
    assert session.agenda[0].question in page
    assert joined.entry.acknowledged_rule and joined.entry.joined_on is not None


def test_session_page_requires_accepting_the_rule_first(app, factory):
    session = factory.live_session()
    entry = factory.roster_entry(session)
    client = app.test_client()
    client.get(factory.invite_url(entry))
    response = client.get(f"/s/{session.code}")
    assert response.status_code == 302 and response.headers["Location"].endswith("/rule")
    refused = Browser(client).post(f"/s/{session.code}/rule", {},
                                   token_from=f"/s/{session.code}/rule")
    assert refused.status_code == 400
    db.session.refresh(entry)
    assert not entry.acknowledged_rule


def test_walk_in_joins_by_code_giving_details_to_the_facilitator_only(app, factory):
    session = factory.live_session()
    browser = Browser(app.test_client())
    response = browser.post("/join", {"code": session.code.lower()})
    assert response.status_code == 302
    walk_in_url = response.headers["Location"]
    response = browser.post(walk_in_url, {
        "name": "Walk-in Person", "affiliation": "Some NGO",
        "stakeholder_group": session.stakeholder_groups[0]}, token_from=walk_in_url)
    assert response.status_code == 302
    entry = db.session.scalar(sa.select(RosterEntry).filter_by(walk_in=True))
    assert (entry.name, entry.affiliation) == ("Walk-in Person", "Some NGO")
    rule_url = f"/s/{session.code}/rule"
    browser.post(rule_url, {"accept": "y"}, token_from=rule_url)
    page = browser.get(f"/s/{session.code}").get_data(as_text=True)
    assert session.title in page and "Walk-in Person" not in page and "Some NGO" not in page


def test_walk_in_with_an_unknown_group_is_refused_and_adds_nobody(app, factory):
    session = factory.live_session()
    browser = Browser(app.test_client())
    url = f"/join/{session.code}"
    response = browser.post(url, {"name": "X", "affiliation": "Y",
                                  "stakeholder_group": "Not a group"}, token_from=url)
    assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count()).select_from(RosterEntry)) == 0


def test_unknown_code_gets_a_clear_message(browser, factory):
    factory.session()
    response = browser.post("/join", {"code": "ZZZZZZ"})
    assert response.status_code == 404
    assert "No session has this code" in response.get_data(as_text=True)


def test_tampered_invite_token_is_refused(client, factory):
    session = factory.live_session()
    entry = factory.roster_entry(session)
    url = factory.invite_url(entry)
    response = client.get(url[:-3] + ("aaa" if not url.endswith("aaa") else "bbb"))
    assert response.status_code == 404
    assert "not valid" in response.get_data(as_text=True)
    db.session.refresh(entry)
    assert entry.seat_hash is None


def test_expired_invite_token_is_refused(app, client, factory):
    session = factory.live_session()
    entry = factory.roster_entry(session)
    signer = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="dialogue.invite")
    token = signer.dumps({"n": entry.invite_nonce})
    # A negative maximum age makes any token older than its issue: expired.
    app.config["INVITE_MAX_AGE_DAYS"] = -1
    response = client.get(f"/i/{token}")
    assert response.status_code == 410 and "expired" in response.get_data(as_text=True)


def test_invite_token_names_no_one(app, factory):
    session = factory.live_session()
    entry = factory.roster_entry(session, name="Unique Canaryname")
    token = factory.invite_url(entry).removeprefix("/i/")
    payload = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="dialogue.invite").loads(
        token)
    assert set(payload) == {"n"}
    assert entry.public_id not in token and "Canary" not in token


def test_second_browser_with_the_same_invite_is_refused(app, factory):
    session = factory.live_session()
    joined = factory.join(session)
    other = app.test_client()
    response = other.get(factory.invite_url(joined.entry))
    assert response.status_code == 409
    assert "already in use in another browser" in response.get_data(as_text=True)
    # The first browser keeps its seat.
    assert joined.client.get(f"/s/{session.code}").status_code == 200


def test_same_browser_can_open_its_invite_again(factory):
    session = factory.live_session()
    joined = factory.join(session)
    response = joined.client.get(factory.invite_url(joined.entry))
    assert response.status_code == 302


def test_reissued_invite_revokes_the_old_link_and_frees_the_seat(app, factory,
                                                                facilitator_browser):
    session = factory.live_session()
    joined = factory.join(session)
    old_url = factory.invite_url(joined.entry)
    setup = f"/facilitate/{session.public_id}"
    facilitator_browser.post(f"{setup}/roster/{joined.entry.public_id}/reissue",
                             token_from=setup)
    db.session.refresh(joined.entry)
    assert app.test_client().get(old_url).status_code == 410
    assert app.test_client().get(factory.invite_url(joined.entry)).status_code == 302


def test_removed_participant_loses_access(factory):
    session = factory.live_session()
    joined = factory.join(session)
    revoke_participant(joined.entry)
    db.session.commit()
    response = joined.client.get(f"/s/{session.code}")
    # Told so, with no session content (not silently sent back to the join page).
    page = response.get_data(as_text=True)
    assert response.status_code == 403 and "no longer holds your seat" in page
    assert session.agenda[0].title not in page


def test_closed_session_cannot_be_joined(app, factory):
    session = factory.live_session()
    entry = factory.roster_entry(session)
    close_session(session)
    response = app.test_client().get(factory.invite_url(entry))
    assert response.status_code == 410
    assert "closed" in response.get_data(as_text=True)
    response = app.test_client().get(f"/join/{session.code}")
    assert response.status_code == 410


def test_language_switch_only_redirects_within_the_site(browser):
    response = browser.post("/lang/de", {"next": "https://evil.example/"})
    assert response.status_code == 302 and response.headers["Location"] == "/join"
    page = browser.get("/join").get_data(as_text=True)
    assert 'lang="de"' in page


def test_a_walk_in_joins_and_accepts_the_rule_in_one_tap(app, factory):
    """Code, the walk-in page (with the Rule and one "I accept" button), the board."""
    session = factory.live_session()
    browser = Browser(app.test_client())
    walk_in_url = browser.post("/join", {"code": session.code}).headers["Location"]
    page = browser.get(walk_in_url).get_data(as_text=True)
    assert "The Chatham House Rule" in page and "I accept the Chatham House Rule" in page
    assert session.title in page
    response = browser.post(walk_in_url, {
        "name": "One Tap", "affiliation": "", "accept": "y",
        "stakeholder_group": session.stakeholder_groups[0]}, token_from=walk_in_url)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/s/{session.code}")
    entry = db.session.scalar(sa.select(RosterEntry).filter_by(walk_in=True))
    assert entry.acknowledged_rule
    assert browser.get(f"/s/{session.code}").status_code == 200


def test_a_walk_in_refused_for_its_details_joins_nobody_even_with_accept(app, factory):
    session = factory.live_session()
    browser = Browser(app.test_client())
    url = f"/join/{session.code}"
    for hostile in ({"name": "", "stakeholder_group": session.stakeholder_groups[0]},
                    {"name": "X" * 201, "stakeholder_group": session.stakeholder_groups[0]},
                    {"name": "X", "stakeholder_group": "<script>"}):
        response = browser.post(url, {"affiliation": "", "accept": "y", **hostile},
                                token_from=url)
        assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count()).select_from(RosterEntry)) == 0


def test_the_rule_page_names_the_session_and_one_button_accepts(app, factory):
    session = factory.live_session()
    entry = factory.roster_entry(session)
    client = app.test_client()
    client.get(factory.invite_url(entry))
    rule_url = f"/s/{session.code}/rule"
    page = client.get(rule_url).get_data(as_text=True)
    assert session.title in page and "You may use what is said here" in page
    assert 'name="accept" value="y"' in page and 'type="checkbox"' not in page
    response = Browser(client).post(rule_url, {"accept": "y"}, token_from=rule_url)
    assert response.status_code == 302
    db.session.refresh(entry)
    assert entry.acknowledged_rule


def test_a_closed_session_shows_session_ended_and_the_shared_outcome_to_who_took_part(
        app, factory):
    from dialogue.export import services as export

    session = factory.live_session()
    joined = factory.join(session)
    close_session(session)
    db.session.commit()
    response = joined.client.get(f"/s/{session.code}")
    page = response.get_data(as_text=True)
    assert response.status_code == 410 and "Session ended" in page
    assert "Thank you for taking part" in page and "/outcome/" not in page
    assert "has not been shared yet" in page
    export.release_export(session, factory.facilitator, ["pdf"], "en")
    export.set_shared(session, True)
    db.session.commit()
    for path in (f"/s/{session.code}", f"/join/{session.code}", f"/s/{session.code}/rule"):
        page = joined.client.get(path).get_data(as_text=True)
        assert "Session ended" in page and f"/s/{session.code}/outcome/pdf" in page, path
    # A browser that never took part is told the session ended, and gets no link.
    stranger = app.test_client().get(f"/join/{session.code}").get_data(as_text=True)
    assert "Session ended" in stranger and "/outcome/" not in stranger
