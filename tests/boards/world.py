"""URL parameter resolvers for the authorisation matrix: a board and a contribution on it
in the world's session, made once per world."""

from __future__ import annotations

from dialogue.extensions import db
from dialogue.models import Contribution


def _contribution(world) -> str:
    if not hasattr(world, "board_contribution"):
        contribution = Contribution(session_id=world.session.id,
                                    agenda_item_id=world.item.id, text="A matrix point",
                                    author_ref="m" * 64, labels=[], flags=[], cleared_flags=[])
        db.session.add(contribution)
        db.session.commit()
        world.board_contribution = contribution.public_id
    return world.board_contribution


BOARD_PARAMS = {"board": lambda world: world.item.public_id, "cid": _contribution}
