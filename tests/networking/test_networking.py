"""Networking by consent: the offer, the form, the list, withdrawing, bad input."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from flask_migrate import stamp

from dialogue import MIGRATIONS_DIR
from dialogue.cli import cli
from dialogue.extensions import db
from dialogue.facilitate.services import close_session, revoke_participant
from dialogue.models import DialogueSession, NetworkCard, NetworkTicket

from ..conftest import Browser
from .conftest import closed_session, share, withdraw


def _cards(session) -> list[NetworkCard]:
    db.session.expire_all()
    return list(db.session.scalars(sa.select(NetworkCard).where(
        NetworkCard.session_id == session.id)))


def test_the_ended_screen_offers_sharing_to_a_browser_that_took_part(app, factory):
    session, joined = closed_session(factory, 1)
    page = joined[0].client.get(f"/s/{session.code}").get_data(as_text=True)
    assert "data-network-offer" in page and "data-network-share-link" in page
    # Someone else's browser (never joined) is offered nothing, and refused the form.
    stranger = app.test_client()
    assert "data-network-offer" not in stranger.get(f"/s/{session.code}").get_data(
        as_text=True)
    assert stranger.get(f"/s/{session.code}/network/share").status_code == 403


def test_the_form_is_prefilled_from_the_invitation_and_sharing_shows_the_list(app, factory):
    session, joined = closed_session(factory, 2)
    ada, ben = joined
    form = ada.client.get(f"/s/{session.code}/network/share").get_data(as_text=True)
    assert ada.entry.name in form and ada.entry.affiliation in form
    assert ada.entry.email in form
    assert ben.entry.name not in form

    response = share(ada, session, name="Ada Lovelace", affiliation="",
                     contact="https://ada.example.org/contact")
    assert response.status_code == 302 and response.headers["Location"].endswith(
        f"/s/{session.code}/network")
    page = ada.client.get(f"/s/{session.code}/network").get_data(as_text=True)
    assert "Ada Lovelace" in page and "https://ada.example.org/contact" in page
    assert ben.entry.name not in page  # Ben has not shared
    # Ben did not share: he does not see the list, and is offered the form instead.
    assert ben.client.get(f"/s/{session.code}/network").status_code == 403
    assert share(ben, session, contact="+49 30 1234567").status_code == 302
    page = ben.client.get(f"/s/{session.code}/network").get_data(as_text=True)
    assert "Ada Lovelace" in page and ben.entry.name in page
    assert 'href="tel:+49301234567"' in page
    ended = ada.client.get(f"/s/{session.code}").get_data(as_text=True)
    assert "data-network-list-link" in ended


def test_the_list_is_ordered_by_name_not_by_sharing(app, factory):
    session, joined = closed_session(factory, 3)
    for person, name in zip(joined, ("Zora Zed", "Mia Em", "Abe Ay"), strict=True):
        assert share(person, session, name=name).status_code == 302
    page = joined[0].client.get(f"/s/{session.code}/network").get_data(as_text=True)
    places = [page.index(name) for name in ("Abe Ay", "Mia Em", "Zora Zed")]
    assert places == sorted(places)


def test_changing_what_one_shares_replaces_it(app, factory):
    session, joined = closed_session(factory, 1)
    share(joined[0], session, name="First Name", contact="first@example.org")
    form = joined[0].client.get(f"/s/{session.code}/network/share").get_data(as_text=True)
    assert "First Name" in form and "first@example.org" in form  # from the card now
    share(joined[0], session, name="Second Name", contact="")
    cards = _cards(session)
    assert [(card.name, card.contact) for card in cards] == [("Second Name", "")]


def test_withdrawing_deletes_the_card_and_the_sight_of_the_list(app, factory):
    session, joined = closed_session(factory, 2)
    share(joined[0], session, name="Withdrawn Wilhelmina", contact="wwx@example.org")
    share(joined[1], session)
    response = withdraw(joined[0], session)
    assert response.status_code == 302
    assert [card.name for card in _cards(session)] == [joined[1].entry.name]
    assert joined[0].client.get(f"/s/{session.code}/network").status_code == 403
    assert "Withdrawn Wilhelmina" not in joined[1].client.get(
        f"/s/{session.code}/network").get_data(as_text=True)
    # Gone from the files too: secure_delete zeroed it, the WAL was checkpointed.
    database = Path(db.engine.url.database or "")
    for suffix in ("", "-wal", "-journal"):
        path = database.with_name(database.name + suffix)
        if not path.exists():
            continue
        content = path.read_bytes()
        assert b"Withdrawn Wilhelmina" not in content, suffix
        assert b"wwx@example.org" not in content, suffix
    # Withdrawing twice is a clear refusal; sharing again works.
    assert withdraw(joined[0], session).status_code == 409
    assert share(joined[0], session).status_code == 302


def test_bad_input_is_refused_and_stores_nothing(app, factory):
    session, joined = closed_session(factory, 1)
    person = joined[0]
    url = f"/s/{session.code}/network/share"
    cases = [
        {"name": ""},
        {"name": "   "},
        {"name": "x" * 201},
        {"affiliation": "y" * 201},
        {"name": "Nul\x00Name"},
        {"name": "Two\nLines"},
        {"contact": "not a contact"},
        {"contact": "javascript:alert(1)"},
        {"contact": "ftp://files.example.org"},
        {"contact": "12"},
        {"contact": "a@b"},
        {"contact": "x" * 250 + "@example.org"},
    ]
    for case in cases:
        response = share(person, session, **case)
        assert response.status_code == 400, case
        assert 'class="errors"' in response.get_data(as_text=True), case
    assert _cards(session) == []
    # No CSRF token: refused, nothing stored.
    assert person.client.post(url, data={"name": "No Token"}).status_code == 400
    assert person.client.post(f"/s/{session.code}/network/withdraw").status_code == 400
    assert _cards(session) == []


def test_contacts_of_each_kind_are_accepted(app, factory):
    session, joined = closed_session(factory, 1)
    for contact in ("someone@example.org", "https://example.org/me", "+44 (20) 7946-0000",
                    ""):
        assert share(joined[0], session, contact=contact).status_code == 302, contact
        assert [card.contact for card in _cards(session)] == [contact]


def test_nothing_exists_before_close(app, factory):
    session = factory.live_session()
    person = factory.join(session)
    for url in (f"/s/{session.code}/network", f"/s/{session.code}/network/share"):
        assert person.client.get(url).status_code == 404
    assert Browser(person.client).post(f"/s/{session.code}/network/withdraw",
                                       token_from=f"/s/{session.code}").status_code == 404
    assert app.test_client().get("/s/NOSUCH/network").status_code == 404


def test_tickets_go_only_to_seats_that_took_part(app, factory):
    session = factory.live_session()
    kept = factory.join(session)
    removed = factory.join(session)
    revoke_participant(removed.entry)
    factory.roster_entry(session)  # invited, never came
    unaccepted = factory.roster_entry(session)
    client = app.test_client()
    client.get(factory.invite_url(unaccepted))  # opened the link, never accepted the Rule
    db.session.commit()
    close_session(session)
    tickets = list(db.session.scalars(sa.select(NetworkTicket).where(
        NetworkTicket.session_id == session.id)))
    assert [ticket.name for ticket in tickets] == [kept.entry.name]
    assert removed.client.get(f"/s/{session.code}/network/share").status_code == 403
    assert client.get(f"/s/{session.code}/network/share").status_code == 403
    assert kept.client.get(f"/s/{session.code}/network/share").status_code == 200


def test_a_walk_in_types_their_own(app, factory):
    session = factory.live_session()
    client = app.test_client()
    browser = Browser(client)
    url = f"/join/{session.code}"
    response = browser.post(url, {"name": "Walk In Wanda", "affiliation": "",
                                  "stakeholder_group": session.stakeholder_groups[0],
                                  "accept": "y"}, token_from=url)
    assert response.status_code == 302
    close_session(session)
    form = client.get(f"/s/{session.code}/network/share").get_data(as_text=True)
    assert "Walk In Wanda" in form
    page = browser.post(f"/s/{session.code}/network/share",
                        {"name": "Wanda W.", "affiliation": "Own NGO",
                         "contact": "wanda@example.org"},
                        token_from=f"/s/{session.code}/network/share")
    assert page.status_code == 302


def test_the_list_is_deleted_after_the_keep(app, factory):
    session, joined = closed_session(factory, 1)
    share(joined[0], session)
    stored = db.session.get_one(DialogueSession, session.id)
    stored.closed_on = stored.closed_on - timedelta(days=app.config["NETWORK_KEEP_DAYS"])
    db.session.commit()
    assert joined[0].client.get(f"/s/{session.code}/network").status_code == 410
    assert _cards(session) == []
    assert db.session.scalars(sa.select(NetworkTicket).where(
        NetworkTicket.session_id == session.id)).all() == []
    assert "data-network-offer" not in joined[0].client.get(
        f"/s/{session.code}").get_data(as_text=True)


def test_dialogue_check_deletes_lists_past_the_keep(app, factory):
    session, joined = closed_session(factory, 1)
    share(joined[0], session)
    stored = db.session.get_one(DialogueSession, session.id)
    stored.closed_on = stored.closed_on - timedelta(days=app.config["NETWORK_KEEP_DAYS"] + 1)
    db.session.commit()
    stamp(directory=MIGRATIONS_DIR)  # the test database is made by create_all
    result = app.test_cli_runner().invoke(cli, ["check"])
    assert "shared contacts kept no longer than 90 days" in result.output, result.output
    assert _cards(session) == []


def test_changes_draw_on_the_write_limit(app, factory, limits_without_refill):
    session, joined = closed_session(factory, 2)
    allowed = limits_without_refill["write"]
    for turn in range(allowed):
        assert share(joined[0], session, name=f"Name {turn}").status_code == 302
    refused = share(joined[0], session, name="One too many")
    assert refused.status_code == 429
    assert [card.name for card in _cards(session)] == [f"Name {allowed - 1}"]
    # Another person's limit is their own.
    assert share(joined[1], session).status_code == 302
