"""Policy options: co-drafting, amendments, arguments, rating and consent rounds."""

from __future__ import annotations

from flask import Flask

LIVE_FEATURE = True  # found by dialogue.live_features()


def init_app(app: Flask) -> None:
    """Plug the options into the app: pages, the workspace and the live layer."""
    from .. import realtime
    from . import announce, commands, payloads, views, workspace

    app.register_blueprint(views.bp)
    app.register_blueprint(workspace.bp)
    live = realtime.layer(app)
    live.add_commands(commands.commands)
    live.add_snapshot("options", lambda session, actor: payloads.snapshot(
        session, actor.author_ref, actor.is_facilitator))
    live.add_tally("argument", commands.argument_counts)
    live.add_tally("round", commands.answered_counts, every=announce.ANSWERED_EVERY_S)
    # The live option pages show a choice field's labels, in the reader's language.
    app.jinja_env.globals["choice_labels"] = payloads.choice_labels
