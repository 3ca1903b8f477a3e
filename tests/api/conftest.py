"""Helpers for the API tests: a facilitator's API token, and clients that call the JSON API
with a token (no cookie) or with the browser's cookie and its CSRF token."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from dialogue.extensions import db
from dialogue.models import ApiToken, DialogueSession, Facilitator

from ..conftest import csrf_from


class Api:
    """A JSON API client: ``headers`` go with every call (a token, or a CSRF token)."""

    def __init__(self, client: FlaskClient, headers: dict[str, str]):
        self.client = client
        self.headers = headers

    def call(self, method: str, path: str, body=None, raw: str | None = None, **kwargs):
        kwargs.setdefault("headers", {}).update(self.headers)
        if raw is not None:
            kwargs.update(data=raw, content_type="application/json")
        elif body is not None:
            kwargs["json"] = body
        return getattr(self.client, method)(f"/api/v1{path}", **kwargs)

    def get(self, path: str, **kwargs):
        return self.call("get", path, **kwargs)

    def post(self, path: str, body=None, **kwargs):
        return self.call("post", path, body, **kwargs)

    def patch(self, path: str, body=None, **kwargs):
        return self.call("patch", path, body, **kwargs)

    def delete(self, path: str, body=None, **kwargs):
        return self.call("delete", path, body, **kwargs)


def issue(facilitator: Facilitator, sessions: list[DialogueSession] | None = None,
          name: str = "Integration") -> str:
    """A token's text: for ``sessions``, or (None) for all the facilitator's sessions."""
    _token, text = ApiToken.issue(facilitator, name, sessions or [], sessions is None)
    db.session.commit()
    return text


def token_api(app: Flask, text: str) -> Api:
    return Api(app.test_client(), {"Authorization": f"Bearer {text}"})


def cookie_api(browser) -> Api:
    """The logged-in browser as an API client: its cookie, and a page's CSRF token."""
    token = csrf_from(browser.client.get("/facilitate/").get_data(as_text=True))
    return Api(browser.client, {"X-CSRFToken": token})


@pytest.fixture
def owner_token(app, factory) -> str:
    """A token for all of the owner's sessions."""
    return issue(factory.facilitator)


@pytest.fixture
def api(app, owner_token) -> Api:
    return token_api(app, owner_token)
