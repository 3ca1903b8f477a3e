"""The canary test (DESIGN.md §2): a whole session with canary people; nothing of them
reaches a participant's page or socket payload, or any log line.

Extend it with every new payload or output.
"""

from __future__ import annotations

import logging

import pytest

from dialogue.extensions import limiter, socketio
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
    _board_activity(session.public_id, board, sockets, joined, facilitator_browser, watch)

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


def test_the_watch_finds_a_planted_canary(watch):
    """The canary test can fail: a planted value is found."""
    watch.forbid("Xylophon Quagmeyer")
    watch.record("planted", {"text": "as xylophon quagmeyer said"})
    assert watch.leaks() == [("planted", "Xylophon Quagmeyer")]


def test_no_canary_or_invite_link_reaches_a_log_when_invitations_are_emailed(
        app, factory, watch, caplog, capfd, facilitator_browser, mail_room):  # noqa: F811
    """Sending, a refused address, a server that is down and a resend: no address, name or
    link in any log line (the test SMTP server's own log, "mail.log", is not the app's)."""
    import re

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
