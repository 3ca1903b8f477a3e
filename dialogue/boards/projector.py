"""What the room's screen shows, as the facilitator chose it from the console.

Modes: ``board`` (the current board's top items), ``new`` (the newest published items,
as they are approved), ``spotlight`` (the spotlighted item alone), ``results`` (one
option's revealed results; ``option`` names it), ``join`` (the join screen with the QR
code) and ``pause``. ``timer``: whether the projector also shows the current item's clock.
The choice is stored on the session, so a reload of the projector keeps it.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from ..extensions import db
from ..models import DialogueSession, PolicyOption
from ..realtime.actors import Actor
from ..refusals import Refused

PROJECTOR_MODES = ("board", "new", "spotlight", "results", "join", "pause")
# Modes a feature sets with its own command, naming its own thing in ``option`` (a poll's
# public id: dialogue/polls, ``poll_project``; a briefing input's: dialogue/inputs,
# ``input_project``); ``projector_show`` does not offer them.
FEATURE_MODES = ("poll", "input")


def payload(session: DialogueSession) -> dict:
    mode = (session.projector_mode if session.projector_mode in PROJECTOR_MODES + FEATURE_MODES
            else "board")
    return {"mode": mode, "option": session.projector_option
            if mode == "results" or mode in FEATURE_MODES else None,
            "timer": bool(session.projector_timer)}


def snapshot(session: DialogueSession, actor: Actor) -> dict:
    return {"projector": payload(session)}


def show(session: DialogueSession, mode: str, option: str | None,
         timer: bool | None = None) -> None:
    """Set the projector's mode; ``results`` needs an option of this session; ``timer``
    (if given) turns the clock on the projector on or off."""
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    if mode not in PROJECTOR_MODES:
        raise Refused("invalid", _("Unknown projector view."))
    if mode == "results":
        if not option:
            raise Refused("invalid", _("Choose the option whose results to show."))
        found = db.session.scalar(sa.select(PolicyOption.id).filter_by(
            session_id=session.id, public_id=option))
        if found is None:
            raise Refused("not_found", _("There is no such option in this session."))
    elif option is not None:
        raise Refused("invalid", _("Only the results view names an option."))
    session.projector_mode, session.projector_option = mode, option
    if timer is not None:
        session.projector_timer = timer
