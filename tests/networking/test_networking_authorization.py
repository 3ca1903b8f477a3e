"""Who reaches the networking pages of a closed session (the HTTP matrix, after close).

The main matrix (tests/security/test_authorization_matrix.py) runs on a live session, where
these routes answer 404 to everyone (policy "after_close"); here every role is checked
once the session has closed.
"""

from __future__ import annotations

from dialogue.extensions import db
from dialogue.facilitate.services import close_session, revoke_participant
from dialogue.models import ApiToken

from ..conftest import Browser, csrf_from
from .conftest import share, withdraw

ROUTES = {"networking.share": ("GET", "/s/{code}/network/share"),
          "networking.contacts": ("GET", "/s/{code}/network"),
          "networking.withdraw": ("POST", "/s/{code}/network/withdraw")}
# What each role gets: "ok" (200 or a redirect after the change) or the refusal status.
EXPECTED = {
    "anonymous": {"networking.share": 403, "networking.contacts": 403,
                  "networking.withdraw": 403},
    "owner": {"networking.share": 403, "networking.contacts": 403,
              "networking.withdraw": 403},
    "other_facilitator": {"networking.share": 403, "networking.contacts": 403,
                          "networking.withdraw": 403},
    "owner_token": {"networking.share": 403, "networking.contacts": 403,
                    "networking.withdraw": 403},
    "other_participant": {"networking.share": 403, "networking.contacts": 403,
                          "networking.withdraw": 403},
    "removed_participant": {"networking.share": 403, "networking.contacts": 403,
                            "networking.withdraw": 403},
    "not_sharing": {"networking.share": "ok", "networking.contacts": 403,
                    "networking.withdraw": 409},
    "withdrawn": {"networking.share": "ok", "networking.contacts": 403,
                  "networking.withdraw": 409},
    "sharing": {"networking.share": "ok", "networking.contacts": "ok",
                "networking.withdraw": "ok"},
}


def _call(browser: Browser, method: str, url: str):
    if method == "GET":
        return browser.get(url)
    page = browser.get("/join").get_data(as_text=True)
    return browser.client.post(url, data={"csrf_token": csrf_from(page)})


def test_every_networking_route_is_in_this_matrix(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()
                 if rule.endpoint.startswith("networking.")}
    assert endpoints == set(ROUTES)


def test_only_those_who_share_see_the_list_after_close(app, factory, facilitator_browser):
    session = factory.live_session()
    other_session = factory.live_session()
    sharing, not_sharing, withdrawn, removed = (factory.join(session) for _ in range(4))
    other = factory.join(other_session)
    revoke_participant(removed.entry)
    db.session.commit()
    close_session(session)
    close_session(other_session)  # a participant of another closed session, with a ticket
    db.session.expire_all()
    assert share(withdrawn, session).status_code == 302
    assert withdraw(withdrawn, session).status_code == 302
    assert share(other, other_session).status_code == 302

    other_owner = factory.make_facilitator("other-owner-networking@example.org")
    other_facilitator = Browser(app.test_client())
    other_facilitator.post("/facilitate/login", {"email": other_owner.email,
                                                 "password": factory.password},
                           token_from="/facilitate/login")
    _token, token_text = ApiToken.issue(factory.facilitator, "all", [], True)
    db.session.commit()
    token_client = app.test_client()
    token_client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token_text}"
    browsers = {"anonymous": Browser(app.test_client()), "owner": facilitator_browser,
                "other_facilitator": other_facilitator, "owner_token": Browser(token_client),
                "other_participant": Browser(other.client),
                "removed_participant": Browser(removed.client),
                "not_sharing": Browser(not_sharing.client),
                "withdrawn": Browser(withdrawn.client)}
    failures = []
    # The sharer last (their withdrawal changes the world), each route as each role.
    for role in [*browsers, "sharing"]:
        for endpoint, (method, pattern) in sorted(ROUTES.items(),
                                                  key=lambda pair: pair[1][0] == "POST"):
            if role == "sharing":
                assert share(sharing, session).status_code == 302
                browser = Browser(sharing.client)
            else:
                browser = browsers[role]
            code = session.code
            db.session.commit()
            response = _call(browser, method, pattern.format(code=code))
            expected = EXPECTED[role][endpoint]
            got = response.status_code
            if (expected == "ok" and got not in (200, 302)) or (
                    expected != "ok" and got != expected):
                failures.append(f"{method} {pattern} as {role}: {got}, expected {expected}")
    assert failures == []
