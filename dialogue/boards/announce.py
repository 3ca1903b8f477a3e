"""After a board write commits: tell each audience what changed, as small deltas.

Everyone in the session hears that a published item appeared, changed or went away; the
facilitator hears every change with flags; the author's own sockets hear about their item
(held, dismissed with a reason). Votes only mark the tally, which is flushed in batches.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from ..extensions import db
from ..models import AgendaItem, Contribution, DialogueSession
from ..realtime import broadcast, rooms
from ..realtime.actors import Actor
from ..realtime.tallies import tallies
from . import participation, payloads, projector, services


def announce(session: DialogueSession, outcome: services.Outcome) -> None:
    for contribution, was_public in outcome.touched:
        now_public = services.is_public(contribution)
        if now_public:
            name = "contribution_changed" if was_public else "contribution_added"
            broadcast.to_everyone(session, name, payloads.public_view(contribution))
        elif was_public:
            broadcast.to_everyone(session, "contribution_removed",
                                  payloads.removed_view(contribution))
        broadcast.to_moderators(session, "moderation_item",
                                payloads.moderator_item(contribution))
        if contribution.author_ref and contribution.attribution is not None:
            broadcast.to_signed_author(contribution.author_ref, contribution.public_id,
                                       "own_contribution", payloads.own_view(contribution))
        elif contribution.author_ref:
            broadcast.to_author(contribution.author_ref, "own_contribution",
                                payloads.own_view(contribution))
    for contribution in outcome.tallies:
        tallies.mark(session.id, rooms.session_room(session.public_id), "contribution",
                     contribution.public_id)
    if outcome.touched or outcome.tallies:
        participation_changed(session)
    if outcome.board is not None:
        broadcast.to_everyone(session, "board_changed",
                              {"board": outcome.board.public_id,
                               "premoderation": outcome.board.premoderation})
    if outcome.agenda:
        agenda_changed(session)


def agenda_payload(session: DialogueSession) -> dict:
    current = session.current_item
    return {
        "status": session.status,
        "current": current.public_id if current else None,
        # A room holds readers of both languages: both texts go; the page shows its own.
        "items": [{"id": item.public_id, "title": item.title, "question": item.question,
                   "title_de": item.title_de, "question_de": item.question_de,
                   "state": item.state, "board": item.board_kind,
                   "on_the_record": item.on_the_record, **timing(item)}
                  for item in session.agenda],
    }


def _epoch(moment: datetime | None) -> int | None:
    return int(moment.replace(tzinfo=UTC).timestamp()) if moment else None


def timing(item: AgendaItem) -> dict:
    """The facilitator's plan and clock for an item: planned minutes, and when it was
    first opened and finished (seconds since 1970, UTC), so a replayed event still
    gives the right elapsed time. Times of the agenda, not of anyone's writing."""
    return {"minutes": item.minutes, "started": _epoch(item.started_at),
            "ended": _epoch(item.ended_at)}


def projector_changed(session: DialogueSession) -> None:
    """The facilitator chose another projector view: the projector and the console's
    preview follow (the room hears it too: it says nothing about anyone)."""
    broadcast.to_everyone(session, "projector", projector.payload(session))


def agenda_snapshot(session: DialogueSession, actor: Actor) -> dict:
    return {"agenda": agenda_payload(session)}


def agenda_changed(session: DialogueSession) -> None:
    """The agenda or the current item changed: everyone's screens follow."""
    broadcast.to_everyone(session, "agenda", agenda_payload(session))


def participation_changed(session: DialogueSession) -> None:
    """Someone joined, posted or voted: the console's counts follow, coalesced like tallies."""
    tallies.mark(session.id, rooms.moderators_room(session.public_id), "participation",
                 session.public_id)


def someone_joined(session: DialogueSession) -> None:
    """signals.participant_joined."""
    participation_changed(session)


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
    session = db.session.get_one(DialogueSession, session_id)
    return {session.public_id: participation.participation(session)}
