"""URL parameter resolvers for the authorisation matrix: an option with an argument, an
amendment and an open round in the world's session, made once per world."""

from __future__ import annotations

from dialogue.extensions import db
from dialogue.options import rounds, services


def _options_world(world) -> dict:
    if not hasattr(world, "options_objects"):
        session = world.session
        option = services.create_option(session, services.FACILITATOR, {"title": "Matrix"})
        argument = services.add_argument(option, "r" * 64, "pro", "Because")
        amendment = services.propose_amendment(option, "r" * 64, "problem", "New text")
        found = rounds.open_round(session, "rating", [option.public_id])
        db.session.commit()
        world.options_objects = {"option_id": option.public_id,
                                 "argument_id": argument.public_id,
                                 "amendment_id": amendment.public_id,
                                 "round_id": found.public_id}
    return world.options_objects


OPTION_PARAMS = {name: (lambda world, name=name: _options_world(world)[name])
                 for name in ("option_id", "argument_id", "amendment_id", "round_id")}
