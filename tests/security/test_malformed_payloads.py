"""Payloads no parser or database can take: JSON nested a thousand levels deep and lone
UTF-16 surrogates. The API and every socket event answer the documented ``malformed``
refusal, the socket stays open, and nothing changes."""

from __future__ import annotations

import json

from dialogue import rate_limits
from dialogue.extensions import socketio

from ..conftest import csrf_from
from ..live_harness import break_commands, new_key
from .world import build_world, database_state, socket_events

DEEP = "[" * 1000 + "]" * 1000
DEEP_FIELD = '{"text": ' + "[" * 1000 + "]" * 1000 + "}"
SURROGATE = '{"text": "half a character: \\ud800", "client_key": "k-surrogate-1"}'
SURROGATE_KEY = '{"\\udfff": 1}'


def raw_emit(socket, event: str, payload: str):
    """Send a packet as it arrives on the wire (the test client's own encoder could not
    write these), and return the server's acknowledgement, or None if there was none."""
    socket.callback_counter += 1
    socketio.server._handle_eio_message(
        socket.eio_sid, f'2{socket.callback_counter}[{json.dumps(event)},{payload}]')
    ack, socket.acks = socket.acks, None
    return ack["args"][0] if ack else None


def test_the_api_refuses_deep_and_broken_json_as_malformed(app, factory):
    world = build_world(app, factory)
    client = world.clients["participant"]
    token = csrf_from(client.get("/join").get_data(as_text=True))
    url = f"/api/v1/sessions/{world.sid}/boards/{world.ids['board']}/contributions"
    before = database_state()
    for body in (DEEP, DEEP_FIELD, SURROGATE, SURROGATE_KEY):
        response = client.post(url, data=body, content_type="application/json",
                               headers={"X-CSRFToken": token})
        assert response.status_code == 400, (body[:40], response.get_data(as_text=True))
        assert response.json["ok"] is False and response.json["error"] == "malformed"
        assert response.json["message"]
    assert database_state() == before
    world.close()


def test_every_socket_event_answers_deep_and_broken_payloads(app, factory):
    world = build_world(app, factory)
    events = sorted(socket_events(app) - {"sync"})
    sockets = {role: world.socket(role) for role in ("participant", "owner")}
    before = database_state()
    for event in events:
        for role, socket in sockets.items():
            for payload in (DEEP, DEEP_FIELD, SURROGATE, SURROGATE_KEY):
                rate_limits.reset()
                reply = raw_emit(socket, event, payload)
                assert reply is not None, (event, role, payload[:40])
                assert reply["ok"] is False, (event, role, payload[:40], reply)
                if reply["error"] != "forbidden":  # not this role's event: refused first
                    assert reply["error"] == "malformed", (event, role, payload[:40], reply)
                assert socket.is_connected()
    assert database_state() == before
    for socket in sockets.values():  # and the socket still works
        assert raw_emit(socket, "sync", '{"last_seq": 0}')["ok"] is True
    world.close()


def test_a_handler_that_fails_unexpectedly_still_answers(app, factory, monkeypatch, caplog):
    world = build_world(app, factory)
    socket = world.socket("participant")

    def broken(*args, **kwargs):
        raise RuntimeError("Quillfeather was here")  # a message that must not be logged

    break_commands(monkeypatch, broken)
    reply = socket.emit("board_post", {"board": world.ids["board"], "text": "Hello",
                                       "client_key": new_key()}, callback=True)
    assert reply["ok"] is False and reply["error"] == "server_error"
    assert reply["reference"] in caplog.text
    assert "Quillfeather" not in caplog.text
    assert socket.is_connected()
    world.close()
