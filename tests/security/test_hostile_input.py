"""Hostile text in every field stays text: escaped in every page, intact in every payload
and export; Unicode and SQL-ish edge cases are stored and shown exactly as written."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import sqlalchemy as sa

from dialogue.boards import moderation
from dialogue.boards import services as boards
from dialogue.export import services as exports
from dialogue.export.model import build_export
from dialogue.extensions import db
from dialogue.facilitate.roster_import import import_roster
from dialogue.models import Contribution, DialogueSession
from dialogue.options import rounds
from dialogue.options import services as options

from ..boards.test_boards_api import participant_api
from ..conftest import ROOT, Browser
from ..live_harness import new_key
from .test_rate_and_size_limits import _walk_in

CORPUS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
          'javascript:alert(1)', '{{7*7}}', '<svg onload=alert(1)>',
          '[click](javascript:alert(1))', "'; DROP TABLE contribution; --"]


def hostile(field: str) -> str:
    """One field's text: its name (to find it again) and the whole corpus."""
    return f"{field}: " + " ".join(CORPUS)


class Markup(HTMLParser):
    """Collects what a browser would run: tags, event-handler attributes, script URLs."""

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "script" and not (values.get("src") or "").startswith(("/static/",
                                                                         "/vendor/")):
            self.problems.append(f"<script> {values}")
        # The one frame the app draws itself: the console's projector preview (its own
        # page, fixed address); any other frame would be injected markup.
        preview = tag == "iframe" and re.fullmatch(
            r"/facilitate/[0-9a-f]{32}/projector\?preview=1", values.get("src") or "")
        if tag in ("iframe", "object", "embed", "base") and not preview:
            self.problems.append(f"<{tag}>")
        if tag == "img" and values.get("src") == "x":
            self.problems.append("<img src=x>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip(
                    ).lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:>")


def markup_problems(page: str) -> list[str]:
    parser = Markup()
    parser.feed(page)
    return parser.problems


FIELDS = ("session title", "session description", "agenda title", "agenda question",
          "contribution", "question", "moderator edit", "dismiss reason", "option title",
          "option problem", "option measure", "argument", "amendment", "amendment reason",
          "block reason", "walk-in name", "walk-in affiliation", "roster name",
          "roster affiliation")
LABELS = ["<svg onload=alert(1)>", "{{7*7}}", "javascript:alert(1)"]


def _hostile_session(app, factory):
    # k = 1: one answer is enough to show a result, so the block reason is on the page
    # (small-number suppression is tested in tests/options/test_small_numbers.py).
    session = factory.live_session(participants_may_create_options=True, k_anonymity=1)
    session.title, session.description = hostile("session title"), hostile(
        "session description")
    item = session.agenda[0]
    item.title, item.question = hostile("agenda title")[:200], hostile("agenda question")
    groups = session.stakeholder_groups
    csv = ("name,email,affiliation,stakeholder_group\n"
           f'"{hostile("roster name").replace(chr(34), chr(34) * 2)}",r@example.org,'
           f'"{hostile("roster affiliation").replace(chr(34), chr(34) * 2)}",{groups[0]}\n')
    import_roster(session, csv.encode())
    db.session.commit()
    assert _walk_in(app, session.code, hostile("walk-in name")[:200],
                    affiliation=hostile("walk-in affiliation")[:200]).status_code == 302
    joined = factory.join(session)
    ref = joined.ref

    def post(text: str, kind: str = "contribution") -> Contribution:
        return boards.post_contribution(session, item, ref, text, kind, confirm=True
                                        ).touched[0][0]

    post(hostile("contribution"))
    post(hostile("question"), "question")
    edited = post("to be edited")
    moderation.moderate(session, edited, "edit", text=hostile("moderator edit"))
    moderation.moderate(session, edited, "label", labels=LABELS)
    dismissed = post("to be dismissed")
    moderation.moderate(session, dismissed, "dismiss", reason=hostile("dismiss reason"))
    option = options.create_option(session, options.FACILITATOR, {
        "title": hostile("option title")[:200], "problem": hostile("option problem"),
        "measure": hostile("option measure")})
    options.add_argument(option, ref, "pro", hostile("argument"))
    options.propose_amendment(option, ref, "problem", hostile("amendment"),
                              hostile("amendment reason"))
    consent = rounds.open_round(session, "consent", [option.public_id])
    rounds.give_consent(consent, option, ref, groups[0], "block", hostile("block reason"))
    db.session.commit()
    return session, joined, option, consent


def strings(value):
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for each in value.values():
            yield from strings(each)
    elif isinstance(value, list):
        for each in value:
            yield from strings(each)


def _fill(rule, values: dict) -> str | None:
    path = rule.rule
    for name in rule.arguments:
        if name not in values:
            return None
        path = re.sub(rf"<(?:\w+:)?{name}>", str(values[name]), path)
    return path


def test_hostile_text_in_every_field_is_shown_as_text_everywhere(app, factory):
    session, joined, option, consent = _hostile_session(app, factory)
    owner = Browser(app.test_client())
    owner.post("/facilitate/login", {"email": factory.facilitator.email,
                                     "password": factory.password},
               token_from="/facilitate/login")
    values = {"sid": session.public_id, "code": session.code, "option_id": option.public_id,
              "round_id": consent.public_id, "item_id": session.agenda[0].public_id,
              "board": session.agenda[0].public_id, "fmt": "html", "lang": "en"}
    seen: list[str] = []
    failures: list[str] = []
    for client in (owner.client, joined.client):
        for rule in app.url_map.iter_rules():
            if "GET" not in rule.methods or rule.endpoint in ("static", "vendor.asset"):
                continue
            url = _fill(rule, values)
            if url is None:
                continue
            response = client.get(url)
            if response.status_code >= 500:
                failures.append(f"{url}: {response.status_code}")
            if response.mimetype == "image/png":
                continue  # the join QR code as a download: no text in it
            body = response.get_data(as_text=True)
            if response.mimetype == "text/html":
                failures += [f"{url}: {problem}" for problem in markup_problems(body)]
                seen.append(html.unescape(body))
            elif response.mimetype == "application/json":
                seen += list(strings(response.json))
            elif response.mimetype == "text/csv":
                seen.append(body)
    assert failures == []
    everything = "\n".join(seen)
    missing = [field for field in FIELDS if hostile(field)[:120] not in everything]
    assert missing == [], f"fields never shown intact on any page or API answer: {missing}"
    assert "{{7*7}}" in everything and all(label in everything for label in LABELS)


@pytest.mark.parametrize("fmt", ["html", "md", "json", "csv", "docx", "pdf"])
def test_hostile_text_in_every_export_format_stays_text(app, factory, fmt):
    session, *_ = _hostile_session(app, factory)
    data = exports.render(build_export(db.session.get(DialogueSession, session.id)), fmt)
    assert data
    if fmt == "html":
        page = data.decode()
        assert markup_problems(page) == []
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    elif fmt == "md":
        text = data.decode()
        # no tag can open (Markdown escapes only what it needs: a "<" before a letter, "/",
        # "!" or "?"), and no link can form
        assert re.search(r"(?<!\\)<(?=[A-Za-z/!?])", text) is None
        assert re.search(r"(?<!\\)\]\(javascript:", text) is None
    elif fmt == "json":  # verbatim (flagged spans, like the URL, are redacted in exports)
        texts = "\n".join(strings(json.loads(data)))
        assert "<script>alert(1)</script>" in texts and "{{7*7}}" in texts
    elif fmt == "docx":
        from ..export.conftest import readable

        assert "<script>alert(1)</script>" in readable("docx", data)


EDGE_CASES = [
    "Right-to-left \u202eevil.exe\u202c override",
    "zero\u200bwidth\u200cjoiners\u200d and\ufeffBOM",
    "Family 👩\u200d👩\u200d👧\u200d👦, flag 🇩🇪, skin tone 👋🏽, keycap 1\ufe0f\u20e3",
    "Combining: e\u0301 a\u0308 n\u0303 \u0915\u094d\u0937 Zalgo: Z\u0351\u0352\u0353",
    "x" * 1000,
    "1' OR '1'='1'; --",
    "Robert'); DROP TABLE contribution;-- %_\\ \" `backticks` $(whoami) ${HOME}",
    "NUL-free but \\x00 written out, and \\u0000 too",
    "Arabic مرحبا and Hebrew שלום mixed with English",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 astral plane 𠜎𠜱",
]


def test_unicode_and_sql_like_text_round_trips_exactly(room):
    db.session.get(DialogueSession, room.reload().id).max_contribution_length = 1000
    db.session.commit()
    api = participant_api(room)
    posted = []
    for text in EDGE_CASES:
        reply = api.call("post", f"/boards/{room.board}/contributions",
                         {"text": text, "client_key": new_key(), "confirm": True})
        assert reply.status_code == 200, (text, reply.json)
        assert reply.json["item"]["text"] == text
        posted.append(reply.json["item"]["id"])
    listing = api.call("get", "/boards").json["boards"][room.board]["items"]
    assert {item["text"] for item in listing} == set(EDGE_CASES)
    db.session.remove()
    stored = db.session.scalars(sa.select(Contribution.text).order_by(Contribution.id)).all()
    assert stored == EDGE_CASES
    for url in (f"/s/{room.code}", f"/facilitate/{room.sid}/console",
                f"/facilitate/{room.sid}/projector", f"/facilitate/{room.sid}/export"):
        client = api.client if url.startswith("/s/") else room.facilitator_browser.client
        assert client.get(url).status_code == 200, url
    data = json.loads(exports.render(build_export(room.reload()), "json"))
    texts = [entry["text"] for entry in data["agenda"][0]["contributions"]]
    assert set(EDGE_CASES) <= set(texts)


def test_no_script_builds_markup_from_data():
    """Live pages draw server data with textContent; no script parses it as HTML."""
    offenders = []
    for script in sorted((ROOT / "static" / "js").glob("*.js")):
        source = Path(script).read_text(encoding="utf-8")
        for pattern in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                        "eval(", "new Function"):
            if pattern in source:
                offenders.append(f"{script.name}: {pattern}")
    assert offenders == []


def test_no_template_turns_escaping_off():
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "templates").rglob("*.html")
                 if re.search(r"\|\s*safe\b|autoescape\s+false", path.read_text("utf-8"))]
    assert offenders == []
