"""The console's commands (issue 17): undo of a dismissal and of a merge, the projector's
view, the agenda's timing, and the moderation log with its counts for the annex."""

from __future__ import annotations

import json

import sqlalchemy as sa

from dialogue.boards import moderation
from dialogue.extensions import db
from dialogue.models import AgendaItem, Contribution, ModerationLogEntry, PolicyOption, Vote

from ..live_harness import new_key


def _votes_on(public_id: str, room) -> list[str]:
    contribution = room.contribution(public_id)
    return sorted(db.session.scalars(sa.select(Vote.author_ref).filter_by(
        contribution_id=contribution.id)))


def test_undo_of_a_dismissal_restores_the_earlier_state_and_the_log_forgets_it(room):
    alice, console = room.participant(), room.facilitator()
    item = alice.post(room.board, "Open the job centres on Saturdays")["item"]["id"]
    assert console.moderate(item, "dismiss", reason="Off topic for this item")["ok"]
    assert room.contribution(item).status == "dismissed"
    assert moderation.moderation_counts(room.reload())["dismissed"] == {
        "Off topic for this item": 1}
    alice.events()
    reply = console.moderate(item, "restore", to="published")
    assert reply["ok"] and reply["item"]["status"] == "published"
    restored = room.contribution(item)
    assert (restored.status, restored.dismiss_reason) == ("published", None)
    assert moderation.moderation_counts(room.reload())["dismissed"] == {}
    assert [each["id"] for each in alice.named("own_contribution")] == [item]


def test_undo_of_a_dismissal_of_a_held_post_puts_it_back_in_the_queue(room):
    alice, console = room.participant(), room.facilitator()
    console.emit("board_settings", {"board": room.board, "premoderation": True})
    item = alice.post(room.board, "A held idea")["item"]["id"]
    assert console.moderate(item, "dismiss", reason="Duplicate")["ok"]
    assert console.moderate(item, "restore", to="pending")["item"]["status"] == "pending"
    assert room.contribution(item).status == "pending"


def test_restore_refuses_what_is_not_dismissed_and_bad_targets(room):
    alice, console = room.participant(), room.facilitator()
    item = alice.post(room.board, "A live idea")["item"]["id"]
    before = room.state()
    assert console.moderate(item, "restore")["error"] == "wrong_state"
    console.moderate(item, "dismiss", reason="x")
    before = room.state()
    for bad in ("archived", "merged", "", 3, ["published"], "published" * 50):
        reply = console.moderate(item, "restore", to=bad)
        assert reply["ok"] is False and reply["error"] in ("invalid", "malformed"), bad
    assert room.state() == before


def test_unmerge_brings_back_the_item_its_votes_and_the_labels(room):
    alice, bob, carol, dan = (room.participant() for _ in range(4))
    console = room.facilitator()
    duplicate = alice.post(room.board, "More childcare places")["item"]["id"]
    into = bob.post(room.board, "More places in childcare")["item"]["id"]
    assert carol.vote(duplicate)["ok"] and dan.vote(duplicate)["ok"] and dan.vote(into)["ok"]
    assert bob.vote(duplicate)["ok"]  # the author of `into` voted for the duplicate
    console.moderate(duplicate, "label", labels=["childcare"])
    before_dup, before_into = _votes_on(duplicate, room), _votes_on(into, room)
    alice.events()
    merged = console.emit("board_merge", {"id": duplicate, "into": into})
    assert merged["ok"] and merged["item"]["votes"] == 2  # dan once, carol moved
    assert merged["item"]["labels"] == ["childcare"]
    # The merged item's author is told (their phone says it was merged with a similar one).
    notices = alice.named("own_contribution")
    assert [(each["id"], each["status"]) for each in notices] == [(duplicate, "merged")]
    assert moderation.moderation_counts(room.reload())["merged"] == {"": 1}

    undone = console.emit("board_unmerge", {"id": duplicate})
    assert undone["ok"], undone
    assert undone["item"]["status"] == "published" and undone["item"]["votes"] == 3
    assert undone["into"]["votes"] == 1 and undone["into"]["labels"] == []
    assert _votes_on(duplicate, room) == before_dup and _votes_on(into, room) == before_into
    back = room.contribution(duplicate)
    assert (back.status, back.merged_into_id, back.merge_undo, back.vote_count) == (
        "published", None, None, 3)
    assert moderation.moderation_counts(room.reload())["merged"] == {}
    assert console.emit("board_unmerge", {"id": duplicate})["error"] == "wrong_state"


def test_unmerge_refuses_hostile_and_foreign_ids_and_changes_nothing(room, factory):
    elsewhere = factory.live_session()
    other = Contribution(session_id=elsewhere.id, agenda_item_id=elsewhere.agenda[0].id,
                         text="In another session", status="merged", vote_count=0,
                         merge_undo={"status": "published", "votes": []})
    db.session.add(other)
    db.session.commit()
    other_id = other.public_id
    alice, console = room.participant(), room.facilitator()
    live = alice.post(room.board, "A live idea")["item"]["id"]
    before = room.state()
    for payload, codes in (
            ({"id": live}, {"wrong_state"}),
            ({"id": "0" * 32}, {"not_found"}),
            ({"id": "../../etc"}, {"malformed"}),
            ({"id": 7}, {"malformed"}),
            ({}, {"malformed"}),
            ({"id": live, "extra": 1}, {"malformed"})):
        reply = console.emit("board_unmerge", {**payload, "client_key": new_key()})
        assert reply["ok"] is False and reply["error"] in codes, (payload, reply)
    reply = console.emit("board_unmerge", {"id": other_id, "client_key": new_key()})
    assert reply["error"] == "not_found"
    assert room.state() == before
    # A participant cannot send it at all.
    assert alice.emit("board_unmerge", {"id": live})["error"] == "forbidden"


def test_the_projector_view_reaches_the_projector_and_the_console_and_survives_a_reload(
        room):
    console, projector = room.facilitator(), room.facilitator("projector")
    alice = room.participant()
    for seat in (console, projector, alice):
        seat.events()
    reply = console.emit("projector_show", {"mode": "pause"})
    assert reply == {"ok": True, "projector": {"mode": "pause", "option": None, "timer": False}}
    assert [(e["mode"], e["option"]) for e in projector.named("projector")] == [("pause", None)]
    assert [e["mode"] for e in console.named("projector")] == ["pause"]
    assert room.reload().projector_mode == "pause"
    snapshot = projector.sync(-1)["snapshot"]
    assert snapshot["projector"] == {"mode": "pause", "option": None, "timer": False}
    # The clock on the projector: on, kept with the view; a mode switch without it keeps it.
    assert console.emit("projector_show", {"mode": "board", "timer": True})["projector"][
        "timer"] is True
    assert console.emit("projector_show", {"mode": "join"})["projector"] == {
        "mode": "join", "option": None, "timer": True}
    assert console.emit("projector_show", {"mode": "join", "timer": "yes"})[
        "error"] == "malformed"
    assert room.reload().projector_timer is True
    page = room.facilitator_browser.client.get(f"/facilitate/{room.sid}/projector")
    assert b'data-mode="join"' in page.data and b'data-timer="on"' in page.data
    console.emit("projector_show", {"mode": "pause", "timer": False})
    page = room.facilitator_browser.client.get(f"/facilitate/{room.sid}/projector")
    assert b'data-mode="pause"' in page.data


def test_projector_show_results_names_an_option_of_this_session(room, factory):
    console = room.facilitator()
    session = room.reload()
    option = PolicyOption(session_id=session.id, fields={"title": "Joint fund"}, version=1,
                          status="draft")
    db.session.add(option)
    db.session.commit()
    option_id = option.public_id
    before = room.state()
    for payload, code in (({"mode": "results"}, "invalid"),
                          ({"mode": "results", "option": "0" * 32}, "not_found"),
                          ({"mode": "pause", "option": option_id}, "invalid"),
                          ({"mode": "disco"}, "invalid"),
                          ({"mode": ["board"]}, "malformed"),
                          ({"mode": "board", "option": "<script>"}, "malformed"),
                          ({}, "malformed")):
        reply = console.emit("projector_show", payload)
        assert reply["ok"] is False and reply["error"] == code, (payload, reply)
    assert room.reload().projector_mode == "board" and room.state() == before
    reply = console.emit("projector_show", {"mode": "results", "option": option_id})
    assert reply["projector"] == {"mode": "results", "option": option_id, "timer": False}
    assert room.reload().projector_option == option_id
    # A participant or the projector itself may not switch it.
    alice, projector = room.participant(), room.facilitator("projector")
    for seat in (alice, projector):
        assert seat.emit("projector_show", {"mode": "join"})["error"] == "forbidden"
    assert room.reload().projector_mode == "results"


def test_the_agenda_carries_the_plan_and_the_clock(room):
    console = room.facilitator()
    session = room.reload()
    first, second = session.agenda[0], session.agenda[1]
    first.minutes, second.minutes = 15, 20
    db.session.commit()
    assert console.emit("agenda_control", {"action": "open", "item": first.public_id})["ok"]
    agenda = console.emit("agenda_control", {"action": "next"})["agenda"]
    by_id = {item["id"]: item for item in agenda["items"]}
    assert by_id[second.public_id]["minutes"] == 20
    assert by_id[second.public_id]["started"] is not None
    assert by_id[second.public_id]["ended"] is None
    # The item open before is done, with its end time; started <= ended.
    done = by_id[first.public_id]
    assert done["minutes"] == 15 and done["started"] <= done["ended"]
    db.session.remove()
    item = db.session.get(AgendaItem, second.id)
    assert item.started_at is not None and item.ended_at is None


def test_the_log_holds_no_author_and_is_ordered_by_day_and_reason(room):
    people = [room.participant() for _ in range(3)]
    console = room.facilitator()
    ids = [seat.post(room.board, f"Idea number {n} on the board")["item"]["id"]
           for n, seat in enumerate(people)]
    console.moderate(ids[2], "dismiss", reason="Zeta reason")
    console.moderate(ids[0], "dismiss", reason="Alpha reason")
    console.moderate(ids[1], "edit", text="Idea number one, shortened", reason="Shortened")
    session = room.reload()
    entries = moderation.moderation_log(session)
    assert [(e.action, e.reason) for e in entries] == [
        ("dismissed", "Alpha reason"), ("dismissed", "Zeta reason"), ("edited", "Shortened")]
    columns = {column.name for column in ModerationLogEntry.__table__.columns}
    assert not {"author_ref", "contribution_id", "created_at"} & columns
    assert all(isinstance(e.day, type(entries[0].day)) for e in entries)
    refs = [entry.author_ref for entry in db.session.scalars(
        sa.select(Contribution))]
    page = room.facilitator_browser.client.get(f"/facilitate/{room.sid}/moderation")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Alpha reason" in html and "Shortened" in html
    assert not [ref for ref in refs if ref and ref in html]
    assert not [public_id for public_id in ids if public_id in html]
    counts = moderation.moderation_counts(session)
    assert counts == {"dismissed": {"Alpha reason": 1, "Zeta reason": 1},
                      "merged": {}, "edited": {"Shortened": 1}, "redacted": {}}
    json.dumps(counts)  # plain data for the annex
