"""Briefing inputs per agenda item: texts, links and PDF files the facilitator attaches,
read by participants on their phones and listed in the report's annex (docs/inputs.md).

A feature folder like the others (``LIVE_FEATURE``: found by ``dialogue.live_features``,
so nothing outside it registers it). Over the socket it sends only how many inputs each
agenda item has (``announce``), so the phones' links follow.
"""

from __future__ import annotations

from flask import Flask

LIVE_FEATURE = True  # found by dialogue.live_features()


def init_app(app: Flask) -> None:
    """Plug the inputs into the app: the facilitator's and the participants' pages."""
    from .. import realtime
    from . import announce, commands, services, views

    app.register_blueprint(views.bp)
    app.register_blueprint(views.reading)
    live = realtime.layer(app)
    live.add_commands(commands.commands)
    live.add_snapshot("inputs", announce.snapshot)
    # The input on the projector (input_project): what the projector draws in mode "input".
    live.add_snapshot("projected_input", announce.projected_snapshot)
    # The phone's session page links each agenda item to its inputs.
    app.jinja_env.globals["input_counts"] = services.input_counts
    # The console lists the inputs per item, each with "Show on projector".
    app.jinja_env.globals["inputs_by_item"] = services.by_item
