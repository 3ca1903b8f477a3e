"""Closing a session destroys its key: afterwards nothing links a contribution to a person."""

from pathlib import Path

import sqlalchemy as sa

from dialogue.anonymity import author_ref
from dialogue.boards import services as boards
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import (
    Argument,
    Authored,
    Contribution,
    ErasurePending,
    EventStream,
    PolicyOption,
    Poll,
    RatingRound,
    RosterEntry,
    SessionEvent,
    SessionKey,
    Vote,
    WriteReceipt,
    authored_models,
    time_authored_models,
)
from dialogue.models.base import NOT_AUTHORED
from dialogue.options import rounds
from dialogue.options import services as options
from dialogue.polls import services as polls


def _database_bytes(app) -> bytes:
    path = Path(db.engine.url.database)
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))
                    if p.exists())


def _session_with_authored_rows(factory):
    session = factory.live_session()
    item = session.agenda[0]
    people = [factory.join(session).entry for _ in range(3)]
    refs = [factory.ref(session, person) for person in people]
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


def _unclassified(metadata: sa.MetaData, models: list[type]) -> list[str]:
    """Columns that could name or time a person but appear in no classification: an
    author ref outside the Authored mixin, or a time column neither in its model's
    ``authored_times`` nor in NOT_AUTHORED."""
    by_table = {model.__table__.name: model for model in models}
    missing = []
    for table in metadata.sorted_tables:
        model = by_table.get(table.name)
        for column in table.columns:
            name = f"{table.name}.{column.name}"
            timed = isinstance(column.type, sa.DateTime | sa.Date) or column.name.endswith(
                ("_at", "_on", "_time", "_date"))
            if column.name.endswith("_ref"):
                if not (model is not None and issubclass(model, Authored)
                        and column.name == "author_ref"):
                    missing.append(name)
            elif timed and name not in NOT_AUTHORED and not (
                    model is not None and column.name in getattr(model, "authored_times", ())):
                missing.append(name)
    return missing


def _mapped_models() -> list[type]:
    return [mapper.class_ for mapper in db.Model.registry.mappers]


def test_every_author_ref_and_time_column_is_classified_for_the_close():
    assert _unclassified(db.metadata, _mapped_models()) == []
    for model in time_authored_models():  # what is declared exists, and is a time
        for column in model.authored_times:
            assert isinstance(model.__table__.c[column].type, sa.DateTime), (model, column)
    declared = {f"{table.name}.{column.name}" for table in db.metadata.sorted_tables
                for column in table.columns}
    assert set(NOT_AUTHORED) <= declared, "a stale entry in NOT_AUTHORED"
    assert {"Contribution", "Vote", "Rating", "ConsentVote"} <= {
        model.__name__ for model in authored_models()}
    assert PolicyOption in time_authored_models()


def test_a_new_table_that_forgets_the_mixin_is_caught():
    """The check above can fail: a table a participant writes to, outside the one list."""
    metadata = sa.MetaData()
    sa.Table("reaction", metadata, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("author_ref", sa.String(64)), sa.Column("created_at", sa.DateTime))
    sa.Table("poll_answer", metadata, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("answered_on", sa.String(20)))
    assert _unclassified(metadata, _mapped_models()) == [
        "poll_answer.answered_on", "reaction.author_ref", "reaction.created_at"]


def every_authored_kind_of_row(factory):
    """A session in which participants wrote a row of every authored table."""
    session = factory.live_session(participants_may_create_options=True)
    alice, bob = factory.ref(session, factory.roster_entry(session)), factory.ref(
        session, factory.roster_entry(session))
    item = boards.post_contribution(session, session.agenda[0], alice, "Pool the budgets",
                                    "contribution").touched[0][0]
    boards.vote(session, item, bob, True)
    option = options.create_option(session, options.as_participant(alice),
                                   {"title": "Joint skills fund"})
    options.propose_amendment(option, bob, "title", "A joint skills fund")
    argument = options.add_argument(option, bob, "pro", "It costs less")
    options.vote_argument(argument, alice)
    rating = rounds.open_round(session, "rating", [option.public_id])
    consent = rounds.open_round(session, "consent", [option.public_id])
    rounds.rate(rating, option, alice, "Business", {"support": 4})
    rounds.give_consent(consent, option, bob, "Academia", "agree")
    poll = polls.create_poll(session, {"kind": "words", "question": "One word?"})
    polls.open_poll(session, poll)
    polls.answer(session, poll, alice, {"text": "Trust"})
    db.session.commit()
    return session


def test_close_coarsens_every_authored_time_and_deletes_who_chose_what(app, factory):
    close_and_check_every_authored_table(every_authored_kind_of_row(factory))


def close_and_check_every_authored_table(session) -> None:
    """Close a session that wrote every authored table; nothing fine or linking is left."""
    for model in {*time_authored_models(), *authored_models()}:
        assert db.session.scalar(sa.select(sa.func.count()).select_from(model)), model
    close_session(session)
    db.session.expire_all()
    # Votes, ratings and consent answers are gone; what the outcome shows is kept.
    deleted = [model for model in authored_models() if model.deleted_at_close]
    assert {model.__name__ for model in deleted} == {
        "ArgumentVote", "ConsentVote", "PollAnswer", "Rating", "Vote"}
    for model in deleted:
        assert db.session.scalar(sa.select(sa.func.count()).select_from(model)) == 0, model
    assert db.session.scalars(sa.select(Contribution.vote_count)).all() == [1]
    assert db.session.scalars(sa.select(Argument.vote_count)).all() == [1]
    assert all(found.results for found in db.session.scalars(sa.select(RatingRound)))
    assert all(poll.state == "closed" and poll.figures
               for poll in db.session.scalars(sa.select(Poll)))
    for model in time_authored_models():
        for column in model.authored_times:
            for moment in db.session.scalars(sa.select(getattr(model, column))):
                assert (moment.hour, moment.minute, moment.second, moment.microsecond) == (
                    0, 0, 0, 0), (model.__name__, column, moment)
    for model in authored_models():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(model)
                                 .where(model.author_ref.is_not(None))) == 0, model


def test_after_close_no_query_links_a_contribution_to_a_roster_row(app, factory):
    session, people, refs = _session_with_authored_rows(factory)
    key = bytes(session.author_key)
    close_session(session)
    db.session.expire_all()
    assert session.author_key is None and session.status == "closed"
    # The key's own row is gone, and the close verified the erasure (nothing pending).
    assert db.session.get(SessionKey, session.id) is None
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ErasurePending)) == 0
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
        author_ref(session, "a seat secret")


def test_rate_limit_keys_hold_no_ref_and_cannot_be_recomputed_after_close(app, factory):
    import pytest

    from dialogue import rate_limits
    from dialogue.anonymity import SessionClosed
    from dialogue.extensions import limiter

    session, people, refs = _session_with_authored_rows(factory)
    keys = [rate_limits.person_key(session, ref) for ref in refs]
    for key in keys:
        assert rate_limits.allow("write", key)
    held = " ".join(limiter.storage.storage)  # the memory storage's keys
    assert all(key in held for key in keys)
    assert not any(ref in held for ref in refs)
    close_session(session)
    with pytest.raises(SessionClosed):
        rate_limits.person_key(session, refs[0])


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


def test_after_close_no_byte_of_the_database_holds_words_a_moderator_redacted(app, factory):
    from dialogue.boards import redaction, services

    session = factory.live_session()
    ref = factory.join(session).ref
    text = "Reach our desk on +49 30 9876 5432 about the pilot"
    outcome = services.post_contribution(session, session.agenda[0], ref, text,
                                         "contribution", confirm=True)
    post = outcome.touched[0][0]
    db.session.add(SessionEvent(session_id=session.id, seq=1, audience="moderators",
                                name="moderation_item",
                                payload={"id": post.public_id, "text": text}))
    db.session.commit()
    assert b"9876 5432" in _database_bytes(app)
    start = text.index("+49")
    redaction.redact(session, post, [(start, start + len("+49 30 9876 5432"))], "A number")
    db.session.commit()
    close_session(session)
    after = _database_bytes(app)
    assert b"9876 5432" not in after
    assert b"on [redacted] about the pilot" in after


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
