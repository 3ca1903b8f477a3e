"""The rules of live boards: posting, editing, voting, moderating, merging, spotlighting.

Every function takes the acting person explicitly (a participant's ``actor_ref``; the
facilitator functions are only reached by the session's owner) and returns an
``Outcome`` naming what changed. No request, no flask.session, no Socket.IO here: the
caller commits and then announces the outcome (boards/announce.py).
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy import orm

from ..anonymity import attributed_ref, predates_seat, predates_seat_message
from ..extensions import db
from ..models import AgendaItem, Contribution, DialogueSession, RosterEntry, Vote
from ..models.base import new_public_id
from ..models.board import (
    CONTRIBUTION_KINDS,
    GONE,
    MAX_ATTRIBUTION,
    OWN_EDITABLE,
    TRANSITIONS,
    Status,
)
from ..realtime.actors import Actor
from ..refusals import Refused
from . import detection, word_filter

PUBLISHED = Status.PUBLISHED
PENDING = Status.PENDING


def move(contribution: Contribution, step: str) -> None:
    """Take one step of models.board.TRANSITIONS, or refuse it (``wrong_state``)."""
    sources, target = TRANSITIONS[step]
    if contribution.status not in sources:
        raise Refused("wrong_state", _("That is not possible for this contribution now."))
    contribution.status = target
    if target is not Status.PUBLISHED:
        contribution.spotlight = False


def require_status(contribution: Contribution, allowed: Iterable[str]) -> None:
    if contribution.status not in allowed:
        raise Refused("wrong_state", _("That is not possible for this contribution now."))


@dataclass
class Outcome:
    """What a write changed, for the announcer: contributions with their visibility before."""

    touched: list[tuple[Contribution, bool]] = field(default_factory=list)
    tallies: list[Contribution] = field(default_factory=list)
    board: AgendaItem | None = None
    agenda: bool = False

    def touch(self, contribution: Contribution, was_public: bool) -> Outcome:
        self.touched.append((contribution, was_public))
        return self


def is_public(contribution: Contribution) -> bool:
    return contribution.status == PUBLISHED


# -- finding things, always within the actor's session ----------------------------------

def board_of(session: DialogueSession, item_public_id: str) -> AgendaItem:
    item = db.session.scalar(sa.select(AgendaItem).filter_by(
        public_id=item_public_id, session_id=session.id))
    if item is None:
        raise Refused("not_found", _("There is no such board in this session."))
    return item


def contribution_of(session: DialogueSession, public_id: str) -> Contribution:
    contribution = db.session.scalar(sa.select(Contribution).filter_by(
        public_id=public_id, session_id=session.id))
    if contribution is None or contribution.status in GONE:
        raise Refused("not_found", _("That contribution is not on this board any more."))
    return contribution


def vote_target_statement(*extra: sa.ColumnElement) -> sa.Select:
    """The SELECT behind ``vote_target``, built once: bind ``public_id``, ``session_id`` and
    ``actor_ref`` (and whatever ``extra`` columns need)."""
    existing = (sa.select(Vote.id).where(Vote.contribution_id == Contribution.id,
                                         Vote.author_ref == sa.bindparam("actor_ref"))
                .scalar_subquery())
    return (sa.select(Contribution, existing, *extra)
            .join(Contribution.agenda_item)
            .options(orm.contains_eager(Contribution.agenda_item))
            .where(Contribution.public_id == sa.bindparam("public_id"),
                   Contribution.session_id == sa.bindparam("session_id")))


_VOTE_TARGET = vote_target_statement()


def vote_target(session: DialogueSession, public_id: str, actor_ref: str,
                statement: sa.Select = _VOTE_TARGET, **params: object) -> tuple:
    """``(contribution, id of actor_ref's vote on it or None, *extra columns)`` in one
    statement; the contribution arrives with its agenda item. Raises like ``contribution_of``."""
    row = db.session.execute(statement, {"public_id": public_id, "session_id": session.id,
                                         "actor_ref": actor_ref, **params}).first()
    if row is None or row[0].status in GONE:
        raise Refused("not_found", _("That contribution is not on this board any more."))
    return tuple(row)


def _require_open_board(item: AgendaItem) -> None:
    if item.session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    if item.state == "locked":
        raise Refused("board_locked", _("The facilitator has locked this board."))
    if item.state != "open":
        raise Refused("board_closed", _("This agenda item is not open."))


def clean_text(session: DialogueSession, text: str) -> str:
    text = text.strip()
    if not text:
        raise Refused("empty", _("Write something first."))
    if len(text) > session.max_contribution_length:
        raise Refused("too_long", _("Please keep it under %(max)d characters.",
                                       max=session.max_contribution_length))
    return text


def _flags(session: DialogueSession, text: str, confirm: bool) -> list[dict]:
    """The roster-aware spans, kept for moderators. Without ``confirm`` a text that the
    roster-independent warning flags is handed back to its author with those spans only,
    so the answer never tells whether a name is on the invite list."""
    if not confirm and (warning := detection.author_warning(text)):
        raise Refused("flagged", _("This may identify someone. Edit it, or post anyway."),
                         spans=warning)
    return detection.find_flags(session, text)


def _held(item: AgendaItem, text: str, confirm: bool) -> bool:
    """Held for a moderator: the board is pre-moderated, the word filter matched, or the
    author was warned and posted anyway (whatever the board's setting: an unreviewed
    flagged text must not reach the room). Only the roster-independent warning counts:
    holding on the roster-aware flags would show the author "Waiting for approval" for a
    name that is on the invite list and not for one that is not (docs/security.md)."""
    return (item.premoderation or bool(word_filter.matches(text))
            or (confirm and bool(detection.author_warning(text))))


# -- participants --------------------------------------------------------------------------

def post_contribution(session: DialogueSession, item: AgendaItem, actor_ref: str, text: str,
                      kind: str, confirm: bool = False,
                      signed: Signature | None = None) -> Outcome:
    """A participant posts to the open board; held if pre-moderated, filtered or flagged.

    ``signed``: the author chose to post it under their name (only on an item that is on
    the record); the post then gets its own ref (anonymity.attributed_ref), not theirs."""
    _require_open_board(item)
    if kind not in CONTRIBUTION_KINDS:
        raise Refused("invalid", _("Choose a contribution or a question."))
    if signed is not None and not item.on_the_record:
        raise Refused("not_on_record", _("Only items on the record can be posted under "
                                         "your name."))
    text = clean_text(session, text)
    flags = _flags(session, text, confirm)
    public_id = new_public_id()
    contribution = Contribution(
        session_id=session.id, agenda_item_id=item.id, author_ref=actor_ref, kind=kind,
        text=text, flags=flags, labels=[], cleared_flags=[], vote_count=0,
        status=PENDING if _held(item, text, confirm) else PUBLISHED, public_id=public_id)
    if signed is not None:
        contribution.attribution = signed.text
        contribution.author_ref = attributed_ref(signed.seed, public_id)
    db.session.add(contribution)
    db.session.flush()
    return Outcome().touch(contribution, False)


@dataclass(frozen=True)
class Signature:
    """A post signed with its author's name: the text shown, and the seat's seed for the
    post's own ref (never stored)."""

    text: str
    seed: str


def attribution_of(session: DialogueSession, actor: Actor) -> str:
    """ "Name, Affiliation" from the acting seat's roster entry (a walk-in's: what they
    typed when joining), never from anything the client sends."""
    entry = db.session.get(RosterEntry, actor.participant_id) \
        if actor.participant_id is not None else None
    text = attribution_text(entry) if entry is not None and entry.session_id == session.id \
        else None
    if not text:
        raise Refused("no_name", _("There is no name to post under for you in this "
                                   "session."))
    return text


def attribution_text(entry: RosterEntry) -> str | None:
    """ "Name, Affiliation" (or the name alone) of a roster entry; None without a name."""
    name, affiliation = (entry.name or "").strip(), (entry.affiliation or "").strip()
    if not name:
        return None
    return (f"{name}, {affiliation}" if affiliation else name)[:MAX_ATTRIBUTION]


def is_own(contribution: Contribution, actor: Actor) -> bool:
    """Whether ``actor`` wrote ``contribution``: its ref is theirs, or, for a post signed
    with a name, the post's own ref recomputed from the seat's seed. The one check behind
    editing and withdrawing one's own item, ``mine``, ``board_mine`` and "own_item"."""
    if actor.author_ref is None or contribution.author_ref is None:
        return False
    if contribution.author_ref == actor.author_ref:
        return True
    return (contribution.attribution is not None and actor.attribution_seed is not None
            and hmac.compare_digest(contribution.author_ref, attributed_ref(
                actor.attribution_seed, contribution.public_id)))


def is_own_signed(actor: Actor, public_id: str) -> bool:
    """Whether ``public_id`` is a post ``actor`` signed with their name (its ref is the one
    their seed makes for it); one indexed look-up, before the event's other checks."""
    if actor.attribution_seed is None:
        return False
    ref = db.session.scalar(sa.select(Contribution.author_ref).where(
        Contribution.session_id == actor.session_id, Contribution.public_id == public_id,
        Contribution.attribution.is_not(None)))
    return ref is not None and hmac.compare_digest(
        ref, attributed_ref(actor.attribution_seed, public_id))


def own_ref(contribution: Contribution, actor: Actor) -> str:
    """The ref ``actor`` has on ``contribution`` if it is theirs, else their author ref
    (which then does not match, so the service refuses ``not_yours``)."""
    if is_own(contribution, actor) and contribution.author_ref is not None:
        return contribution.author_ref
    return actor.ref


def _own(contribution: Contribution, actor_ref: str) -> None:
    if contribution.author_ref != actor_ref:
        raise Refused("not_yours", _("You can only change your own contributions."))
    if contribution.status not in OWN_EDITABLE or contribution.answered:
        raise Refused("not_editable",
                         _("This contribution can no longer be changed."))
    _require_open_board(contribution.agenda_item)


def edit_own(session: DialogueSession, contribution: Contribution, actor_ref: str, text: str,
             confirm: bool = False) -> Outcome:
    """The author rewrites an unanswered post. On a moderated board it goes back to the queue,
    so approval cannot be used to slip in a different text."""
    _own(contribution, actor_ref)
    text = clean_text(session, text)
    flags = _flags(session, text, confirm)
    was_public = is_public(contribution)
    if text != contribution.text:
        contribution.text, contribution.edited = text, True
    contribution.flags = flags
    if was_public and _held(contribution.agenda_item, text, confirm):
        move(contribution, "hold")
    return Outcome().touch(contribution, was_public)


def withdraw_own(session: DialogueSession, contribution: Contribution,
                 actor_ref: str) -> Outcome:
    _own(contribution, actor_ref)
    was_public = is_public(contribution)
    move(contribution, "withdraw")
    contribution.attribution = None  # withdrawing takes the name off too
    return Outcome().touch(contribution, was_public)


_UNKNOWN = object()
# Core statements on the tables, built once (the ORM adds nothing here: no object to track).
_votes, _contributions = Vote.__table__, Contribution.__table__
_ADD_VOTE = sa.insert(_votes)
_DROP_VOTE = sa.delete(_votes).where(_votes.c.id == sa.bindparam("vote_id"))
_COUNT_VOTE = (sa.update(_contributions).where(_contributions.c.id == sa.bindparam("row_id"))
               .values(vote_count=_contributions.c.vote_count + sa.bindparam("delta")))


def vote(session: DialogueSession, contribution: Contribution, actor_ref: str,
         up: bool, existing: int | None | object = _UNKNOWN,
         votes_from: datetime | None = None,
         signed_ref: str | None = None) -> tuple[Outcome, bool]:
    """One upvote per person; ``up=False`` takes it back. Returns (outcome, voted now).

    ``existing`` is the id of the actor's vote on it (None: none), if the caller already
    read it (``vote_target``); otherwise it is looked up here. ``votes_from``: the seat
    replaced an earlier one then, and votes only on what was posted since. ``signed_ref``:
    the voter's ref on this item if it is a post they signed (``own_ref``), else None."""
    if not is_public(contribution):
        raise Refused("not_votable", _("Only published contributions can be voted on."))
    _require_open_board(contribution.agenda_item)
    if contribution.author_ref == actor_ref or contribution.author_ref == signed_ref:
        raise Refused("own_item", _("You cannot vote for your own contribution."))
    if up and predates_seat(contribution.created_at, votes_from):
        raise Refused("before_new_link", predates_seat_message())
    if existing is _UNKNOWN:
        existing = db.session.scalar(sa.select(Vote.id).filter_by(
            contribution_id=contribution.id, author_ref=actor_ref))
    if up == (existing is not None):
        return Outcome(), up  # already so: a repeated click changes nothing
    # Plain INSERT/DELETE and UPDATE statements, no unit of work: the vote row and the
    # counter change in one transaction, the counter as SQL so concurrent votes add up.
    # A second vote by the same person fails on the unique constraint (IntegrityError).
    if up:
        db.session.execute(_ADD_VOTE, {"session_id": session.id, "author_ref": actor_ref,
                                       "contribution_id": contribution.id})
    else:
        db.session.execute(_DROP_VOTE, {"vote_id": existing})
    db.session.execute(_COUNT_VOTE, {"row_id": contribution.id, "delta": 1 if up else -1})
    db.session.expire(contribution, ["vote_count"])  # reread if anyone asks
    return Outcome(tallies=[contribution]), up


# -- reading -------------------------------------------------------------------------------

# Read on every sync (each join and reconnect): built once.
_NEWEST_FIRST = (Contribution.created_at.desc(), Contribution.id.desc())
_BOARD_CONTRIBUTIONS = (sa.select(Contribution)
                        .where(Contribution.session_id == sa.bindparam("session_id"),
                               Contribution.status.in_(sa.bindparam("statuses", expanding=True)))
                        .order_by(*_NEWEST_FIRST))
_OWN_CONTRIBUTIONS = (sa.select(Contribution)
                      .where(Contribution.session_id == sa.bindparam("session_id"),
                             sa.or_(Contribution.author_ref == sa.bindparam("actor_ref"),
                                    Contribution.attribution.is_not(None)),
                             Contribution.status.in_((PENDING, PUBLISHED, Status.DISMISSED)))
                      .order_by(*_NEWEST_FIRST))
_VOTED_IDS = (sa.select(Contribution.public_id).join(Vote, Vote.contribution_id == Contribution.id)
              .where(Vote.session_id == sa.bindparam("session_id"),
                     Vote.author_ref == sa.bindparam("actor_ref")))


def board_contributions(session: DialogueSession, statuses: tuple[str, ...]
                        ) -> list[Contribution]:
    """Contributions of the session in these states, newest first."""
    return list(db.session.scalars(_BOARD_CONTRIBUTIONS, {"session_id": session.id,
                                                           "statuses": list(statuses)}))


def own_contributions(session: DialogueSession, actor_ref: str,
                      seed: str | None = None) -> list[Contribution]:
    """The author's own live and dismissed items: those with their ref, and the posts
    they signed with their name (each ref recomputed from ``seed``: there are few)."""
    rows = db.session.scalars(_OWN_CONTRIBUTIONS, {"session_id": session.id,
                                                   "actor_ref": actor_ref})
    return [each for each in rows if each.author_ref == actor_ref or (
        seed is not None and each.author_ref is not None
        and hmac.compare_digest(each.author_ref, attributed_ref(seed, each.public_id)))]


def voted_ids(session: DialogueSession, actor_ref: str) -> list[str]:
    return list(db.session.scalars(_VOTED_IDS, {"session_id": session.id,
                                                "actor_ref": actor_ref}))
