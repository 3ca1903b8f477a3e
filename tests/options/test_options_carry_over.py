"""Across a round: options carry over into the next session with their history."""

import pytest

from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import OptionRevision
from dialogue.options import carry_over, services
from dialogue.options.history import changes_since_carry_over, history
from dialogue.refusals import Refused


def _round_of_two(factory, kit):
    first = factory.live_session(round_name="Migration Strategy Group 2025")
    option = kit.option(first, measure="A fund both countries pay into")
    services.edit_option(option, services.as_participant(kit.participant(first)), 1,
                         {"problem": "Employers lack trainees"})
    db.session.commit()
    second = factory.live_session(round_name="Migration Strategy Group 2025")
    return first, option, second


def test_options_carry_over_with_their_history_and_no_author(factory, kit):
    first, original, second = _round_of_two(factory, kit)
    close_session(first)
    assert carry_over.previous_sessions(second) == [first]
    (copy,) = carry_over.carry_over(second, first)
    db.session.commit()
    assert copy.fields == original.fields and copy.version == 2
    assert carry_over.carried_from(copy) == first
    entries = history(copy, services.field_specs(second))
    assert [entry["version"] for entry in entries] == [2, 1]
    copies = db.session.query(OptionRevision).filter_by(option_id=copy.id).all()
    assert all(revision.author_ref is None for revision in copies)


def test_the_next_session_shows_what_changed_since_the_carry_over(factory, kit):
    first, _, second = _round_of_two(factory, kit)
    (copy,) = carry_over.carry_over(second, first)
    db.session.commit()
    assert changes_since_carry_over(copy, services.field_specs(second)) == []
    services.edit_option(copy, services.FACILITATOR, copy.version,
                         {"measure": "A fund both countries and employers pay into"})
    db.session.commit()
    (change,) = changes_since_carry_over(copy, services.field_specs(second))
    assert change["key"] == "measure"


def test_carrying_over_twice_copies_nothing_twice(factory, kit):
    first, _, second = _round_of_two(factory, kit)
    carry_over.carry_over(second, first)
    assert carry_over.carry_over(second, first) == []
    assert len(services.options_of(second)) == 1


def test_only_earlier_sessions_of_the_same_round_can_be_carried_from(factory, kit):
    first, _, second = _round_of_two(factory, kit)
    elsewhere = factory.live_session(round_name="Another round")
    with pytest.raises(Refused):
        carry_over.carry_over(elsewhere, first)
    with pytest.raises(Refused):
        carry_over.carry_over(first, first)
    other_owner = factory.make_facilitator("other@example.org")
    theirs = factory.session(owner=other_owner, round_name="Migration Strategy Group 2025")
    assert first not in carry_over.previous_sessions(theirs)


def test_arguments_carry_over_with_their_option_without_author_or_votes(factory, kit):
    import sqlalchemy as sa

    from dialogue.models import Argument

    first, original, second = _round_of_two(factory, kit)
    argument = services.add_argument(original, "a" * 64, "contra", "Costly to set up.")
    argument.vote_count = 4
    services.add_argument(original, "b" * 64, "pro", "Employers asked for it.")
    db.session.commit()
    close_session(first)
    (copy,) = carry_over.carry_over(second, first)
    db.session.commit()
    carried = db.session.scalars(sa.select(Argument).filter_by(option_id=copy.id)).all()
    assert sorted((a.side, a.text) for a in carried) == [
        ("contra", "Costly to set up."), ("pro", "Employers asked for it.")]
    assert all(a.author_ref is None and a.vote_count == 0 and a.session_id == second.id
               for a in carried)
