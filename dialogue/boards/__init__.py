"""Live question boards: contributions and questions on an agenda item, votes, moderation.

``services`` holds the rules; ``commands`` declares what each socket event and API call
does (the live layer runs them); ``announce`` tells the room what changed.
"""

from __future__ import annotations

from flask import Flask

LIVE_FEATURE = True  # found by dialogue.live_features()


def init_app(app: Flask) -> None:
    """Plug the boards into the app: pages, the JSON API and the live layer."""
    from .. import realtime, signals
    from . import announce, api, payloads, projector, views
    from .commands import commands

    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    live = realtime.layer(app)
    live.add_commands(commands)
    live.add_snapshot("agenda", announce.agenda_snapshot)
    live.add_snapshot("boards", payloads.board_snapshot)
    live.add_snapshot("projector", projector.snapshot)
    live.add_tally("contribution", announce.load_tallies)
    # The console's counts move only in steps of k over whole blocks of items, so they need
    # not follow each write: every ten seconds at most, on a cadence of their own (and
    # COUNT(DISTINCT ...) over every post and vote would cost a plenary's server a growing
    # share of a core if it ran ten times a second).
    live.add_tally("participation", announce.load_participation,
                   every=announce.PARTICIPATION_EVERY_S)
    signals.participant_joined.connect(announce.someone_joined, weak=False)
    signals.agenda_changed.connect(announce.agenda_changed, weak=False)
