"""The board rules, called directly as the socket handlers and the API call them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from dialogue.boards import moderation, services, word_filter
from dialogue.boards.payloads import board_snapshot, moderator_item
from dialogue.extensions import db
from dialogue.models import Contribution, Vote
from dialogue.realtime.actors import Actor
from dialogue.refusals import Refused


@pytest.fixture
def live(factory):
    session = factory.live_session()
    people = [factory.ref(session, factory.roster_entry(session)) for _ in range(3)]
    return session, session.agenda[0], people


def post(session, item, ref, text="More money for vocational schools", **kwargs):
    outcome = services.post_contribution(session, item, ref, text,
                                         kwargs.pop("kind", "contribution"), **kwargs)
    db.session.commit()
    return outcome.touched[0][0]


def test_a_post_on_an_open_board_is_published(live):
    session, item, (alice, *_) = live
    contribution = post(session, item, alice)
    assert contribution.status == "published"
    assert contribution.author_ref == alice


def test_a_premoderated_board_holds_posts_until_approved(live):
    session, item, (alice, *_) = live
    item.premoderation = True
    contribution = post(session, item, alice)
    assert contribution.status == "pending"
    moderation.moderate(session, contribution, "approve", text="More money for schools")
    db.session.commit()
    assert (contribution.status, contribution.text, contribution.edited) == (
        "published", "More money for schools", True)


def test_the_word_filter_holds_a_post_for_moderation(live):
    session, item, (alice, *_) = live
    assert post(session, item, alice, "This plan is bullshit").status == "pending"
    assert post(session, item, alice, "Das ist doch Scheiße").status == "pending"
    assert post(session, item, alice, "Hello, shell companies are a risk").status == "published"


def test_the_word_filter_matches_words_and_stems_not_parts(app):
    words = ("idiot*", "hell")
    assert word_filter.matches("What an idiotic idea", words) == ["idiotic"]
    assert word_filter.matches("hello there", words) == []
    assert word_filter.matches("Go to hell!", words) == ["hell"]
    assert word_filter.matches("SCHEISSE", ("scheiß*",)) == ["scheisse"]


def test_the_word_filter_list_comes_from_the_configuration(app):
    app.config["WORD_FILTER"] = "pineapple, mango*"
    assert word_filter.matches("Mangoes and pineapple, no bullshit") == ["mangoes", "pineapple"]
    app.config["WORD_FILTER"] = "off"
    assert word_filter.matches("bullshit") == []


def test_a_post_naming_a_participant_is_handed_back_with_the_flags(factory):
    session = factory.live_session()
    factory.roster_entry(session, name="Henrietta Quarshie-Lindqvist")
    alice = factory.ref(session, factory.roster_entry(session))
    text = "As Henrietta Quarshie-Lindqvist said, training must come first"
    with pytest.raises(Refused) as refused:
        services.post_contribution(session, session.agenda[0], alice, text, "contribution")
    assert refused.value.code == "flagged"
    span = refused.value.details["spans"][0]
    assert text[span["start"]:span["end"]] == "Henrietta Quarshie-Lindqvist"
    assert span["label"] == "PERSON"
    db.session.rollback()
    contribution = post(session, session.agenda[0], alice, text, confirm=True)
    assert contribution.status == "pending"  # posted anyway: held for a moderator
    assert contribution.flags[0]["label"] == "PERSON"


def test_the_moderators_flags_follow_changes_to_the_roster(factory):
    session = factory.live_session()
    alice = factory.ref(session, factory.roster_entry(session))
    text = "ask oyelaran-fitzgerald about it"  # lower case: no name-like warning
    assert post(session, session.agenda[0], alice, text).flags == []  # nobody of that name
    factory.roster_entry(session, name="Bartholomew Oyelaran-Fitzgerald")
    flagged = post(session, session.agenda[0], alice, text)  # the author is not told ...
    assert [text[f["start"]:f["end"]] for f in flagged.flags] == [
        "oyelaran-fitzgerald"]  # ... but the moderators are


def test_the_authors_warning_does_not_tell_who_is_on_the_roster(factory):
    """Issue 12.9: a seat holder who types candidate names learns nothing about the list."""
    session = factory.live_session()
    alice = factory.ref(session, factory.roster_entry(session))
    factory.roster_entry(session, name="Bartholomew Oyelaran-Fitzgerald")
    warnings = {}
    for name in ("Bartholomew Oyelaran-Fitzgerald", "Bartholomew Oyelaran-Fitzgerlad",
                 "Cornelius Abernathy-Okonkwo"):  # on the roster, a typo, nobody
        text = f"Ask {name} about it"
        with pytest.raises(Refused) as refused:
            services.post_contribution(session, session.agenda[0], alice, text, "contribution")
        # the same warning, relative to the name typed: code, message, spans and labels
        warnings[name] = (refused.value.code, refused.value.message,
                          tuple((s["start"], s["end"] - len(name), s["label"])
                                for s in refused.value.details["spans"]))
        db.session.rollback()
    assert len(set(warnings.values())) == 1, warnings


def test_a_post_longer_than_the_session_allows_is_refused(live):
    session, item, (alice, *_) = live
    session.max_contribution_length = 50
    with pytest.raises(Refused) as refused:
        post(session, item, alice, "x" * 51)
    assert refused.value.code == "too_long"
    with pytest.raises(Refused, match="Write something"):
        post(session, item, alice, "   ")


def test_one_vote_per_person_which_can_be_taken_back(live):
    session, item, (alice, bob, carol) = live
    contribution = post(session, item, alice)
    for voter in (bob, bob, carol):
        services.vote(session, contribution, voter, True)
        db.session.commit()
    assert contribution.vote_count == 2
    services.vote(session, contribution, bob, False)
    services.vote(session, contribution, bob, False)
    db.session.commit()
    assert contribution.vote_count == 1
    with pytest.raises(Refused, match="own"):
        services.vote(session, contribution, alice, True)


def test_merging_duplicates_counts_each_supporter_once(live):
    session, item, (alice, bob, carol) = live
    original = post(session, item, alice, "Fund vocational schools in partner countries")
    duplicate = post(session, item, bob, "Fund the vocational schools in partner countries!")
    for voter, target in ((carol, original), (carol, duplicate), (alice, duplicate)):
        services.vote(session, target, voter, True)
    db.session.commit()
    assert moderator_item(duplicate)["similar"][0]["id"] == original.public_id
    moderation.merge(session, duplicate, original)
    db.session.commit()
    # carol voted for both: counted once; alice's vote would be for her own item: dropped
    assert original.vote_count == 1
    assert duplicate.status == "merged" and duplicate.merged_into_id == original.id
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Vote).where(
        Vote.contribution_id == original.id)) == 1


def test_only_one_item_per_board_is_in_the_spotlight(live):
    session, item, (alice, bob, _) = live
    first, second = post(session, item, alice), post(session, item, bob, "Visa quicker")
    moderation.moderate(session, first, "spotlight", on=True)
    outcome = moderation.moderate(session, second, "spotlight", on=True)
    db.session.commit()
    assert (first.spotlight, second.spotlight) == (False, True)
    assert {each.public_id for each, _ in outcome.touched} == {first.public_id,
                                                                second.public_id}


def test_an_edit_on_a_moderated_board_goes_back_to_the_queue(live):
    session, item, (alice, *_) = live
    contribution = post(session, item, alice)
    item.premoderation = True
    services.edit_own(session, contribution, alice, "Something else entirely")
    assert contribution.status == "pending" and contribution.edited


def test_an_answered_item_can_no_longer_be_edited_or_withdrawn(live):
    session, item, (alice, bob, _) = live
    contribution = post(session, item, alice, "Who pays?", kind="question")
    with pytest.raises(Refused, match="your own"):
        services.withdraw_own(session, contribution, bob)
    moderation.moderate(session, contribution, "answer", on=True)
    with pytest.raises(Refused, match="no longer"):
        services.edit_own(session, contribution, alice, "Who pays, and when?")


def test_a_locked_board_takes_no_posts_or_votes(live):
    session, item, (alice, bob, _) = live
    contribution = post(session, item, alice)
    moderation.control_agenda(session, "lock", item)
    for attempt in (lambda: post(session, item, alice),
                    lambda: services.vote(session, contribution, bob, True)):
        with pytest.raises(Refused) as refused:
            attempt()
        assert refused.value.code == "board_locked"


def test_dismissal_needs_a_reason_the_author_will_read(live):
    session, item, (alice, *_) = live
    contribution = post(session, item, alice)
    with pytest.raises(Refused, match="reason"):
        moderation.moderate(session, contribution, "dismiss", reason=" ")
    moderation.moderate(session, contribution, "dismiss", reason="Off topic for this item")
    assert (contribution.status, contribution.dismiss_reason) == (
        "dismissed", "Off topic for this item")


def test_the_participant_snapshot_marks_only_their_own_items(live, factory):
    session, item, (alice, bob, _) = live
    mine, theirs = post(session, item, alice), post(session, item, bob, "Visa quicker")
    held = post(session, item, bob, "bullshit")
    actor = Actor("participant", session.id, session.public_id, 1, author_ref=bob)
    items = board_snapshot(session, actor)["boards"][item.public_id]["items"]
    by_id = {each["id"]: each for each in items}
    assert set(by_id) == {mine.public_id, theirs.public_id, held.public_id}
    assert "mine" not in by_id[mine.public_id]
    assert by_id[theirs.public_id]["mine"] and by_id[held.public_id]["status"] == "pending"
    assert all("author_ref" not in each for each in items)
    db.session.get(Contribution, held.id)
