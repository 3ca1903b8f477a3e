"""The facilitator's set-up over the JSON API: sessions, agenda, roster, invitations and
options, by token and by cookie; and every bad request refused in the one shape, with
nothing changed."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import AgendaItem, ApiToken, DialogueSession, PolicyOption, RosterEntry
from dialogue.models.api_token import today

from ..live_harness import new_key
from ..security.world import database_state
from .conftest import cookie_api, issue, token_api

ONE_SHAPE = {"ok", "error", "message"}


def _refused(response, status: int, code: str) -> None:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    body = response.json
    assert ONE_SHAPE <= set(body) and body["ok"] is False, body
    assert body["error"] == code, body
    assert isinstance(body["message"], str) and body["message"]


def test_an_integration_sets_up_a_session_from_a_template_to_its_invitations(app, factory,
                                                                             api):
    templates = api.get("/templates")
    assert templates.status_code == 200
    slugs = [each["slug"] for each in templates.json["templates"]]
    assert "demo" in slugs

    made = api.post("/sessions", {"template": "demo"})
    assert made.status_code == 200 and made.json["ok"] is True
    session = made.json["session"]
    sid = session["id"]
    assert session["status"] == "draft" and session["join_url"].endswith(session["code"])
    assert [each["id"] for each in api.get("/sessions").json["sessions"]] == [sid]

    changed = api.patch(f"/sessions/{sid}", {"title": "Visa policy", "meets_on": "2027-03-04",
                                             "place": "  Berlin  ", "k_anonymity": 4,
                                             "participants_may_create_options": True})
    assert changed.status_code == 200
    assert {key: changed.json["session"][key] for key in (
        "title", "meets_on", "place", "k_anonymity", "participants_may_create_options")} == {
        "title": "Visa policy", "meets_on": "2027-03-04", "place": "Berlin",
        "k_anonymity": 4, "participants_may_create_options": True}
    assert api.get(f"/sessions/{sid}").json["session"]["title"] == "Visa policy"
    assert api.patch(f"/sessions/{sid}", {"meets_on": ""}).json["session"]["meets_on"] is None

    # The agenda: add, edit, move, remove.
    items = api.get(f"/sessions/{sid}/agenda/items").json["items"]
    added = api.post(f"/sessions/{sid}/agenda/items", {
        "title": "Next steps", "question": "What do we do first?", "board_kind": "questions",
        "minutes": 15})
    assert added.status_code == 200
    new = added.json["item"]
    assert new["position"] == len(items) and new["board_kind"] == "questions"
    assert [each["id"] for each in added.json["items"]][-1] == new["id"]
    edited = api.patch(f"/sessions/{sid}/agenda/items/{new['id']}",
                       {"title_de": "Nächste Schritte", "premoderation": True})
    assert edited.json["item"]["title_de"] == "Nächste Schritte"
    assert edited.json["item"]["premoderation"] is True
    assert edited.json["item"]["title"] == "Next steps"  # left out: kept
    moved = api.post(f"/sessions/{sid}/agenda/items/{new['id']}/move", {"direction": "up"})
    assert [each["id"] for each in moved.json["items"]].index(new["id"]) == len(items) - 1
    removed = api.delete(f"/sessions/{sid}/agenda/items/{new['id']}")
    assert [each["id"] for each in removed.json["items"]] == [each["id"] for each in items]

    # The roster: add (links once), list (no links), a new link, remove.
    group = session["stakeholder_groups"][0]
    added = api.post(f"/sessions/{sid}/roster", {"entries": [
        {"name": "Ada Lovelace", "email": "ada@example.org", "affiliation": "Analytical",
         "stakeholder_group": group["name"]},
        {"name": "Grace Hopper", "email": "grace@example.org",
         "stakeholder_group": group["name_de"] or group["name"], "language": "de"}]})
    assert added.status_code == 200, added.json
    people = added.json["entries"]
    assert [each["name"] for each in people] == ["Ada Lovelace", "Grace Hopper"]
    assert all(each["link"].startswith("http://dialogue.test/i/") for each in people)
    assert people[1]["stakeholder_group"] == group["name"]  # stored by its English name
    listing = api.get(f"/sessions/{sid}/roster").json["entries"]
    assert {each["name"]: each["status"] for each in listing} == {
        "Ada Lovelace": "invited", "Grace Hopper": "invited"}
    assert all(set(each) == {"id", "name", "affiliation", "stakeholder_group", "walk_in",
                             "status"} for each in listing)
    reissued = api.post(f"/sessions/{sid}/roster/{people[0]['id']}/reissue")
    assert reissued.status_code == 200
    assert reissued.json["link"] and reissued.json["link"] != people[0]["link"]
    gone = api.post(f"/sessions/{sid}/roster/{people[1]['id']}/remove")
    assert gone.json["entry"]["status"] == "removed"

    # Invitations: nothing configured on this server, said as such.
    state = api.get(f"/sessions/{sid}/invitations").json
    assert state == {"ok": True, "configured": False, "unsent": 1, "failed": []}
    _refused(api.post(f"/sessions/{sid}/invitations"), 409, "not_possible")


def test_the_logged_in_facilitator_uses_the_same_api_with_the_cookie(app, factory,
                                                                     facilitator_browser):
    api = cookie_api(facilitator_browser)
    made = api.post("/sessions", {"template": "demo"})
    assert made.status_code == 200
    sid = made.json["session"]["id"]
    assert api.patch(f"/sessions/{sid}", {"title": "By cookie"}).json["session"][
        "title"] == "By cookie"
    assert api.get(f"/sessions/{sid}/roster").json["entries"] == []


def test_options_go_through_the_live_commands_with_their_receipts(app, factory, api, room):
    sid = room.sid
    socket = room.participant()
    created = api.post(f"/sessions/{sid}/options", {"fields": {"title": "Joint fund"},
                                                    "client_key": "opt-create-1"})
    assert created.status_code == 200, created.json
    option = created.json["option"]
    # A retry with the same key is the same write, said to be a replay.
    again = api.post(f"/sessions/{sid}/options", {"fields": {"title": "Joint fund"},
                                                  "client_key": "opt-create-1"})
    assert again.json == {**created.json, "replayed": True}
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PolicyOption)) == 1
    edited = api.patch(f"/sessions/{sid}/options/{option}", {
        "base_version": created.json["version"], "fields": {"title": "A joint fund"},
        "client_key": new_key()})
    assert edited.status_code == 200 and edited.json["version"] == 2
    stale = api.patch(f"/sessions/{sid}/options/{option}", {
        "base_version": 1, "fields": {"title": "Stale"}, "client_key": new_key()})
    assert stale.status_code == 409 and stale.json["error"] == "conflict"
    status = api.post(f"/sessions/{sid}/options/{option}/status",
                      {"status": "discussion", "client_key": new_key()})
    assert status.json == {"ok": True, "status": "discussion"}
    listing = api.get(f"/sessions/{sid}/options").json
    assert [(each["id"], each["status"], each["fields"]["title"])
            for each in listing["items"]] == [(option, "discussion", "A joint fund")]
    assert listing["template"][0]["key"] == "title"
    # The participants heard of it as of any option the facilitator drafts.
    assert [each["id"] for each in socket.named("option")][-1] == option


def test_a_closed_session_is_read_but_not_changed(app, factory, api):
    session = factory.session(status="closed")
    sid = session.public_id
    assert api.get(f"/sessions/{sid}").json["session"]["status"] == "closed"
    assert api.get(f"/sessions/{sid}/roster").status_code == 200
    before = database_state()
    for method, path, body, code in (
            ("patch", "", {"title": "Reopened?"}, "not_possible"),
            ("post", "/agenda/items", {"title": "More", "question": "Why?"}, "not_possible"),
            ("post", "/roster", {"entries": [{"name": "Late"}]}, "not_possible"),
            ("post", "/invitations", None, "not_possible"),
            ("post", "/options", {"fields": {"title": "x"}, "client_key": new_key()},
             "session_closed")):
        _refused(api.call(method, f"/sessions/{sid}{path}", body), 409, code)
    assert database_state() == before


def _setup(factory):
    session = factory.session()
    entry = factory.roster_entry(session, name="Ada Lovelace")
    return session, entry


BAD_REQUESTS = [
    # (method, path under the session, body, status, code)
    ("patch", "", {"title": 5}, 400, "malformed"),
    ("patch", "", {"title": ""}, 400, "empty"),
    ("patch", "", {"title": "x" * 201}, 400, "too_long"),
    ("patch", "", {"title": "Line\nbreak"}, 400, "malformed"),
    ("patch", "", {"k_anonymity": 1}, 400, "out_of_range"),
    ("patch", "", {"k_anonymity": "5"}, 400, "malformed"),
    ("patch", "", {"k_anonymity": True}, 400, "malformed"),
    ("patch", "", {"meets_on": "4 March"}, 400, "malformed"),
    ("patch", "", {"language": "fr"}, 400, "malformed"),
    ("patch", "", {"owner_id": 2}, 400, "malformed"),
    ("patch", "", {"description": "x" * 2001}, 400, "too_long"),
    ("patch", "", {"place": "a\x00b"}, 400, "malformed"),
    ("patch", "", ["title"], 400, "malformed"),
    ("patch", "", {"title": "x" * 16_001}, 413, "too_large"),
    ("post", "/agenda/items", {"title": "No question"}, 400, "malformed"),
    ("post", "/agenda/items", {"title": "T", "question": " "}, 400, "empty"),
    ("post", "/agenda/items", {"title": "T", "question": "Q", "board_kind": "poll"}, 400,
     "malformed"),
    ("post", "/agenda/items", {"title": "T", "question": "Q", "minutes": 0}, 400,
     "out_of_range"),
    ("post", "/agenda/items", {"title": "T", "question": "Q", "position": 0}, 400,
     "malformed"),
    ("patch", "/agenda/items/{unknown}", {"title": "T"}, 404, "not_found"),
    ("patch", "/agenda/items/{first}", {"state": "open"}, 400, "malformed"),
    ("post", "/agenda/items/{first}/move", {"direction": "up"}, 409, "not_possible"),
    ("post", "/agenda/items/{first}/move", {"direction": "sideways"}, 400, "invalid"),
    ("post", "/agenda/items/{first}/move", {}, 400, "malformed"),
    ("delete", "/agenda/items/{unknown}", None, 404, "not_found"),
    ("post", "/roster", {}, 400, "malformed"),
    ("post", "/roster", {"entries": []}, 400, "malformed"),
    ("post", "/roster", {"entries": "Ada"}, 400, "malformed"),
    ("post", "/roster", {"entries": [{"email": "no-name@example.org"}]}, 400, "malformed"),
    ("post", "/roster", {"entries": [{"name": "A", "email": "not an address"}]}, 400,
     "invalid"),
    ("post", "/roster", {"entries": [{"name": "A", "stakeholder_group": "Martians"}]}, 400,
     "invalid"),
    ("post", "/roster", {"entries": [{"name": "A", "email": "p1@example.org"}]}, 400,
     "invalid"),  # already on the list
    ("post", "/roster", {"entries": [{"name": "A"}, {"name": "B", "seat": "x"}]}, 400,
     "malformed"),
    ("post", "/roster", {"entries": [{"name": f"P{n}"} for n in range(101)]}, 413,
     "too_large"),
    ("post", "/roster/{unknown}/remove", None, 404, "not_found"),
    ("post", "/roster/{unknown}/reissue", None, 404, "not_found"),
    ("post", "/roster/{entry}/reissue", {"entry": "x"}, 400, "malformed"),
    ("post", "/invitations/{unknown}", None, 404, "not_found"),
    ("post", "/invitations/{entry}", None, 409, "not_possible"),  # no SMTP here
    ("post", "/options", {"fields": "Joint fund", "client_key": "opt-key-01"}, 400,
     "malformed"),
    ("post", "/options", {"fields": {"title": "No key"}}, 400, "malformed"),
    ("patch", "/options/{unknown}", {"base_version": 1, "fields": {"title": "x"},
                                     "client_key": "opt-key-02"}, 404, "not_found"),
    ("post", "/options/{unknown}/status", {"status": "endorsed", "client_key": "opt-key-03"},
     404, "not_found"),
]


def test_every_bad_request_is_refused_in_the_one_shape_and_changes_nothing(app, factory,
                                                                          api):
    session, entry = _setup(factory)
    sid = session.public_id
    names = {"unknown": "0" * 32, "first": session.agenda[0].public_id,
             "entry": entry.public_id}
    before = database_state()
    for method, path, body, status, code in BAD_REQUESTS:
        response = api.call(method, f"/sessions/{sid}{path.format(**names)}", body)
        try:
            _refused(response, status, code)
        except AssertionError as failure:
            raise AssertionError(f"{method} {path} {str(body)[:80]}: {failure}") from None
        assert database_state() == before, (method, path, body)
    # Not JSON at all, or JSON nested past what any parser takes.
    for raw in ("{not json", "[" * 5000 + "]" * 5000, '"just a string"'):
        _refused(api.call("patch", f"/sessions/{sid}", raw=raw), 400, "malformed")
    assert database_state() == before


def test_unknown_and_others_ids_are_not_found_and_strangers_are_unauthorised(app, factory):
    mine = factory.session()
    elsewhere = factory.make_facilitator("elsewhere@example.org")
    theirs = factory.session(owner=elsewhere)
    their_entry = factory.roster_entry(theirs, name="Their person")
    my_entry = factory.roster_entry(mine, name="My person")
    api = token_api(app, issue(factory.facilitator))
    before = database_state()
    # Another facilitator's session, and their ids inside my session: not found.
    for method, path, body in (
            ("get", f"/sessions/{theirs.public_id}", None),
            ("patch", f"/sessions/{theirs.public_id}", {"title": "Mine now"}),
            ("get", f"/sessions/{theirs.public_id}/roster", None),
            ("post", f"/sessions/{theirs.public_id}/roster/{their_entry.public_id}/reissue",
             None),
            ("post", f"/sessions/{mine.public_id}/roster/{their_entry.public_id}/remove",
             None),
            ("patch", f"/sessions/{mine.public_id}/agenda/items/"
                      f"{theirs.agenda[0].public_id}", {"title": "x"}),
            ("post", f"/sessions/{theirs.public_id}/options", {
                "fields": {"title": "x"}, "client_key": new_key()}),
            ("get", f"/sessions/{'f' * 32}", None)):
        _refused(api.call(method, path, body), 404, "not_found")
    # Nobody at all: told to log in or send a token.
    stranger = app.test_client()
    for path in ("/api/v1/sessions", f"/api/v1/sessions/{mine.public_id}", "/api/v1/templates"):
        _refused(stranger.get(path), 401, "unauthorized")
    assert database_state() == before
    # A participant's seat is not the facilitator: their own session is not found.
    live = factory.live_session()
    joined = factory.join(live)
    before = database_state()
    for path in (f"/api/v1/sessions/{live.public_id}",
                 f"/api/v1/sessions/{live.public_id}/roster"):
        _refused(joined.client.get(path), 401, "unauthorized")
    assert database_state() == before
    assert my_entry.public_id


def test_a_token_scoped_to_one_session_reaches_only_it_and_makes_no_session(app, factory):
    mine, other = factory.session(), factory.session()
    api = token_api(app, issue(factory.facilitator, [mine]))
    before = database_state()
    _refused(api.post("/sessions", {"template": "demo"}), 403, "forbidden")
    _refused(api.patch(f"/sessions/{other.public_id}", {"title": "Out of scope"}), 404,
             "not_found")
    _refused(api.post(f"/sessions/{other.public_id}/roster", {"entries": [{"name": "X"}]}),
             404, "not_found")
    assert database_state() == before
    assert api.patch(f"/sessions/{mine.public_id}", {"title": "In scope"}).status_code == 200


def test_a_token_for_all_sessions_reaches_the_ones_made_later(app, factory, api):
    later = factory.session()
    assert api.get(f"/sessions/{later.public_id}").status_code == 200


def test_create_session_refuses_unknown_templates_and_bad_bodies(app, factory, api):
    before = database_state()
    for body, code in (({"template": "no-such-template"}, "invalid"), ({}, "malformed"),
                       ({"template": ["demo"]}, "malformed"),
                       ({"template": "demo", "owner": 1}, "malformed")):
        _refused(api.post("/sessions", body), 400, code)
    assert database_state() == before
    assert db.session.scalar(sa.select(sa.func.count()).select_from(DialogueSession)) == 0


def test_a_revoked_token_changes_nothing(app, factory):
    session, _entry = _setup(factory)
    text = issue(factory.facilitator)
    token = db.session.scalar(sa.select(ApiToken))
    token.revoked_on = today()
    db.session.commit()
    api = token_api(app, text)
    before = database_state()
    for method, path, body in (("patch", "", {"title": "Revoked"}),
                               ("post", "/roster", {"entries": [{"name": "X"}]}),
                               ("delete", f"/agenda/items/{session.agenda[-1].public_id}",
                                None)):
        _refused(api.call(method, f"/sessions/{session.public_id}{path}", body), 401,
                 "unauthorized")
    assert database_state() == before
    assert db.session.scalar(sa.select(sa.func.count()).select_from(AgendaItem)) == len(
        session.agenda)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(RosterEntry)) == 1


def test_the_roster_shows_what_the_set_up_page_shows_and_nothing_more(app, factory, api):
    session = factory.live_session()
    joined = factory.join(session, name="Joined Person")
    factory.roster_entry(session, name="Invited Person")
    entries = api.get(f"/sessions/{session.public_id}/roster").json["entries"]
    assert {each["name"]: each["status"] for each in entries} == {
        "Joined Person": "joined", "Invited Person": "invited"}
    text = str(entries)
    db.session.refresh(joined.entry)
    for hidden in (joined.entry.seat_hash, joined.entry.invite_nonce, joined.ref,
                   joined.entry.email, str(joined.entry.joined_on)):
        assert hidden and hidden not in text
