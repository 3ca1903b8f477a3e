"""Quick polls over the live layer: create, open, answer (changeable, in place), figures
that move only in steps of k and only once revealed, held free answers, close (the
answers deleted, the figures kept), the projector, and every refusal changing nothing."""

from __future__ import annotations

import json

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import DialogueSession, Poll, PollAnswer

from ..live_harness import flush_tallies, new_key


def answers(poll: str) -> list[tuple]:
    db.session.remove()
    return [tuple(row) for row in db.session.execute(
        sa.select(PollAnswer.id, PollAnswer.value, PollAnswer.status).join(Poll)
        .where(Poll.public_id == poll).order_by(PollAnswer.id))]


def poll_row(poll: str) -> Poll:
    db.session.remove()
    return db.session.scalar(sa.select(Poll).filter_by(public_id=poll))


def state(poll: str) -> tuple:
    row = poll_row(poll)
    return (row.state, row.revealed, row.changes, json.dumps(row.figures), answers(poll))


def tally(seat, kind: str) -> dict:
    found = [event["counts"] for event in seat.named("tally") if event["kind"] == kind]
    return found[-1] if found else {}


def answer(seat, poll: str, **value) -> dict:
    return seat.emit("poll_answer", {"poll": poll, "client_key": new_key(), **value})


SINGLE = {"kind": "single", "question": "Which first?", "question_de": "Was zuerst?",
          "choices": ["Money", "Time", "People"], "choices_de": ["Geld", "Zeit", "Leute"]}


def test_a_draft_is_the_consoles_and_an_opened_poll_reaches_the_room_without_figures(polls):
    console, phone = polls.facilitator(), polls.participant()
    poll = polls.create(console, **SINGLE)
    assert poll["state"] == "draft" and poll["item"] == polls.board
    assert [c["label_de"] for c in poll["choices"]] == ["Geld", "Zeit", "Leute"]
    assert phone.named("poll") == []
    assert console.named("poll_console")[-1]["id"] == poll["id"]
    assert console.emit("poll_open", {"poll": poll["id"], "client_key": new_key()})["ok"]
    shown = phone.named("poll")
    assert shown[-1]["state"] == "open" and shown[-1]["figures"] is None
    snapshot = phone.sync(-1)["snapshot"]["polls"]
    assert [each["id"] for each in snapshot["items"]] == [poll["id"]]
    assert snapshot["mine"] == {poll["id"]: {"poll": poll["id"], "value": None,
                                             "status": None}}


def test_an_answer_is_one_row_per_person_changed_in_place(polls):
    console, phone = polls.facilitator(), polls.participant()
    poll = polls.open(console, **SINGLE)
    first = answer(phone, poll, choices=["c1"])
    assert first["ok"] and first["own"]["value"] == {"choices": ["c1"]}
    (row_id, _, _), = answers(poll)
    assert answer(phone, poll, choices=["c2"])["ok"]
    assert answers(poll) == [(row_id, {"choices": ["c2"]}, "counted")]
    snapshot = phone.sync(-1)["snapshot"]["polls"]
    assert snapshot["mine"][poll]["value"] == {"choices": ["c2"]}


def test_figures_move_only_after_k_changes_and_reach_the_room_only_once_revealed(
        polls, ticking):
    console = polls.facilitator()
    phones = [polls.participant() for _ in range(4)]
    poll = polls.open(console, **SINGLE)
    for phone in phones[:2]:
        assert answer(phone, poll, choices=["c1"])["ok"]
    flush_tallies()
    counts = tally(console, "poll_console")[poll]
    assert counts["answered"] == 0 and counts["figures"]["too_few"] is True
    assert answer(phones[2], poll, choices=["c2"])["ok"]  # the k-th change
    ticking()
    flush_tallies()
    counts = tally(console, "poll_console")[poll]
    assert counts["answered"] == 3
    assert counts["figures"]["counts"] == {"c1": 2, "c2": 1, "c3": 0}
    # Hidden: the room has no figures, not even in a tally.
    assert tally(phones[0], "poll") == {}
    assert all(event["figures"] is None for event in phones[0].named("poll"))
    # One more answer and one change: fewer than k changes, the figures stay as they were.
    assert answer(phones[3], poll, choices=["c3"])["ok"]
    assert answer(phones[0], poll, choices=["c3"])["ok"]
    assert poll_row(poll).figures["counts"] == {"c1": 2, "c2": 1, "c3": 0}
    reveal = console.emit("poll_reveal", {"poll": poll, "on": True, "client_key": new_key()})
    assert reveal["ok"]
    assert phones[1].named("poll")[-1]["figures"]["counts"] == {"c1": 2, "c2": 1, "c3": 0}
    assert answer(phones[1], poll, choices=["c3"])["ok"]  # the third change: they move
    ticking()
    flush_tallies()
    assert tally(phones[2], "poll")[poll]["figures"]["counts"] == {"c1": 0, "c2": 1, "c3": 3}


def test_closing_keeps_the_final_figures_and_deletes_every_answer(polls):
    console = polls.facilitator()
    phones = [polls.participant() for _ in range(3)]
    poll = polls.open(console, kind="scale", question="How urgent?", scale_max=7,
                      low="not at all", high="very", live=True)
    for phone, score in zip(phones, (2, 6, 7), strict=True):
        assert answer(phone, poll, score=score)["ok"]
    assert len(answers(poll)) == 3
    closed = console.emit("poll_close", {"poll": poll, "client_key": new_key()})
    assert closed["ok"] and closed["poll"]["state"] == "closed"
    assert answers(poll) == []
    figures = poll_row(poll).figures
    assert figures["n"] == 3 and figures["median"] == 6.0
    assert figures["counts"]["7"] == 1 and len(figures["counts"]) == 7
    assert phones[0].named("poll")[-1]["figures"] == figures  # revealed: live
    late = answer(phones[0], poll, score=1)
    assert late["ok"] is False and late["error"] == "wrong_state"
    assert console.emit("poll_open", {"poll": poll, "client_key": new_key()}
                        )["error"] == "wrong_state"


def test_one_poll_is_open_at_a_time(polls):
    console = polls.facilitator()
    polls.open(console, **SINGLE)
    second = polls.create(console, kind="words", question="One word?")
    refused = console.emit("poll_open", {"poll": second["id"], "client_key": new_key()})
    assert refused["ok"] is False and refused["error"] == "wrong_state"


def test_a_flagged_free_answer_is_held_for_a_moderator_and_counts_only_once_approved(
        polls):
    console = polls.facilitator()
    phones = [polls.participant() for _ in range(3)]
    poll = polls.open(console, kind="words", question="One word for it?", live=True)
    before = state(poll)
    warned = answer(phones[0], poll, text="write to anna.berg@example.org")
    assert warned["ok"] is False and warned["error"] == "flagged" and warned["spans"]
    assert state(poll) == before
    held = answer(phones[0], poll, text="write to anna.berg@example.org", confirm=True)
    assert held["ok"] and held["own"]["status"] == "pending"
    queued = console.named("poll_held")[-1]
    assert queued["status"] == "pending" and "anna.berg" in queued["text"]
    # Nobody else hears of it: not the room, not the other phones.
    for phone in phones[1:]:
        assert "anna.berg" not in json.dumps(phone.events())
    for phone in phones[1:]:
        assert answer(phone, poll, text="Trust and time")["ok"]
    assert poll_row(poll).figures["too_few"] is True  # two counted: fewer than k
    decided = console.emit("poll_moderate", {"answer": queued["id"], "action": "dismiss",
                                             "client_key": new_key()})
    assert decided["ok"] and decided["answer"]["status"] == "dismissed"
    assert poll_row(poll).figures["too_few"] is True
    # The author rewrites it: clean now, it counts, and the figures show the cloud.
    assert answer(phones[0], poll, text="More trust")["ok"]
    figures = poll_row(poll).figures
    assert figures["n"] == 3 and figures["words"] == [{"word": "trust", "count": 3},
                                                      {"word": "time", "count": 2}]
    assert "anna" not in json.dumps(figures)


def test_an_approved_held_answer_counts(polls):
    console = polls.facilitator()
    phones = [polls.participant() for _ in range(3)]
    poll = polls.open(console, kind="words", question="One word?")
    assert answer(phones[0], poll, text="trust anna.berg@example.org", confirm=True)["ok"]
    for phone in phones[1:]:
        assert answer(phone, poll, text="trust")["ok"]
    queued = console.named("poll_held")[-1]
    approved = console.emit("poll_moderate", {"answer": queued["id"], "action": "approve",
                                              "client_key": new_key()})
    assert approved["ok"] and approved["answer"]["status"] == "counted"
    assert poll_row(poll).figures["n"] == 3
    again = console.emit("poll_moderate", {"answer": queued["id"], "action": "approve",
                                           "client_key": new_key()})
    assert again["error"] == "wrong_state"


def test_the_projector_shows_a_poll_in_a_mode_of_its_own(polls):
    console, screen = polls.facilitator(), polls.facilitator("projector")
    poll = polls.open(console, **SINGLE)
    shown = console.emit("poll_project", {"poll": poll, "client_key": new_key()})
    assert shown["ok"] and shown["projector"]["mode"] == "poll"
    assert shown["projector"]["option"] == poll
    assert screen.named("projector")[-1]["mode"] == "poll"
    snapshot = screen.sync(-1)["snapshot"]
    assert snapshot["projector"]["mode"] == "poll" and "mine" not in snapshot["polls"]
    draft = polls.create(console, kind="words", question="Later?")
    refused = console.emit("poll_project", {"poll": draft["id"], "client_key": new_key()})
    assert refused["error"] == "wrong_state"


def test_hostile_missing_or_oversized_input_is_refused_and_changes_nothing(polls, app,
                                                                            factory):
    console, phone = polls.facilitator(), polls.participant()
    poll = polls.open(console, **SINGLE)
    words = polls.create(console, kind="words", question="A word?")["id"]
    before = (state(poll), state(words))
    cases = [
        (phone, "poll_answer", {"poll": poll}, "invalid"),
        (phone, "poll_answer", {"poll": poll, "choices": ["c9"]}, "invalid"),
        (phone, "poll_answer", {"poll": poll, "choices": ["c1", "c2"]}, "invalid"),
        (phone, "poll_answer", {"poll": poll, "score": 3}, "invalid"),
        (phone, "poll_answer", {"poll": poll, "choices": "c1"}, "malformed"),
        (phone, "poll_answer", {"poll": poll, "choices": ["c1"], "extra": 1}, "malformed"),
        (phone, "poll_answer", {"poll": "0" * 32, "choices": ["c1"]}, "not_found"),
        (phone, "poll_answer", {"poll": "not-an-id", "choices": ["c1"]}, "malformed"),
        (phone, "poll_answer", {"poll": words, "text": "a word"}, "wrong_state"),
        (phone, "poll_answer", {"poll": poll, "choices": ["c1"] * 11}, "malformed"),
        (phone, "poll_answer", {"poll": poll, "choices": ["\u0000"]}, "malformed"),
        (phone, "poll_create", SINGLE, "forbidden"),
        (phone, "poll_open", {"poll": words}, "forbidden"),
        (console, "poll_create", {"kind": "vote", "question": "?"}, "invalid"),
        (console, "poll_create", {"kind": "single", "question": "?", "choices": ["One"]},
         "invalid"),
        (console, "poll_create", {"kind": "single", "question": "?",
                                  "choices": ["Same", "same"]}, "invalid"),
        (console, "poll_create", {"kind": "scale", "question": "?", "scale_max": 99},
         "invalid"),
        (console, "poll_create", {"kind": "words", "question": " "}, "empty"),
        (console, "poll_create", {"kind": "words", "question": "x" * 301}, "too_long"),
        (console, "poll_create", {"kind": "words", "question": "a\nb"}, "invalid"),
        (console, "poll_create", {"kind": "words", "question": "q", "choices": "a"},
         "malformed"),
        (console, "poll_reveal", {"poll": words, "on": True}, "wrong_state"),
        (console, "poll_reveal", {"poll": poll}, "malformed"),
        (console, "poll_moderate", {"answer": "0" * 32, "action": "approve"}, "not_found"),
        (console, "poll_moderate", {"answer": "0" * 32, "action": "delete"}, "invalid"),
        (console, "poll_close", {"poll": words}, "wrong_state"),
        (phone, "poll_edit", {"poll": words, "kind": "words", "question": "?"}, "forbidden"),
        (phone, "poll_delete", {"poll": words}, "forbidden"),
        (console, "poll_edit", {"poll": poll, **SINGLE}, "wrong_state"),
        (console, "poll_delete", {"poll": poll}, "wrong_state"),
        (console, "poll_edit", {"poll": words, "kind": "single", "question": "?",
                                "choices": ["One"]}, "invalid"),
        (console, "poll_edit", {"poll": words, "kind": "words"}, "malformed"),
        (console, "poll_delete", {"poll": "0" * 32}, "not_found"),
        (console, "poll_open", {}, "malformed"),
        (console, "poll_open", {"poll": poll, "x": "y" * 17000}, "too_large"),
    ]
    for seat, event, payload, code in cases:
        reply = seat.emit(event, {"client_key": new_key(), **payload})
        assert reply["ok"] is False and reply["error"] == code, (event, payload, reply)
        assert reply["message"]
    assert (state(poll), state(words)) == before
    assert answer(phone, poll, choices=["c1"])["ok"]  # the poll still takes a good answer
    assert len(answers(poll)) == 1


def test_a_draft_can_be_rewritten_and_deleted_and_only_the_consoles_hear_of_it(polls):
    console, phone = polls.facilitator(), polls.participant()
    draft = polls.create(console, kind="words", question="A wrod?")["id"]
    reply = console.emit("poll_edit", {"poll": draft, "client_key": new_key(), **SINGLE})
    assert reply["ok"] and reply["poll"]["id"] == draft
    row = poll_row(draft)
    assert (row.kind, row.question, row.state) == ("single", "Which first?", "draft")
    assert [c["label"] for c in row.choices] == ["Money", "Time", "People"]
    assert console.named("poll_console")[-1]["question"] == "Which first?"
    reply = console.emit("poll_delete", {"poll": draft, "client_key": new_key()})
    assert reply["ok"] and reply["deleted"] == draft
    assert poll_row(draft) is None
    assert console.named("poll_deleted")[-1]["id"] == draft
    assert phone.named("poll") == [] and phone.named("poll_deleted") == []
    again = console.emit("poll_delete", {"poll": draft, "client_key": new_key()})
    assert again["ok"] is False and again["error"] == "not_found"


def test_a_free_answer_over_sixty_characters_is_too_long(polls):
    console, phone = polls.facilitator(), polls.participant()
    poll = polls.open(console, kind="words", question="A word?")
    reply = answer(phone, poll, text="x" * 61)
    assert reply["error"] == "too_long" and answers(poll) == []
    assert answer(phone, poll, text="  spaced    out  ")["own"]["value"] == {
        "text": "spaced out"}


def test_another_sessions_poll_is_not_found(polls, factory):
    console = polls.facilitator()
    poll = polls.open(console, **SINGLE)
    other = polls.__class__(polls.app, factory, polls.facilitator_browser)
    stranger = other.participant()
    reply = answer(stranger, poll, choices=["c1"])
    assert reply["error"] == "not_found" and answers(poll) == []
    other.leave()


def test_the_sessions_close_freezes_an_open_poll_and_no_answer_survives(polls):
    console = polls.facilitator()
    phones = [polls.participant() for _ in range(3)]
    poll = polls.open(console, kind="multiple", question="Which?", choices=["A", "B"])
    for phone in phones:
        assert answer(phone, poll, choices=["c1", "c2"])["ok"]
    polls.leave()
    session = polls.reload()
    close_session(session)
    db.session.remove()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PollAnswer)) == 0
    row = poll_row(poll)
    assert row.state == "closed" and row.figures["counts"] == {"c1": 3, "c2": 3}
    assert db.session.get(DialogueSession, row.session_id).is_closed


def test_no_payload_carries_an_author_ref(polls):
    console = polls.facilitator()
    phones = [polls.participant() for _ in range(3)]
    poll = polls.open(console, kind="words", question="A word?", live=True)
    for phone in phones:
        assert answer(phone, poll, text="trust")["ok"]
    flush_tallies()
    refs = [seat.entry and db.session.scalar(sa.select(PollAnswer.author_ref))
            for seat in phones]
    db.session.remove()
    everything = json.dumps([seat.events() for seat in [console, *phones]]
                            + [seat.sync(-1) for seat in [console, *phones]])
    stored = [ref for (ref,) in db.session.execute(sa.select(PollAnswer.author_ref))]
    assert len(stored) == 3 and refs
    assert not any(ref in everything for ref in stored)


def test_a_seat_with_a_new_link_answers_only_polls_opened_after_it(polls):
    from datetime import timedelta

    from dialogue.polls import services
    from dialogue.refusals import Refused

    console = polls.facilitator()
    poll = polls.open(console, **SINGLE)
    session = polls.reload()
    row = poll_row(poll)
    later = row.opened_at + timedelta(seconds=1)
    try:
        services.answer(session, row, "a" * 64, {"choices": ["c1"]}, votes_from=later)
    except Refused as refused:
        assert refused.code == "before_new_link"
    else:
        raise AssertionError("a replacement seat answered a poll opened before it")
    db.session.rollback()
    assert answers(poll) == []


def test_the_word_filter_holds_a_free_answer_without_telling_the_room(polls, app, monkeypatch):
    monkeypatch.setitem(app.config, "WORD_FILTER", "scandal*")
    console, phone, other = polls.facilitator(), polls.participant(), polls.participant()
    poll = polls.open(console, kind="words", question="A word?", live=True)
    held = answer(phone, poll, text="Scandalous delays")
    assert held["ok"] and held["own"]["status"] == "pending"
    assert console.named("poll_held")[-1]["text"] == "Scandalous delays"
    assert "Scandalous" not in json.dumps(other.events())
    assert answers(poll)[0][2] == "pending"


def test_a_hidden_poll_shows_no_figure_to_the_room_even_once_closed(polls):
    console = polls.facilitator()
    phones = [polls.participant() for _ in range(3)]
    poll = polls.open(console, **SINGLE)
    for phone in phones:
        assert answer(phone, poll, choices=["c1"])["ok"]
    assert console.emit("poll_close", {"poll": poll, "client_key": new_key()})["ok"]
    flush_tallies()
    assert poll_row(poll).figures["n"] == 3
    for phone in phones:
        assert all(event["figures"] is None for event in phone.named("poll"))
        assert tally(phone, "poll") == {}
        snapshot = phone.sync(-1)["snapshot"]["polls"]
        assert [each["figures"] for each in snapshot["items"]] == [None]
    console_view = console.sync(-1)["snapshot"]["polls"]["items"][0]
    assert console_view["figures"]["counts"]["c1"] == 3
