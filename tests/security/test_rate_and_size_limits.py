"""Floods are refused and nothing is too large: join attempts per address, posts and votes
per person over the API and the sockets, and a bound on every input."""

from __future__ import annotations

import sqlalchemy as sa
from flask_wtf import FlaskForm
from limits import RateLimitItemPerDay, parse
from wtforms import HiddenField, IntegerField, StringField
from wtforms.validators import AnyOf, Length, NumberRange

from dialogue import rate_limits
from dialogue.extensions import db
from dialogue.models import Contribution, RosterEntry
from dialogue.realtime.schema import MAX_PAYLOAD_CHARS

from ..boards.test_boards_api import participant_api
from ..conftest import Browser, csrf_from
from ..live_harness import new_key
from .world import build_world, database_state, socket_events


def _walk_in(app, code: str, name: str, address: str = "203.0.113.7",
             affiliation: str = ""):
    browser = Browser(app.test_client())
    browser.client.environ_base["REMOTE_ADDR"] = address
    page = browser.get(f"/join/{code}").get_data(as_text=True)
    group = page.split('<option value="', 2)[2].split('"', 1)[0]
    return browser.client.post(f"/join/{code}", data={
        "csrf_token": csrf_from(page), "name": name, "affiliation": affiliation,
        "stakeholder_group": group})


def _roster_size() -> int:
    db.session.remove()
    return db.session.scalar(sa.select(sa.func.count()).select_from(RosterEntry))


def _waits_as_it_says(refused) -> int:
    """The 429 page's "Wait N seconds" and its Retry-After header agree; returns N."""
    seconds = int(refused.headers["Retry-After"])
    assert f"Wait {seconds} seconds" in refused.get_data(as_text=True)
    return seconds


def test_walk_ins_from_one_address_are_limited_with_a_clear_page(app, factory, monkeypatch):
    assert rate_limits.DEFAULT_RATES["walk_in"] == "60 per 60 seconds"  # docs/security.md
    # The same rule, smaller and slower: three a day.
    monkeypatch.setitem(rate_limits.rates(), "walk_in", RateLimitItemPerDay(3))
    session = factory.live_session()
    for n in range(3):
        assert _walk_in(app, session.code, f"Walk-in {n}").status_code == 302
    refused = _walk_in(app, session.code, "One too many")
    assert refused.status_code == 429
    assert "Too many attempts to join" in refused.get_data(as_text=True)
    assert 0 < _waits_as_it_says(refused) <= 2 * 86400
    assert _roster_size() == 3
    assert _walk_in(app, session.code, "Next door", address="198.51.100.2").status_code == 302


def test_wrong_codes_and_broken_invite_links_are_limited_right_ones_cost_nothing(
        app, factory, client, limits_without_refill):
    session = factory.live_session()
    entry = factory.roster_entry(session)
    page = client.get("/join").get_data(as_text=True)
    for _ in range(30):  # right codes: no limit to speak of
        assert client.post("/join", data={"csrf_token": csrf_from(page),
                                          "code": session.code}).status_code == 302
    capacity = limits_without_refill["guess"]
    for n in range(capacity // 2):
        assert client.post("/join", data={"csrf_token": csrf_from(page),
                                          "code": f"NOPE{n}"}).status_code == 404
    for n in range(capacity - capacity // 2):
        assert client.get(f"/i/forged-token-{n}").status_code == 404
    for url in (f"/join/{session.code}", factory.invite_url(entry), "/join/NOPE99",
                f"/s/{session.code}"):
        response = client.get(url)
        assert response.status_code == 429, url
        _waits_as_it_says(response)
    assert client.get("/join").status_code == 200  # the landing page itself stays open
    other = app.test_client()
    other.environ_base["REMOTE_ADDR"] = "198.51.100.9"
    assert other.get(factory.invite_url(entry)).status_code == 302


def test_behind_a_proxy_the_forwarded_address_is_the_one_counted(tmp_path, factory):
    from dialogue import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "x" * 40, "PROXY_HOPS": 1,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'proxy.sqlite'}",
                      "INSTANCE_PATH": str(tmp_path / "instance")})
    client = app.test_client()
    for n in range(parse(rate_limits.DEFAULT_RATES["guess"]).amount):
        client.get(f"/i/forged-{n}", headers={"X-Forwarded-For": "192.0.2.1"})
    assert client.get("/i/forged", headers={"X-Forwarded-For": "192.0.2.1"}
                      ).status_code == 429
    assert client.get("/i/forged", headers={"X-Forwarded-For": "192.0.2.2"}
                      ).status_code == 404
    with app.app_context():
        db.engine.dispose()


def test_posts_and_votes_over_the_api_are_limited_per_person(room, limits_without_refill):
    alice, bob = participant_api(room), participant_api(room)
    posts = limits_without_refill["write"]
    for n in range(posts):
        reply = alice.call("post", f"/boards/{room.board}/contributions",
                           {"text": f"Point {n}", "client_key": new_key()})
        assert reply.status_code == 200
    before = room.state()
    refused = alice.call("post", f"/boards/{room.board}/contributions",
                         {"text": "One more", "client_key": new_key()})
    assert refused.status_code == 429 and refused.json["error"] == "rate_limited"
    item = room.state()[0][0]
    for n in range(limits_without_refill["vote"]):
        assert bob.call("post", f"/contributions/{item}/vote",
                        {"up": n % 2 == 0, "client_key": new_key()}).status_code == 200
    before = room.state()
    refused = bob.call("post", f"/contributions/{item}/vote",
                       {"up": True, "client_key": new_key()})
    assert refused.status_code == 429 and refused.json["error"] == "rate_limited"
    assert room.state() == before
    # One person's flood is theirs alone: a third participant still posts.
    assert participant_api(room).call("post", f"/boards/{room.board}/contributions", {
        "text": "Me too", "client_key": new_key()}).status_code == 200


def test_posts_over_the_socket_share_the_same_limit_as_the_api(room, limits_without_refill):
    alice = room.participant()
    for n in range(limits_without_refill["write"]):
        assert alice.post(room.board, f"Socket point {n}")["ok"]
    refused = alice.post(room.board, "One more")
    assert refused["error"] == "rate_limited"
    token = csrf_from(alice.client.get(f"/s/{room.code}").get_data(as_text=True))
    over_http = alice.client.post(f"/api/v1/sessions/{room.sid}/boards/{room.board}/"
                                  "contributions", json={"text": "Via HTTP",
                                                         "client_key": new_key()},
                                  headers={"X-CSRFToken": token})
    assert over_http.status_code == 429
    db.session.remove()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)) == (
        limits_without_refill["write"])


def test_option_events_are_limited_too(app, factory, limits_without_refill):
    world = build_world(app, factory)
    socket = world.socket("participant")
    writes = limits_without_refill["write"]
    replies = [socket.emit("argument_add", {"option": world.ids["option"], "side": "pro",
                                            "text": f"Reason {n}", "client_key": new_key()},
                           callback=True)
               for n in range(writes + 1)]
    assert [reply["ok"] for reply in replies[:-1]] == [True] * writes
    assert replies[-1]["error"] == "rate_limited"
    world.close()


# -- sizes ---------------------------------------------------------------------------------

def _form_classes():
    def below(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)
    return [cls for cls in below(FlaskForm) if cls.__module__.startswith("dialogue.")]


def _bounded(field) -> bool:
    for validator in field.validators:
        if isinstance(validator, Length) and validator.max and validator.max > 0:
            return True
        if isinstance(validator, AnyOf | NumberRange):
            return True
    return False


FREE_TEXT = (StringField, HiddenField)  # TextArea, Password, Email fields are StringFields
UNBOUNDED_ALLOWED = {("OptionForm", "base_version")}  # a number, checked by the service


def test_every_form_field_that_takes_text_or_numbers_is_bounded(app, factory):
    from dialogue.options.forms import option_form, rating_form

    session = factory.live_session()
    unbounded = []
    with app.test_request_context():
        forms = [cls(meta={"csrf": False}) for cls in _form_classes()
                 if cls.__name__ not in ("OptionForm", "RatingForm")]
        forms += [option_form(session, meta={"csrf": False}),
                  rating_form(session, meta={"csrf": False})]
        for form in forms:
            for field in form:
                free = isinstance(field, FREE_TEXT) or isinstance(field, IntegerField)
                name = (type(form).__name__, field.name)
                if free and not _bounded(field) and name not in UNBOUNDED_ALLOWED:
                    unbounded.append(name)
    assert len(forms) >= 15
    assert unbounded == []


def test_an_overlong_form_field_is_refused_and_stores_nothing(app, factory):
    session = factory.live_session()
    response = _walk_in(app, session.code, "N" * 201)
    assert response.status_code == 400
    assert _roster_size() == 0


def test_every_socket_event_refuses_an_oversized_payload(app, factory):
    world = build_world(app, factory)
    events = socket_events(app) - {"sync"}
    before = database_state()
    for role in ("participant", "owner"):
        socket = world.socket(role)
        for event in sorted(events):
            rate_limits.reset()
            reply = socket.emit(event, {"text": "x" * (MAX_PAYLOAD_CHARS + 1)},
                                callback=True)
            assert reply["ok"] is False, (event, role)
            # Refused for its size, or before the payload is even read (wrong role).
            assert reply["error"] in ("too_large", "forbidden"), (event, role, reply)
    assert database_state() == before
    world.close()


def test_the_api_refuses_oversized_bodies(room):
    api = participant_api(room)
    too_large = api.call("post", f"/boards/{room.board}/contributions",
                         {"text": "y" * 4000, "pad": ["z" * 4000] * 4,
                          "client_key": new_key()})
    assert too_large.status_code == 413 and too_large.json["error"] == "too_large"
    huge = api.call("post", f"/boards/{room.board}/contributions",
                    raw='{"text": "' + "z" * 2_100_000 + '"}')
    assert huge.status_code == 413
    assert room.state() == []
