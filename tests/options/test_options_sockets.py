"""Options over the live channel: thin handlers, clear refusals, deltas without authors."""

import pytest

from ..live_harness import flush_tallies
from .conftest import option_state, table_counts


def test_an_edit_reaches_everyone_as_a_delta_without_its_author(live):
    option_id = live.option(measure="First wording")
    alice, bea = live.participant(), live.participant()
    ack = alice.emit("option_edit", {"option": option_id, "base_version": 1,
                                     "fields": {"measure": "Better wording"}})
    assert ack == {"ok": True, "version": 2}
    (delta,) = bea.named("option")
    assert delta["id"] == option_id and delta["fields"]["measure"] == "Better wording"
    assert delta["revision"] == {"version": 2, "kind": "edited", "by_facilitator": False}
    assert live.kit.ref(live.reload(), alice.entry) not in repr(delta)


def test_the_second_writer_gets_a_conflict_with_both_texts_over_the_socket(live):
    option_id = live.option(measure="Original")
    alice, bea = live.participant(), live.participant()
    alice.emit("option_edit", {"option": option_id, "base_version": 1,
                               "fields": {"measure": "Alice's"}})
    ack = bea.emit("option_edit", {"option": option_id, "base_version": 1,
                                   "fields": {"measure": "Bea's"}})
    assert ack["ok"] is False and ack["error"] == "conflict"
    assert ack["current"]["measure"] == "Alice's" and ack["mine"]["measure"] == "Bea's"
    assert ack["current_version"] == 2
    assert option_state(live.fresh(option_id))[2]["measure"] == "Alice's"


@pytest.mark.parametrize("event, data", [
    ("option_status", {"status": "parked"}),
    ("round_open", {"kind": "rating"}),
    ("amendment_decide", {"amendment": "0" * 32, "accept": True}),
    ("results_reveal", {"round": "0" * 32}),
    ("options_carry_over", {"from": "0" * 32}),
])
def test_a_participant_cannot_send_facilitator_events(live, event, data):
    option_id = live.option()
    data = {**data, **({"option": option_id} if event == "option_status" else {}),
            **({"options": [option_id]} if event == "round_open" else {})}
    before = option_state(live.fresh(option_id)), table_counts()
    ack = live.participant().emit(event, data)
    assert ack["ok"] is False and ack["error"] == "forbidden"
    assert (option_state(live.fresh(option_id)), table_counts()) == before


@pytest.mark.parametrize("data", [
    None, "edit", {"option": "1", "base_version": 1, "fields": {}},
    {"option": "a" * 32, "base_version": "1", "fields": {}},
    {"option": "a" * 32, "base_version": 1, "fields": ["measure"]},
    {"option": "a" * 32, "base_version": 1, "fields": {}, "author": "me"},
])
def test_malformed_edits_are_refused_before_any_rule_runs(live, data):
    option_id = live.option()
    before = option_state(live.fresh(option_id)), table_counts()
    ack = live.participant().emit("option_edit", data)
    assert ack["ok"] is False and ack["error"] == "malformed" and ack["message"]
    assert (option_state(live.fresh(option_id)), table_counts()) == before


def test_an_option_of_someone_elses_session_is_not_found(live):
    stranger_id = live.kit.option(live.factory.live_session(), "Their option").public_id
    seat = live.participant()
    before = option_state(live.fresh(stranger_id)), table_counts()
    for event, data in (
            ("option_edit", {"option": stranger_id, "base_version": 1,
                             "fields": {"measure": "Hijack"}}),
            ("argument_add", {"option": stranger_id, "side": "pro", "text": "Hi"}),
            ("amendment_propose", {"option": stranger_id, "field": "measure",
                                   "text": "Hijack"})):
        ack = seat.emit(event, data)
        assert ack["ok"] is False and ack["error"] == "not_found", event
    assert (option_state(live.fresh(stranger_id)), table_counts()) == before


def test_editing_a_parked_option_is_refused_over_the_socket(live):
    option_id = live.option()
    facilitator = live.facilitator()
    assert facilitator.emit("option_status", {"option": option_id, "status": "parked"})["ok"]
    before = option_state(live.fresh(option_id)), table_counts()
    ack = live.participant().emit("option_edit", {"option": option_id, "base_version": 1,
                                                  "fields": {"measure": "Sneak"}})
    assert ack["error"] == "parked"
    assert (option_state(live.fresh(option_id)), table_counts()) == before


def test_facilitator_runs_a_rating_round_and_reveals_it_live(live):
    option_id = live.option()
    facilitator, alice, bea = live.facilitator(), live.participant(), live.participant()
    opened = facilitator.emit("round_open", {"kind": "rating", "options": [option_id]})
    round_id = opened["round"]
    (announced,) = alice.named("round")
    assert announced["open"] and announced["options"] == [option_id]
    assert [c["key"] for c in announced["criteria"]] == ["support", "feasibility", "impact"]
    for seat, score in ((alice, 4), (bea, 2)):
        ack = seat.emit("rating_submit", {"round": round_id, "option": option_id,
                                          "scores": {"support": score}})
        assert ack == {"ok": True}
    assert alice.named("results") == []  # nothing shows until the facilitator reveals
    facilitator.emit("round_close", {"round": round_id})
    facilitator.emit("results_reveal", {"round": round_id})
    (results,) = bea.named("results")
    support = results["options"][0]["criteria"][0]
    # n = 2 < k: each rater could work out the other's score, so no figure is shown
    assert support["too_few"] and (support["n"], support["median"]) == (None, None)
    assert support["distribution"] == {}
    assert all(group["suppressed"] for group in support["groups"])


def test_bad_ratings_get_clear_errors_and_store_nothing(live):
    option_id = live.option()
    round_id = live.facilitator().emit("round_open", {"kind": "rating",
                                                      "options": [option_id]})["round"]
    seat = live.participant()
    assert seat.emit("rating_submit", {"round": round_id, "option": option_id,
                                       "scores": {"support": 3}})["ok"]
    before = table_counts()
    for scores, error in (({"support": 9}, "out_of_range"), ({"impact": 0}, "out_of_range"),
                          ({"support": "4"}, "out_of_range"), ({"wit": 3}, "invalid")):
        ack = seat.emit("rating_submit", {"round": round_id, "option": option_id,
                                          "scores": scores})
        assert (ack["ok"], ack["error"]) == (False, error) and ack["message"]
    assert table_counts() == before


def test_consent_over_the_socket_needs_a_reason_to_block(live):
    option_id = live.option()
    round_id = live.facilitator().emit("round_open", {"kind": "consent",
                                                      "options": [option_id]})["round"]
    seat = live.participant()
    before = table_counts()
    ack = seat.emit("consent_submit", {"round": round_id, "option": option_id,
                                       "choice": "block"})
    assert ack["error"] == "reason_required" and table_counts() == before
    assert seat.emit("consent_submit", {"round": round_id, "option": option_id,
                                        "choice": "block", "reason": "Breaks labour law"})["ok"]


def test_arguments_and_votes_flow_live_and_votes_are_coalesced(live):
    option_id = live.option()
    alice, bea = live.participant(), live.participant()
    argument_id = alice.emit("argument_add", {"option": option_id, "side": "contra",
                                              "text": "Too slow"})["argument"]
    (added,) = bea.named("argument")
    assert added == {"id": argument_id, "option": option_id, "side": "contra",
                     "text": "Too slow", "votes": 0, "seq": added["seq"]}
    assert bea.emit("argument_vote", {"argument": argument_id}) == {"ok": True, "votes": 1}
    assert bea.emit("argument_vote", {"argument": argument_id})["error"] == "already_voted"
    assert alice.named("tally") == []  # counts go out with the next flush, not per vote
    flush_tallies()
    (tally,) = alice.named("tally")
    assert tally["counts"] == {argument_id: {"votes": 1}}


def test_amendments_reach_the_facilitator_who_accepts_them(live):
    option_id = live.option(problem="Skills gaps")
    facilitator, alice = live.facilitator(), live.participant()
    ack = alice.emit("amendment_propose", {"option": option_id, "field": "problem",
                                           "text": "Skills gaps in care", "reason": "Focus"})
    (proposal,) = facilitator.named("amendment")
    assert proposal["id"] == ack["amendment"] and proposal["status"] == "pending"
    decided = facilitator.emit("amendment_decide", {"amendment": ack["amendment"],
                                                    "accept": True})
    assert decided == {"ok": True, "status": "accepted"}
    assert [a["status"] for a in alice.named("amendment")] == ["pending", "accepted"]
    assert option_state(live.fresh(option_id))[2]["problem"] == "Skills gaps in care"


def test_participants_create_options_live_only_when_allowed(live):
    seat = live.participant()
    allowed = live.reload().participants_may_create_options
    ack = seat.emit("option_create", {"fields": {"title": "From the floor"}})
    assert ack["ok"] is allowed
    if not allowed:
        assert ack["error"] == "forbidden"


def test_the_snapshot_carries_options_rounds_and_only_my_own_marks(live):
    option_id = live.option()
    facilitator, alice = live.facilitator(), live.participant()
    round_id = facilitator.emit("round_open", {"kind": "consent",
                                               "options": [option_id]})["round"]
    alice.emit("consent_submit", {"round": round_id, "option": option_id, "choice": "agree"})
    snapshot = alice.emit("sync", {})["snapshot"]["options"]
    assert [item["id"] for item in snapshot["items"]] == [option_id]
    assert snapshot["answered"] == {round_id: [option_id]}
    assert "amendments" not in snapshot
    assert "amendments" in facilitator.emit("sync", {})["snapshot"]["options"]
