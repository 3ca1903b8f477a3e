"""Briefing inputs per agenda item: texts, links and PDF files the facilitator attaches,
read by participants on their phones and listed in the report's annex (docs/inputs.md).

A feature folder like the others (``LIVE_FEATURE``: found by ``dialogue.live_features``,
so nothing outside it registers it); it sends nothing over the socket.
"""

from __future__ import annotations

from flask import Flask

LIVE_FEATURE = True  # found by dialogue.live_features(); pages only, no socket events


def init_app(app: Flask) -> None:
    """Plug the inputs into the app: the facilitator's and the participants' pages."""
    from . import services, views

    app.register_blueprint(views.bp)
    app.register_blueprint(views.reading)
    # The phone's session page links each agenda item to its inputs.
    app.jinja_env.globals["input_counts"] = services.input_counts
