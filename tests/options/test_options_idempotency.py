"""Option writes over the socket carry an idempotency key: a retried write applies once."""

from .conftest import table_counts


def test_retried_argument_with_the_same_key_counts_once_and_gets_the_same_reply(live):
    option_id = live.option()
    alice = live.participant()
    payload = {"option": option_id, "side": "pro", "text": "Builds trust with employers",
               "client_key": "arg-0001-retry"}
    first = alice.emit("argument_add", payload)
    before = table_counts()
    again = alice.emit("argument_add", payload)
    assert first["ok"] and again == {**first, "replayed": True}
    assert table_counts() == before


def test_retried_rating_is_acknowledged_not_refused_as_a_double(live):
    option_id = live.option()
    round_id = live.facilitator().emit("round_open", {"kind": "rating",
                                                      "options": [option_id]})["round"]
    seat = live.participant()
    payload = {"round": round_id, "option": option_id, "scores": {"support": 4},
               "client_key": "rate-0001-retry"}
    assert seat.emit("rating_submit", payload) == {"ok": True}
    before = table_counts()
    assert seat.emit("rating_submit", payload) == {"ok": True, "replayed": True}
    assert table_counts() == before
    # A new key is a new write: the rating is changed (in place: no new row).
    payload["client_key"] = "rate-0002-other"
    payload["scores"] = {"support": 2}
    assert seat.emit("rating_submit", payload) == {"ok": True}
    assert table_counts() == before


def test_the_same_key_from_another_person_is_their_own_write(live):
    option_id = live.option()
    alice, bea = live.participant(), live.participant()
    payload = {"option": option_id, "side": "contra", "text": "Costs too much",
               "client_key": "same-key-0001"}
    first, second = alice.emit("argument_add", payload), bea.emit("argument_add", payload)
    assert first["ok"] and second["ok"] and first["argument"] != second["argument"]


def test_a_malformed_key_is_refused_and_nothing_is_written(live):
    option_id = live.option()
    alice = live.participant()
    before = table_counts()
    ack = alice.emit("argument_add", {"option": option_id, "side": "pro", "text": "x" * 20,
                                      "client_key": "bad key!"})
    assert (ack["ok"], ack["error"]) == (False, "malformed")
    assert table_counts() == before


def test_a_refused_write_leaves_no_receipt_so_a_corrected_retry_works(live):
    option_id = live.option()
    round_id = live.facilitator().emit("round_open", {"kind": "rating",
                                                      "options": [option_id]})["round"]
    seat = live.participant()
    payload = {"round": round_id, "option": option_id, "scores": {"support": 9},
               "client_key": "rate-fix-0001"}
    assert seat.emit("rating_submit", payload)["error"] == "out_of_range"
    payload["scores"] = {"support": 3}
    assert seat.emit("rating_submit", payload) == {"ok": True}
