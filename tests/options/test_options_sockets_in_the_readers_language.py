"""Stories about language on the socket: refusals and snapshots in the reader's own."""

from __future__ import annotations

from dialogue.extensions import socketio

from ..conftest import Browser, csrf_from
from ..live_harness import with_client_key


def german_socket(live, seat):
    """The participant switches to German, then their browser connects again."""
    browser = Browser(seat.client)
    response = browser.post("/lang/de", token_from=f"/s/{live.code}")
    assert response.status_code in (302, 303)
    token = csrf_from(seat.client.get(f"/s/{live.code}").get_data(as_text=True))
    socket = socketio.test_client(live.app, flask_test_client=seat.client, auth={
        "session": live.sid, "role": "participant", "csrf": token})
    assert socket.is_connected()
    return socket


def send(socket, event: str, data: object, callback: bool = True) -> dict:
    return socket.emit(event, with_client_key(event, data), callback=callback)


def test_a_german_participant_is_refused_in_german_over_the_socket(live):
    option_id = live.option()
    round_id = live.facilitator().emit("round_open", {"kind": "rating",
                                                      "options": [option_id]})["round"]
    seat = live.participant()
    english = seat.emit("rating_submit", {"round": round_id, "option": option_id,
                                          "scores": {"support": 9}})
    assert english["message"] == "Each rating is a whole number from 1 to 5."
    socket = german_socket(live, seat)
    ack = send(socket, "rating_submit", {"round": round_id, "option": option_id,
                                        "scores": {"support": 9}}, callback=True)
    assert (ack["error"], ack["message"]) == (
        "out_of_range", "Jede Bewertung ist eine ganze Zahl von 1 bis 5.")
    ack = send(socket, "rating_submit", {"round": round_id, "option": "0" * 32,
                                        "scores": {"support": 3}}, callback=True)
    assert ack["message"] == "Diese Option gibt es in dieser Sitzung nicht."


def test_a_german_participant_reads_a_field_refusal_with_the_german_field_name(live):
    seat = live.participant()
    socket = german_socket(live, seat)
    option_id = live.option()
    ack = send(socket, "amendment_propose", {"option": option_id, "field": "actors",
                                            "text": "x"}, callback=True)
    assert ack["ok"] is False and ack["message"] and "Amendments" not in ack["message"]


def test_a_german_snapshot_names_the_option_fields_and_choices_in_german(live):
    seat = live.participant()
    english = seat.emit("sync", {})["snapshot"]
    socket = german_socket(live, seat)
    german = send(socket, "sync", {}, callback=True)["snapshot"]
    labels = {f["key"]: f for f in german["options"]["template"]}
    assert labels["actors"]["label"] == "Wer handeln würde"
    assert labels["actors"]["choices"]["ministries"] == "Bundesministerien"
    assert {f["key"]: f["label"] for f in english["options"]["template"]}["actors"] == (
        "Who would act")
    # The agenda goes to rooms of both languages: both texts travel, each page picks its own.
    item = german["agenda"]["items"][0]
    assert (item["title"], item["title_de"]) == ("Check-in", "Ankommen")
