"""Each audience numbers what it receives without gaps: a participant cannot tell from
`seq` that a post was held, a moderator acted or someone joined, and a reconnecting
client of each audience gets exactly what it missed."""

from __future__ import annotations

from ..live_harness import flush_tallies, new_key


def sequenced(seat) -> list[tuple[str, dict]]:
    """What the seat received that carries a number, in order."""
    return [(event["name"], event["args"][0]) for event in seat.events()
            if isinstance(event["args"][0], dict) and "seq" in event["args"][0]]


def assert_consecutive(events: list[tuple[str, dict]], after: int) -> None:
    seqs = [data["seq"] for _, data in events]
    assert seqs == list(range(after + 1, after + 1 + len(seqs))), seqs


def hidden_then_public(room, alice, console) -> None:
    """A held post, a moderator's dismissal, a join and the console's counts: none of
    them public; then two public events."""
    assert console.emit("board_settings", {"board": room.board, "premoderation": True,
                                           "client_key": new_key()})["ok"]
    held = alice.post(room.board, "Hold this one for the moderators")["item"]
    assert held["status"] == "pending"
    assert console.moderate(held["id"], "dismiss", reason="Off topic")["ok"]
    room.participant()  # someone joins
    flush_tallies()  # the console's participation counts go out
    assert console.emit("board_settings", {"board": room.board, "premoderation": False,
                                           "client_key": new_key()})["ok"]
    assert alice.post(room.board, "Publish this one for everyone")["item"]["status"] == \
        "published"


def test_a_participant_sees_no_gap_while_posts_are_held_moderators_act_and_people_join(room):
    alice, bob = room.participant(), room.participant()
    console, projector = room.facilitator(), room.facilitator("projector")
    start = {id(seat): seat.sync(-1)["snapshot"]["seq"] for seat in (bob, console, projector)}
    for seat in (bob, console, projector):
        seat.events()

    hidden_then_public(room, alice, console)

    for seat in (bob, projector):
        events = sequenced(seat)
        assert [name for name, _ in events] == ["board_changed", "board_changed",
                                                "contribution_added"]
        assert_consecutive(events, start[id(seat)])
    moderated = sequenced(console)
    assert {"moderation_item", "tally", "contribution_added"} <= {n for n, _ in moderated}
    assert_consecutive(moderated, start[id(console)])


def test_a_reconnecting_client_of_each_audience_gets_exactly_what_it_missed(room):
    alice, bob, carol = room.participant(), room.participant(), room.participant()
    console, watching_console = room.facilitator(), room.facilitator()
    projector = room.facilitator("projector")
    last = {id(seat): seat.sync(-1)["snapshot"]["seq"]
            for seat in (bob, carol, console, watching_console, projector)}
    for seat in (carol, watching_console):
        seat.events()
    bob.socket.disconnect()
    console.socket.disconnect()
    projector.socket.disconnect()

    hidden_then_public(room, alice, watching_console)

    live = {"public": sequenced(carol), "moderators": sequenced(watching_console)}
    for seat, audience in ((bob, "public"), (projector, "public"),
                           (console, "moderators")):
        seat.socket.connect(auth=seat.auth)
        reply = seat.sync(last[id(seat)])
        assert reply["mode"] == "replay"
        replayed = [(event["event"], event["data"]) for event in reply["events"]]
        assert replayed == live[audience], audience
        assert_consecutive(replayed, last[id(seat)])
        assert reply["seq"] == replayed[-1][1]["seq"]
    assert last[id(bob)] == last[id(carol)] and last[id(console)] == last[id(watching_console)]


def test_a_number_the_sequence_never_reached_gets_a_fresh_snapshot(room):
    """A client that kept a number from before an upgrade, or from another audience,
    redraws from a snapshot rather than ignoring every event up to that number."""
    bob = room.participant()
    reply = bob.sync(10_000)
    assert reply["mode"] == "snapshot"
    assert reply["snapshot"]["seq"] < 10_000
