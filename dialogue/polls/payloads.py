"""What polls look like on the wire: public ids, the facilitator's texts and the figures.
Never an author ref, a time or anything per person; a participant's own answer goes only
to their own screen (their snapshot, their reply, their ``poll_own`` notice)."""

from __future__ import annotations

from ..extensions import db
from ..models import AgendaItem, DialogueSession, Poll, PollAnswer
from . import services


def _item(poll: Poll) -> str | None:
    if poll.agenda_item_id is None:
        return None
    item = db.session.get(AgendaItem, poll.agenda_item_id)
    return item.public_id if item else None


def public_payload(poll: Poll) -> dict:
    """As participants and the projector see it: the figures only once revealed."""
    return {"id": poll.public_id, "item": _item(poll), "kind": poll.kind,
            "question": poll.question, "question_de": poll.question_de,
            "choices": [dict(choice) for choice in poll.choices],
            "scale_max": poll.scale_max, "low": poll.low, "high": poll.high,
            "low_de": poll.low_de, "high_de": poll.high_de, "state": poll.state,
            "revealed": poll.revealed,
            "figures": poll.figures if poll.revealed and poll.state != "draft" else None}


def console_payload(session: DialogueSession, poll: Poll) -> dict:
    """The console's view: the figures also before they are revealed (the same coarse
    figures everyone would see), and how many answered, in steps of k."""
    return {**public_payload(poll), "figures": poll.figures,
            "answered": services.answered_count(session, poll)}


def held_payload(row: PollAnswer, poll: Poll) -> dict:
    """A free answer in the moderators' queue: its text and the detector's spans."""
    return services.held_view(row, poll)


def own_payload(poll: Poll, row: PollAnswer | None) -> dict:
    """A participant's own answer, for their own screen only."""
    if row is None:
        return {"poll": poll.public_id, "value": None, "status": None}
    # A dismissed answer's words are not sent again, not even to their author: the
    # moderator kept them out, and the author writes another answer if they like.
    return {"poll": poll.public_id,
            "value": None if row.status == "dismissed" else dict(row.value),
            "status": row.status}


def visible(poll: Poll) -> bool:
    """Participants and the projector see polls that run or ran, never a draft."""
    return poll.state != "draft"


def snapshot(session: DialogueSession, actor) -> dict:
    every = services.polls_of(session)
    if actor.is_facilitator:
        return {"polls": {"items": [console_payload(session, poll) for poll in every],
                          "held": [held_payload(row, db.session.get_one(Poll, row.poll_id))
                                   for row in services.held_answers(session)]}}
    data: dict = {"items": [public_payload(poll) for poll in every if visible(poll)]}
    if actor.author_ref:
        data["mine"] = {poll.public_id: own_payload(poll, services.own_answer(
            poll, actor.author_ref)) for poll in every if poll.state == "open"}
    return {"polls": data}


def load_public(session_id: int, public_ids: set[str]) -> dict[str, dict]:
    """Tally loader (session room): the figures of revealed polls, as committed now."""
    from sqlalchemy import select

    rows = db.session.scalars(select(Poll).where(Poll.session_id == session_id,
                                                 Poll.public_id.in_(public_ids)))
    return {poll.public_id: {"figures": poll.figures} for poll in rows
            if poll.revealed and poll.state != "draft"}


def load_console(session_id: int, public_ids: set[str]) -> dict[str, dict]:
    """Tally loader (moderators): the figures and the answered count in steps of k."""
    from sqlalchemy import select

    session = db.session.get_one(DialogueSession, session_id)
    rows = db.session.scalars(select(Poll).where(Poll.session_id == session_id,
                                                 Poll.public_id.in_(public_ids)))
    return {poll.public_id: {"figures": poll.figures,
                             "answered": services.answered_count(session, poll)}
            for poll in rows}
