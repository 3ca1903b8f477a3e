"""Reissuing a participant's link or removing them, for the set-up page and the API alike."""

from __future__ import annotations

from ..extensions import db
from ..models import DialogueSession, RosterEntry
from ..realtime import broadcast
from . import services


def change_seat(session: DialogueSession, entry: RosterEntry, action: str) -> None:
    """``action`` "reissue" (a new personal link) or "revoke" (removed). Either way the old
    seat is gone: its open sockets close now, on every process, not at their next request."""
    reissue = action == "reissue"
    freed = (services.reissue_invite if reissue else services.revoke_participant)(entry)
    db.session.commit()
    if freed is not None:
        broadcast.participant_removed(session, freed, "new_link" if reissue else "removed")
