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


def test_close_on_postgresql_coarsens_times_and_deletes_who_chose_what(pg_app):
    from .test_close_severs_the_link import (
        close_and_check_every_authored_table,
        every_authored_kind_of_row,
    )

    close_and_check_every_authored_table(every_authored_kind_of_row(Factory(pg_app)))


def test_rating_figures_survive_close_on_postgresql_without_their_answers(pg_app):
    from dialogue.models import ConsentVote, Rating

    from .options.conftest import OptionKit
    from .options.test_options_answers_after_close import frozen_or_live_results, rated_session

    factory = Factory(pg_app)
    session, _option, round_ids = rated_session(factory, OptionKit(factory))
    before = frozen_or_live_results(round_ids)
    close_session(db.session.merge(session))
    assert frozen_or_live_results(round_ids) == before
    for model in (Rating, ConsentVote):
        assert db.session.scalar(sa.select(sa.func.count()).select_from(model)) == 0


def test_a_reissued_link_on_postgresql_gets_a_new_ref_and_no_second_vote(pg_app):
    import pytest

    from dialogue.boards import services as boards
    from dialogue.facilitate.services import reissue_invite

    factory = Factory(pg_app)
    session = factory.live_session()
    first = factory.join(session)
    item = boards.post_contribution(session, session.agenda[0], factory.ref(
        session, factory.roster_entry(session)), "Posted before the new link",
        "contribution").touched[0][0]
    boards.vote(session, item, first.ref, True, votes_from=first.entry.reseated_on)
    db.session.commit()
    reissue_invite(first.entry)
    db.session.commit()
    second = factory.join(session, first.entry)
    assert second.ref != first.ref and second.entry.reseated_on is not None
    with pytest.raises(boards.Refused) as refused:
        boards.vote(session, item, second.ref, True, votes_from=second.entry.reseated_on)
    assert refused.value.code == "before_new_link"
