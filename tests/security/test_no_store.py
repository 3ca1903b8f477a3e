"""One caching policy: every page, answer and download of every route (the export
preview with its flagged names included) is ``no-store``, for the facilitator and for a
participant, unless its view explicitly opts out (the public static files)."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import ApiToken, DialogueSession, RosterEntry

from ..inputs.world import pdf_input
from .world import build_world

OPTED_OUT = {"static", "vendor.asset", "api.openapi_document"}


def _values(world, session: DialogueSession) -> dict[str, str]:
    entry = db.session.scalar(sa.select(RosterEntry).filter_by(session_id=session.id))
    token, _text = ApiToken.issue(world.factory.facilitator, "no-store", [], True)
    db.session.commit()
    ids = world.ids
    return {"sid": world.sid, "code": session.code, "item_id": ids["board"],
            "board": ids["board"], "cid": ids["theirs"], "option_id": ids["option"],
            "argument_id": ids["argument"], "amendment_id": ids["amendment"],
            "round_id": ids["rating_round"], "entry_id": entry.public_id, "action": "lock",
            "fmt": "docx", "lang": "de", "name": "socket.io.min.js",
            "token": world.factory.invite_url(entry).rsplit("/", 1)[-1],
            "filename": "css/app.css", "token_id": token.public_id,
            "input_id": pdf_input(session)}


def test_every_route_is_no_store_unless_it_opts_out(app, factory):
    world = build_world(app, factory)
    session = db.session.get(DialogueSession, world.session_id)
    values = _values(world, session)
    clients = {"owner": world.clients["owner"], "participant": world.clients["participant"]}
    cacheable, checked = set(), 0
    for rule in app.url_map.iter_rules():
        missing = set(rule.arguments) - set(values)
        assert not missing, f"{rule.rule}: give this test a value for {missing}"
        path = rule.rule
        for name in rule.arguments:
            path = path.replace(f"<{name}>", values[name]).replace(
                f"<path:{name}>", values[name])
        for method in sorted(rule.methods - {"HEAD", "OPTIONS", "POST", "PATCH"}
                             ) or ["POST"]:
            for role, client in clients.items():
                response = client.open(path, method=method)
                response.close()  # files are streamed
                checked += 1
                stored = "no-store" in response.headers.get("Cache-Control", "")
                if rule.endpoint in OPTED_OUT:
                    if not stored:
                        cacheable.add(rule.endpoint)
                    continue
                assert stored, (role, method, path, response.status_code,
                                response.headers.get("Cache-Control"))
    assert cacheable == OPTED_OUT  # the opt-outs are the only ones, and they do opt out
    assert checked > 100
    world.close()


def test_the_export_preview_with_flagged_names_is_not_stored(app, factory,
                                                           facilitator_browser):
    session = factory.live_session()
    response = facilitator_browser.get(f"/facilitate/{session.public_id}/export")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
