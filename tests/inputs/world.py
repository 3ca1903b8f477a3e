"""URL parameter resolvers for the authorisation matrix: a PDF input on the world's agenda
item, made once per world."""

from __future__ import annotations

from dialogue.extensions import db
from dialogue.models import BriefingInput

from .pdfs import plain_pdf


def pdf_input(session) -> str:
    """A PDF input on the session's first agenda item; its public id."""
    data = plain_pdf()
    found = BriefingInput(session_id=session.id, agenda_item_id=session.agenda[0].id,
                          kind="pdf", title="A matrix paper", file_name="paper.pdf",
                          file_data=data, file_size=len(data))
    db.session.add(found)
    db.session.commit()
    return found.public_id


def _input(world) -> str:
    if not hasattr(world, "briefing_input"):
        world.briefing_input = pdf_input(world.session)
    return world.briefing_input


INPUT_PARAMS = {"input_id": _input}
