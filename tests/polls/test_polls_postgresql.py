"""Polls on the real PostgreSQL server: answers changed in place, figures in steps of k
(the change counter is counted in the database), close keeps figures, deletes answers."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import Poll, PollAnswer
from dialogue.polls import services

from ..factories import Factory


def test_a_poll_runs_and_closes_on_postgresql(pg_app):
    factory = Factory(pg_app)
    session = factory.live_session(k_anonymity=2)
    refs = [factory.ref(session, factory.roster_entry(session)) for _ in range(3)]
    poll = services.create_poll(session, {"kind": "scale", "question": "How urgent?",
                                          "scale_max": 4})
    services.open_poll(session, poll)
    db.session.commit()
    for ref, score in zip(refs, (1, 4, 4), strict=True):
        services.answer(session, poll, ref, {"score": score})
        db.session.commit()
    services.answer(session, poll, refs[0], {"score": 3})  # changed in place
    db.session.commit()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PollAnswer)) == 3
    db.session.refresh(poll)
    assert poll.changes == 0 and poll.figures["n"] == 3  # the second change moved them
    assert poll.figures["counts"] == {"1": 0, "2": 0, "3": 1, "4": 2}
    close_session(session)
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PollAnswer)) == 0
    closed = db.session.scalar(sa.select(Poll))
    assert closed.state == "closed" and closed.figures["median"] == 4.0
