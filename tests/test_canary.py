"""The canary test (DESIGN.md §2): a whole session with canary people; nothing of them
reaches a participant's page or socket payload, or any log line.

Extend it with every new payload or output.
"""

from __future__ import annotations

import logging
import re

import pytest
import sqlalchemy as sa

from dialogue.extensions import db, limiter, socketio
from dialogue.realtime.tallies import tallies

from .canary import CANARIES, CanaryWatch
from .conftest import csrf_from
from .desk.smtp import free_port, mail_room  # noqa: F401 - mail_room: the real SMTP server


@pytest.fixture
def watch() -> CanaryWatch:
    return CanaryWatch()


def _canary_session(factory, watch):
    session = factory.live_session()
    people = []
    for name, email, affiliation, acronym in CANARIES:
        entry = factory.roster_entry(session, name=name, email=email,
                                     affiliation=affiliation)
        watch.forbid_entry(entry)
        watch.forbid(acronym)
        people.append(entry)
    return session, people


def _socket(app, joined, session):
    page = joined.client.get(f"/s/{session.code}").get_data(as_text=True)
    return socketio.test_client(app, flask_test_client=joined.client, auth={
        "session": session.public_id, "role": "participant", "csrf": csrf_from(page)})


def test_no_canary_reaches_participant_pages_sockets_or_logs(app, factory, watch, caplog,
                                                             facilitator_browser):
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")  # the engine too, at its most verbose
    session, people = _canary_session(factory, watch)
    joined = [factory.join(session, entry) for entry in people]
    for person in joined:
        watch.forbid(person.ref)

    for person in joined:
        for url in (f"/s/{session.code}", f"/s/{session.code}/rule", "/join"):
            response = person.client.get(url)
            watch.record(f"GET {url}", response.get_data())
            watch.record(f"headers {url}", dict(response.headers))
    board = session.agenda[0].public_id
    sockets = [_socket(app, person, session) for person in joined]
    for client in sockets:
        assert client.is_connected()
        watch.record("sync", client.emit("sync", {"last_seq": 0}, callback=True))
        watch.record("sync-snapshot", client.emit("sync", {}, callback=True))
    mod = _board_activity(session.public_id, board, sockets, joined, facilitator_browser,
                          watch)
    _round_activity(sockets, mod, watch)

    setup = f"/facilitate/{session.public_id}"
    # A new link for the last person: their old browser is told, and names no one.
    reissued = facilitator_browser.post(
        f"{setup}/roster/{joined[-1].entry.public_id}/reissue", token_from=setup)
    assert reissued.status_code == 302
    assert [each for each in sockets[-1].queue if each["name"] == "removed"]
    watch.record("removed (new link)", list(sockets[-1].queue))
    watch.record("GET withdrawn seat", joined[-1].client.get(f"/s/{session.code}").get_data())
    facilitator_browser.post(f"{setup}/next", token_from=setup)
    facilitator_browser.post(f"{setup}/close", {"confirm": "y"}, token_from=setup)
    for client in sockets[:-1]:
        watch.record("socket events", client.get_received())
    for person in joined:  # the "Session ended" screen, on every page of the session
        for url in (f"/s/{session.code}", f"/join/{session.code}"):
            watch.record(f"GET ended {url}", person.client.get(url).get_data())
    limit_keys = sorted(limiter.storage.storage)  # what Redis would hold, when it is used
    assert limit_keys
    watch.record("rate-limit keys", limit_keys)

    from dialogue.cli import cli

    watch.record("dialogue check", app.test_cli_runner().invoke(cli, ["check"]).output)

    watch.record("log", "\n".join(record.getMessage() for record in caplog.records))
    assert len(watch.outputs) > 10
    assert watch.leaks() == []


def _board_activity(sid, board, sockets, joined, facilitator_browser, watch):
    """Posts, a vote, a dismissal and the board API, recorded from the participants' side."""
    post = {"board": board, "text": "Pool the training budgets", "client_key": "canary-0001"}
    item = sockets[0].emit("board_post", post, callback=True)["item"]["id"]
    sockets[1].emit("board_post", {**post, "text": "Off topic", "client_key": "canary-0002"},
                    callback=True)
    watch.record("vote", sockets[1].emit("board_vote", {"id": item, "up": True,
                                                        "client_key": "canary-0003"},
                                         callback=True))
    watch.record("mine", sockets[1].emit("board_mine", {}, callback=True))
    tallies.flush()
    mod_page = facilitator_browser.get(f"/facilitate/{sid}").get_data(as_text=True)
    mod = socketio.test_client(facilitator_browser.client.application,
                               flask_test_client=facilitator_browser.client, auth={
                                   "session": sid, "role": "facilitator",
                                   "csrf": csrf_from(mod_page)})
    mod.emit("board_moderate", {"id": item, "action": "spotlight", "on": True,
                                "client_key": "canary-0004"}, callback=True)
    # Posted anyway naming a participant: held, then redacted; the others never see the
    # name, and neither does the author after the redaction (their own words before it
    # are theirs: drained, not recorded).
    named = f"{CANARIES[0][0]} has the figures on visa delays"
    held = sockets[2].emit("board_post", {"board": board, "text": named, "confirm": True,
                                          "client_key": "canary-0005"}, callback=True)
    assert held["item"]["status"] == "pending"
    sockets[2].get_received()
    assert mod.emit("board_moderate", {
        "id": held["item"]["id"], "action": "redact", "spans": [[0, len(CANARIES[0][0])]],
        "reason": "Names a participant", "client_key": "canary-0006"}, callback=True)["ok"]
    # The console's undo, the projector's view and the moderation log (issue 17): neither
    # the participants' events nor the facilitator's log and counts name anyone.
    other = sockets[1].emit("board_post", {**post, "text": "Pool the budgets for training",
                                           "client_key": "canary-0007"}, callback=True)
    other_id = other["item"]["id"]
    watch.record("merge", mod.emit("board_merge", {"id": other_id, "into": item,
                                                   "client_key": "canary-0008"}, callback=True))
    watch.record("unmerge", mod.emit("board_unmerge", {"id": other_id,
                                                       "client_key": "canary-0009"},
                                     callback=True))
    watch.record("dismiss", mod.emit("board_moderate", {
        "id": other_id, "action": "dismiss", "reason": "Already said",
        "client_key": "canary-0010"}, callback=True))
    watch.record("projector_show", mod.emit("projector_show", {
        "mode": "pause", "client_key": "canary-0011"}, callback=True))
    watch.record("moderation log", facilitator_browser.get(f"/facilitate/{sid}/moderation")
                 .get_data())
    from dialogue.boards.moderation import moderation_counts
    from dialogue.extensions import db
    from dialogue.models import DialogueSession

    watch.record("moderation counts", moderation_counts(
        db.session.scalar(db.select(DialogueSession).filter_by(public_id=sid))))
    replies = {name: output for name, output in watch.outputs
               if name in ("merge", "unmerge", "dismiss", "projector_show")}
    assert len(replies) == 4 and all('"ok": true' in each for each in replies.values())
    watch.record("projector page", facilitator_browser.get(f"/facilitate/{sid}/projector")
                 .get_data())
    for person in joined:
        response = person.client.get(f"/api/v1/sessions/{sid}/boards")
        watch.record("GET /api/v1 boards", response.get_data())
        watch.record("GET /api/v1 mine", person.client.get(f"/api/v1/sessions/{sid}/mine")
                     .get_data())
    return mod


def _round_activity(sockets, mod, watch):
    """A rating and a consent round, answered and changed on the phones: the round events,
    each person's own answers in their snapshot and the console's answered count."""
    option = mod.emit("option_create", {"fields": {"title": "Joint curriculum boards"},
                                        "client_key": "canary-0101"}, callback=True)["option"]
    rating = mod.emit("round_open", {"kind": "rating", "options": [option],
                                     "client_key": "canary-0102"}, callback=True)["round"]
    consent = mod.emit("round_open", {"kind": "consent", "options": [option],
                                      "client_key": "canary-0103"}, callback=True)["round"]
    for index, client in enumerate(sockets):
        for score, key in ((4, "a"), (2, "b")):  # rated, then changed
            assert client.emit("rating_submit", {
                "round": rating, "option": option, "scores": {"support": score},
                "client_key": f"canary-02{index}{key}"}, callback=True)["ok"]
        assert client.emit("consent_submit", {
            "round": consent, "option": option, "choice": "block", "reason": "Too costly",
            "client_key": f"canary-03{index}"}, callback=True)["ok"]
        watch.record("own answers (snapshot)", client.emit("sync", {}, callback=True))
    mod.get_received()
    tallies._flushed.clear()  # the round count's own cadence: flush it now
    tallies.flush()
    counts = [each for each in mod.get_received() if each["name"] == "tally"]
    assert any(each["args"][0]["kind"] == "round" for each in counts)
    watch.record("round tally (console)", counts)
    snapshot = mod.emit("sync", {}, callback=True)["snapshot"]["options"]
    watch.record("answered counts (console)", snapshot["answered_counts"])


def test_the_watch_finds_a_planted_canary(watch):
    """The canary test can fail: a planted value is found."""
    watch.forbid("Xylophon Quagmeyer")
    watch.record("planted", {"text": "as xylophon quagmeyer said"})
    assert watch.leaks() == [("planted", "Xylophon Quagmeyer")]


def test_no_canary_or_invite_link_reaches_a_log_when_invitations_are_emailed(
        app, factory, watch, caplog, capfd, facilitator_browser, mail_room):  # noqa: F811
    """Sending, a refused address, a server that is down and a resend: no address, name or
    link in any log line (the test SMTP server's own log, "mail.log", is not the app's)."""
    caplog.set_level(logging.DEBUG)
    session, people = _canary_session(factory, watch)
    mail_room.refuse.add(people[1].email)
    url = f"/facilitate/{session.public_id}/invitations/email"
    form = {}
    for language in ("en", "de"):
        form[f"body_{language}"] = "{name}: {link}"
        form[f"subject_{language}"] = "Invitation for {name}"
    response = facilitator_browser.post(url, {**form, "action": "send"}, token_from=url)
    assert response.status_code == 302
    app.config["SMTP_PORT"] = free_port()  # nothing listens there: every sending fails
    facilitator_browser.post(f"{url}/{people[1].public_id}", token_from=url)
    app.config["SMTP_PORT"] = mail_room.port
    mail_room.refuse.clear()
    facilitator_browser.post(f"{url}/{people[1].public_id}", token_from=url)
    assert len(mail_room.messages) == len(people)
    for message in mail_room.messages:
        link = re.search(r"/i/[A-Za-z0-9_.\-]+", message.get_content()).group(0)
        watch.forbid(link, link.removeprefix("/i/"))
    app_records = [r for r in caplog.records if not r.name.startswith("mail.")]
    assert any("invitations_sent" in r.getMessage() for r in app_records)
    watch.record("log", "\n".join(r.getMessage() for r in app_records))
    captured = capfd.readouterr()
    watch.record("stderr", captured.err)
    watch.record("stdout", captured.out)
    assert watch.leaks() == []


def test_no_canary_author_ref_or_token_reaches_an_api_answer_or_a_log(
        app, factory, watch, caplog, capfd, mail_room):  # noqa: F811
    """The set-up API and the board API with a facilitator's token: no answer ties a text
    to a person (no author ref, no roster id or name next to a contribution, option or
    argument), the roster answers show what the set-up page shows and nothing more, and
    neither the token nor its secret reaches a log line or the database in clear."""
    from dialogue.boards import services as boards
    from dialogue.models import ApiToken, RosterEntry
    from dialogue.models.api_token import parse
    from dialogue.options import services as options

    from .security.world import database_state

    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    session, people = _canary_session(factory, watch)
    joined = [factory.join(session, entry) for entry in people]
    refs = [person.ref for person in joined]
    seats = [person.entry.seat_hash for person in joined]
    board = session.agenda[0]
    posted = [boards.post_contribution(session, board, ref, f"Point number {n} on visas",
                                       "contribution").touched[0][0].public_id
              for n, ref in enumerate(refs)]
    option = options.create_option(session, options.as_participant(refs[0]),
                                   {"title": "Shared visa desk"}, posted[:1])
    options.add_argument(option, refs[1], "pro", "It saves everyone time")
    db.session.commit()
    _token, text = ApiToken.issue(factory.facilitator, "canary", [session], False)
    db.session.commit()
    secret = parse(text)[1]
    watch.forbid(*refs, *seats, text, secret)
    api = app.test_client()
    headers = {"Authorization": f"Bearer {text}"}
    base = f"/api/v1/sessions/{session.public_id}"

    def call(method: str, path: str, body=None):
        response = getattr(api, method)(path, json=body, headers=headers)
        assert response.status_code < 500, (method, path, response.get_data(as_text=True))
        return response

    answers = [("GET", path, call("get", path)) for path in (
        "/api/v1/sessions", base, f"{base}/agenda/items", f"{base}/options",
        f"{base}/boards", f"{base}/invitations", "/api/v1/templates")]
    answers += [
        ("PATCH", base, call("patch", base, {"place": "Berlin"})),
        ("POST", "agenda", call("post", f"{base}/agenda/items", {
            "title": "Wrap-up", "question": "What next?"})),
        ("POST", "option", call("post", f"{base}/options", {
            "fields": {"title": "A facilitator's draft"}, "client_key": "canary-opt-1"})),
        ("PATCH", "option", call("patch", f"{base}/options/{option.public_id}", {
            "base_version": 1, "fields": {"title": "Shared visa desks"},
            "client_key": "canary-opt-2"})),
        ("POST", "status", call("post", f"{base}/options/{option.public_id}/status", {
            "status": "discussion", "client_key": "canary-opt-3"})),
        ("POST", "moderate", call("post", f"{base}/contributions/{posted[0]}/moderation", {
            "action": "spotlight", "on": True, "client_key": "canary-mod-1"})),
    ]
    for method, path, response in answers:
        assert response.status_code == 200, (method, path, response.json)
        watch.record(f"{method} {path}", response.get_data())
        watch.record(f"headers {method} {path}", dict(response.headers))

    # The roster answers name people (the facilitator's own list), but carry nothing the
    # set-up page does not show: no seat, author ref, nonce, email or joining time.
    roster_watch = CanaryWatch()
    roster_watch.forbid(*refs, *seats, *(entry.invite_nonce for entry in people),
                        *(entry.email for entry in people), text, secret)
    listing = call("get", f"{base}/roster")
    assert {each["name"] for each in listing.json["entries"]} == {c[0] for c in CANARIES}
    page_columns = {"id", "name", "affiliation", "stakeholder_group", "walk_in", "status"}
    assert all(set(each) == page_columns for each in listing.json["entries"])
    roster_watch.record("GET roster", listing.get_data())
    added = call("post", f"{base}/roster", {"entries": [{
        "name": "Late Arrival", "stakeholder_group": session.stakeholder_groups[0]}]})
    assert added.status_code == 200 and added.json["entries"][0]["link"]
    roster_watch.record("POST roster", added.get_data())
    reissued = call("post", f"{base}/roster/{people[-1].public_id}/reissue")
    assert reissued.json["link"]
    roster_watch.record("POST reissue", reissued.get_data())
    # Invitations through the API (a real SMTP server): counts in the log, never a name.
    mail_room.refuse.add(people[1].email)
    sent = call("post", f"{base}/invitations")
    assert sent.json["sent"] == len(people) - 1 and len(sent.json["failed"]) == 1
    assert call("post", f"{base}/invitations/{people[1].public_id}").json["sent"] == 0
    for message in mail_room.messages:
        link = re.search(r"/i/[A-Za-z0-9_.\-]+", message.get_content()).group(0)
        watch.forbid(link, link.removeprefix("/i/"))
    assert roster_watch.leaks() == []

    # Nothing of the token in clear in the database either.
    db.session.remove()
    assert db.session.scalar(sa.select(ApiToken.secret_hash)) not in (text, secret)
    assert secret not in str(database_state())
    assert db.session.scalar(sa.select(sa.func.count()).select_from(RosterEntry)) == 4
    app_records = [r for r in caplog.records if not r.name.startswith("mail.")]
    assert any("invitations_sent" in r.getMessage() for r in app_records)
    watch.record("log", "\n".join(r.getMessage() for r in app_records))
    captured = capfd.readouterr()
    watch.record("stderr", captured.err)
    watch.record("stdout", captured.out)
    assert len(watch.outputs) > 20
    assert watch.leaks() == []
