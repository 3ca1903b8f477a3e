"""Networking by consent: after close, participants who choose to share their name,
organisation and a contact see each other's, and no one else does (docs/security.md).

Not a live feature in the sense of sockets (it exists only once the session has closed),
but found the same way: ``dialogue.live_features()`` calls ``init_app``.
"""

from __future__ import annotations

from flask import Flask

LIVE_FEATURE = True  # found by dialogue.live_features()


def init_app(app: Flask) -> None:
    from ..signals import session_closing
    from . import services, views

    app.register_blueprint(views.bp)
    session_closing.connect(services.issue_tickets)
    # The "Session ended" screen (join/ended.html) asks this what to offer.
    app.jinja_env.globals["network_offer"] = services.offer
