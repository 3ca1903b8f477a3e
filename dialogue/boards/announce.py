"""After a board write commits: tell each audience what changed, as small deltas.

Everyone on the board hears that a published item appeared, changed or went away; the
facilitator hears every change with flags; the author's own sockets hear about their item
(held, dismissed with a reason). Votes only mark the tally, which is flushed in batches.
"""

from __future__ import annotations

import sqlalchemy as sa

from ..extensions import db
from ..models import Contribution, DialogueSession
from ..realtime import broadcast, rooms
from . import participation, payloads, services


def announce(session: DialogueSession, outcome: services.Outcome) -> None:
    for contribution, was_public in outcome.touched:
        board = contribution.agenda_item.public_id
        now_public = services.is_public(contribution)
        if now_public:
            name = "contribution_changed" if was_public else "contribution_added"
            broadcast.board_event(session, board, name, payloads.public_view(contribution))
        elif was_public:
            broadcast.board_event(session, board, "contribution_removed",
                                  payloads.removed_view(contribution))
        broadcast.moderators_event(session, "moderation_item",
                                   payloads.moderator_item(contribution))
        if contribution.author_ref:
            broadcast.to_author(contribution.author_ref, "own_contribution",
                                payloads.own_view(contribution))
    for contribution in outcome.tallies:
        broadcast.tallies.mark(session.id, rooms.board_room(contribution.agenda_item.public_id),
                               "contribution", contribution.public_id)
    if outcome.touched or outcome.tallies:
        broadcast.participation_changed(session)
    if outcome.board is not None:
        broadcast.board_event(session, outcome.board.public_id, "board_changed",
                              {"board": outcome.board.public_id,
                               "premoderation": outcome.board.premoderation})
    if outcome.agenda:
        broadcast.agenda_changed(session)


PARTICIPATION_EVERY_S = 10.0


def load_tallies(session_id: int, public_ids: set[str]) -> dict[str, dict]:
    """The committed vote counts of published items, read at flush time."""
    rows = db.session.execute(
        sa.select(Contribution.public_id, Contribution.vote_count)
        .where(Contribution.session_id == session_id,
               Contribution.public_id.in_(public_ids),
               Contribution.status == services.PUBLISHED))
    return {public_id: {"votes": votes} for public_id, votes in rows}


def load_participation(session_id: int, public_ids: set[str]) -> dict[str, dict]:
    """How many joined, and per board how many posted and voted: in steps of k over
    blocks of items (participation.py), never who."""
    session = db.session.get(DialogueSession, session_id)
    return {session.public_id: participation.participation(session)}


broadcast.tallies.register("contribution", load_tallies)
# The console's counts move only in steps of k over whole blocks of items, so they need
# not follow each write: every ten seconds at most, on a cadence of their own (and
# COUNT(DISTINCT ...) over every post and vote would cost a plenary's server a growing
# share of a core if it ran ten times a second).
broadcast.tallies.register("participation", load_participation, every=PARTICIPATION_EVERY_S)
