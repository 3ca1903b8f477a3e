"""The console counts people — joined, posting, voting — and never says who."""

from __future__ import annotations

from dialogue.realtime import broadcast


def test_console_counts_people_joined_posting_and_voting(room):
    alice, bob, carol = room.participant(), room.participant(), room.participant()
    item = alice.post(room.board, "Fund language courses in partner countries")["item"]["id"]
    alice.post(room.board, "Count recognition offices per region")
    bob.vote(item)
    carol.vote(item)
    console = room.facilitator()
    snapshot = console.sync(-1)["snapshot"]
    assert snapshot["participation"]["joined"] == 3
    assert snapshot["participation"]["boards"][room.board] == {"posting": 1, "voting": 2}
    assert all(counts == {"posting": 0, "voting": 0}
               for board, counts in snapshot["participation"]["boards"].items()
               if board != room.board)


def test_participation_reaches_the_console_only_and_coalesced(room):
    alice, bob = room.participant(), room.participant()
    console = room.facilitator()
    for seat in (alice, bob, console):
        seat.events()
    alice.post(room.board, "Pilot a joint curriculum board")
    item = alice.post(room.board, "Share vacancies with partner agencies")["item"]["id"]
    bob.vote(item)
    broadcast.tallies.flush()
    counts = [event for event in console.named("tally") if event["kind"] == "participation"]
    assert len(counts) == 1, "three writes, one coalesced update"
    assert counts[0]["counts"][room.sid]["boards"][room.board] == {"posting": 1, "voting": 1}
    for participant in (alice, bob):
        assert not [event for event in participant.named("tally")
                    if event["kind"] == "participation"]
    assert "participation" not in alice.sync(-1)["snapshot"]


def test_participation_counts_go_out_at_most_once_a_second(room, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(broadcast.tallies, "clock", lambda: now[0])
    alice, bob = room.participant(), room.participant()
    console = room.facilitator()
    item = alice.post(room.board, "Open a skills partnership desk in each embassy")["item"]["id"]
    broadcast.tallies.flush()
    console.events()
    bob.vote(item)
    now[0] += 0.5
    broadcast.tallies.flush()
    assert not [e for e in console.named("tally") if e["kind"] == "participation"]
    now[0] += 0.6  # a second after the last one: the vote held back above goes out now
    broadcast.tallies.flush()
    counts = [e for e in console.named("tally") if e["kind"] == "participation"]
    assert len(counts) == 1
    assert counts[0]["counts"][room.sid]["boards"][room.board] == {"posting": 1, "voting": 1}
