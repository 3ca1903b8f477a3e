"""Bad and hostile input: each gets a clear refusal and changes nothing; nothing leaks."""

from __future__ import annotations

import json

import pytest

from dialogue import rate_limits
from dialogue.boards import services
from dialogue.extensions import db
from dialogue.models import DialogueSession

from ..live_harness import flush_tallies, new_key

OTHER_ID = "0" * 32


def _bad_requests(board: str, mine: str, theirs: str, other_board: str):
    """(event, payload, expected error) for a participant who owns ``mine``."""
    return [
        ("board_post", {"board": board, "text": "x" * 601, "client_key": new_key()},
         "too_long"),
        ("board_post", {"board": board, "text": "x" * 6000, "client_key": new_key()},
         "too_long"),
        ("board_post", {"board": board, "text": " \n\t ", "client_key": new_key()}, "empty"),
        ("board_post", {"board": board, "text": "no key"}, "malformed"),
        ("board_post", {"board": board, "text": "short key", "client_key": "abc"}, "malformed"),
        ("board_post", {"board": board, "text": 42, "client_key": new_key()}, "malformed"),
        ("board_post", {"board": board, "text": "hi", "client_key": new_key(),
                        "author_ref": "spoof"}, "malformed"),
        ("board_post", {"board": board, "text": "hi", "kind": "poll",
                        "client_key": new_key()}, "malformed"),
        ("board_post", {"board": "../../etc", "text": "hi", "client_key": new_key()},
         "malformed"),
        ("board_post", {"board": OTHER_ID, "text": "hi", "client_key": new_key()},
         "not_found"),
        ("board_post", {"board": other_board, "text": "into another session",
                        "client_key": new_key()}, "not_found"),
        ("board_post", "not an object", "malformed"),
        ("board_post", ["a", "list"], "malformed"),
        ("board_post", {"board": board, "text": "x" * 5000, "confirm": "yes",
                        "client_key": new_key()}, "malformed"),
        ("board_post", {"board": board, "text": "y" * 4000, "pad": ["z" * 4000] * 4,
                        "client_key": new_key()}, "too_large"),
        ("board_edit", {"id": theirs, "text": "Hijacked", "client_key": new_key()},
         "not_yours"),
        ("board_withdraw", {"id": theirs, "client_key": new_key()}, "not_yours"),
        ("board_vote", {"id": mine, "up": True, "client_key": new_key()}, "own_item"),
        ("board_vote", {"id": theirs, "up": "yes", "client_key": new_key()}, "malformed"),
        ("board_vote", {"id": OTHER_ID, "up": True, "client_key": new_key()}, "not_found"),
        ("board_vote", None, "malformed"),
        ("board_moderate", {"id": theirs, "action": "approve", "client_key": new_key()},
         "forbidden"),
    ]


def test_bad_and_hostile_inputs_are_refused_and_change_nothing(room, factory):
    other = factory.live_session()
    other_board = other.agenda[0].public_id
    alice, bob = room.participant(), room.participant()
    mine = alice.post(room.board, "My own point")["item"]["id"]
    theirs = bob.post(room.board, "Bob's point")["item"]["id"]
    before = room.state()
    alice.events()
    for event, payload, expected in _bad_requests(room.board, mine, theirs, other_board):
        rate_limits.reset()  # each attempt on its own; the flood test covers the limit
        reply = alice.socket.emit(event, payload, callback=True)  # exactly as given
        assert reply["ok"] is False, (event, payload)
        assert reply["error"] == expected, (event, payload, reply)
        assert isinstance(reply["message"], str) and reply["message"]
    assert room.state() == before
    assert alice.events() == []  # nobody heard of any of it, not even the sender


def test_nobody_can_act_on_another_sessions_board(room, factory):
    """A facilitator of one session holds no power over another one's items."""
    other = factory.live_session()
    other_board = other.agenda[0].public_id
    outcome = services.post_contribution(other, other.agenda[0], "r" * 64, "Elsewhere",
                                         "contribution")
    db.session.commit()
    outsider_item = outcome.touched[0][0].public_id
    mod = room.facilitator()
    before = room.state()
    for payload in ({"id": outsider_item, "action": "archive"},
                    {"id": outsider_item, "action": "spotlight", "on": True}):
        reply = mod.emit("board_moderate", {**payload, "client_key": new_key()})
        assert reply["error"] == "not_found"
    reply = mod.emit("board_settings", {"board": other_board,
                                        "premoderation": True, "client_key": new_key()})
    assert reply["error"] == "not_found"
    assert room.state() == before


def test_a_socket_without_a_valid_seat_or_token_is_refused(room, app):
    from dialogue.extensions import socketio

    stranger = app.test_client()
    stranger.get("/join")
    for auth in ({"session": room.sid, "role": "participant", "csrf": "forged"},
                 {"session": room.sid, "role": "facilitator", "csrf": "forged"}, None):
        socket = socketio.test_client(app, flask_test_client=stranger, auth=auth)
        assert not socket.is_connected()


@pytest.mark.parametrize("role", ["participant", "projector"])
def test_participant_cannot_see_who_posted(room, role):
    """Every payload a participant or the projector receives is free of identities."""
    canaries = [("Ottoline Fairweather-Quimby", "ottoline.canary@example.org",
                 "Canary Ministry of Kites"),
                ("Radomir Zelenkovic-Abara", "radomir.canary@example.org",
                 "Institute for Canary Studies")]
    people = [room.participant(name=name, email=email, affiliation=affiliation)
              for name, email, affiliation in canaries]
    watcher = people[1] if role == "participant" else room.facilitator("projector")
    mod = room.facilitator()
    session = db.session.get(DialogueSession, room.reload().id)
    refs = [room.factory.ref(session, person.entry) for person in people]
    first = people[0].post(room.board, "Shorten recognition procedures")["item"]["id"]
    second = people[1].post(room.board, "Shorter recognition procedures please")["item"]["id"]
    people[1].vote(first)
    people[0].emit("board_edit", {"id": first, "text": "Shorten recognition of diplomas",
                                  "client_key": new_key()})
    mod.moderate(first, "spotlight", on=True)
    mod.emit("board_merge", {"id": second, "into": first, "client_key": new_key()})
    flush_tallies()
    received = [event["args"] for event in watcher.events()]
    received.append(watcher.sync(-1))
    received.append(watcher.sync(0))
    if role == "participant":
        received.append(watcher.emit("board_mine", {}))
    text = json.dumps(received)
    for name, email, affiliation in canaries:
        for secret in (name, *name.split()[-1].split("-"), email, affiliation):
            assert secret not in text
    for ref in refs:
        assert ref not in text and ref[:16] not in text
    assert "author" not in text and "roster" not in text
    for entry in (person.entry for person in people):
        assert entry.public_id not in text
