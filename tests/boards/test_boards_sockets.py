"""Boards over Socket.IO: what each person sends, what everyone else receives."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import Contribution, RosterEntry, SessionEvent

from ..live_harness import flush_tallies, new_key


def test_a_new_post_reaches_everyone_and_only_its_author_sees_it_as_theirs(room):
    alice, bob, projector = room.participant(), room.participant(), room.facilitator("projector")
    reply = alice.post(room.board, "Recognise foreign vocational qualifications faster")
    assert reply["ok"] and reply["item"]["mine"] is True
    added = bob.named("contribution_added")
    assert [each["text"] for each in added] == [
        "Recognise foreign vocational qualifications faster"]
    assert "mine" not in added[0] and "status" not in added[0]
    assert projector.named("contribution_added")[0]["id"] == reply["item"]["id"]


def test_retried_post_counts_once(room):
    alice = room.participant()
    payload = {"board": room.board, "text": "Fund language courses", "client_key": new_key()}
    first, again = alice.emit("board_post", payload), alice.emit("board_post", payload)
    assert again == {**first, "replayed": True}  # the first reply, marked as a replay
    db.session.remove()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)) == 1


def test_retried_vote_counts_once(room):
    alice, bob = room.participant(), room.participant()
    item = alice.post(room.board, "Fund language courses")["item"]["id"]
    key = new_key()
    assert bob.vote(item, key=key) == {"ok": True, "id": item, "voted": True}
    assert bob.vote(item, key=key) == {"ok": True, "id": item, "voted": True,
                                       "replayed": True}
    assert room.contribution(item).vote_count == 1
    assert bob.vote(item, up=False)["voted"] is False
    old = bob.vote(item, key=key)  # the old retry, answered from its receipt
    assert old["voted"] is True and old["replayed"] is True
    assert room.contribution(item).vote_count == 0


def test_tallies_are_batched_into_one_event_per_flush(room):
    alice, projector = room.participant(), room.facilitator("projector")
    item = alice.post(room.board, "Fund language courses")["item"]["id"]
    voters = [room.participant() for _ in range(4)]
    projector.events()
    for voter in voters:
        assert voter.vote(item)["ok"]
    assert projector.named("tally") == []  # nothing until the coalescer flushes
    flush_tallies()
    tallies = projector.named("tally")
    assert len(tallies) == 1 and tallies[0]["counts"] == {item: {"votes": 4}}


def test_a_flagged_post_comes_back_with_spans_and_can_be_posted_anyway(room):
    room.factory.roster_entry(room.reload(), name="Wilhelmina Achterberg-Nkemelu")
    alice, bob = room.participant(), room.participant()
    text = "Wilhelmina Achterberg-Nkemelu knows the Ghana programme well"
    refused = alice.post(room.board, text)
    assert refused["ok"] is False and refused["error"] == "flagged"
    assert refused["spans"] == [{"start": 0, "end": 29, "label": "PERSON"}]
    assert room.state() == [] and bob.named("contribution_added") == []
    assert alice.post(room.board, text, confirm=True)["ok"]


def test_the_facilitator_sees_flags_and_the_queue(room):
    room.factory.roster_entry(room.reload(), name="Wilhelmina Achterberg-Nkemelu")
    alice, mod = room.participant(), room.facilitator()
    alice.post(room.board, "Ask Wilhelmina Achterberg-Nkemelu", confirm=True)
    alice.post(room.board, "What bullshit")
    alice.post(room.board, "Pool the training budgets")
    queued = {each["text"]: each for each in mod.named("moderation_item")}
    assert queued["Ask Wilhelmina Achterberg-Nkemelu"]["flags"][0]["label"] == "PERSON"
    assert queued["What bullshit"]["status"] == "pending"
    assert queued["What bullshit"]["filtered"] == ["bullshit"]
    snapshot = mod.sync(-1)["snapshot"]["boards"][room.board]["items"]
    assert {each["status"] for each in snapshot} == {"published", "pending"}


def test_a_dismissed_author_sees_the_reason_and_nobody_else_does(room):
    alice, bob, mod = room.participant(), room.participant(), room.facilitator()
    item = alice.post(room.board, "Off-topic remark")["item"]["id"]
    alice.events(), bob.events()
    assert mod.moderate(item, "dismiss", reason="Please keep to the question")["ok"]
    own = alice.named("own_contribution")
    assert own[-1]["status"] == "dismissed"
    assert own[-1]["reason"] == "Please keep to the question"
    bob_saw = bob.events()
    assert [event["name"] for event in bob_saw] == ["contribution_removed"]
    assert "Please keep" not in str(bob_saw)
    assert bob.sync(-1)["snapshot"]["boards"][room.board]["items"] == []
    mine = alice.sync(-1)["snapshot"]["boards"][room.board]["items"]
    assert mine[0]["reason"] == "Please keep to the question"


def test_premoderated_posts_wait_then_appear_for_everyone_on_approval(room):
    alice, bob, mod = room.participant(), room.participant(), room.facilitator()
    assert mod.emit("board_settings", {"board": room.board, "premoderation": True,
                                       "client_key": new_key()})["ok"]
    reply = alice.post(room.board, "Pool training budgets")
    assert reply["item"]["status"] == "pending"
    bob.events()
    assert mod.moderate(reply["item"]["id"], "approve")["ok"]
    assert [each["text"] for each in bob.named("contribution_added")] == [
        "Pool training budgets"]


def test_merge_spotlight_answer_and_labels_reach_the_room(room):
    alice, bob, carol, mod = (room.participant(), room.participant(), room.participant(),
                              room.facilitator())
    first = alice.post(room.board, "Faster visa for trainees")["item"]["id"]
    second = bob.post(room.board, "Faster visas for the trainees")["item"]["id"]
    carol.vote(first), carol.vote(second), alice.vote(second)
    carol.events()
    assert mod.emit("board_merge", {"id": second, "into": first, "client_key": new_key()})[
        "item"]["votes"] == 1
    assert mod.moderate(first, "spotlight", on=True)["item"]["spotlight"]
    assert mod.moderate(first, "label", labels=["visa", "speed"])["ok"]
    assert mod.moderate(first, "answer", on=True)["ok"]
    seen = carol.events()
    assert seen[0]["name"] == "contribution_removed"
    assert seen[0]["args"][0] == {"seq": seen[0]["args"][0]["seq"], "id": second,
                                  "board": room.board, "merged_into": first}
    final = [event["args"][0] for event in seen if event["name"] == "contribution_changed"][-1]
    assert (final["spotlight"], final["labels"], final["answered"], final["votes"]) == (
        True, ["visa", "speed"], True, 1)


def test_opening_the_next_item_moves_everyone_along(room):
    alice, mod = room.participant(), room.facilitator()
    reply = mod.emit("agenda_control", {"action": "next", "client_key": new_key()})
    assert reply["agenda"]["current"] == room.boards[1]
    assert alice.named("agenda")[-1]["current"] == room.boards[1]
    assert alice.post(room.board, "Too late for the first item")["error"] == "board_closed"
    assert alice.post(room.boards[1], "On the second item")["ok"]


def test_a_reconnecting_client_gets_what_it_missed(room):
    alice, bob = room.participant(), room.participant()
    first = alice.post(room.board, "First")["item"]["id"]
    seq = bob.named("contribution_added")[0]["seq"]
    bob.socket.disconnect()
    second = alice.post(room.board, "Second")["item"]["id"]
    alice.emit("board_withdraw", {"id": first, "client_key": new_key()})
    bob.socket.connect(auth=bob.auth)
    reply = bob.sync(seq)
    assert reply["mode"] == "replay"
    assert [(event["event"], event["data"]["id"]) for event in reply["events"]] == [
        ("contribution_added", second), ("contribution_removed", first)]
    assert alice.emit("board_mine", {})["items"][0]["id"] == second


def test_participants_cannot_send_facilitator_events(room):
    alice, bob = room.participant(), room.participant()
    item = alice.post(room.board, "Mine")["item"]["id"]
    before = room.state()
    for event, payload in (
            ("board_moderate", {"id": item, "action": "dismiss", "reason": "x"}),
            ("board_merge", {"id": item, "into": item}),
            ("board_settings", {"board": room.board, "premoderation": True}),
            ("agenda_control", {"action": "next"})):
        reply = bob.emit(event, {**payload, "client_key": new_key()})
        assert (reply["ok"], reply["error"]) == (False, "forbidden")
        assert reply["message"]
    assert room.state() == before


def test_the_facilitator_cannot_post_as_a_participant(room):
    mod = room.facilitator()
    assert mod.post(room.board, "Steering the room")["error"] == "forbidden"
    assert room.state() == []


def test_a_flood_of_votes_is_refused_once_the_limit_is_used_up(room, limits_without_refill):
    alice, bob = room.participant(), room.participant()
    item = alice.post(room.board, "Vote me up")["item"]["id"]
    capacity = limits_without_refill["vote"]
    replies = [bob.vote(item, up=(n % 2 == 0)) for n in range(capacity)]
    assert all(reply["ok"] for reply in replies)
    before = room.state()
    refused = bob.vote(item, up=True)
    assert (refused["ok"], refused["error"]) == (False, "rate_limited")
    assert room.state() == before


def test_a_seat_is_shown_only_so_many_detector_warnings(room, limits_without_refill,
                                                        monkeypatch):
    """Issue 12.9: even a warning that names nobody is rationed, so names cannot be tested
    in bulk; posting anyway does not ask the detector and stays possible."""
    from limits import RateLimitItemPerDay

    from dialogue import rate_limits

    # only the warnings run out
    monkeypatch.setitem(rate_limits.rates(), "write", RateLimitItemPerDay(1000))
    alice, bob = room.participant(), room.participant()
    capacity = limits_without_refill["detect"]
    for n in range(capacity):
        assert alice.post(room.board, f"Ask Cornelius Abernathy-Okonkwo{n}")["error"] == "flagged"
    refused = alice.post(room.board, "Ask Cornelius Abernathy-Okonkwo")
    assert (refused["ok"], refused["error"]) == (False, "rate_limited")
    assert "spans" not in refused
    assert bob.post(room.board, "Ask Cornelius Abernathy-Okonkwo")["error"] == "flagged"
    assert alice.post(room.board, "Ask Cornelius Abernathy-Okonkwo", confirm=True)["ok"]


def test_a_removed_participant_can_no_longer_write(room):
    alice = room.participant()
    db.session.get(RosterEntry, alice.entry.id).revoked = True
    db.session.commit()
    assert alice.post(room.board, "Still here?")["error"] == "forbidden"
    assert room.state() == []


def test_public_events_are_logged_but_personal_notices_are_not(room):
    alice, mod = room.participant(), room.facilitator()
    item = alice.post(room.board, "Off-topic")["item"]["id"]
    mod.moderate(item, "dismiss", reason="A reason only the author sees")
    db.session.remove()
    names = set(db.session.scalars(sa.select(SessionEvent.name)))
    assert "own_contribution" not in names
    audiences = set(db.session.scalars(sa.select(SessionEvent.audience)))
    assert audiences == {"public", "moderators"}
