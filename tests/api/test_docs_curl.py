"""docs/api.md's curl example, run as written: each command of its shell block goes to a
test server (the Flask test client), with a real token and a real SMTP server, and every
answer is a success."""

from __future__ import annotations

import json
import re
import shlex

from ..conftest import ROOT
from ..desk.smtp import mail_room  # noqa: F401 - the fixture
from .conftest import issue

BASE = "http://dialogue.test/api/v1"


def _commands() -> list[str]:
    text = (ROOT / "docs" / "api.md").read_text()
    block = re.search(r"## With curl.*?```sh\n(.*?)```", text, re.S).group(1)
    joined = re.sub(r"\\\n\s*", " ", block)  # continued lines
    commands, pending = [], ""
    for line in joined.splitlines():
        pending = f"{pending}\n{line}" if pending else line.split("   #")[0].strip()
        try:
            shlex.split(pending)
        except ValueError:  # a quote still open: the command goes on, as in sh
            continue
        if pending and not pending.startswith("#"):
            commands.append(pending)
        pending = ""
    return commands


def _jq(answer: dict, path: str) -> str:
    for key in path.strip(".").split("."):
        answer = answer[key]
    return str(answer)


def _curl(client, words: list[str]):
    method, headers, data, url = None, {}, None, None
    words = iter(words[1:])
    for word in words:
        if word == "-s":
            continue
        if word == "-X":
            method = next(words)
        elif word == "-H":
            name, _, value = next(words).partition(": ")
            headers[name] = value
        elif word == "-d":
            data = next(words)
        else:
            url = word
    method = method or ("POST" if data is not None else "GET")
    assert url and url.startswith(BASE), url
    return client.open(url.removeprefix("http://dialogue.test"), method=method,
                       headers=headers, data=data)


def test_the_curl_example_in_the_docs_works_as_written(app, factory, mail_room):  # noqa: F811
    variables = {"TOKEN": issue(factory.facilitator)}
    client = app.test_client()
    commands = _commands()
    assert sum(command.count("curl ") for command in commands) >= 8

    def expand(text: str) -> str:
        return re.sub(r"\$([A-Za-z_]+)", lambda m: variables[m.group(1)], text)

    answers = []
    for command in commands:
        if command.startswith("export "):
            name, _, value = command.removeprefix("export ").partition("=")
            if name == "DIALOGUE":
                value = BASE
            variables.setdefault(name, value)
            continue
        assignment = re.fullmatch(r"(\w+)=\$\((curl .*) \| jq -r (\S+)\)", command)
        if assignment:
            name, curl, path = assignment.groups()
            response = _curl(client, shlex.split(expand(curl)))
            assert response.status_code == 200, (command, response.json)
            variables[name] = _jq(response.json, path)
            answers.append(response.json)
            continue
        plain = re.fullmatch(r"(\w+)=(.*)", command)
        if plain:
            variables[plain.group(1)] = shlex.split(expand(plain.group(2)))[0]
            continue
        assert command.startswith("curl "), command
        response = _curl(client, shlex.split(expand(command)))
        assert response.status_code == 200, (command, response.json)
        answers.append(response.json)
    assert all(answer["ok"] is True for answer in answers)
    assert len(mail_room.messages) == 1  # Ada's invitation
    sessions = client.get("/api/v1/sessions", headers={
        "Authorization": f"Bearer {variables['TOKEN']}"}).json["sessions"]
    assert [each["id"] for each in sessions] == [variables["SID"]]
    roster = [answer for answer in answers if "entries" in answer]
    assert roster[0]["entries"][0]["link"].startswith("http://dialogue.test/i/")
    assert json.dumps(answers).count("Ada Lovelace") == 1  # in the roster answer only
