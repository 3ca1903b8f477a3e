"""The facilitator sends each participant their personal link by email, in their language,
through a real SMTP server; failures are recorded and listed, and one can be resent."""

from __future__ import annotations

import re
from datetime import date

import pytest
import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.invitations.texts import default_text
from dialogue.models import RosterEntry

from .smtp import free_port

LINK = re.compile(r"https?://[^/\s]+(/i/[A-Za-z0-9_.\-]+)")


def _email_url(session) -> str:
    return f"/facilitate/{session.public_id}/invitations/email"


def _texts(app, **changes) -> dict[str, str]:
    with app.test_request_context():
        values = {}
        for language in ("en", "de"):
            text = default_text(language)
            values[f"subject_{language}"] = text.subject
            values[f"body_{language}"] = text.body
    values.update(changes)
    return values


def _send(facilitator_browser, app, session, action="send", **changes):
    return facilitator_browser.post(_email_url(session), {**_texts(app, **changes),
                                                          "action": action},
                                    token_from=_email_url(session))


@pytest.fixture
def invited(factory):
    session = factory.live_session(meets_on=date(2026, 3, 4), place="Berlin, Raum 3")
    anna = factory.roster_entry(session, name="Anna Müller", email="anna@example.org")
    anna.language = "de"
    ben = factory.roster_entry(session, name="Ben Okafor", email="ben@example.org")
    nomail = factory.roster_entry(session, name="No Mail", email="x@example.org")
    nomail.email = ""
    walk_in = factory.roster_entry(session, name="Walk In", email="walk@example.org")
    walk_in.walk_in = True
    db.session.commit()
    return session, anna, ben


def test_each_participant_gets_their_own_link_in_their_language(
        app, factory, facilitator_browser, mail_room, invited):
    session, anna, ben = invited
    response = _send(facilitator_browser, app, session)
    assert response.status_code == 302
    assert sorted(m["X-Envelope-To"] for m in mail_room.messages) == [
        "anna@example.org", "ben@example.org"]
    assert mail_room.logins == ["dialogue"]
    german = mail_room.to("anna@example.org")[0]
    english = mail_room.to("ben@example.org")[0]
    assert german["Subject"] == f"Einladung: {session.title}"
    assert german["To"] == "anna@example.org" and "Dialogue" in german["From"]
    body = german.get_content()
    assert "Liebe" in body or "Guten Tag" in body
    assert "Anna Müller" in body and "4. März 2026" in body and "Berlin, Raum 3" in body
    assert "Ben Okafor" not in body
    assert english["Subject"] == f"Invitation: {session.title}"
    assert "Dear Ben Okafor" in english.get_content() and "March 4, 2026" in english.get_content()
    # The link in the message opens that person's seat.
    link = LINK.search(body).group(1)
    assert LINK.search(english.get_content()).group(1) != link
    visitor = app.test_client()
    assert visitor.get(link).headers["Location"].endswith(f"/s/{session.code}/rule")
    db.session.refresh(anna)
    assert anna.seat_hash is not None
    # Recorded: the day, never the link.
    for entry in (anna, ben):
        db.session.refresh(entry)
        assert entry.invitation_sent_on == date.today() and entry.invitation_error is None
    page = facilitator_browser.get(_email_url(session)).get_data(as_text=True)
    assert "sent on" in page and "/i/" not in page


def test_edited_text_is_kept_and_sent(app, factory, facilitator_browser, mail_room, invited):
    session, anna, ben = invited
    response = _send(facilitator_browser, app, session,
                     body_en="Hello {name}, see you at {place}: {link}")
    assert response.status_code == 302
    body = mail_room.to("ben@example.org")[0].get_content()
    assert body.startswith("Hello Ben Okafor, see you at Berlin, Raum 3: http")
    page = facilitator_browser.get(_email_url(session)).get_data(as_text=True)
    assert "Hello {name}, see you at {place}: {link}" in page


def test_a_refused_address_is_recorded_listed_and_can_be_resent(
        app, factory, facilitator_browser, mail_room, invited):
    session, anna, ben = invited
    mail_room.refuse.add("ben@example.org")
    assert _send(facilitator_browser, app, session).status_code == 302
    assert [m["X-Envelope-To"] for m in mail_room.messages] == ["anna@example.org"]
    db.session.refresh(ben)
    assert ben.invitation_sent_on is None and "550" in ben.invitation_error
    page = facilitator_browser.get(_email_url(session)).get_data(as_text=True)
    failed = re.search(r'id="failed".*?</section>', page, re.S).group(0)
    assert "Ben Okafor" in failed and "Mailbox unavailable" in failed
    assert "Anna Müller" not in failed
    setup = facilitator_browser.get(f"/facilitate/{session.public_id}").get_data(as_text=True)
    assert "1 invitation(s) could not be delivered" in setup

    mail_room.refuse.clear()
    response = facilitator_browser.post(f"{_email_url(session)}/{ben.public_id}",
                                        token_from=_email_url(session))
    assert response.status_code == 302
    assert [m["X-Envelope-To"] for m in mail_room.messages] == [
        "anna@example.org", "ben@example.org"]
    db.session.refresh(ben)
    assert ben.invitation_error is None and ben.invitation_sent_on == date.today()
    assert 'id="failed"' not in facilitator_browser.get(_email_url(session)).get_data(
        as_text=True)


def test_a_server_that_is_down_fails_every_delivery_and_resend_works_later(
        app, factory, facilitator_browser, mail_room, invited):
    session, anna, ben = invited
    app.config["SMTP_PORT"] = free_port()  # nothing listens there
    assert _send(facilitator_browser, app, session).status_code == 302
    assert mail_room.messages == []
    for entry in (anna, ben):
        db.session.refresh(entry)
        assert "could not be reached" in entry.invitation_error
        assert entry.invitation_sent_on is None
    app.config["SMTP_PORT"] = mail_room.port
    facilitator_browser.post(f"{_email_url(session)}/{anna.public_id}",
                             token_from=_email_url(session))
    assert [m["X-Envelope-To"] for m in mail_room.messages] == ["anna@example.org"]
    db.session.refresh(anna)
    db.session.refresh(ben)
    assert anna.invitation_error is None and ben.invitation_error is not None


def test_sending_again_reaches_only_those_not_yet_invited(
        app, factory, facilitator_browser, mail_room, invited):
    session, anna, ben = invited
    _send(facilitator_browser, app, session)
    carla = factory.roster_entry(session, name="Carla Neu", email="carla@example.org")
    _send(facilitator_browser, app, session)
    assert sorted(m["X-Envelope-To"] for m in mail_room.messages) == [
        "anna@example.org", "ben@example.org", "carla@example.org"]
    assert carla.public_id


@pytest.mark.parametrize(("changes", "message"), [
    ({"body_en": "Hello {name}"}, "must contain {link}"),
    ({"body_de": "Hallo {vorname}: {link}"}, "Unknown placeholder(s): {vorname}"),
    ({"body_en": "{name:>99999} {link}"}, "for a brace on its own"),
    ({"body_en": "Hello {name {link}"}, "for a brace on its own"),
    ({"subject_en": ""}, "This field is required"),
    ({"subject_en": "x" * 201}, "200"),
])
def test_bad_text_is_refused_and_nothing_is_sent_or_saved(
        app, factory, facilitator_browser, mail_room, invited, changes, message):
    session, anna, ben = invited
    response = _send(facilitator_browser, app, session, **changes)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert mail_room.messages == []
    db.session.refresh(session)
    assert session.invitation_texts == {}
    assert db.session.scalar(sa.select(sa.func.count()).select_from(RosterEntry).where(
        RosterEntry.invitation_sent_on.is_not(None))) == 0


def test_without_smtp_settings_nothing_is_sent_and_the_page_says_why(
        app, factory, facilitator_browser, invited):
    session, anna, ben = invited
    page = facilitator_browser.get(_email_url(session)).get_data(as_text=True)
    assert "DIALOGUE_SMTP_HOST" in page
    response = _send(facilitator_browser, app, session)
    assert response.status_code == 409
    db.session.refresh(anna)
    assert anna.invitation_sent_on is None and anna.invitation_error is None
    assert session.invitation_texts == {}


def test_resending_to_someone_without_an_address_is_refused(
        app, factory, facilitator_browser, mail_room, invited):
    session, anna, ben = invited
    nomail = db.session.scalar(sa.select(RosterEntry).filter_by(name="No Mail"))
    response = facilitator_browser.post(f"{_email_url(session)}/{nomail.public_id}",
                                        token_from=_email_url(session))
    assert response.status_code == 409 and mail_room.messages == []


def test_invitations_cannot_be_sent_after_close(
        app, factory, facilitator_browser, mail_room, invited):
    session, anna, ben = invited
    session.status = "closed"
    db.session.commit()
    assert facilitator_browser.get(_email_url(session)).status_code == 409
    response = facilitator_browser.post(f"{_email_url(session)}/{anna.public_id}",
                                        token_from="/facilitate/")
    assert response.status_code == 409 and mail_room.messages == []
