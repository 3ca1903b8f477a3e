"""Board commands: what each socket event and API call does, in one table for both paths.

``execute`` is the whole pipeline: rate limit, role, payload shape, the session check,
the idempotency receipt, the service, commit, announce, reply. A refused request gets
``{ok: false, error, message}`` and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from .. import rate_limits
from ..anonymity import keyed_hash
from ..extensions import db
from ..models import DialogueSession, RosterEntry, WriteReceipt
from ..models.board import CONTRIBUTION_KINDS
from ..realtime import schema
from ..realtime.actors import Actor
from ..realtime.broadcast import agenda_payload
from . import moderation, payloads, services
from .announce import announce
from .services import BoardError

Runner = Callable[[DialogueSession, Actor, dict], tuple[dict, services.Outcome]]


@dataclass(frozen=True)
class Command:
    roles: tuple[str, ...]
    bucket: str
    spec: dict[str, schema.Field]
    run: Runner
    write: bool = True  # writes carry a client_key and leave a receipt
    # The runner looks up the receipt itself, in the same statement as its own reads
    # (values["receipt_key"] is the key to bind), and raises Replayed if it was there.
    finds_receipt: bool = False


COMMANDS: dict[str, Command] = {}
PARTICIPANT = ("participant",)
FACILITATOR = ("facilitator",)
MODERATE_ACTIONS = ("approve", "dismiss", "edit", "label", "answer", "archive", "spotlight",
                    "redact")
AGENDA_ACTIONS = ("open", "lock", "unlock", "finish", "next")


def command(name: str, roles: tuple[str, ...], bucket: str, write: bool = True,
            finds_receipt: bool = False, **spec: schema.Field) -> Callable[[Runner], Runner]:
    if write:
        spec["client_key"] = schema.ClientKey()

    def register(run: Runner) -> Runner:
        COMMANDS[name] = Command(roles, bucket, spec, run, write, finds_receipt)
        return run
    return register


class Replayed(Exception):
    """Raised by a runner whose own lookup found the write's receipt: a retry."""

    def __init__(self, reply: dict):
        super().__init__("replayed")
        self.reply = reply


def error(code: str, message: str, **details: object) -> dict:
    return {"ok": False, "error": code, "message": message, **details}


def execute(actor: Actor | None, name: str, data: object) -> dict:
    """Run one command for ``actor``; always returns a reply, never raises on bad input."""
    spec = COMMANDS[name]
    if actor is None:
        return error("not_connected", _("Reconnect and try again."))
    if not rate_limits.allow(spec.bucket, actor.rate_key):
        return error("rate_limited", _("That was a lot at once. Wait a moment, then try again."))
    if actor.role not in spec.roles:
        return error("forbidden", _("You may not do that."))
    try:
        values = schema.validate(spec.spec, data)
    except schema.PayloadError as refused:
        return error(refused.code, refused.message)
    session, seated = _session_and_seat(actor)
    if session is None or session.is_closed:
        return error("session_closed", _("This session is closed."))
    if not seated:
        return error("forbidden", _("You may not do that."))
    key = (keyed_hash(session, actor.author_ref or "facilitator", values["client_key"])
           if spec.write else None)
    if key and spec.finds_receipt:
        values["receipt_key"] = key
    elif key and (done := _receipt(session, key)) is not None:
        return done  # a retry: the write already happened once
    try:
        reply, outcome = spec.run(session, actor, values)
        if key:  # one INSERT, no unit of work; it commits with the write itself
            db.session.execute(_ADD_RECEIPT, {"session_id": session.id, "key_hash": key,
                                              "result": reply})
        # announce() reads the rows this command just wrote: keep them loaded after the
        # commit instead of reloading each one (this session ends with the event anyway).
        db.session().expire_on_commit = False
        db.session.commit()
    except Replayed as retry:  # a retry: the write already happened once
        db.session.rollback()
        return retry.reply
    except BoardError as refused:
        db.session.rollback()
        return error(refused.code, refused.message, **refused.details)
    except IntegrityError:  # the same write raced in from another socket or process
        db.session.rollback()
        done = _receipt(session, key) if key else None
        return done if done is not None else error("conflict", _("Please try again."))
    announce(session, outcome)
    return reply


# Statements on the hot path, built once; SQLAlchemy's compiled cache does the rest.
_SESSION_AND_SEAT = (sa.select(DialogueSession, RosterEntry.revoked, RosterEntry.seat_hash)
                     .outerjoin(RosterEntry, RosterEntry.id == sa.bindparam("participant_id"))
                     .where(DialogueSession.id == sa.bindparam("session_id")))
_ADD_RECEIPT = sa.insert(WriteReceipt.__table__)
_RECEIPT_OF = (sa.select(WriteReceipt.result)
               .where(WriteReceipt.session_id == sa.bindparam("session_id"),
                      WriteReceipt.key_hash == sa.bindparam("receipt_key"))
               .scalar_subquery())
_VOTE_LOOKUP = services.vote_target_statement(_RECEIPT_OF)


def _session_and_seat(actor: Actor) -> tuple[DialogueSession | None, bool]:
    """The actor's session and whether they still hold their seat, in one statement."""
    if not actor.is_participant:
        return db.session.get(DialogueSession, actor.session_id), True
    row = db.session.execute(_SESSION_AND_SEAT, {"session_id": actor.session_id,
                                                 "participant_id": actor.participant_id}
                             ).first()
    if row is None:
        return None, False
    session, revoked, seat_hash = row
    # None: no such entry; another hash: a new link replaced the seat this socket opened with
    return session, revoked is False and seat_hash == actor.seat_hash


def _receipt(session: DialogueSession, key: str) -> dict | None:
    return db.session.scalar(sa.select(WriteReceipt.result).filter_by(
        session_id=session.id, key_hash=key))


# -- participants --------------------------------------------------------------------------

def _warnings_limited(actor: Actor, values: dict, write: Callable[[], services.Outcome]):
    """Run a write that may come back with the detector's warning; a seat is shown only so
    many warnings (bucket "detect"), so nobody can test names in bulk (docs/security.md)."""
    key = actor.rate_key
    if not values.get("confirm") and rate_limits.used_up("detect", key):
        raise BoardError("rate_limited",
                         _("That was a lot at once. Wait a moment, then try again."))
    try:
        return write()
    except BoardError as refused:
        if refused.code == "flagged":
            rate_limits.allow("detect", key)
        raise


@command("board_post", PARTICIPANT, "write", board=schema.PublicId(), text=schema.Text(),
         kind=schema.OneOf(CONTRIBUTION_KINDS, required=False), confirm=schema.Flag())
def post(session: DialogueSession, actor: Actor, values: dict):
    item = services.board_of(session, values["board"])
    outcome = _warnings_limited(actor, values, lambda: services.post_contribution(
        session, item, actor.author_ref, values["text"], values.get("kind", "contribution"),
        values.get("confirm", False)))
    return {"ok": True, "item": payloads.own_view(outcome.touched[0][0])}, outcome


@command("board_edit", PARTICIPANT, "write", id=schema.PublicId(), text=schema.Text(),
         confirm=schema.Flag())
def edit(session: DialogueSession, actor: Actor, values: dict):
    contribution = services.contribution_of(session, values["id"])
    outcome = _warnings_limited(actor, values, lambda: services.edit_own(
        session, contribution, actor.author_ref, values["text"], values.get("confirm", False)))
    return {"ok": True, "item": payloads.own_view(contribution)}, outcome


@command("board_withdraw", PARTICIPANT, "write", id=schema.PublicId())
def withdraw(session: DialogueSession, actor: Actor, values: dict):
    contribution = services.contribution_of(session, values["id"])
    outcome = services.withdraw_own(session, contribution, actor.author_ref)
    return {"ok": True, "id": contribution.public_id}, outcome


@command("board_vote", PARTICIPANT, "vote", finds_receipt=True, id=schema.PublicId(),
         up=schema.Flag(required=True))
def vote(session: DialogueSession, actor: Actor, values: dict):
    # One SELECT: the item with its board, the voter's existing vote and the receipt.
    contribution, existing, done = services.vote_target(
        session, values["id"], actor.author_ref, _VOTE_LOOKUP,
        receipt_key=values["receipt_key"])
    if done is not None:
        raise Replayed(done)
    outcome, voted = services.vote(session, contribution, actor.author_ref, values["up"],
                                   existing=existing, votes_from=actor.votes_from)
    return {"ok": True, "id": contribution.public_id, "voted": voted}, outcome


@command("board_mine", PARTICIPANT, "read", write=False)
def mine(session: DialogueSession, actor: Actor, values: dict):
    """The participant's own items and votes: private state a public replay cannot carry."""
    return {"ok": True,
            "items": [payloads.own_view(each)
                      for each in services.own_contributions(session, actor.author_ref)],
            "voted": services.voted_ids(session, actor.author_ref)}, services.Outcome()


# -- facilitators --------------------------------------------------------------------------

@command("board_moderate", FACILITATOR, "moderate", id=schema.PublicId(),
         action=schema.OneOf(MODERATE_ACTIONS), text=schema.Text(required=False),
         reason=schema.Text(max_length=moderation.MAX_REASON_LENGTH, required=False),
         labels=schema.Words(max_items=moderation.MAX_LABELS, required=False),
         on=schema.Flag(), spans=schema.Spans(required=False))
def moderate(session: DialogueSession, actor: Actor, values: dict):
    contribution = services.contribution_of(session, values["id"])
    outcome = moderation.moderate(session, contribution, values["action"],
                                  text=values.get("text"), reason=values.get("reason"),
                                  labels=values.get("labels"), on=values.get("on", True),
                                  spans=values.get("spans"))
    return {"ok": True, "item": payloads.moderator_item(contribution)}, outcome


@command("board_merge", FACILITATOR, "moderate", id=schema.PublicId(), into=schema.PublicId())
def merge(session: DialogueSession, actor: Actor, values: dict):
    duplicate = services.contribution_of(session, values["id"])
    into = services.contribution_of(session, values["into"])
    outcome = moderation.merge(session, duplicate, into)
    return {"ok": True, "item": payloads.moderator_item(into)}, outcome


@command("board_settings", FACILITATOR, "moderate", board=schema.PublicId(),
         premoderation=schema.Flag(required=True))
def settings(session: DialogueSession, actor: Actor, values: dict):
    item = services.board_of(session, values["board"])
    outcome = moderation.set_premoderation(session, item, values["premoderation"])
    return {"ok": True, "board": item.public_id, "premoderation": item.premoderation}, outcome


@command("agenda_control", FACILITATOR, "moderate", action=schema.OneOf(AGENDA_ACTIONS),
         item=schema.PublicId(required=False))
def agenda(session: DialogueSession, actor: Actor, values: dict):
    item = services.board_of(session, values["item"]) if "item" in values else None
    outcome = moderation.control_agenda(session, values["action"], item)
    return {"ok": True, "agenda": agenda_payload(session)}, outcome
