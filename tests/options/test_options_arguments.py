"""Pro and contra arguments, each upvotable once per person."""

import pytest

from dialogue.extensions import db
from dialogue.options import announce as options_announce
from dialogue.options import services
from dialogue.realtime.tallies import tallies
from dialogue.refusals import Refused

from .conftest import table_counts


def test_participants_argue_for_and_against_an_option(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    services.add_argument(option, kit.participant(session), "pro", "Cheaper than visas")
    services.add_argument(option, kit.participant(session), "contra", "Slow to set up")
    db.session.commit()
    assert sorted(a.side for a in services.arguments_of(option)) == ["contra", "pro"]


def test_a_supported_argument_counts_each_person_once(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    argument = services.add_argument(option, kit.participant(session), "pro", "Cheap")
    alice, bea = kit.participant(session), kit.participant(session)
    services.vote_argument(argument, alice)
    services.vote_argument(argument, bea)
    db.session.commit()
    before = table_counts()
    with pytest.raises(Refused) as refused:
        services.vote_argument(argument, alice)
    assert refused.value.code == "already_voted"
    db.session.rollback()
    db.session.refresh(argument)
    assert argument.vote_count == 2 and table_counts() == before


def test_arguments_are_listed_by_support(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    weak = services.add_argument(option, kit.participant(session), "pro", "Weak")
    strong = services.add_argument(option, kit.participant(session), "pro", "Strong")
    services.vote_argument(strong, kit.participant(session))
    db.session.commit()
    assert [a.id for a in services.arguments_of(option)] == [strong.id, weak.id]


@pytest.mark.parametrize("side, text", [("maybe", "Hm"), ("pro", "  "), ("pro", "x" * 1001)])
def test_an_argument_needs_a_side_and_a_sensible_length(factory, kit, side, text):
    session = factory.live_session()
    option = kit.option(session)
    with pytest.raises(Refused):
        services.add_argument(option, kit.participant(session), side, text)


def test_argument_tallies_go_out_coalesced_with_the_count_not_the_voter(factory, kit,
                                                                         monkeypatch):
    from dialogue.extensions import socketio

    tallies.flush()  # nothing left over from before
    session = factory.live_session()
    option = kit.option(session)
    argument = services.add_argument(option, kit.participant(session), "pro", "Cheap")
    for _ in range(3):
        services.vote_argument(argument, kit.participant(session))
        db.session.commit()
        options_announce.argument_voted(session, argument)
    sent = []
    monkeypatch.setattr(socketio, "emit",
                        lambda name, payload, to=None: sent.append((name, payload, to)))
    assert tallies.flush() == 1
    # one tally, numbered in each audience's sequence: the room's and the console's
    assert [to for _, _, to in sent] == [f"session:{session.public_id}",
                                         f"mods:{session.public_id}"]
    for name, payload, _ in sent:
        assert name == "tally" and payload["kind"] == "argument"
        assert payload["counts"] == {argument.public_id: {"votes": 3}}
