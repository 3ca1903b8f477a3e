"""After a poll write commits: tell the room (payloads.py builds every payload).

Figures that moved after an answer are not sent at once: they are marked as tallies and
go out with the next coalesced flush (``FIGURES_EVERY_S``), so their arrival cannot be
timed to the tap that made the k-th change either.
"""

from __future__ import annotations

from ..models import DialogueSession, Poll
from ..realtime import broadcast, rooms
from ..realtime.tallies import tallies
from . import payloads
from .services import Changed

FIGURES_EVERY_S = 5.0
# The console's answered counts (steps of k) on the same kind of cadence.
ANSWERED_EVERY_S = 5.0


def poll_changed(session: DialogueSession, poll: Poll) -> None:
    """Created, opened, closed, revealed or hidden: the console always, the room once the
    poll is no draft."""
    if payloads.visible(poll):
        broadcast.to_everyone(session, "poll", payloads.public_payload(poll))
    broadcast.to_moderators(session, "poll_console", payloads.console_payload(session, poll))


def poll_deleted(session: DialogueSession, public_id: str) -> None:
    """A draft deleted: only the consoles ever had it."""
    broadcast.to_moderators(session, "poll_deleted", {"id": public_id})


def changed(session: DialogueSession, outcome: Changed, state_changed: bool = True) -> None:
    """A state change of the poll (sent now), and the held answers' new states."""
    if state_changed:
        poll_changed(session, outcome.poll)
    for view in outcome.held:
        broadcast.to_moderators(session, "poll_held", view)


def answered(session: DialogueSession, outcome: Changed) -> None:
    """Someone answered or a held answer was decided: the console's count follows, and
    the figures if they moved, both coalesced (never at the moment of one tap)."""
    poll = outcome.poll
    changed(session, outcome, state_changed=False)
    tallies.mark(session.id, rooms.moderators_room(session.public_id), "poll_console",
                 poll.public_id)
    if outcome.figures_moved and poll.revealed:
        tallies.mark(session.id, rooms.session_room(session.public_id), "poll",
                     poll.public_id)


def own(author_ref: str, payload: dict) -> None:
    """A participant's own answer changed by a moderator: to their own sockets only."""
    broadcast.to_author(author_ref, "poll_own", payload)
