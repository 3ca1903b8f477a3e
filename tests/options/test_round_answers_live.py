"""Rounds on the phones, over the sockets: an answer can be changed while the round is
open, each person's own answers come back in their snapshot (to them only), and the
console hears how many answered in steps of k, never who, in a tally the phones never get.
"""

from __future__ import annotations

from dialogue.realtime.tallies import tallies

from ..live_harness import flush_tallies, new_key
from .conftest import table_counts


def _rating_round(live):
    option_id = live.option()
    facilitator = live.facilitator()
    round_id = facilitator.emit("round_open", {"kind": "rating",
                                               "options": [option_id]})["round"]
    return facilitator, option_id, round_id


def _rate(seat, round_id, option_id, scores):
    return seat.emit("rating_submit", {"round": round_id, "option": option_id,
                                       "scores": scores, "client_key": new_key()})


def test_a_changed_rating_replaces_the_first_and_shows_in_the_raters_snapshot_only(live):
    _facilitator, option_id, round_id = _rating_round(live)
    alice, bea = live.participant(), live.participant()
    assert _rate(alice, round_id, option_id, {"support": 5})["ok"]
    before = table_counts()
    assert _rate(alice, round_id, option_id, {"support": 1}) == {"ok": True}
    assert table_counts() == before  # changed in its row: nothing new stored
    mine = alice.sync(-1)["snapshot"]["options"]["my_answers"]
    assert mine == {round_id: {option_id: {"scores": {"support": 1}}}}
    assert bea.sync(-1)["snapshot"]["options"]["my_answers"] == {round_id: {}}


def test_the_console_hears_how_many_answered_in_steps_of_k_and_phones_hear_nothing(live):
    facilitator, option_id, round_id = _rating_round(live)
    k = live.reload().k_anonymity
    seats = [live.participant() for _ in range(k + 1)]
    facilitator.events()
    for seat in seats:
        seat.events()
    counts = []
    for index, seat in enumerate(seats):
        assert _rate(seat, round_id, option_id, {"support": 3})["ok"]
        if index in (k - 2, k - 1, k):
            tallies._flushed.clear()  # past the count's own cadence
            flush_tallies()
            rounds = [each for each in facilitator.named("tally") if each["kind"] == "round"]
            counts.append(rounds[-1]["counts"][round_id]["answered"] if rounds else None)
    assert counts == [0, k, k]  # "fewer than k", then k, and k again at k + 1
    for seat in seats:
        assert not [each for each in seat.named("tally") if each["kind"] == "round"]
    snapshot = facilitator.sync(-1)["snapshot"]["options"]
    assert snapshot["answered_counts"] == {round_id: k}
    assert "my_answers" not in snapshot


def test_a_hostile_change_over_the_socket_is_refused_and_the_answer_stands(live):
    _facilitator, option_id, round_id = _rating_round(live)
    seat = live.participant()
    assert _rate(seat, round_id, option_id, {"support": 4})["ok"]
    before = table_counts()
    for scores in ({"support": 0}, {"support": "5"}, {"support": 5.5}, {"support": True},
                   {"charm": 2}, {"x" * 33: 1}, {}, {str(n): 1 for n in range(21)}):
        ack = _rate(seat, round_id, option_id, scores)
        assert ack["ok"] is False and ack["message"], scores
    for payload in ({"round": round_id, "option": option_id, "scores": []},
                    {"round": round_id, "option": "no-such", "scores": {"support": 2}},
                    {"round": "no-such", "option": option_id, "scores": {"support": 2}}):
        assert seat.emit("rating_submit", {**payload, "client_key": new_key()})["ok"] is False
    assert table_counts() == before
    mine = seat.sync(-1)["snapshot"]["options"]["my_answers"]
    assert mine == {round_id: {option_id: {"scores": {"support": 4}}}}
