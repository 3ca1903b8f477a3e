"""The console counts people — joined, posting, voting — in steps of k over whole blocks
of items, so no count says who, nor which posts share an author (boards/participation.py).
"""

from __future__ import annotations

import pytest

from dialogue.extensions import db

from ..live_harness import LiveRoom, flush_tallies, tally_clock


def with_k(room: LiveRoom, k: int) -> LiveRoom:
    session = room.reload()
    session.k_anonymity = k
    db.session.commit()
    return room


def console_counts(console, board: str) -> dict:
    counts = console.sync(-1)["snapshot"]["participation"]
    return {"k": counts.get("k"), "joined": counts["joined"], **counts["boards"][board]}


def test_console_counts_people_in_steps_of_k_over_whole_blocks(room):
    with_k(room, 2)
    alice, bob, carol, dave = (room.participant() for _ in range(4))
    console = room.facilitator()
    items = [seat.post(room.board, text)["item"]["id"] for seat, text in (
        (alice, "Fund language courses in partner countries"),
        (bob, "Count recognition offices per region"),
        (carol, "Publish every return agreement"))]
    assert console_counts(console, room.board) == {"k": 2, "joined": 4, "posting": 0,
                                                   "voting": 0}  # three posts: no block yet
    dave.post(room.board, "A skills desk at each embassy")
    for seat, item in ((bob, items[0]), (carol, items[0]), (dave, items[1]),
                       (alice, items[2])):
        seat.vote(item)
    assert console_counts(console, room.board) == {"k": 2, "joined": 4, "posting": 4,
                                                   "voting": 4}
    snapshot = console.sync(-1)["snapshot"]["participation"]
    assert all(counts == {"posting": 0, "voting": 0}
               for board, counts in snapshot["boards"].items() if board != room.board)


def test_counts_read_fewer_than_k_while_fewer_than_k_have_joined(room):
    with_k(room, 2)
    alice = room.participant()
    for n in range(4):
        alice.post(room.board, f"Proposal number {n} on circular migration")
    console = room.facilitator()
    assert console_counts(console, room.board) == {"k": 2, "joined": 0, "posting": 0,
                                                   "voting": 0}


def history_of(app, factory, facilitator_browser, monkeypatch, k: int, people: int,
               order: str) -> list[dict]:
    """The console's counts, snapshot and live, after each post of ``order`` ("AAB")."""
    now = [1000.0]
    tally_clock(monkeypatch, lambda: now[0])
    db.session.add(factory.facilitator)  # one facilitator for every room of the test
    room = with_k(LiveRoom(app, factory, facilitator_browser), k)
    seats = {name: room.participant() for name in "ABC"[:people]}
    console = room.facilitator()
    seen = [console_counts(console, room.board)]
    texts = iter(["Fund language courses abroad", "Count recognition offices",
                  "Publish every return agreement"])
    for name in order:
        seats[name].post(room.board, next(texts))
        now[0] += 60
        flush_tallies()
        seen.append(console_counts(console, room.board))
    seen += [{"k": e["counts"][room.sid].get("k"), "joined": e["counts"][room.sid]["joined"],
              **e["counts"][room.sid]["boards"][room.board]}
             for e in console.named("tally") if e["kind"] == "participation"]
    room.leave()
    return seen


@pytest.mark.parametrize("people", [2, 3])
@pytest.mark.parametrize("k", [2, 3])
def test_with_a_a_b_posting_the_console_cannot_tell_which_posts_share_an_author(
        app, factory, facilitator_browser, monkeypatch, k, people):
    histories = {order: history_of(app, factory, facilitator_browser, monkeypatch, k,
                                   people, order) for order in ("AAB", "ABA", "BAA")}
    assert histories["AAB"] == histories["ABA"] == histories["BAA"], histories


def test_participation_reaches_the_console_only(room):
    with_k(room, 2)
    alice, bob = room.participant(), room.participant()
    console = room.facilitator()
    for seat in (alice, bob, console):
        seat.events()
    alice.post(room.board, "Pilot a joint curriculum board")
    item = alice.post(room.board, "Share vacancies with partner agencies")["item"]["id"]
    bob.vote(item)
    flush_tallies()
    counts = [event for event in console.named("tally") if event["kind"] == "participation"]
    assert len(counts) == 1, "three writes, one coalesced update"
    for participant in (alice, bob):
        assert not [event for event in participant.named("tally")
                    if event["kind"] == "participation"]
    assert "participation" not in alice.sync(-1)["snapshot"]


def test_participation_counts_go_out_at_most_every_ten_seconds(room, monkeypatch):
    now = [1000.0]
    tally_clock(monkeypatch, lambda: now[0])
    with_k(room, 2)
    alice, bob = room.participant(), room.participant()
    console = room.facilitator()
    item = alice.post(room.board, "Open a skills partnership desk in each embassy")["item"]["id"]
    flush_tallies()
    console.events()
    bob.vote(item)
    now[0] += 9.0
    flush_tallies()
    assert not [e for e in console.named("tally") if e["kind"] == "participation"]
    now[0] += 1.5  # ten seconds after the last one: the vote held back above goes out now
    flush_tallies()
    counts = [e for e in console.named("tally") if e["kind"] == "participation"]
    assert len(counts) == 1
    assert counts[0]["counts"][room.sid]["joined"] == 2
