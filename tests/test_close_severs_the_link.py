"""Closing a session destroys its key: afterwards nothing links a contribution to a person."""

from pathlib import Path

import sqlalchemy as sa

from dialogue.anonymity import author_ref
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import (
    Contribution,
    EventStream,
    RosterEntry,
    SessionEvent,
    Vote,
    WriteReceipt,
    authored_models,
)


def _database_bytes(app) -> bytes:
    path = Path(db.engine.url.database)
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))
                    if p.exists())


def _session_with_authored_rows(factory):
    session = factory.live_session()
    item = session.agenda[0]
    people = [factory.join(session).entry for _ in range(3)]
    refs = [author_ref(session, person) for person in people]
    posts = [Contribution(session_id=session.id, agenda_item_id=item.id, author_ref=ref,
                          text=f"Contribution number {index}") for index, ref in enumerate(refs)]
    db.session.add_all(posts)
    db.session.flush()
    db.session.add_all(Vote(session_id=session.id, contribution_id=posts[0].id, author_ref=ref)
                       for ref in refs[1:])
    db.session.add(SessionEvent(session_id=session.id, audience="public", seq=1, name="y",
                                payload={}))
    db.session.add(EventStream(session_id=session.id, audience="public", last_seq=1))
    db.session.add(WriteReceipt(session_id=session.id, key_hash="k" * 64, result={}))
    db.session.commit()
    return session, people, refs


def test_no_authored_table_has_a_foreign_key_to_the_roster():
    for model in authored_models():
        targets = {fk.column.table.name for fk in model.__table__.foreign_keys}
        assert "roster_entry" not in targets, model.__name__


def test_every_authored_model_is_known_to_the_close_procedure():
    names = {model.__name__ for model in authored_models()}
    assert {"Contribution", "Vote"} <= names


def test_after_close_no_query_links_a_contribution_to_a_roster_row(app, factory):
    session, people, refs = _session_with_authored_rows(factory)
    key = bytes(session.author_key)
    close_session(session)
    db.session.expire_all()
    assert session.author_key is None and session.status == "closed"
    for model in authored_models():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(model)
                                 .where(model.author_ref.is_not(None))) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SessionEvent)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(EventStream)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(WriteReceipt)) == 0
    # Fine times are gone too: every post carries the same day, every join only a day.
    times = set(db.session.scalars(sa.select(Contribution.created_at)))
    assert len(times) == 1 and next(iter(times)).hour == 0
    for entry in db.session.scalars(sa.select(RosterEntry)):
        assert entry.joined_on.hour == entry.joined_on.minute == 0 and entry.seat_hash is None
    # The content survives: the outcome is still there.
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)) == 3
    assert key not in _database_bytes(app)


def test_after_close_no_byte_of_the_database_file_holds_the_key_or_an_author_ref(app, factory):
    session, people, refs = _session_with_authored_rows(factory)
    key = bytes(session.author_key)
    before = _database_bytes(app)
    assert any(ref.encode() in before for ref in refs), "the refs were on disk before close"
    close_session(session)
    after = _database_bytes(app)
    assert key not in after
    for ref in refs:
        assert ref.encode() not in after


def test_a_closed_session_cannot_compute_author_refs_any_more(app, factory):
    import pytest

    from dialogue.anonymity import SessionClosed

    session, people, _ = _session_with_authored_rows(factory)
    close_session(session)
    with pytest.raises(SessionClosed):
        author_ref(session, people[0])


def test_closing_twice_is_refused(facilitator_browser, factory):
    session = factory.live_session()
    url = f"/facilitate/{session.public_id}"
    first = facilitator_browser.post(f"{url}/close", {"confirm": "y"}, token_from=url)
    assert first.status_code == 302
    second = facilitator_browser.post(f"{url}/close", {"confirm": "y"}, token_from="/facilitate/")
    assert second.status_code == 409


def test_close_needs_the_confirmation_box(facilitator_browser, factory):
    session = factory.live_session()
    url = f"/facilitate/{session.public_id}"
    response = facilitator_browser.post(f"{url}/close", {}, token_from=url)
    assert response.status_code == 400
    db.session.refresh(session)
    assert session.status == "live" and session.author_key is not None


def test_close_forgets_who_was_sent_an_invitation_and_why_one_failed(app, factory):
    from datetime import date

    session, people, refs = _session_with_authored_rows(factory)
    entries = list(db.session.scalars(sa.select(RosterEntry)))
    entries[0].invitation_sent_on = date.today()
    entries[1].invitation_error = "550 mailbox unavailable"
    db.session.commit()
    close_session(session)
    db.session.expire_all()
    for entry in db.session.scalars(sa.select(RosterEntry)):
        assert entry.invitation_sent_on is None and entry.invitation_error is None
