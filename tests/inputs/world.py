"""URL parameter resolvers for the authorisation matrix: a PDF input on the world's agenda
item, made once per world."""

from __future__ import annotations

from dialogue.extensions import db
from dialogue.models import BriefingInput

from .pdfs import plain_pdf


def _input(world) -> str:
    if not hasattr(world, "briefing_input"):
        data = plain_pdf()
        found = BriefingInput(session_id=world.session.id, agenda_item_id=world.item.id,
                              kind="pdf", title="A matrix paper", file_name="paper.pdf",
                              file_data=data, file_size=len(data))
        db.session.add(found)
        db.session.commit()
        world.briefing_input = found.public_id
    return world.briefing_input


INPUT_PARAMS = {"input_id": _input}
