"""A briefing input on the projector (``input_project``, docs/inputs.md "On the
projector"): the facilitator puts one of the session's inputs up; the projector learns its
title, a text's text, a link's address or a PDF's size, and the speaker only for an input
on the record. Another session's, unknown, hostile or missing ids and a participant are
refused, and nothing changes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.inputs import announce
from dialogue.inputs import services as inputs
from dialogue.inputs.commands import input_project
from dialogue.models import AgendaItem, BriefingInput
from dialogue.refusals import Refused

from ..live_harness import LiveRoom, new_key
from .pdfs import plain_pdf


def _attach(room: LiveRoom) -> dict[str, str]:
    session = room.reload()
    item = session.agenda[0]
    made = {
        "rule": inputs.add_text(item, "Opening statement", "Three points on skills."),
        "record": inputs.add_text(item, "Keynote", "Mobility is a shared task.",
                                  on_the_record=True, speaker="Dr. Ada Speaker",
                                  role="Ministry of Labour"),
        "link": inputs.add_link(item, "Background study", "https://example.org/study"),
        "pdf": inputs.add_pdf(item, "Country paper", plain_pdf(), limit=10_000_000),
        "long": inputs.add_text(item, "Long paper", "word " * 3000),
    }
    db.session.commit()
    return {name: each.public_id for name, each in made.items()}


def _projector(room: LiveRoom) -> tuple:
    session = room.reload()
    return session.projector_mode, session.projector_option


def _project(seat, input_id) -> dict:
    return seat.emit("input_project", {"input": input_id, "client_key": new_key()})


def test_the_facilitator_puts_an_input_on_the_projector(room):
    ids = _attach(room)
    console, screen, phone = room.facilitator(), room.facilitator("projector"), \
        room.participant()
    shown = _project(console, ids["record"])
    assert shown["ok"], shown
    assert shown["projector"] == {"mode": "input", "option": ids["record"], "timer": False}
    assert shown["input"] == {"id": ids["record"], "kind": "text", "title": "Keynote",
                              "on_the_record": True, "speaker": "Dr. Ada Speaker",
                              "role": "Ministry of Labour",
                              "text": "Mobility is a shared task.", "cut": False}
    events = screen.events()
    names = [each["name"] for each in events]
    assert "projected_input" in names and "projector" in names
    assert [each["args"][0] for each in events if each["name"] == "projector"][-1][
        "mode"] == "input"
    heard = [each["args"][0] for each in events if each["name"] == "projected_input"][-1]
    assert {name: value for name, value in heard.items() if name != "seq"} == shown["input"]
    assert phone.named("projected_input")[-1]["title"] == "Keynote"
    # A reload of the projector keeps it (the snapshot carries it).
    snapshot = screen.sync(-1)["snapshot"]
    assert snapshot["projector"]["mode"] == "input"
    assert snapshot["projected_input"]["id"] == ids["record"]

    # Under the Rule: no speaker key at all.
    rule = _project(console, ids["rule"])["input"]
    assert "speaker" not in rule and "role" not in rule and rule["on_the_record"] is False
    assert rule["text"] == "Three points on skills."
    link = _project(console, ids["link"])["input"]
    assert link["url"] == "https://example.org/study" and "speaker" not in link
    pdf = _project(console, ids["pdf"])["input"]
    assert pdf["kind"] == "pdf" and pdf["size"].endswith("KB") and "text" not in pdf
    long = _project(console, ids["long"])["input"]
    assert long["cut"] is True and len(long["text"]) <= announce.PROJECTOR_TEXT + 2
    assert long["text"].endswith(" …")

    # Another view from the console leaves the input mode as the other modes are.
    assert console.emit("projector_show", {"mode": "board", "client_key": new_key()})["ok"]
    assert _projector(room) == ("board", None)
    assert screen.sync(-1)["snapshot"]["projected_input"] is None
    # projector_show does not offer the feature's mode.
    refused = console.emit("projector_show", {"mode": "input", "client_key": new_key()})
    assert refused["ok"] is False and _projector(room) == ("board", None)


def test_a_removed_input_leaves_the_projector_with_nothing_to_draw(room):
    ids = _attach(room)
    console = room.facilitator()
    assert _project(console, ids["rule"])["ok"]
    inputs.remove(db.session.scalar(sa.select(BriefingInput).filter_by(public_id=ids["rule"])))
    db.session.commit()
    assert announce.projected_payload(room.reload()) is None


@pytest.mark.parametrize("payload, code", [
    ({"input": "0" * 32}, "not_found"),
    ({"input": "not-an-id"}, "malformed"),
    ({"input": "<script>alert(1)</script>"}, "malformed"),
    ({"input": 7}, "malformed"),
    ({"input": None}, "malformed"),
    ({}, "malformed"),
    ({"input": "a" * 5000}, "malformed"),
])
def test_a_hostile_or_missing_id_is_refused_and_changes_nothing(room, payload, code):
    ids = _attach(room)
    console = room.facilitator()
    assert _project(console, ids["rule"])["ok"]
    before = _projector(room)
    reply = console.emit("input_project", {"client_key": new_key(), **payload})
    assert reply["ok"] is False and reply["error"] == code and reply["message"], reply
    assert _projector(room) == before


def test_another_sessions_input_is_not_found(room, factory):
    other = LiveRoom(room.app, factory, room.facilitator_browser)
    ids = _attach(room)
    foreign = inputs.add_text(other.reload().agenda[0], "Elsewhere", "Not here.").public_id
    db.session.commit()
    console = room.facilitator()
    reply = _project(console, foreign)
    assert reply["error"] == "not_found" and _projector(room) == ("board", None)
    # ... and from the other session's console, this one's input is not found either.
    elsewhere = other.facilitator()
    assert _project(elsewhere, ids["rule"])["error"] == "not_found"
    assert _projector(other) == ("board", None)
    other.leave()


def test_a_participant_is_refused(room):
    ids = _attach(room)
    phone = room.participant()
    reply = _project(phone, ids["rule"])
    assert reply["error"] == "forbidden" and _projector(room) == ("board", None)


def test_a_closed_session_refuses_and_keeps_its_projector(room):
    ids = _attach(room)
    console = room.facilitator()
    session = room.reload()
    close_session(session)
    db.session.commit()
    reply = _project(console, ids["rule"])
    assert reply["ok"] is False and reply["error"] == "session_closed"
    assert _projector(room) == ("board", None)
    # The command itself refuses too (the pipeline checks first).
    with pytest.raises(Refused) as refused:
        input_project(room.reload(), None, {"input": ids["rule"]})
    assert refused.value.code == "session_closed"


def test_the_item_of_the_input_need_not_be_current(room):
    """Any input of the session can go up (the console offers those of the current item)."""
    _attach(room)
    item = db.session.scalar(sa.select(AgendaItem).filter_by(public_id=room.boards[1]))
    later = inputs.add_text(item, "Later", "For the second item.").public_id
    db.session.commit()
    assert _project(room.facilitator(), later)["input"]["title"] == "Later"
