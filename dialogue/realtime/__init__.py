"""The live layer: Socket.IO connections, one command pipeline, the event log, tallies.

Features plug in from their own ``init_app``, explicitly::

    layer = realtime.layer(app)
    layer.add_commands(commands)          # a realtime.commands.Commands set
    layer.add_snapshot("boards", board_snapshot)
    layer.add_tally("contribution", load_tallies)

and announce their changes through ``broadcast`` (the only module that emits). The live
layer imports no feature. The protocol is in docs/realtime.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app

from .commands import Command, Commands

if TYPE_CHECKING:
    from ..models import DialogueSession
    from .actors import Actor

Snapshot = Callable[["DialogueSession", "Actor"], dict[str, Any]]
EXTENSION = "dialogue.live"


class LiveLayer:
    """What the features registered with one app: commands and snapshot parts."""

    def __init__(self) -> None:
        self.commands: dict[str, Command] = {}
        self.snapshots: dict[str, Snapshot] = {}

    def add_commands(self, commands: Commands) -> None:
        for name, command in commands.commands.items():
            known = self.commands.get(name)
            if known is not None and known.feature != command.feature:
                raise ValueError(f"{name} is a command of {known.feature} already")
            self.commands[name] = command

    def add_snapshot(self, name: str, provider: Snapshot) -> None:
        """``provider(session, actor) -> dict``: merged into every snapshot this actor gets."""
        self.snapshots[name] = provider

    def add_tally(self, kind: str, loader: Callable[[int, set[str]], dict[str, dict]],
                  every: float = 0.0) -> None:
        """A coalesced count (see broadcast.TallyCoalescer.register)."""
        from .tallies import tallies

        tallies.register(kind, loader, every)


def layer(app: Flask | None = None) -> LiveLayer:
    return (app or current_app).extensions[EXTENSION]


def run(name: str, actor: Actor | None, data: object) -> dict[str, Any]:
    """Run the registered command ``name`` for ``actor`` (the JSON API; scripts; tests)."""
    from .commands import execute

    return execute(layer().commands[name], actor, data)


def init_app(app: Flask) -> None:
    """Start the live layer; the features register with it from their own init_app."""
    from flask_login import user_logged_out

    from ..extensions import socketio
    from . import broadcast, events, kick, packets, tallies  # noqa: F401 - events: handlers

    app.extensions[EXTENSION] = LiveLayer()
    socketio.init_app(
        app,
        async_mode=app.config["ASYNC_MODE"],
        message_queue=app.config["REDIS_URL"],
        # Always given, so no manager of an earlier app in this process is kept.
        client_manager=kick.client_manager(app.config["REDIS_URL"],
                                           app.config["REDIS_CHANNEL"]),
        cors_allowed_origins=app.config["ALLOWED_ORIGINS"],
        max_http_buffer_size=64 * 1024,
        json=packets,
        logger=False,
        engineio_logger=False,
    )
    # A facilitator who logs out loses their console and projector sockets at once.
    user_logged_out.connect(broadcast.facilitator_logged_out_signal, weak=False)
    if not app.testing:
        tallies.tallies.start(app)
