"""Every Socket.IO event, as every role: the answer matches the intended policy
(authz.SOCKET_POLICY). An event without a policy, or without a payload here, fails.

Roles: anonymous (cannot connect), a participant of this session, a participant and a
facilitator of another session (they cannot connect here; from their own session they
send this session's ids), the owner, and the owner's projector page. A refused request
is answered ``forbidden`` or ``not_found`` and leaves every table as it was.
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa

from dialogue.extensions import db, socketio
from dialogue.models import RosterEntry

from ..conftest import csrf_from
from .authz import SOCKET_ALLOWED, SOCKET_POLICY, SOCKET_ROLES
from .world import build_world, connect, database_state, socket_events

AUTHZ_REFUSALS = {"forbidden", "not_found", "not_connected"}


def key() -> str:
    return uuid.uuid4().hex


# event -> payload made from the world's ids (this session's board, items, options, ...)
PAYLOADS = {
    "sync": lambda ids: {"last_seq": -1},
    "board_post": lambda ids: {"board": ids["board"], "text": "A new point",
                               "client_key": key()},
    "board_edit": lambda ids: {"id": ids["mine"], "text": "My own point, sharper",
                               "client_key": key()},
    "board_withdraw": lambda ids: {"id": ids["mine"], "client_key": key()},
    "board_vote": lambda ids: {"id": ids["theirs"], "up": True, "client_key": key()},
    "board_mine": lambda ids: {},
    "board_moderate": lambda ids: {"id": ids["theirs"], "action": "archive",
                                   "client_key": key()},
    "board_merge": lambda ids: {"id": ids["duplicate"], "into": ids["theirs"],
                                "client_key": key()},
    "board_unmerge": lambda ids: {"id": ids["duplicate"], "client_key": key()},
    "projector_show": lambda ids: {"mode": "pause", "client_key": key()},
    "board_settings": lambda ids: {"board": ids["board"], "premoderation": True,
                                   "client_key": key()},
    "agenda_control": lambda ids: {"action": "lock", "item": ids["board"],
                                   "client_key": key()},
    "option_create": lambda ids: {"fields": {"title": "A new option"}, "client_key": key()},
    "option_edit": lambda ids: {"option": ids["option"], "base_version": 1,
                                "fields": {"title": "Joint fund, revised"},
                                "client_key": key()},
    "amendment_propose": lambda ids: {"option": ids["option"], "field": "problem",
                                      "text": "Another problem", "client_key": key()},
    "argument_add": lambda ids: {"option": ids["option"], "side": "contra",
                                 "text": "Costly", "client_key": key()},
    "argument_vote": lambda ids: {"argument": ids["argument"], "client_key": key()},
    "rating_submit": lambda ids: {"round": ids["rating_round"], "option": ids["option"],
                                  "scores": {ids["criterion"]: 4}, "client_key": key()},
    "consent_submit": lambda ids: {"round": ids["consent_round"], "option": ids["option"],
                                   "choice": "agree", "client_key": key()},
    "amendment_decide": lambda ids: {"amendment": ids["amendment"], "accept": True,
                                     "client_key": key()},
    "option_status": lambda ids: {"option": ids["option"], "status": "parked",
                                  "client_key": key()},
    "round_open": lambda ids: {"kind": "rating", "options": [ids["option"]],
                               "client_key": key()},
    "round_close": lambda ids: {"round": ids["rating_round"], "client_key": key()},
    "results_reveal": lambda ids: {"round": ids["rating_round"], "client_key": key()},
    "options_carry_over": lambda ids: {"from": ids["previous"], "client_key": key()},
    "poll_create": lambda ids: {"kind": "words", "question": "One word?", "client_key": key()},
    "poll_edit": lambda ids: {"poll": ids["draft_poll"], "kind": "words",
                              "question": "Two words?", "client_key": key()},
    "poll_delete": lambda ids: {"poll": ids["draft_poll"], "client_key": key()},
    "poll_open": lambda ids: {"poll": ids["draft_poll"], "client_key": key()},
    "poll_close": lambda ids: {"poll": ids["poll"], "client_key": key()},
    "poll_reveal": lambda ids: {"poll": ids["poll"], "on": True, "client_key": key()},
    "poll_project": lambda ids: {"poll": ids["poll"], "client_key": key()},
    "poll_moderate": lambda ids: {"answer": ids["held_answer"], "action": "approve",
                                  "client_key": key()},
    "poll_answer": lambda ids: {"poll": ids["poll"], "text": "Trust", "client_key": key()},
    "input_project": lambda ids: {"input": ids["input"], "client_key": key()},
}


def registered_events(app) -> set[str]:
    """The live layer's commands and its own handlers other than connecting ("*" is the
    dispatcher that runs the commands; it answers any other name ``unknown_event``)."""
    return socket_events(app)


def test_every_socket_event_has_a_policy_and_a_payload(app):
    events = registered_events(app)
    assert not sorted(events - set(SOCKET_POLICY)), (
        f"Socket.IO events without a policy in tests/security/authz.py SOCKET_POLICY: "
        f"{sorted(events - set(SOCKET_POLICY))}")
    assert not sorted(set(SOCKET_POLICY) - events), "policies for events that do not exist"
    assert not sorted(events - set(PAYLOADS)), "add a payload to PAYLOADS in this file"


def _check(world, event: str, role: str, allowed: set[str]) -> str | None:
    """Send ``event`` as ``role``; return a failure description, or None."""
    ids = world.ids
    if role in ("anonymous", "other_participant", "other_facilitator"):
        attempt = world.connect_here(role)
        if attempt.is_connected():
            attempt.disconnect()
            return f"{role} could connect to this session"
        if role == "anonymous":
            return None
    before = database_state(world.session_id)
    reply = world.socket(role).emit(event, PAYLOADS[event](ids), callback=True)
    if not isinstance(reply, dict):
        return f"{event} as {role}: no acknowledgement ({reply!r})"
    if role in allowed:
        if not reply.get("ok") and reply.get("error") in AUTHZ_REFUSALS | {"malformed"}:
            return f"{event} as {role}: refused ({reply.get('error')}), policy allows it"
        return None
    if role.startswith("other_"):
        # From their own session they may act there (sync, board_mine, option_create), but
        # nothing of this session is found, shown or changed.
        leaked = [name for name, value in ids.items()
                  if name != "criterion" and value in json.dumps(reply)]
        if leaked:
            return f"{event} as {role}: answered with this session's {leaked}: {reply}"
    elif reply.get("ok") or reply.get("error") != "forbidden":
        return f"{event} as {role}: {reply}, expected forbidden"
    if database_state(world.session_id) != before:
        return f"{event} as {role}: this session's data changed"
    return None


def test_every_socket_event_answers_each_role_as_its_policy_says(app, factory):
    failures, checked = [], 0
    for event in sorted(set(SOCKET_POLICY) & registered_events(app)):
        allowed = SOCKET_ALLOWED[SOCKET_POLICY[event]]
        world = build_world(app, factory)  # fresh: an allowed call may change the world
        try:
            for role in sorted(SOCKET_ROLES, key=lambda r: (r in allowed, r == "owner")):
                failure = _check(world, event, role, allowed)
                if failure:
                    failures.append(failure)
                checked += 1
        finally:
            world.close()
    assert checked == len(SOCKET_POLICY) * len(SOCKET_ROLES)
    assert failures == [], "\n".join(failures)


def test_a_removed_participants_socket_can_do_nothing_more(app, factory):
    """Between removal and disconnect nothing slips through: events ask for the seat."""
    world = build_world(app, factory)
    socket = world.socket("participant")
    entry = db.session.scalar(sa.select(RosterEntry).filter_by(
        session_id=world.session_id, acknowledged_rule=True))
    entry.revoked = True  # as if the kick had not reached this process yet
    db.session.commit()
    before = database_state()
    for event in ("board_post", "board_vote", "board_edit", "board_withdraw", "option_edit",
                  "argument_add", "argument_vote", "rating_submit", "amendment_propose"):
        reply = socket.emit(event, PAYLOADS[event](world.ids), callback=True)
        assert reply["ok"] is False and reply["error"] == "forbidden", (event, reply)
    assert database_state() == before
    world.close()


def test_a_foreign_origin_cannot_open_a_socket(app):
    client = app.test_client()
    handshake = "/socket.io/?EIO=4&transport=polling"
    assert client.get(handshake, headers={"Origin": "https://evil.example"}
                      ).status_code == 400
    assert client.get(handshake, headers={"Origin": "http://dialogue.test"}
                      ).status_code == 200


def test_a_socket_without_or_with_a_wrong_csrf_token_is_refused(app, factory):
    session = factory.live_session()
    joined = factory.join(session)
    token = csrf_from(joined.client.get("/join").get_data(as_text=True))
    stranger = app.test_client()
    stranger_token = csrf_from(stranger.get("/join").get_data(as_text=True))
    for auth in ({"session": session.public_id},  # no token
                 {"session": session.public_id, "csrf": ""},
                 {"session": session.public_id, "csrf": "forged"},
                 {"session": session.public_id, "csrf": stranger_token},  # someone else's
                 {"session": session.public_id, "csrf": token + "x"},
                 {"session": session.public_id, "csrf": ["a", "list"]},
                 "not an object", None):
        socket = socketio.test_client(app, flask_test_client=joined.client, auth=auth)
        assert not socket.is_connected(), auth
    assert connect(app, joined.client, session.public_id, "participant").is_connected()
