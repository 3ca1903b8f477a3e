"""Losing a seat or logging out closes that person's open sockets at once, not at their
next request: a removed participant hears nothing more and can send nothing more."""

from __future__ import annotations

import time

from dialogue.extensions import socketio
from dialogue.realtime import kick, personal

from ..conftest import Browser, csrf_from
from ..live_harness import open_sockets


def closed_within(sockets, seconds: float = 1.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(socket.is_connected() for socket in sockets):
            return True
        time.sleep(0.02)
    return False


def _roster_action(room, entry, action: str):
    browser = room.facilitator_browser
    return browser.post(f"/facilitate/{room.sid}/roster/{entry.public_id}/{action}", {},
                        token_from=f"/facilitate/{room.sid}")


def test_removing_a_participant_closes_every_socket_of_theirs_and_no_one_elses(room):
    alice, bob = room.participant(), room.participant()
    second_tab = socketio.test_client(room.app, flask_test_client=alice.client, auth=alice.auth)
    mod = room.facilitator()
    assert second_tab.is_connected()

    assert _roster_action(room, alice.entry, "revoke").status_code == 302

    assert closed_within([alice.socket, second_tab])
    assert [event["name"] for event in alice.socket.queue] == ["removed"]
    assert bob.socket.is_connected() and mod.socket.is_connected()
    assert open_sockets() == 2  # bob and the facilitator; alice's actors are gone
    alice.socket.connect(auth=alice.auth)  # and she cannot come back
    assert not alice.socket.is_connected()
    assert bob.post(room.board, "Still here")["ok"]


def test_reissuing_an_invite_closes_the_old_browsers_sockets(room):
    alice, bob = room.participant(), room.participant()
    assert _roster_action(room, alice.entry, "reissue").status_code == 302
    assert closed_within([alice.socket])
    # Told why: if they did not ask for a new link, someone else has their seat now.
    assert [(event["name"], event["args"][0]) for event in alice.socket.queue] == [
        ("removed", {"reason": "new_link"})]
    assert bob.socket.is_connected()
    alice.socket.connect(auth=alice.auth)  # the old seat no longer exists
    assert not alice.socket.is_connected()


def test_a_facilitators_logout_closes_their_console_and_projector(room, app, factory):
    mod, projector = room.facilitator(), room.facilitator("projector")
    alice = room.participant()
    colleague_session = factory.live_session(owner=factory.make_facilitator(
        "colleague@example.org"))
    colleague = Browser(app.test_client())
    login = colleague.post("/facilitate/login", {"email": "colleague@example.org",
                                                 "password": factory.password},
                           token_from="/facilitate/login")
    assert login.status_code == 302
    page = colleague.get(f"/facilitate/{colleague_session.public_id}")
    assert page.status_code == 200
    token = csrf_from(page.get_data(as_text=True))
    with app.app_context():  # its own g: Flask-Login caches the user there
        other_console = socketio.test_client(app, flask_test_client=colleague.client, auth={
            "session": colleague_session.public_id, "role": "facilitator", "csrf": token})
    assert other_console.is_connected()

    response = room.facilitator_browser.post("/facilitate/logout", {},
                                             token_from="/facilitate/")
    assert response.status_code == 302

    assert closed_within([mod.socket, projector.socket])
    assert alice.socket.is_connected() and other_console.is_connected()
    mod.socket.connect(auth=mod.auth)  # the cookie no longer logs anyone in
    assert not mod.socket.is_connected()


def test_a_removal_from_another_process_closes_the_sockets_held_here(room):
    """With a message queue, each process's manager acts on personal messages published by
    the others: here the message arrives as it would from Redis, from another host id."""
    alice, bob = room.participant(), room.participant()
    manager = kick.KickingRedisManager.__new__(kick.KickingRedisManager)
    manager.server = socketio.server  # this process's server, as the queue's listener sees it
    message = personal.envelope(personal.seat_key(room.reload(), alice.entry.seat_hash), "seat",
                                close=True)
    manager._handle_emit({"method": "emit", "event": personal.PERSONAL, "data": [message],
                          "namespace": "/", "room": None, "host_id": "elsewhere"})
    assert closed_within([alice.socket])
    assert bob.socket.is_connected()
    assert alice.socket.queue == []  # the message itself is never sent to a client
