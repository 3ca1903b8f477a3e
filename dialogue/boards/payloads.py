"""What each audience sees of a contribution, and the board snapshot per actor.

No view carries an author ref or anything derived from the person. "Yours" (``mine``) is
added per recipient: in the snapshot a participant gets, and in their own notices.
"""

from __future__ import annotations

from typing import Any

from ..extensions import db
from ..models import Contribution, DialogueSession
from ..models.board import LIVE as LIVE_STATUSES
from ..models.board import MODERATED, Status
from ..realtime.actors import Actor
from . import duplicates, participation, services, word_filter


def public_view(contribution: Contribution) -> dict:
    """A published item as everyone in the room sees it."""
    return {
        "id": contribution.public_id,
        "board": contribution.agenda_item.public_id,
        "kind": contribution.kind,
        "text": contribution.text,
        "answered": contribution.answered,
        "labels": list(contribution.labels or []),
        "votes": contribution.vote_count,
        "edited": contribution.edited,
        "spotlight": contribution.spotlight,
        # "Name, Affiliation": its author chose to post it under their name (on the record)
        "attribution": contribution.attribution,
    }


def own_view(contribution: Contribution) -> dict:
    """The author's view: their item in any state, with a dismissal's reason and why a
    moderator redacted part of it."""
    view = public_view(contribution)
    view.update(status=contribution.status, mine=True,
                reason=contribution.dismiss_reason if contribution.status == Status.DISMISSED
                else None, redaction_reason=contribution.redaction_reason)
    return view


def removed_view(contribution: Contribution) -> dict:
    merged_into = None
    if contribution.status == Status.MERGED and contribution.merged_into_id:
        merged_into = db.session.get(Contribution, contribution.merged_into_id)
    return {"id": contribution.public_id, "board": contribution.agenda_item.public_id,
            "merged_into": merged_into.public_id if merged_into else None}


def moderator_view(contribution: Contribution, similar: list[dict] | None = None) -> dict:
    """The facilitator's view: state, detector flags, word-filter hits, likely duplicates."""
    view = public_view(contribution)
    view.update(status=contribution.status, reason=contribution.dismiss_reason,
                redaction_reason=contribution.redaction_reason,
                flags=list(contribution.flags or []),
                filtered=word_filter.matches(contribution.text),
                similar=similar or [])
    return view


def similar_on_board(contribution: Contribution, pool: list[Contribution]) -> list[dict]:
    others = {other.public_id: other.text for other in pool
              if other.id != contribution.id
              and other.agenda_item_id == contribution.agenda_item_id}
    return duplicates.similar(contribution.text, others)


def moderator_item(contribution: Contribution) -> dict:
    """One item for the console, with its likely duplicates among the board's live items."""
    pool = [other for other in services.board_contributions(
        contribution.agenda_item.session, LIVE_STATUSES)
        if other.agenda_item_id == contribution.agenda_item_id]
    similar = similar_on_board(contribution, pool) \
        if contribution.status in LIVE_STATUSES else []
    return moderator_view(contribution, similar)


def board_snapshot(session: DialogueSession, actor: Actor) -> dict:
    """Every board of the session as this actor may see it (a reply to ``sync``)."""
    boards: dict[str, dict[str, Any]] = {
        item.public_id: {"premoderation": item.premoderation, "items": []}
              for item in session.agenda}
    data: dict = {"boards": boards, "max_length": session.max_contribution_length}
    if actor.is_facilitator:
        items = services.board_contributions(session, MODERATED)
        live = [each for each in items if each.status in LIVE_STATUSES]
        for contribution in items:
            similar = (similar_on_board(contribution, live)
                       if contribution.status in LIVE_STATUSES else [])
            boards[contribution.agenda_item.public_id]["items"].append(
                moderator_view(contribution, similar))
        data["participation"] = participation.participation(session)
        return data
    views = {each.public_id: public_view(each)
             for each in services.board_contributions(session, (services.PUBLISHED,))}
    if actor.is_participant and actor.author_ref:
        views.update({each.public_id: own_view(each)
                      for each in services.own_contributions(
                          session, actor.author_ref, actor.attribution_seed)})
        data["voted"] = services.voted_ids(session, actor.author_ref)
    for view in views.values():
        boards[view["board"]]["items"].append(view)
    return data
