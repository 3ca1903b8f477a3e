"""Co-drafting an option: creating it, editing it together, and never losing anyone's words."""

import pytest

from dialogue.extensions import db
from dialogue.options import services
from dialogue.options.errors import EditConflict, NotFound, Refused
from dialogue.options.history import history

from .conftest import option_state, table_counts


def test_facilitator_drafts_an_option_from_board_contributions(factory, kit):
    session = factory.live_session()
    first = kit.contribution(session, "Pool training budgets across ministries")
    second = kit.contribution(session, "Let partner countries co-design curricula")
    option = services.create_option(
        session, services.FACILITATOR,
        {"title": "Joint skills fund", "measure": "A fund both countries pay into",
         "actors": ["ministries", "partner_countries"], "level": ["national"]},
        [first.public_id, second.public_id])
    db.session.commit()
    assert option.status == "draft" and option.version == 1
    assert {c.public_id for c in option.contributions} == {first.public_id, second.public_id}
    assert option.fields["actors"] == ["ministries", "partner_countries"]
    assert option.fields["problem"] == ""  # every template field exists, even if empty


def test_session_template_fields_join_the_structured_template(factory, kit):
    session = factory.live_session("migration-agreements")
    extra = [field.key for field in session.option_fields]
    option = kit.option(session, **({extra[0]: "Some text"} if extra else {}))
    for key in ("title", "problem", "measure", "actors", "level", "time_frame",
                "costs_risks", "open_questions", *extra):
        assert key in option.fields


def test_hidden_or_unlinkable_contributions_cannot_seed_an_option(factory, kit):
    session = factory.live_session()
    held = kit.contribution(session, "Waiting for approval", status="pending")
    elsewhere = kit.contribution(factory.live_session(), "Another session's post")
    before = table_counts()
    for wanted in (held.public_id, elsewhere.public_id):
        with pytest.raises(NotFound):
            services.create_option(session, services.FACILITATOR, {"title": "X"}, [wanted])
        db.session.rollback()
    assert table_counts() == before


def test_participants_create_options_only_when_the_session_allows_it(factory, kit):
    closed_shop = factory.live_session(participants_may_create_options=False)
    ref = kit.participant(closed_shop)
    with pytest.raises(Refused) as refused:
        services.create_option(closed_shop, services.as_participant(ref), {"title": "Mine"})
    assert refused.value.code == "forbidden"
    open_shop = factory.live_session(participants_may_create_options=True)
    option = services.create_option(open_shop, services.as_participant(kit.participant(
        open_shop)), {"title": "Mine"})
    assert option.title == "Mine"


def test_an_option_needs_a_title_and_known_fields(factory):
    session = factory.live_session()
    for values in ({"title": "  "}, {"title": "X", "colour": "red"},
                   {"title": "X", "actors": ["the mayor"]}, {"title": "X", "problem": 42},
                   {"title": "X", "measure": "y" * 5000}):
        with pytest.raises(Refused) as refused:
            services.create_option(session, services.FACILITATOR, values)
        assert refused.value.code == "invalid"


def test_every_edit_is_a_revision_shown_as_an_anonymous_diff(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="A fund both countries pay into")
    ref = kit.participant(session)
    services.edit_option(option, services.as_participant(ref), 1,
                         {"measure": "A fund both countries and employers pay into"})
    db.session.commit()
    entries = history(option, services.field_specs(session))
    assert [entry["version"] for entry in entries] == [2, 1]
    newest = entries[0]
    assert newest["kind"] == "edited" and not newest["by_facilitator"]
    (change,) = newest["changes"]
    assert change["key"] == "measure"
    assert {"op": "insert", "text": "and employers "} in change["segments"] or any(
        seg["op"] == "insert" and "employers" in seg["text"] for seg in change["segments"])
    assert ref not in repr(entries) and "author" not in repr(entries)


def test_second_writer_on_an_old_version_gets_a_conflict_with_both_texts(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Original")
    alice, bea = (services.as_participant(kit.participant(session)) for _ in range(2))
    services.edit_option(option, alice, 1, {"measure": "Alice's wording"})
    db.session.commit()
    with pytest.raises(EditConflict) as conflict:
        services.edit_option(option, bea, 1, {"measure": "Bea's wording"})
    db.session.rollback()
    details = conflict.value.details
    assert details["current_version"] == 2
    assert details["current"]["measure"] == "Alice's wording"
    assert details["mine"]["measure"] == "Bea's wording"
    assert option_state(option)[0] == 2  # Bea's text was not written over Alice's
    services.edit_option(option, bea, 2, {"measure": "Alice's wording, with Bea's point"})
    db.session.commit()
    assert option_state(option)[0] == 3


def test_an_edit_that_changes_nothing_makes_no_revision(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Same")
    assert services.edit_option(option, services.FACILITATOR, 1, {"measure": " Same "}) is None
    assert option_state(option)[0] == 1


@pytest.mark.parametrize("status", ["parked", "endorsed"])
def test_a_parked_or_endorsed_option_cannot_be_edited_by_anyone(factory, kit, status):
    session = factory.live_session()
    option = kit.option(session)
    services.set_status(option, status)
    db.session.commit()
    before = option_state(option), table_counts()
    for drafter in (services.FACILITATOR, services.as_participant(kit.participant(session))):
        with pytest.raises(Refused) as refused:
            services.edit_option(option, drafter, 1, {"measure": "Sneaky change"})
        assert refused.value.code == status
        db.session.rollback()
    assert (option_state(option), table_counts()) == before


def test_consolidated_text_changes_only_by_the_facilitator(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    services.set_status(option, "consolidated")
    with pytest.raises(Refused) as refused:
        services.edit_option(option, services.as_participant(kit.participant(session)), 1,
                             {"measure": "Mine"})
    assert refused.value.code == "consolidated"
    services.edit_option(option, services.FACILITATOR, 1, {"measure": "Final wording"})
    assert option.version == 2


def test_facilitator_moves_an_option_through_its_statuses(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    for status in ("discussion", "consolidated", "endorsed", "parked", "discussion"):
        services.set_status(option, status)
        db.session.commit()
        assert option_state(option)[1] == status
    with pytest.raises(Refused):
        services.set_status(option, "adopted")


def test_nothing_changes_once_the_session_is_closed(factory, kit):
    from dialogue.facilitate.services import close_session

    session = factory.live_session()
    option = kit.option(session)
    ref = kit.participant(session)
    close_session(session)
    with pytest.raises(Refused) as refused:
        services.edit_option(option, services.as_participant(ref), 1, {"measure": "Late"})
    assert refused.value.code == "closed"


def test_closing_the_session_severs_every_option_author_ref(factory, kit):
    from dialogue.facilitate.services import close_session
    from dialogue.models import Amendment, Argument, OptionRevision

    session = factory.live_session()
    option = kit.option(session)
    ref = kit.participant(session)
    services.edit_option(option, services.as_participant(ref), 1, {"measure": "Mine"})
    services.propose_amendment(option, ref, "problem", "Skills gaps")
    argument = services.add_argument(option, ref, "pro", "Cheap")
    services.vote_argument(argument, kit.participant(session))
    db.session.commit()
    close_session(session)
    for model in (OptionRevision, Amendment, Argument):
        assert all(row.author_ref is None for row in db.session.query(model))
