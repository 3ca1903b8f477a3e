"""Nothing unreviewed reaches the room: flagged posts wait, moderators redact passages."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import SessionEvent

from ..live_harness import new_key
from .test_boards_api import facilitator_api

NAME = "Wilhelmina Achterberg-Nkemelu"
TEXT = f"{NAME} knows the Ghana programme well"


def flagged_post(room, alice):
    room.factory.roster_entry(room.reload(), name=NAME)
    return alice.post(room.board, TEXT, confirm=True)["item"]


def test_a_flagged_post_posted_anyway_waits_for_a_moderator_and_reaches_nobody(room):
    alice, bob = room.participant(), room.participant()
    projector, mod = room.facilitator("projector"), room.facilitator()
    for seat in (bob, projector, mod):
        seat.events()
    item = flagged_post(room, alice)
    assert item["status"] == "pending"  # the board is not pre-moderated
    assert bob.events() == [] and projector.events() == []
    assert bob.sync(-1)["snapshot"]["boards"][room.board]["items"] == []
    assert NAME not in str(projector.sync(-1))
    assert [each["status"] for each in mod.named("moderation_item")] == ["pending"]
    assert alice.vote(item["id"])["error"] in ("not_votable", "own_item")
    assert bob.vote(item["id"])["error"] == "not_votable"


def test_an_edit_that_adds_a_flagged_name_takes_a_published_post_off_the_board(room):
    alice, bob = room.participant(), room.participant()
    room.factory.roster_entry(room.reload(), name=NAME)
    item = alice.post(room.board, "The Ghana programme works")["item"]
    assert item["status"] == "published"
    bob.events()
    reply = alice.emit("board_edit", {"id": item["id"], "text": TEXT, "confirm": True,
                                      "client_key": new_key()})
    assert reply["item"]["status"] == "pending"
    assert [event["name"] for event in bob.events()] == ["contribution_removed"]


def test_a_moderator_redacts_a_held_post_and_the_room_sees_only_the_redacted_text(room):
    alice, bob, mod = room.participant(), room.participant(), room.facilitator()
    item = flagged_post(room, alice)
    bob.events(), alice.events()
    reply = mod.moderate(item["id"], "redact", spans=[[0, len(NAME)]],
                         reason="It names a participant")
    assert reply["ok"] and reply["item"]["status"] == "published"
    expected = "[redacted] knows the Ghana programme well"
    assert [each["text"] for each in bob.named("contribution_added")] == [expected]
    own = alice.named("own_contribution")[-1]
    assert (own["text"], own["redaction_reason"]) == (expected, "It names a participant")
    assert room.contribution(item["id"]).text == expected  # the words are gone, not hidden
    assert room.contribution(item["id"]).flags == []


def test_redacting_a_published_post_rewrites_what_a_reconnecting_phone_replays(room):
    alice, bob, mod = room.participant(), room.participant(), room.facilitator()
    item = alice.post(room.board, "Call me on +49 30 1234 5678 about it", confirm=True)["item"]
    assert mod.moderate(item["id"], "approve")["ok"]
    assert mod.moderate(item["id"], "redact", spans=[[11, 27]], reason="A phone number")["ok"]
    replay = bob.sync(0)
    assert "1234" not in str(replay)
    db.session.remove()
    logged = db.session.scalars(sa.select(SessionEvent.payload)).all()
    assert logged and "1234" not in str(logged)


def test_bad_spans_are_refused_and_change_nothing(room):
    alice, mod = room.participant(), room.facilitator()
    item = flagged_post(room, alice)
    before = room.state()
    for spans, code in (([[0, 400]], "invalid"), ([[5, 5]], "invalid"),
                        ([[0, 10], [5, 15]], "invalid"), ([[10, 3]], "invalid"),
                        ([], "malformed"), ([[0, "9"]], "malformed"), ("0-9", "malformed")):
        reply = mod.moderate(item["id"], "redact", spans=spans, reason="Names someone")
        assert (reply["ok"], reply["error"]) == (False, code), spans
        assert reply["message"]
    assert mod.moderate(item["id"], "redact", spans=[[0, 9]])["error"] == "reason_required"
    assert alice.emit("board_moderate", {"id": item["id"], "action": "redact",
                                         "spans": [[0, 9]], "reason": "mine",
                                         "client_key": new_key()})["error"] == "forbidden"
    assert room.state() == before


def test_the_api_redacts_through_the_same_rule(room):
    alice = room.participant()
    item = flagged_post(room, alice)
    api = facilitator_api(room)
    path = f"/contributions/{item['id']}/moderation"
    refused = api.call("post", path, {"action": "redact", "spans": [[0, 99]],
                                      "reason": "Names someone", "client_key": new_key()})
    assert refused.status_code == 400 and "outside the text" in refused.json["message"]
    done = api.call("post", path, {"action": "redact", "spans": [[0, len(NAME)]],
                                   "reason": "Names someone", "client_key": new_key()})
    assert done.status_code == 200
    assert done.json["item"]["text"].startswith("[redacted] knows")
