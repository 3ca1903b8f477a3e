"""The console's people counts (joined; per board, posting and voting) in a form that
cannot be tied to single items.

An exact count of distinct authors, refreshed while each post reaches the console at
once, links posts: with A, A, B posting it reads 1, 1, 2, so the first two share an
author. The rule (docs/security.md, "The console's counts"):

- every people count is shown in steps of k (the session's ``k_anonymity``): "fewer than
  k", then k, 2k, ... (rounded down), so nothing is shown while fewer than k have joined;
- posting and voting are counted over whole blocks of 2k items of the board (its first
  2k, 4k, ... posts or votes, in the order they were made), so the count can move only
  once a block is complete, and whatever it says ("these 2k posts are not all by
  different people") is about the block, never about one item or one pair;
- withdrawn, dismissed and merged posts stay in their block, so removing one cannot
  shift a block by a single item.

Distinct author refs are counted in the database; no ref leaves it.
"""

from __future__ import annotations

import sqlalchemy as sa

from ..extensions import db
from ..models import Contribution, DialogueSession, RosterEntry, Vote


def step(count: int, k: int) -> int:
    """``count`` rounded down to a multiple of k; 0 means "fewer than k"."""
    return count - count % k


def block(items: int, k: int) -> int:
    """How many of a board's items are counted: whole blocks of 2k, the rest waits."""
    return items - items % (2 * k)


def _distinct_in_first(rows: sa.Select, items: int) -> int:
    """Distinct author refs among the first ``items`` rows (``rows`` selects author_ref,
    ordered as the items were made)."""
    if items == 0:
        return 0
    first = rows.limit(items).subquery()
    return db.session.scalar(
        sa.select(sa.func.count(sa.distinct(first.c.author_ref)))) or 0


def _counted(rows: sa.Select, k: int) -> int:
    items = db.session.scalar(sa.select(sa.func.count()).select_from(rows.subquery())) or 0
    return step(_distinct_in_first(rows, block(items, k)), k)


def joined_count(session: DialogueSession) -> int:
    return db.session.scalar(
        sa.select(sa.func.count()).select_from(RosterEntry)
        .where(RosterEntry.session_id == session.id, RosterEntry.joined_on.is_not(None),
               RosterEntry.revoked.is_(False))) or 0


def participation(session: DialogueSession) -> dict:
    """``{k, joined, boards: {board: {posting, voting}}}``, each count a multiple of k
    (0: fewer than k)."""
    k = session.k_anonymity
    joined = joined_count(session)
    boards = {item.public_id: {"posting": 0, "voting": 0} for item in session.agenda}
    if joined < k:  # fewer than k in the room: every count reads "fewer than k"
        return {"k": k, "joined": 0, "boards": boards}
    for item in session.agenda:
        posts = (sa.select(Contribution.author_ref)
                 .where(Contribution.session_id == session.id,
                        Contribution.agenda_item_id == item.id)
                 .order_by(Contribution.id))
        votes = (sa.select(Vote.author_ref)
                 .join(Contribution, Vote.contribution_id == Contribution.id)
                 .where(Vote.session_id == session.id,
                        Contribution.agenda_item_id == item.id)
                 .order_by(Vote.id))
        boards[item.public_id] = {"posting": _counted(posts, k), "voting": _counted(votes, k)}
    return {"k": k, "joined": step(joined, k), "boards": boards}
