"""The same flows on the real PostgreSQL server: join, author refs, close severs the link."""

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import Contribution, Vote

from .factories import Factory


def test_session_flow_and_close_on_postgresql(pg_app):
    factory = Factory(pg_app)
    session = factory.live_session()
    joined = factory.join(session)
    ref = joined.ref
    post = Contribution(session_id=session.id, agenda_item_id=session.agenda[0].id,
                        author_ref=ref, text="On PostgreSQL")
    db.session.add(post)
    db.session.flush()
    db.session.add(Vote(session_id=session.id, contribution_id=post.id, author_ref=ref))
    db.session.commit()
    assert joined.client.get(f"/s/{session.code}").status_code == 200
    close_session(session)
    db.session.expire_all()
    assert session.author_key is None
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)
                             .where(Contribution.author_ref.is_not(None))) == 0
    assert db.session.scalar(sa.select(Contribution.text)) == "On PostgreSQL"
