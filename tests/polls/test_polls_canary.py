"""The polls' canary test (DESIGN.md §2), after tests/test_canary.py: a session with
canary people runs a choice poll and a word cloud; a free answer naming a canary is
held and never counted; nothing of them reaches a participant's page, socket payload or
snapshot, the projector, any export format (released, after the close) or a log line.
It also shows the polls and their figures in every format and in the data exports."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import sqlalchemy as sa

from dialogue.export import services
from dialogue.extensions import db, socketio
from dialogue.models import DialogueSession, PollAnswer
from dialogue.realtime.tallies import tallies

from ..canary import CANARIES, CanaryWatch
from ..conftest import csrf_from
from ..export.conftest import FORMATS, readable
from ..export.test_export_schema import violations

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "export-schema.json")
                    .read_text())


def _socket(app, client, session, role, page):
    token = csrf_from(client.get(page).get_data(as_text=True))
    socket = socketio.test_client(app, flask_test_client=client, auth={
        "session": session.public_id, "role": role, "csrf": token})
    assert socket.is_connected()
    return socket


def test_no_canary_reaches_a_poll_payload_page_export_or_log(app, factory, facilitator_browser,
                                                             caplog):
    caplog.set_level(logging.DEBUG)
    watch = CanaryWatch()
    session = factory.live_session(k_anonymity=2)
    people = []
    for name, email, affiliation, acronym in CANARIES:
        entry = factory.roster_entry(session, name=name, email=email, affiliation=affiliation)
        watch.forbid_entry(entry)
        watch.forbid(acronym)
        people.append(entry)
    joined = [factory.join(session, entry) for entry in people]
    for person in joined:
        watch.forbid(person.ref)
    sid = session.public_id
    phones = [_socket(app, person.client, session, "participant", f"/s/{session.code}")
              for person in joined]
    mod = _socket(app, facilitator_browser.client, session, "facilitator", f"/facilitate/{sid}")
    screen = _socket(app, facilitator_browser.client, session, "projector", f"/facilitate/{sid}")

    def key(n: str) -> str:
        return f"canary-poll-{n}"

    choice = mod.emit("poll_create", {"kind": "single", "question": "Which first?",
                                      "question_de": "Was zuerst?",
                                      "choices": ["Money", "Time"], "live": True,
                                      "client_key": key("01")}, callback=True)["poll"]["id"]
    assert mod.emit("poll_open", {"poll": choice, "client_key": key("02")}, callback=True)["ok"]
    for index, phone in enumerate(phones):
        for pick, again in (("c1", "a"), ("c2", "b")):  # answered, then changed
            assert phone.emit("poll_answer", {"poll": choice, "choices": [pick],
                                              "client_key": key(f"1{index}{again}")},
                              callback=True)["ok"]
        watch.record("own answer (snapshot)", phone.emit("sync", {}, callback=True))
    assert mod.emit("poll_project", {"poll": choice, "client_key": key("03")},
                    callback=True)["ok"]
    assert mod.emit("poll_close", {"poll": choice, "client_key": key("04")}, callback=True)["ok"]

    words = mod.emit("poll_create", {"kind": "words", "question": "One word?", "live": True,
                                     "client_key": key("05")}, callback=True)["poll"]["id"]
    assert mod.emit("poll_open", {"poll": words, "client_key": key("06")}, callback=True)["ok"]
    # Two people name a canary (they were warned, and sent it anyway): held, dismissed.
    named = CANARIES[0][0]
    for index, phone in enumerate(phones[:2]):
        warned = phone.emit("poll_answer", {"poll": words, "text": f"ask {named}",
                                            "client_key": key(f"2{index}")}, callback=True)
        assert warned["error"] == "flagged"
        held = phone.emit("poll_answer", {"poll": words, "text": f"ask {named}",
                                          "confirm": True, "client_key": key(f"3{index}")},
                          callback=True)
        assert held["own"]["status"] == "pending"
        phone.get_received()  # their own words, before the moderator: theirs, not recorded
    queue = [each["args"][0] for each in mod.get_received() if each["name"] == "poll_held"]
    for answer in {each["id"] for each in queue if each["status"] == "pending"}:
        assert mod.emit("poll_moderate", {"answer": answer, "action": "dismiss",
                                          "client_key": key(f"4{answer[:6]}")},
                        callback=True)["ok"]
    for index, phone in enumerate(phones):
        assert phone.emit("poll_answer", {"poll": words, "text": "Trust and time",
                                          "client_key": key(f"5{index}")}, callback=True)["ok"]
    tallies._flushed.clear()
    tallies.flush()
    for phone in phones:
        watch.record("socket events", phone.get_received())
        watch.record("snapshot", phone.emit("sync", {}, callback=True))
    watch.record("projector events", screen.get_received())
    watch.record("projector snapshot", screen.emit("sync", {}, callback=True))
    watch.record("projector page", facilitator_browser.get(f"/facilitate/{sid}/projector")
                 .get_data())
    for person in joined:
        watch.record("board page", person.client.get(f"/s/{session.code}").get_data())

    setup = f"/facilitate/{sid}"
    facilitator_browser.post(f"{setup}/close", {"confirm": "y"}, token_from=setup)
    db.session.remove()
    session = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=sid))
    assert session.is_closed
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PollAnswer)) == 0
    services.redact_undecided(session)
    release = services.release_export(session, session.owner, list(services.FORMATS), "en")
    db.session.commit()
    export = services.released_export(release)
    assert [(p.kind, p.n, p.too_few) for p in export.polls] == [("single", 3, False),
                                                                 ("words", 3, False)]
    for fmt in FORMATS:
        text = readable(fmt, services.render(export, fmt))
        watch.record(f"export {fmt}", text)
        assert "Which first?" in text and ("Quick polls" in text or fmt in ("json", "csv")), fmt
        assert "trust" in text and "One word?" in text, fmt
    data = json.loads(services.render(export, "json"))
    assert violations(data, SCHEMA) == []
    assert data["polls"][0]["figures"] == [{"label": "Money", "count": 0},
                                           {"label": "Time", "count": 3}]
    assert data["polls"][1]["words"] == [{"label": "time", "count": 3},
                                         {"label": "trust", "count": 3}]
    csv = readable("csv", services.render(export, "csv"))
    assert "polls.csv" in csv and "1,1,single,Which first?,True,False,3,,Time,3" in csv
    german = services.render(services.preview(session, "de"), "md").decode()
    assert "Was zuerst?" in german and "Schnellumfragen" in german
    watch.record("log", "\n".join(record.getMessage() for record in caplog.records))
    assert [(where, value) for where, value in watch.leaks()] == []
    for socket in (*phones, mod, screen):
        if socket.is_connected():
            socket.disconnect()
