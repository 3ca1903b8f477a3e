"""The client of docs/realtime.md, "Writing a client", run as an outside client would run
it: `node docs/examples/client.mjs` against a real `dialogue run` server. Every step it
prints must be what the documentation promises, and nothing it received may name anyone
(the canary rule: names, emails, affiliations, roster ids, invite nonces, author refs).

tests/outside_client_checks.mjs, built on the same example, checks what needs the
facilitator too: a board added after connecting, labels and unknown actions, the size
limit on a moderator's edit.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import uuid

import pytest
import requests

from .browser.conftest import (
    FACILITATOR_EMAIL,
    FACILITATOR_PASSWORD,
    LiveServer,
    serve_with_facilitator,
)
from .canary import CANARIES, CanaryWatch
from .conftest import ROOT

pytestmark = pytest.mark.slow
CLIENT = ROOT / "docs" / "examples" / "client.mjs"
CHECKS = ROOT / "tests" / "outside_client_checks.mjs"
NODE = shutil.which("node")


def token(html: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', html).group(1)


def key() -> str:
    return uuid.uuid4().hex


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if NODE is None:
        pytest.fail("node is needed to run the documented client (docs/examples/client.mjs)")
    yield from serve_with_facilitator(tmp_path_factory.mktemp("outside"), "Outside")


def new_session(server: LiveServer) -> tuple[requests.Session, str, str]:
    """A session from the demo template with its first item open: (facilitator, sid, code)."""
    http = requests.Session()
    login = server.url + "/facilitate/login"
    http.post(login, data={"csrf_token": token(http.get(login).text),
                           "email": FACILITATOR_EMAIL, "password": FACILITATOR_PASSWORD})
    new = server.url + "/facilitate/new"
    page = http.post(new, data={"csrf_token": token(http.get(new).text), "template": "demo"})
    sid = page.url.rstrip("/").rsplit("/", 1)[-1]
    code = re.search(r'class="join-code">([A-Z0-9]+)<', page.text).group(1)
    http.post(f"{server.url}/facilitate/{sid}/next", data={"csrf_token": token(page.text)})
    return http, sid, code


def walk_in(server: LiveServer, code: str, name: str, affiliation: str) -> tuple[
        requests.Session, str]:
    """A second participant, through the same pages; returns its HTTP session and token."""
    http = requests.Session()
    join = f"{server.url}/join/{code}"
    form = http.get(join).text
    group = re.search(r'<option value="([^"]+)">', form.split('value="">', 1)[1]).group(1)
    rule = http.post(join, data={"csrf_token": token(form), "name": name,
                                 "affiliation": affiliation, "stakeholder_group": group})
    page = http.post(rule.url, data={"csrf_token": token(rule.text), "accept": "y"})
    assert "data-session" in page.text
    return http, token(page.text)


def current_board(http: requests.Session, server: LiveServer, sid: str) -> str:
    agenda = http.get(f"{server.url}/api/v1/sessions/{sid}/boards").json()["agenda"]
    return agenda["current"]  # a board's id is its agenda item's id


def run_node(*args: str, timeout: float = 120) -> list[dict]:
    result = subprocess.run([NODE, *args], capture_output=True, text=True, timeout=timeout,
                            cwd=ROOT)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return lines


def by_step(lines: list[dict]) -> dict[str, dict]:
    steps = {line["step"]: line for line in lines}
    assert "error" not in steps, steps.get("error")
    return steps


def identifying_values(server: LiveServer, sid: str) -> CanaryWatch:
    """Everything that would identify a person in this session, read from the database."""
    watch = CanaryWatch()
    for name, email, affiliation, short in CANARIES:
        watch.forbid(name, email, affiliation, short, *name.split())
    with sqlite3.connect(server.instance / "dialogue.sqlite") as db:
        session_id = db.execute("select id from dialogue_session where public_id = ?",
                                (sid,)).fetchone()[0]
        for row in db.execute("select name, email, affiliation, public_id, invite_nonce, "
                              "seat_hash from roster_entry where session_id = ?",
                              (session_id,)):
            watch.forbid(*(value for value in row if value), *(row[0] or "").split())
        for table in ("contribution", "vote"):
            watch.forbid(*(ref for (ref,) in db.execute(
                f"select author_ref from {table} where author_ref is not null")))  # noqa: S608
    return watch


def invite_link(server: LiveServer, facilitator: requests.Session, sid: str,
                person: tuple[str, str, str, str]) -> str:
    """The personal invite link of one person on an uploaded invite list."""
    setup = f"{server.url}/facilitate/{sid}"
    name, email, affiliation, _ = person
    csv = f"name,email,affiliation,stakeholder_group\n{name},{email},{affiliation},Business\n"
    page = facilitator.post(f"{setup}/roster", data={"csrf_token": token(
        facilitator.get(setup).text)}, files={"csv_file": ("invites.csv", csv.encode())})
    assert page.status_code == 200, page.status_code
    return server.url + re.search(r"/i/[A-Za-z0-9_.\-]+", page.text).group(0)


@pytest.mark.parametrize("how", ["walk-in", "invite"])
def test_the_documented_client_does_every_step_as_the_doc_says(server, how):
    facilitator, sid, code = new_session(server)
    (_, _, other_affiliation, _), (name, _, affiliation, _) = CANARIES[0], CANARIES[1]
    bob, bob_csrf = walk_in(server, code, CANARIES[0][0], other_affiliation)
    joining = ["--code", code, "--name", name, "--affiliation", affiliation]
    if how == "invite":
        joining = ["--invite", invite_link(server, facilitator, sid, CANARIES[1])]
    board = current_board(facilitator, server, sid)
    posted = bob.post(f"{server.url}/api/v1/sessions/{sid}/boards/{board}/contributions",
                      json={"text": "Pool vocational budgets", "client_key": key()},
                      headers={"X-CSRFToken": bob_csrf}).json()
    assert posted["ok"], posted

    lines = run_node(str(CLIENT), server.url, *joining)
    steps = by_step(lines)
    assert steps["join"] == {"step": "join", "ok": True, "session": sid}
    assert steps["refused"] == {"step": "refused", "csrf": "csrf",
                                "unknown_session": "unknown_session",
                                "forbidden": "forbidden", "origin": "xhr poll error"}
    assert steps["origin"] == {"step": "origin", "status": 400,
                               "body": '"Not an accepted origin."'}
    assert steps["sync"]["mode"] == "snapshot" and steps["sync"]["seq"] >= 0
    assert steps["sync"]["items"] == 1  # bob's post
    assert steps["post"] == {"step": "post", "ok": True, "status": "published", "mine": True,
                             "replayed": False}
    assert steps["retry"] == {"step": "retry", "ok": True, "replayed": True,
                              "same_item": True}
    assert steps["vote"] == {"step": "vote", "ok": True, "voted": True}
    deltas = steps["deltas"]
    assert deltas["seen"] is True and deltas["gaps"] == 0
    assert {"contribution_added", "own_contribution", "tally"} <= set(deltas["heard"])
    assert steps["refusals"] == {"step": "refusals", "unknown_event": "unknown_event",
                                 "cyrillic_3600": "too_long", "over_16000": "too_large",
                                 "messages": True}
    resync = steps["resync"]
    assert resync["status"] == 200 and resync["mode"] == "replay"
    assert resync["caught_up"] is True and "contribution_added" in resync["events"]
    assert resync["seq"] > resync["from"]
    assert steps["duplicates"]["events"] >= 1
    assert steps["duplicates"]["ignored"] == steps["duplicates"]["events"]
    assert steps["mine"] == {"step": "mine", "ok": True, "items": 2, "voted": True}
    summary = steps["summary"]
    assert summary["gaps"] == 0 and summary["items"] == 3
    assert summary["last_seq"] >= resync["seq"]

    payloads = steps["received"]["payloads"]
    assert len(payloads) >= 10
    watch = identifying_values(server, sid)
    watch.forbid(name, affiliation, *name.split())
    for each in payloads:
        watch.record("node client", each)
    assert watch.leaks() == []
    # and the server really counted the vote once, as the client saw it
    boards = facilitator.get(f"{server.url}/api/v1/sessions/{sid}/boards").json()["boards"]
    items = {item["id"]: item for item in boards[board]["items"]}
    assert items[posted["item"]["id"]]["votes"] == 1


@pytest.fixture(scope="module")
def checks(server) -> tuple[dict[str, dict], str]:
    """One run of tests/outside_client_checks.mjs in a session of its own: (steps, sid)."""
    _, sid, code = new_session(server)
    lines = run_node(str(CHECKS), server.url, "--sid", sid, "--code", code,
                     "--email", FACILITATOR_EMAIL, "--password", FACILITATOR_PASSWORD,
                     "--name", CANARIES[2][0], "--affiliation", CANARIES[2][2])
    return by_step(lines), sid


def test_what_needs_a_facilitator_behaves_as_documented(server, checks):
    steps, sid = checks
    assert steps["login"]["ok"] is True
    assert steps["not_seated"] == {"step": "not_seated", "no_seat": "forbidden",
                                   "rule_page": True, "rule_not_accepted": "forbidden"}
    added = steps["board_added"]
    assert added["opened"] is True and added["synced_again"] is False
    assert added["heard_on_new_board"] is True and added["console_heard"] is True
    assert steps["labels"] == {"step": "labels", "six": "invalid", "long": "invalid",
                               "thirty": True, "not_a_list": "malformed"}
    assert steps["actions"] == {"step": "actions", "moderate": "invalid", "agenda": "invalid"}
    assert steps["size"]["cyrillic_3600"] != "too_large"
    assert steps["size"]["over_16000"] == "too_large"
    assert (steps["size"]["at_16000"], steps["size"]["at_16001"]) == ("too_long", "too_large")
    assert steps["replayed"] == {"step": "replayed", "first": False, "again": True,
                                 "same": True}
    replay = steps["console_replay"]
    assert replay["mode"] == "replay" and replay["moderation_item"] is True
    assert replay["contiguous"] is True and replay["gaps"] == 0
    assert steps["same_key"] == {"step": "same_key", "replayed": True, "same_item": True,
                                 "text": "Language courses first", "stored": 0}
    assert steps["held_views"] == {"step": "held_views", "author": "mine pending",
                                   "other": "absent", "projector": "absent",
                                   "console": "pending"}
    assert steps["removed"] == {"step": "removed", "notice": {"reason": "removed"},
                                "to_bob": True, "disconnect": "io server disconnect",
                                "again": "forbidden"}
    api = steps["api"]
    assert (api["too_large"], api["not_found"], api["no_key"], api["forbidden"]) == (
        "413 too_large", "404 not_found", "400 malformed", "403 forbidden")
    assert api["no_csrf"].startswith("400 ")  # refused; its code: see the report (malformed)
    assert steps["sync_input"]["far_ahead"] == "snapshot"
    assert steps["too_big_message"]["reason"] == "transport close"
    assert steps["closed"] == {"step": "closed", "heard": True, "payload": {},
                               "disconnected": False, "post_after": "session_closed",
                               "sync_after": "session_closed",
                               "reconnect": "unknown_session"}
    watch = identifying_values(server, sid)
    for each in steps["received"]["payloads"]:
        watch.record("node checks", each)
    assert watch.leaks() == []


def test_sync_refuses_a_malformed_payload(checks):
    steps, _ = checks
    assert steps["sync_input"] == {"step": "sync_input", "far_ahead": "snapshot",
                                   "not_a_number": "malformed", "unknown_field": "malformed",
                                   "not_an_object": "malformed"}


def test_the_doc_lists_the_client_as_it_is():
    doc = (ROOT / "docs" / "realtime.md").read_text()
    section = doc.split("\n## Writing a client\n", 1)[1]
    listing = section.split("\n```js\n", 1)[1].split("\n```\n", 1)[0]
    assert listing + "\n" == CLIENT.read_text()
