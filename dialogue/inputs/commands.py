"""Briefing input commands: the facilitator puts an input of the session on the projector
(``input_project``, docs/inputs.md "On the projector"). Run through the live layer's one
pipeline (realtime.commands.execute): acknowledged {ok: true, ...} or {ok: false, error,
message} with nothing changed.
"""

from __future__ import annotations

from flask_babel import gettext as _

from ..boards import projector
from ..boards.announce import projector_changed
from ..models import DialogueSession
from ..realtime.actors import Actor
from ..realtime.commands import FACILITATOR, Commands, Done
from ..realtime.schema import PublicId
from ..refusals import Refused
from . import announce, services

commands = Commands("inputs")


@commands.command("input_project", FACILITATOR, "moderate", input=PublicId())
def input_project(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: show one of the session's inputs on the projector (its title; its
    speaker only if it is on the record; a text's text, a link's address, a PDF's size)."""
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    found = services.input_in(session, values["input"])
    if found is None:
        raise Refused("not_found", _("There is no such input in this session."))
    session.projector_mode, session.projector_option = "input", found.public_id
    shown = announce.projected_payload(session)

    def tell() -> None:
        announce.projected(session)
        projector_changed(session)
    return Done({"projector": projector.payload(session), "input": shown}, tell)
