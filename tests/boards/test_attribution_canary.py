"""The canary test for attribution by choice (h19a, DESIGN.md §2).

On an item on the record where one person (Ada) signs a post with her name, canary people
who do not sign never appear anywhere: pages, socket payloads, every export format in both
languages, log lines. The one place a person's own roster values show is the label of
their own post form ("Shown as: …"), to them alone; it is checked and cut out before the
page is searched. Ada's name appears only where the attribution is meant to: with her
signed post (board payloads, console, projector, the report next to its text).
"""

from __future__ import annotations

import logging
import re

import pytest
import sqlalchemy as sa

from dialogue.export import services as export_services
from dialogue.export.model import build_export
from dialogue.extensions import db, socketio
from dialogue.models import Contribution, DialogueSession
from dialogue.realtime.tallies import tallies

from ..canary import CANARIES, CanaryWatch
from ..conftest import csrf_from
from ..export.conftest import FORMATS, readable

SIGNER = ("Ada Signwell", "Agency of Consenting Voices")
SIGNED_TEXT = "Fund the language courses from the joint budget"


@pytest.fixture
def watch() -> CanaryWatch:
    return CanaryWatch()


def _socket(app, client, sid, role, page):
    return socketio.test_client(app, flask_test_client=client, auth={
        "session": sid, "role": role, "csrf": csrf_from(page)})


def _own_label_cut(page: str, entry) -> str:
    """The page without its one "Shown as" label, after checking it names this person."""
    shown = entry.name + (f", {entry.affiliation}" if entry.affiliation else "")
    label = f"Shown as: {shown}"
    assert page.count(label) == 1, "the post form shows the person's own name once"
    return page.replace(label, "Shown as: [own label]")


def test_no_canary_who_does_not_sign_appears_anywhere(app, factory, watch, caplog,
                                                     facilitator_browser):
    caplog.set_level(logging.DEBUG)
    session = factory.live_session()
    session.agenda[0].on_the_record = True
    db.session.commit()
    sid, code, board = session.public_id, session.code, session.agenda[0].public_id
    canaries = []
    for name, email, affiliation, acronym in CANARIES:
        entry = factory.roster_entry(session, name=name, email=email, affiliation=affiliation)
        watch.forbid_entry(entry)
        watch.forbid(acronym)
        canaries.append(factory.join(session, entry))
    signer_entry = factory.roster_entry(session, name=SIGNER[0], affiliation=SIGNER[1])
    signer = factory.join(session, signer_entry)
    for person in canaries:
        watch.forbid(person.ref)

    pages = {}
    for person in [*canaries, signer]:
        page = person.client.get(f"/s/{code}").get_data(as_text=True)
        pages[person.entry.id] = page
        watch.record(f"page of {person.entry.id}",
                     _own_label_cut(page, person.entry) if person in canaries else page)
    sockets = [_socket(app, person.client, sid, "participant", pages[person.entry.id])
               for person in [*canaries, signer]]
    console_page = facilitator_browser.get(f"/facilitate/{sid}").get_data(as_text=True)
    console = _socket(app, facilitator_browser.client, sid, "facilitator", console_page)
    projector = _socket(app, facilitator_browser.client, sid, "projector", console_page)
    for client in [*sockets, console, projector]:
        assert client.is_connected()

    # The canaries post and vote without their names; Ada signs one post.
    posts = []
    for index, client in enumerate(sockets[:-1]):
        reply = client.emit("board_post", {"board": board, "text": f"Point number {index}",
                                           "attributed": False,
                                           "client_key": f"canary-a{index:03d}"},
                            callback=True)
        assert reply["ok"] and reply["item"]["attribution"] is None
        posts.append(reply["item"]["id"])
    signed = sockets[-1].emit("board_post", {"board": board, "text": SIGNED_TEXT,
                                             "attributed": True,
                                             "client_key": "canary-s001"}, callback=True)
    assert signed["ok"] and signed["item"]["attribution"] == ", ".join(SIGNER)
    for index, client in enumerate(sockets[:-1]):
        assert client.emit("board_vote", {"id": signed["item"]["id"], "up": True,
                                          "client_key": f"canary-v{index:03d}"},
                           callback=True)["ok"]
        watch.record("mine", client.emit("board_mine", {}, callback=True))
    assert sockets[-1].emit("board_vote", {"id": posts[0], "up": True,
                                           "client_key": "canary-v100"}, callback=True)["ok"]
    console.emit("board_moderate", {"id": signed["item"]["id"], "action": "spotlight",
                                    "on": True, "client_key": "canary-m001"}, callback=True)
    tallies.flush()
    for client in [*sockets, console, projector]:
        watch.record("sync", client.emit("sync", {}, callback=True))
        watch.record("events", client.get_received())
    watch.record("projector page", facilitator_browser.get(f"/facilitate/{sid}/projector")
                 .get_data())
    # (the setup page lists the roster for the facilitator: the console itself names no one)
    watch.record("console page", facilitator_browser.get(f"/facilitate/{sid}/console")
                 .get_data())
    for person in canaries:
        watch.record("API boards", person.client.get(f"/api/v1/sessions/{sid}/boards")
                     .get_data())

    # Neither the signer's usual ref nor her signed post's ref reaches anyone.
    db.session.remove()
    signed_ref = db.session.scalar(sa.select(Contribution.author_ref).filter_by(
        public_id=signed["item"]["id"]))
    assert signed_ref and signed_ref != signer.ref
    watch.forbid(signed_ref, signer.ref)

    live = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=sid))
    for lang in ("en", "de"):
        export = build_export(live, lang)
        for fmt in FORMATS:
            text = readable(fmt, export_services.render(export, fmt))
            watch.record(f"export {fmt} {lang}", text)
            # Ada's name only with her signed post, once in each report format
            if fmt in ("md", "html"):
                flat = " ".join(re.sub(r"<[^>]+>", "", text.replace("\\", "")).split())
                assert flat.count(SIGNER[0]) == (2 if fmt == "md" else 1)  # md: read twice
                assert f"{SIGNED_TEXT} — {', '.join(SIGNER)}" in flat

    setup = f"/facilitate/{sid}"
    facilitator_browser.post(f"{setup}/next", token_from=setup)
    facilitator_browser.post(f"{setup}/close", {"confirm": "y"}, token_from=setup)
    closed = db.session.scalar(sa.select(DialogueSession).filter_by(public_id=sid))
    for fmt in FORMATS:
        watch.record(f"export after close {fmt}",
                     readable(fmt, export_services.render(build_export(closed), fmt)))
    for person in canaries:
        watch.record("page after close", person.client.get(f"/s/{code}").get_data())

    log = "\n".join(record.getMessage() for record in caplog.records)
    watch.record("log", log)
    assert SIGNER[0] not in log and SIGNER[1] not in log  # consented for the record, not logs
    assert len(watch.outputs) > 20
    leaks = watch.leaks()
    assert leaks == [], sorted({where for where, _ in leaks})


def test_the_canary_watch_sees_a_canary_outside_the_own_label(watch, factory):
    """The cut removes the person's own label only: their name anywhere else is found."""
    session = factory.live_session()
    entry = factory.roster_entry(session, name=CANARIES[0][0], affiliation=CANARIES[0][2])
    watch.forbid_entry(entry)
    page = f"<p>Shown as: {entry.name}, {entry.affiliation}</p><p>{entry.name}</p>"
    watch.record("page", _own_label_cut(page, entry))
    assert (("page", entry.name) in watch.leaks())
