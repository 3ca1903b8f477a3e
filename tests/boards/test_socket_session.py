"""Socket events reuse the connection's session instead of decoding the cookie each time."""

from __future__ import annotations

from flask.sessions import SecureCookieSessionInterface


def test_events_after_the_first_do_not_open_the_cookie_again(room, monkeypatch):
    opened = []
    original = SecureCookieSessionInterface.open_session

    def counting(self, app, request):
        opened.append(request.path)
        return original(self, app, request)

    monkeypatch.setattr(SecureCookieSessionInterface, "open_session", counting)
    alice, bob = room.participant(), room.participant()
    item = alice.post(room.board, "Publish recognition waiting times per region")["item"]["id"]
    opened.clear()
    for _ in range(3):
        assert bob.vote(item)["voted"] is True
        assert bob.vote(item, up=False)["voted"] is False
    assert alice.emit("board_mine")["ok"] is True
    assert opened == []
    # a plain page still reads its cookie, and the seat in it
    page = alice.client.get(f"/s/{room.code}")
    assert page.status_code == 200 and opened == [f"/s/{room.code}"]
