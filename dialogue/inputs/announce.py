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


# The projector is read from the back of the room: a longer text is cut (at a word) and
# the projector says that the whole text is on the phones' inputs page.
PROJECTOR_TEXT = 1_200


def projected_payload(session: DialogueSession) -> dict | None:
    """The input on the projector (mode "input"), as the room may see it: its title; the
    speaker's name and role only for an input on the record (an input under the Rule has
    no speaker key at all); a text's text, a link's address, a PDF's size. None when the
    projector shows something else, or the input is gone."""
    if session.projector_mode != "input" or not session.projector_option:
        return None
    found = services.input_in(session, session.projector_option)
    if found is None:
        return None
    shown: dict = {"id": found.public_id, "kind": found.kind, "title": found.title,
                   "on_the_record": bool(found.on_the_record)}
    if found.on_the_record:
        shown["speaker"], shown["role"] = found.speaker, found.speaker_role
    if found.kind == "text":
        text, cut = found.body, False
        if len(text) > PROJECTOR_TEXT:
            text, cut = text[:PROJECTOR_TEXT].rsplit(None, 1)[0] + " …", True
        shown["text"], shown["cut"] = text, cut
    elif found.kind == "link":
        shown["url"] = found.url
    else:
        shown["size"] = services.size_text(found.file_size)
    return shown


def projected_snapshot(session: DialogueSession, actor: Actor) -> dict:
    return {"projected_input": projected_payload(session)}


def projected(session: DialogueSession) -> None:
    """The facilitator put an input on the projector: the projector (and the console's
    preview) draw it. Everyone hears it, as the projector event: the phones may read every
    input of the session anyway, and no speaker goes out for an input under the Rule."""
    shown = projected_payload(session)
    if shown is not None:
        broadcast.to_everyone(session, "projected_input", shown)
