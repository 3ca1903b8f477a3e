"""Quick polls and word clouds: a question the facilitator asks during an agenda item
(single or multiple choice, a scale, or a short free answer shown as a word cloud).

``services`` holds the rules, ``results`` the arithmetic and the small-number rule,
``commands`` the socket events, ``announce`` what the room hears. docs/polls.md.
"""

from __future__ import annotations

from flask import Flask

LIVE_FEATURE = True  # found by dialogue.live_features()


def init_app(app: Flask) -> None:
    """Plug the polls into the live layer: commands, the snapshot part, two tallies."""
    from .. import realtime
    from . import announce, commands, payloads

    live = realtime.layer(app)
    live.add_commands(commands.commands)
    live.add_snapshot("polls", payloads.snapshot)
    live.add_tally("poll", payloads.load_public, every=announce.FIGURES_EVERY_S)
    live.add_tally("poll_console", payloads.load_console, every=announce.ANSWERED_EVERY_S)
