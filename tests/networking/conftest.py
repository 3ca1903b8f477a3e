"""Helpers for networking by consent: a session with people who joined, then closed."""

from __future__ import annotations

from dialogue.extensions import db
from dialogue.facilitate.services import close_session

from ..conftest import Browser
from ..factories import Factory, Joined


def closed_session(factory: Factory, people: int = 3, **entry_values):
    """A live session, ``people`` browsers that joined and accepted the Rule, closed."""
    session = factory.live_session()
    joined = [factory.join(session, **entry_values) for _ in range(people)]
    close_session(session)
    db.session.expire_all()
    return session, joined


def share(joined: Joined, session, **fields):
    """The person opens the form (prefilled) and sends it, changed by ``fields``."""
    url = f"/s/{session.code}/network/share"
    data = {"name": joined.entry.name, "affiliation": joined.entry.affiliation,
            "contact": joined.entry.email, **fields}
    db.session.commit()  # the test's own read of the roster ends (its snapshot would keep
    # old row versions alive on PostgreSQL, as any long transaction does)
    return Browser(joined.client).post(url, data, token_from=url)


def withdraw(joined: Joined, session):
    code = session.code
    db.session.commit()  # as in share: no snapshot of the test's own left open
    return Browser(joined.client).post(f"/s/{code}/network/withdraw",
                                       token_from=f"/s/{code}/network")
