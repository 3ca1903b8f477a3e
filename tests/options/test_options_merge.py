"""Field-wise merge of concurrent edits: different fields combine by themselves, the same
field changed on both sides is a conflict that keeps both texts, and hostile edits change
nothing."""

import pytest

from dialogue.extensions import db
from dialogue.models import OptionRevision
from dialogue.options import services
from dialogue.options.errors import EditConflict, Refused
from dialogue.options.fields import CORE_FIELDS
from dialogue.options.history import history
from dialogue.options.services import combine, merge_fields

from .conftest import option_state, table_counts


def _two(kit, session):
    return (services.as_participant(kit.participant(session)) for _ in range(2))


def test_edits_to_different_fields_from_the_same_version_both_land(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="A fund", problem="")
    alice, bea = _two(kit, session)
    services.edit_option(option, alice, 1, {"measure": "A joint fund"})
    db.session.commit()
    # Bea's form still holds the old measure (she did not touch it) and adds a problem.
    revision = services.edit_option(option, bea, 1, {**{"measure": "A fund"},
                                                     "problem": "Skills shortage"})
    db.session.commit()
    version, _status, fields = option_state(option)
    assert version == 3 and revision.version == 3
    assert fields["measure"] == "A joint fund" and fields["problem"] == "Skills shortage"
    # The history stays one revision per save, each showing only its own change.
    newest, middle, _created = history(option, services.field_specs(session))
    assert [change["key"] for change in newest["changes"]] == ["problem"]
    assert [change["key"] for change in middle["changes"]] == ["measure"]
    stored = db.session.query(OptionRevision).filter_by(option_id=option.id, version=3).one()
    assert stored.fields == fields


def test_a_whole_form_from_an_old_version_does_not_wipe_a_field_written_meanwhile(factory,
                                                                                 kit):
    """The case seen in the room: the second writer's form had the field empty."""
    session = factory.live_session()
    option = kit.option(session, costs_risks="")
    alice, bea = _two(kit, session)
    services.edit_option(option, alice, 1, {"costs_risks": "About 2 million a year"})
    db.session.commit()
    whole_form = {spec.key: option.fields[spec.key] if spec.key != "costs_risks" else ""
                  for spec in CORE_FIELDS}
    whole_form["open_questions"] = "Who pays first?"
    services.edit_option(option, bea, 1, whole_form)
    db.session.commit()
    fields = option_state(option)[2]
    assert fields["costs_risks"] == "About 2 million a year"
    assert fields["open_questions"] == "Who pays first?"


def test_the_same_field_changed_on_both_sides_is_a_conflict_that_keeps_both(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Original", problem="")
    alice, bea = _two(kit, session)
    services.edit_option(option, alice, 1, {"measure": "Alice's wording"})
    db.session.commit()
    before = option_state(option), table_counts()
    with pytest.raises(EditConflict) as conflict:
        services.edit_option(option, bea, 1, {"measure": "Bea's wording",
                                              "problem": "Bea's problem"})
    db.session.rollback()
    assert (option_state(option), table_counts()) == before  # nothing written
    details = conflict.value.details
    assert details["fields"] == ["measure"]
    assert details["current"]["measure"] == "Alice's wording"
    assert details["mine"]["measure"] == "Bea's wording"
    proposal = details["proposal"]
    assert "Alice's wording" in proposal["measure"] and "Bea's wording" in proposal["measure"]
    assert proposal["problem"] == "Bea's problem"  # the rest of her edit is merged
    # Saving the proposal as it is (as most people would) loses nobody's words.
    services.edit_option(option, bea, details["current_version"], proposal)
    db.session.commit()
    fields = option_state(option)[2]
    assert "Alice's wording" in fields["measure"] and "Bea's wording" in fields["measure"]
    assert fields["problem"] == "Bea's problem"


def test_the_same_change_on_both_sides_is_no_conflict(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Old")
    alice, bea = _two(kit, session)
    services.edit_option(option, alice, 1, {"measure": "New"})
    db.session.commit()
    assert services.edit_option(option, bea, 1, {"measure": " New "}) is None
    assert option_state(option)[0] == 2


def test_choices_changed_on_both_sides_offer_both_sets(factory, kit):
    session = factory.live_session()
    option = kit.option(session, actors=["eu"])
    alice, bea = _two(kit, session)
    services.edit_option(option, alice, 1, {"actors": ["eu", "business"]})
    db.session.commit()
    with pytest.raises(EditConflict) as conflict:
        services.edit_option(option, bea, 1, {"actors": ["ministries"]})
    db.session.rollback()
    assert conflict.value.details["proposal"]["actors"] == ["ministries", "eu", "business"]


def test_a_line_field_conflict_stays_one_line_and_within_its_length(factory, kit):
    session = factory.live_session()
    option = kit.option(session, title="Fund")
    alice, bea = _two(kit, session)
    services.edit_option(option, alice, 1, {"title": "Joint fund"})
    db.session.commit()
    with pytest.raises(EditConflict) as conflict:
        services.edit_option(option, bea, 1, {"title": "Shared fund"})
    db.session.rollback()
    assert conflict.value.details["proposal"]["title"] == "Joint fund / Shared fund"
    long_a, long_b = "A" * 150, "B" * 150
    services.edit_option(option, alice, 2, {"title": long_a})
    db.session.commit()
    with pytest.raises(EditConflict) as conflict:
        services.edit_option(option, bea, 2, {"title": long_b})
    db.session.rollback()
    # Both together would be too long for a title: the box keeps hers; both are shown.
    details = conflict.value.details
    assert details["proposal"]["title"] == long_b and details["current"]["title"] == long_a


@pytest.mark.parametrize("base_version", [0, -1, 3, 10**9, True, "1", None, 1.0])
def test_an_edit_from_a_version_that_never_was_changes_nothing(factory, kit, base_version):
    session = factory.live_session()
    option = kit.option(session, measure="Original")
    services.edit_option(option, services.FACILITATOR, 1, {"measure": "Second"})
    db.session.commit()
    before = option_state(option), table_counts()
    with pytest.raises(Refused) as refused:
        services.edit_option(option, services.as_participant(kit.participant(session)),
                             base_version, {"measure": "Sneaky"})
    db.session.rollback()
    assert refused.value.code == "invalid" and refused.value.message
    assert (option_state(option), table_counts()) == before


@pytest.mark.parametrize("values", [
    {"measure": 42}, {"measure": ["a list"]}, {"actors": "eu"}, {"actors": ["nobody"]},
    {"title": ""}, {"title": "x" * 201}, {"measure": "x" * 4001}, {"author_ref": "me"},
    {"__proto__": "x"}, {"measure": None},
])
def test_hostile_values_on_an_old_version_are_refused_before_any_merge(factory, kit, values):
    session = factory.live_session()
    option = kit.option(session, measure="Original")
    services.edit_option(option, services.FACILITATOR, 1, {"problem": "Meanwhile"})
    db.session.commit()
    before = option_state(option), table_counts()
    with pytest.raises(Refused) as refused:
        services.edit_option(option, services.as_participant(kit.participant(session)), 1,
                             values)
    db.session.rollback()
    assert refused.value.code == "invalid"
    assert (option_state(option), table_counts()) == before


def test_markup_in_a_conflict_is_kept_as_text(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Plain")
    alice, bea = _two(kit, session)
    services.edit_option(option, alice, 1, {"measure": "<script>alert(1)</script>"})
    db.session.commit()
    with pytest.raises(EditConflict) as conflict:
        services.edit_option(option, bea, 1, {"measure": "<img src=x onerror=alert(2)>"})
    db.session.rollback()
    proposal = conflict.value.details["proposal"]["measure"]
    assert proposal == "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>"


def test_a_carried_over_option_cannot_be_edited_from_before_it_arrived(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Original")
    db.session.query(OptionRevision).filter_by(option_id=option.id).delete()
    option.version = 4  # as a copy that arrived at version 4 with its history elsewhere
    db.session.add(OptionRevision(session_id=session.id, option_id=option.id, version=4,
                                  kind="carried_over", fields=dict(option.fields)))
    db.session.commit()
    with pytest.raises(Refused) as refused:
        services.edit_option(option, services.FACILITATOR, 2, {"measure": "From nowhere"})
    assert refused.value.code == "invalid"
    db.session.rollback()


def test_the_merge_rule_on_its_own():
    base = {"a": "1", "b": "1", "c": "1", "d": "1"}
    current = {"a": "2", "b": "1", "c": "2", "d": "3"}  # someone changed a, c and d
    mine = {"a": "1", "b": "2", "c": "2", "d": "4"}  # I changed b, c (same) and d
    merged, conflicts = merge_fields(base, current, mine)
    assert merged == {"a": "2", "b": "2", "c": "2", "d": "3"} and conflicts == ["d"]
    # A field the template gained since the base version, or one only in the stored text.
    merged, conflicts = merge_fields({}, {"old": "kept"}, {"new": "mine"})
    assert merged == {"old": "kept", "new": "mine"} and conflicts == []
    spec = {spec.key: spec for spec in CORE_FIELDS}
    assert combine([spec["measure"]], {"measure": "theirs"}, {"measure": "theirs"},
                   {"measure": "mine"}, ["measure"]) == {"measure": "theirs\n\nmine"}


def test_a_writer_who_slips_in_between_reading_and_writing_is_merged_too(factory, kit):
    """The conditional UPDATE loses the race; the edit is merged again on the new text."""
    import sqlalchemy as sa

    from dialogue.models import PolicyOption

    session = factory.live_session()
    option = kit.option(session, measure="Original", problem="")
    stale_version = option.version
    moved = {**option.fields, "problem": "Written in between"}
    db.session.execute(sa.update(PolicyOption).where(PolicyOption.id == option.id)
                       .values(version=2, fields=moved)
                       .execution_options(synchronize_session=False))
    db.session.add(OptionRevision(session_id=session.id, option_id=option.id, version=2,
                                  kind="edited", fields=moved))
    db.session.flush()
    assert option.version == stale_version  # the object in hand has not seen it
    services.edit_option(option, services.FACILITATOR, 1, {"measure": "Mine"})
    db.session.commit()
    version, _status, fields = option_state(option)
    assert version == 3
    assert fields["problem"] == "Written in between" and fields["measure"] == "Mine"


def test_the_socket_edit_merges_and_reports_a_conflict_with_the_proposal(live):
    option_id = live.option(measure="Original", problem="")
    alice, bea = live.participant(), live.participant()
    assert alice.emit("option_edit", {"option": option_id, "base_version": 1,
                                      "fields": {"measure": "Alice's"}})["ok"]
    ack = bea.emit("option_edit", {"option": option_id, "base_version": 1,
                                   "fields": {"problem": "Bea's problem"}})
    assert ack == {"ok": True, "version": 3}
    ack = bea.emit("option_edit", {"option": option_id, "base_version": 1,
                                   "fields": {"measure": "Bea's"}})
    assert ack["ok"] is False and ack["error"] == "conflict" and ack["fields"] == ["measure"]
    assert ack["proposal"]["measure"] == "Alice's\n\nBea's"
    assert ack["proposal"]["problem"] == "Bea's problem"
    fields = option_state(live.fresh(option_id))[2]
    assert fields["measure"] == "Alice's" and fields["problem"] == "Bea's problem"
    for seat in (alice, bea):
        assert live.kit.ref(live.reload(), seat.entry) not in repr(ack)


def test_the_proposer_alone_gets_their_amendment_and_its_outcome(live):
    option_id = live.option(measure="A fund")
    proposer, other = live.participant(), live.participant()
    facilitator = live.facilitator()
    ack = proposer.emit("amendment_propose", {"option": option_id, "field": "measure",
                                              "text": "A joint fund"})
    amendment_id = ack["amendment"]
    assert facilitator.emit("amendment_decide", {"amendment": amendment_id,
                                                 "accept": False})["ok"]
    notices = proposer.named("amendment")
    assert [each["status"] for each in notices] == ["pending", "rejected"]
    assert all(each["id"] == amendment_id and "author" not in repr(each) for each in notices)
    assert other.named("amendment") == []
    own = proposer.emit("sync", {})["snapshot"]["options"]["own_amendments"]
    assert [(each["id"], each["status"]) for each in own] == [(amendment_id, "rejected")]
    assert other.emit("sync", {})["snapshot"]["options"]["own_amendments"] == []
