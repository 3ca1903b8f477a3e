"""Every HTTP route, as every role: the answer matches the intended policy (authz.py).

A route without an entry in authz.POLICY fails the test.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from flask import Flask

from dialogue.extensions import db
from dialogue.models import ApiToken, Facilitator

from ..boards.world import BOARD_PARAMS
from ..conftest import Browser, csrf_from
from ..factories import Factory
from ..inputs.world import INPUT_PARAMS
from ..options.world import OPTION_PARAMS
from .authz import ALLOWED, POLICY, ROLES

# Endpoints whose allowed call would end the world for the roles after it; they are
# still checked for every role that must be refused, and once for the allowed role last.
SAFE_VALUES = {"action": "lock", "lang": "de", "name": "socket.io.min.js",
               "filename": "css/app.css", "fmt": "json"}


@dataclass
class World:
    session: object
    item: object
    entry: object
    clients: dict[str, Browser]
    factory: Factory
    token_id: str = ""  # the owner's token (scoped to this session): its public id


def _token_browser(app: Flask, token: str) -> Browser:
    """A browser without a cookie that sends ``token`` with every request."""
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return Browser(client)


def _tokens(app: Flask, factory: Factory, session, other_session) -> tuple[dict, str]:
    owner = factory.facilitator
    stranger = db.session.scalar(db.select(Facilitator).filter_by(
        email="other-owner@example.org"))
    mine, mine_text = ApiToken.issue(owner, "this session", [session], False)
    _elsewhere, elsewhere = ApiToken.issue(owner, "the other session", [other_session],
                                           False)
    revoked, revoked_text = ApiToken.issue(owner, "revoked", [], True)
    revoked.revoked_on = revoked.created_on
    _theirs, theirs = ApiToken.issue(stranger, "all of theirs", [], True)
    db.session.commit()
    texts = {"owner_token": mine_text, "owner_token_elsewhere": elsewhere,
             "owner_token_revoked": revoked_text, "other_facilitator_token": theirs}
    return {role: _token_browser(app, text) for role, text in texts.items()}, mine.public_id


def _world(app: Flask, factory: Factory) -> World:
    session = factory.live_session()
    other_session = factory.live_session()
    joined = factory.join(session)
    other = factory.join(other_session)
    owner = Browser(app.test_client())
    owner.post("/facilitate/login", {"email": factory.facilitator.email,
                                     "password": factory.password},
               token_from="/facilitate/login")
    if not getattr(factory, "other_owner_made", False):
        factory.make_facilitator("other-owner@example.org")
        factory.other_owner_made = True
    other_facilitator = Browser(app.test_client())
    other_facilitator.post("/facilitate/login", {"email": "other-owner@example.org",
                                                 "password": factory.password},
                           token_from="/facilitate/login")
    tokens, token_id = _tokens(app, factory, session, other_session)
    clients = {"anonymous": Browser(app.test_client()), "participant": Browser(joined.client),
               "other_participant": Browser(other.client),
               "other_facilitator": other_facilitator, "owner": owner, **tokens}
    return World(session, session.agenda[0], joined.entry, clients, factory, token_id)


PARAMS = {
    "sid": lambda w: w.session.public_id,
    "code": lambda w: w.session.code,
    "item_id": lambda w: w.item.public_id,
    "entry_id": lambda w: w.entry.public_id,
    "token": lambda w: w.factory.invite_url(w.entry).removeprefix("/i/"),
    "token_id": lambda w: w.token_id,
    **BOARD_PARAMS,
    **OPTION_PARAMS,
    **INPUT_PARAMS,
}


def _url(rule, world: World) -> str:
    values = {}
    for name in rule.arguments:
        if name in SAFE_VALUES:
            values[name] = SAFE_VALUES[name]
        elif name in PARAMS:
            values[name] = PARAMS[name](world)
        else:
            pytest.fail(f"no resolver for URL parameter <{name}> of {rule.endpoint}: "
                        "add one to PARAMS in tests/security/test_authorization_matrix.py")
    path = rule.rule
    for name, value in values.items():
        path = path.replace(f"<{name}>", str(value)).replace(f"<path:{name}>", str(value))
    return path


def _refused(response, world: World) -> bool:
    """404/403/401, or sent to log in (with ?next=) or to join this session."""
    if response.status_code in (401, 403, 404):
        return True
    if response.status_code == 302:
        target = response.headers["Location"]
        return "/facilitate/login?next=" in target or target.endswith(
            f"/join/{world.session.code}")
    return False


def _call(browser: Browser, method: str, url: str, world: World):
    if method == "GET":
        return browser.get(url)
    # A valid CSRF token for this browser, so that a refusal is about who, not about CSRF.
    page = browser.get("/join").get_data(as_text=True)
    return browser.client.open(url, method=method, data={"csrf_token": csrf_from(page)})


def test_every_route_has_a_policy(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    missing = sorted(endpoints - set(POLICY))
    assert not missing, f"routes without an authorisation policy in tests/security/authz.py: " \
                        f"{missing}"
    assert not sorted(set(POLICY) - endpoints), "policies for routes that no longer exist"


def _rules(app_factory):
    app = app_factory
    return sorted(((rule, method) for rule in app.url_map.iter_rules()
                   for method in sorted(rule.methods - {"HEAD", "OPTIONS"})),
                  key=lambda pair: (pair[1] != "GET", pair[0].endpoint, pair[1]))


def test_every_route_answers_each_role_as_its_policy_says(app, factory):
    checked = 0
    failures = []
    shared = None
    for rule, method in _rules(app):
        policy = POLICY.get(rule.endpoint)
        if policy is None:
            continue  # reported by test_every_route_has_a_policy
        # GETs change nothing and share one world; each POST gets a fresh one.
        if method != "GET" or shared is None:
            world = _world(app, factory)
            shared = world if method == "GET" else shared
        else:
            world = shared
        url = _url(rule, world)
        allowed = ALLOWED[policy]
        # Refused roles first, the owner last: an allowed call may change the world.
        for role in sorted(ROLES, key=lambda r: (r in allowed, r == "owner")):
            response = _call(world.clients[role], method, url, world)
            response.close()
            refused = _refused(response, world)
            if refused == (role in allowed):
                failures.append(f"{method} {rule.rule} as {role}: {response.status_code} "
                                f"({'refused' if refused else 'allowed'}, policy {policy})")
            checked += 1
    assert checked >= 5 * len(POLICY)
    assert failures == []
