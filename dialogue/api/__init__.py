"""Integrations: facilitators' API tokens and the set-up operations as a JSON API.

``views`` is the tokens page (make one, scoped to sessions; revoke it); ``setup`` the
sessions, agenda, roster, invitations and options operations under /api/v1; ``openapi``
the one description of the whole API (the board operations included), served at
/api/v1/openapi.json. How a token is checked: realtime/actors.py. Guide: docs/api.md.
"""

from __future__ import annotations

from flask import Flask

LIVE_FEATURE = True  # found by dialogue.live_features(); runs options commands over HTTP


def init_app(app: Flask) -> None:
    from . import setup, views

    app.register_blueprint(views.bp)
    app.register_blueprint(setup.bp)
