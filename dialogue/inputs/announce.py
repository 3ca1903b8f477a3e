"""What the room's screens learn of briefing inputs: how many each agenda item has (by the
item's public id), so the phones' links follow when the facilitator attaches or removes
one. No title, text or speaker goes over the socket; the inputs page has them."""

from __future__ import annotations

from ..models import DialogueSession
from ..realtime import broadcast
from ..realtime.actors import Actor
from . import services


def payload(session: DialogueSession) -> dict:
    counts = services.input_counts(session)
    return {"items": {item.public_id: counts.get(item.id, 0) for item in session.agenda}}


def snapshot(session: DialogueSession, actor: Actor) -> dict:
    return {"inputs": payload(session)}


def changed(session: DialogueSession) -> None:
    """An input was attached or removed: everyone's links follow."""
    broadcast.to_everyone(session, "inputs", payload(session))
