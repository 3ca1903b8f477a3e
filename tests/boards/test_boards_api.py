"""The board API under /api/v1 and the board pages: same rules as the sockets."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import Contribution

from ..conftest import csrf_from
from ..live_harness import new_key


class Api:
    """A browser's session used as an API client: cookie plus the X-CSRFToken header."""

    def __init__(self, client, token_page: str, sid: str):
        self.client = client
        self.token = csrf_from(client.get(token_page).get_data(as_text=True))
        self.base = f"/api/v1/sessions/{sid}"

    def call(self, method: str, path: str, body=None, raw: str | None = None):
        kwargs = {"headers": {"X-CSRFToken": self.token}}
        if raw is not None:
            kwargs.update(data=raw, content_type="application/json")
        elif body is not None:
            kwargs["json"] = body
        return getattr(self.client, method)(self.base + path, **kwargs)


def participant_api(room) -> Api:
    joined = room.factory.join(room.reload())
    return Api(joined.client, f"/s/{room.code}", room.sid)


def facilitator_api(room) -> Api:
    return Api(room.facilitator_browser.client, f"/facilitate/{room.sid}", room.sid)


def test_a_participant_posts_and_votes_through_the_api(room):
    alice, bob = participant_api(room), participant_api(room)
    key = new_key()
    body = {"text": "Pool the training budgets", "client_key": key}
    first = alice.call("post", f"/boards/{room.board}/contributions", body)
    assert first.status_code == 200 and first.json["item"]["mine"] is True
    assert alice.call("post", f"/boards/{room.board}/contributions", body).json == {
        **first.json, "replayed": True}
    item = first.json["item"]["id"]
    assert bob.call("post", f"/contributions/{item}/vote",
                    {"up": True, "client_key": new_key()}).json["voted"] is True
    listing = bob.call("get", "/boards").json
    assert listing["boards"][room.board]["items"][0]["votes"] == 1
    assert "mine" not in listing["boards"][room.board]["items"][0]
    assert listing["voted"] == [item]
    db.session.remove()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)) == 1


def test_the_api_and_the_sockets_tell_each_other(room):
    socket = room.participant()
    api = participant_api(room)
    reply = api.call("post", f"/boards/{room.board}/contributions",
                     {"text": "Heard over the socket", "client_key": new_key()})
    assert reply.status_code == 200
    assert socket.named("contribution_added")[0]["text"] == "Heard over the socket"


def test_the_facilitator_moderates_through_the_api(room):
    alice, mod = participant_api(room), facilitator_api(room)
    item = alice.call("post", f"/boards/{room.board}/contributions",
                      {"text": "Off topic", "client_key": new_key()}).json["item"]["id"]
    reply = mod.call("post", f"/contributions/{item}/moderation",
                     {"action": "dismiss", "reason": "Not this item", "client_key": new_key()})
    assert reply.status_code == 200 and reply.json["item"]["status"] == "dismissed"
    assert alice.call("get", "/mine").json["items"][0]["reason"] == "Not this item"
    assert mod.call("patch", f"/boards/{room.board}", {"premoderation": True,
                                                        "client_key": new_key()}).json["ok"]
    assert mod.call("post", "/agenda", {"action": "next", "client_key": new_key()}).json[
        "agenda"]["current"] == room.boards[1]


def test_the_api_refuses_bad_requests_with_a_status_and_changes_nothing(room):
    alice, bob = participant_api(room), participant_api(room)
    item = alice.call("post", f"/boards/{room.board}/contributions",
                      {"text": "Mine", "client_key": new_key()}).json["item"]["id"]
    before = room.state()
    cases = [
        (bob, "post", f"/contributions/{item}/moderation",
         {"action": "archive", "client_key": new_key()}, 403, "forbidden"),
        (bob, "patch", f"/contributions/{item}", {"text": "Hijack", "client_key": new_key()},
         403, "not_yours"),
        (alice, "post", f"/contributions/{item}/vote", {"up": True, "client_key": new_key()},
         409, "own_item"),
        (alice, "post", f"/boards/{room.board}/contributions",
         {"text": "x" * 601, "client_key": new_key()}, 400, "too_long"),
        (alice, "post", f"/boards/{'f' * 32}/contributions",
         {"text": "Nowhere", "client_key": new_key()}, 404, "not_found"),
        (alice, "post", f"/boards/{room.board}/contributions",
         {"text": "Smuggled", "board": room.boards[1], "client_key": new_key()}, 200, None),
    ]
    for api, method, path, body, status, code in cases[:-1]:
        reply = api.call(method, path, body)
        assert (reply.status_code, reply.json["error"]) == (status, code), path
    reply = alice.call("post", f"/boards/{room.board}/contributions", raw="{not json")
    assert (reply.status_code, reply.json["error"]) == (400, "malformed")
    assert room.state() == before
    # a board in the body never overrides the board in the URL
    api, method, path, body, status, _code = cases[-1]
    assert api.call(method, path, body).json["item"]["board"] == room.board


def test_api_writes_need_the_csrf_header(room):
    joined = room.factory.join(room.reload())
    reply = joined.client.post(f"/api/v1/sessions/{room.sid}/boards/{room.board}/contributions",
                               json={"text": "No token", "client_key": new_key()})
    assert reply.status_code == 400
    assert room.state() == []


def test_strangers_get_nothing_from_the_api(room, app):
    stranger = app.test_client()
    assert stranger.get(f"/api/v1/sessions/{room.sid}/boards").status_code == 403
    assert stranger.get(f"/api/v1/sessions/{'e' * 32}/boards").status_code == 404


def test_the_openapi_document_describes_every_route(app, client):
    document = client.get("/api/v1/openapi.json").json
    assert document["openapi"] == "3.1.0"
    described = {(path, method) for path, item in document["paths"].items()
                 for method in item if method != "parameters"}
    served = {(rule.rule.removeprefix("/api/v1").replace("<", "{").replace(">", "}"),
               method.lower())
              for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/v1/")
              and rule.endpoint != "api.openapi_document"
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert described == served


def test_the_console_and_projector_are_for_the_owner_only(room, app, factory):
    owner = room.facilitator_browser.client
    for page in ("console", "projector"):
        response = owner.get(f"/facilitate/{room.sid}/{page}")
        assert response.status_code == 200
        assert "<script>" not in response.get_data(as_text=True)
        assert app.test_client().get(f"/facilitate/{room.sid}/{page}").status_code == 302
    projector = owner.get(f"/facilitate/{room.sid}/projector").get_data(as_text=True)
    assert room.code in projector and f"/facilitate/{room.sid}/qr.svg" in projector


def test_the_participant_page_carries_the_board(room):
    joined = room.factory.join(room.reload())
    page = joined.client.get(f"/s/{room.code}").get_data(as_text=True)
    assert "data-post-form" in page and "js/board.js" in page
    assert 'maxlength="600"' in page
