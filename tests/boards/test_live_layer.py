"""The live layer as a contributor and an outside client meet it: every registered command
has a policy, a schema and a documented entry; the layer imports no feature; unknown
events, replayed writes, new boards and payload sizes behave as docs/realtime.md says."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sqlalchemy as sa

from dialogue import realtime, refusals
from dialogue.extensions import db
from dialogue.facilitate import services as setup
from dialogue.models import Contribution
from dialogue.rate_limits import DEFAULT_RATES
from dialogue.realtime.actors import ROLES
from dialogue.realtime.schema import ClientKey

from ..live_harness import new_key

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("docs/realtime.md", "docs/options.md", "docs/polls.md", "docs/inputs.md")
# The features: the live layer below them must never import one of these.
FEATURES = ("boards", "options", "polls", "facilitate", "export", "invitations", "join.views",
            "auth.views")


def _documented_events() -> set[str]:
    """Event names in the first column of the docs' event tables."""
    names: set[str] = set()
    for doc in DOCS:
        for line in (ROOT / doc).read_text().splitlines():
            cells = line.split("|")
            if len(cells) > 2:
                names.update(re.findall(r"`(\w+)`", cells[1]))
    return names


def test_every_registered_command_has_a_policy_a_schema_and_a_documented_entry(app):
    commands = realtime.layer(app).commands
    documented = _documented_events()
    assert len(commands) >= 20
    for name, command in commands.items():
        assert command.roles and set(command.roles) <= set(ROLES), name
        assert command.bucket in DEFAULT_RATES, name
        assert all(callable(getattr(field, "clean", None)) for field in command.spec.values())
        # a write carries a client_key (and leaves a receipt); a read does not
        assert isinstance(command.spec.get("client_key"), ClientKey) == command.write, name
        assert command.summary, f"{name}: its runner needs a docstring (the summary)"
        assert name in documented, f"{name} has no row in {' or '.join(DOCS)}"


def test_the_live_layer_imports_no_feature():
    offenders = []
    for path in sorted((ROOT / "dialogue" / "realtime").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                target = (node.module or "")
                names = [target] if target else [alias.name for alias in node.names]
                for each in names:
                    if any(each == f or each.startswith(f + ".") for f in FEATURES):
                        offenders.append(f"{path.name}: from {'.' * node.level}{each}")
    assert offenders == []


def test_every_code_a_reply_can_carry_maps_to_one_http_status():
    assert refusals.status_of("not_found") == 404
    assert refusals.status_of("rate_limited") == 429
    assert refusals.status_of("board_locked") == 409
    assert refusals.status_of("a_code_nobody_made") == 400
    assert refusals.Refused("too_large", "Too large.").status == 413


def test_an_unknown_event_is_answered_with_a_code(room):
    alice = room.participant()
    before = room.state()
    for name in ("board_explode", "", "x" * 300):
        reply = alice.socket.emit(name, {"board": room.board}, callback=True)
        assert reply["ok"] is False and reply["error"] == "unknown_event"
        assert reply["message"]
    assert room.state() == before


def test_a_replayed_write_says_so_and_a_fresh_one_does_not(room):
    alice = room.participant()
    payload = {"board": room.board, "text": "Shared training budgets", "client_key": new_key()}
    first = alice.emit("board_post", payload)
    again = alice.emit("board_post", payload)
    assert first["ok"] and "replayed" not in first
    assert again == {**first, "replayed": True}
    db.session.remove()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)) == 1


def test_the_same_client_key_on_another_command_is_another_write(room):
    alice, bob = room.participant(), room.participant()
    item = bob.post(room.board, "Joint vocational centres")["item"]["id"]
    key = new_key()
    assert alice.emit("board_post", {"board": room.board, "text": "Mine", "client_key": key})[
        "ok"]
    vote = alice.emit("board_vote", {"id": item, "up": True, "client_key": key})
    assert vote == {"ok": True, "id": item, "voted": True}


def test_a_board_added_after_connecting_is_heard_without_a_new_sync(room):
    alice, bob, console = room.participant(), room.participant(), room.facilitator()
    session = room.reload()
    added = setup.add_agenda_item(session, title="Returns", question="What works?")
    added.state = "open"
    db.session.commit()
    new_board = added.public_id
    for seat in (alice, console):
        seat.socket.get_received()
    reply = bob.post(new_board, "Voluntary return counselling")
    assert reply["ok"], reply
    heard = [event["args"][0] for event in alice.socket.get_received()
             if event["name"] == "contribution_added"]
    assert [each["board"] for each in heard] == [new_board]
    console_heard = [event["name"] for event in console.socket.get_received()]
    assert "contribution_added" in console_heard and "moderation_item" in console_heard


def test_the_console_replays_a_contribution_it_missed(room):
    console = room.facilitator()
    start = console.emit("sync", {"last_seq": -1})["snapshot"]["seq"]
    console.socket.disconnect()
    alice = room.participant()
    item = alice.post(room.board, "Recognise qualifications faster")["item"]["id"]
    console.socket.connect(auth=console.auth)
    replay = console.emit("sync", {"last_seq": start})
    assert replay["mode"] == "replay"
    names = [(each["event"], each["data"].get("id")) for each in replay["events"]]
    assert ("contribution_added", item) in names and ("moderation_item", item) in names
    seqs = [each["data"]["seq"] for each in replay["events"]]
    assert seqs == list(range(start + 1, replay["seq"] + 1))


def test_the_size_limit_counts_characters_as_the_client_wrote_them(room):
    console = room.facilitator()
    alice = room.participant()
    item = alice.post(room.board, "Short")["item"]["id"]
    cyrillic = "Ж" * 3600  # 3,600 characters; 21,600 once escaped as \\u0416
    reply = console.emit("board_moderate", {"id": item, "action": "edit", "text": cyrillic})
    assert reply.get("error") != "too_large", reply
    over = console.emit("board_moderate", {"id": item, "action": "edit",
                                           "text": "a" * 16_001})
    assert over["error"] == "too_large"


def test_unknown_actions_and_too_many_or_too_long_labels_are_invalid(room):
    console, alice = room.facilitator(), room.participant()
    item = alice.post(room.board, "Pool budgets")["item"]["id"]
    before = room.state()
    for payload in ({"id": item, "action": "explode"},
                    {"id": item, "action": "label", "labels": ["a"] * 6},
                    {"id": item, "action": "label", "labels": ["x" * 31]}):
        reply = console.emit("board_moderate", payload)
        assert reply["error"] == "invalid", (payload, reply)
    assert console.emit("agenda_control", {"action": "explode"})["error"] == "invalid"
    # a label list that is not a list of one-line texts is malformed, as documented
    assert console.emit("board_moderate", {"id": item, "action": "label",
                                           "labels": "a,b"})["error"] == "malformed"
    assert room.state() == before
    assert console.emit("board_moderate", {"id": item, "action": "label",
                                           "labels": ["y" * 30]})["ok"]


def test_a_feature_plugs_in_with_its_own_commands_and_snapshot_only(app, room):
    """What a new feature's init_app does, and nothing else: its command is answered over
    the socket through the same pipeline (policy, schema, seat, limit), and its snapshot
    part reaches the client."""
    from dialogue.realtime.commands import PARTICIPANT, Commands, Done
    from dialogue.realtime.schema import Text

    echo = Commands("echo")

    @echo.command("echo_say", PARTICIPANT, "read", write=False, text=Text(20))
    def say(session, actor, values) -> Done:
        """Participant: hear your text back."""
        return Done({"said": values["text"].upper()})

    live = realtime.layer(app)
    live.add_commands(echo)
    live.add_snapshot("echo", lambda session, actor: {"echo": {"ready": True}})
    alice, console = room.participant(), room.facilitator()
    assert alice.emit("echo_say", {"text": "hello"}) == {"ok": True, "said": "HELLO"}
    assert alice.emit("echo_say", {"text": "x" * 21})["error"] == "too_long"
    assert alice.emit("echo_say", {"words": "hello"})["error"] == "malformed"
    assert console.emit("echo_say", {"text": "hello"})["error"] == "forbidden"
    assert alice.emit("sync", {"last_seq": -1})["snapshot"]["echo"] == {"ready": True}
