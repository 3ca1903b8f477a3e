"""The live layer's commands: what a socket event or an API call may do, and one pipeline.

A feature declares its commands in a ``Commands`` set (like a blueprint) and registers the
set from its ``init_app`` (``realtime.layer(app).add_commands``). ``execute`` runs every
command the same way, in one order:

    rate limit -> role -> payload schema -> session open and seat held -> idempotency
    receipt -> the feature's runner -> receipt and commit together -> announce -> reply

A refused request gets ``{ok: false, error, message}`` (``refusals.Refused``) and changes
nothing. A retried write (same ``client_key``) gets its first reply again, marked
``replayed: true``, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from .. import rate_limits
from ..anonymity import keyed_hash
from ..extensions import db
from ..models import DialogueSession, RosterEntry, WriteReceipt
from ..refusals import Refused, refusal
from . import schema
from .actors import ROLES, Actor

PARTICIPANT: tuple[str, ...] = ("participant",)
FACILITATOR: tuple[str, ...] = ("facilitator",)
DRAFTERS: tuple[str, ...] = ("participant", "facilitator")


@dataclass
class Done:
    """What a runner returns: the reply's fields, and what to announce once committed."""

    reply: dict[str, Any] = field(default_factory=dict)
    announce: Callable[[], None] | None = None


Runner = Callable[[DialogueSession, Actor, dict], Done]


@dataclass(frozen=True)
class Command:
    name: str
    roles: tuple[str, ...]  # who may send it (the policy)
    bucket: str  # its rate limit (rate_limits.DEFAULT_RATES)
    spec: dict[str, schema.Field]  # its payload schema
    run: Runner
    feature: str
    # Writes carry a client_key and leave a receipt; reads do neither.
    write: bool = True
    # The runner looks the receipt up itself, in the same statement as its own reads
    # (values["receipt_key"] is the key to bind), and raises Replayed if it was there.
    finds_receipt: bool = False
    # Which of the actor's rate-limit keys this event draws from, read off the raw payload
    # before anything else (default: ``actor.rate_key``); the runner finds the key used
    # in values["rate_key"]. Writes on a post signed with a name use the seat's signed key.
    rate_key: Callable[[Actor, object], str] | None = None

    @property
    def summary(self) -> str:
        return (self.run.__doc__ or "").strip().split("\n")[0]


class Commands:
    """One feature's commands, declared with ``@commands.command(...)``."""

    def __init__(self, feature: str) -> None:
        self.feature = feature
        self.commands: dict[str, Command] = {}

    def command(self, name: str, roles: tuple[str, ...], bucket: str, *, write: bool = True,
                finds_receipt: bool = False,
                rate_key: Callable[[Actor, object], str] | None = None,
                payload: dict[str, schema.Field] | None = None,
                **fields: schema.Field) -> Callable[[Runner], Runner]:
        """``fields`` (or ``payload``, for a field named like a Python keyword) is the
        payload's schema."""
        spec: dict[str, schema.Field] = {**(payload or {}), **fields}
        assert roles and set(roles) <= set(ROLES), f"{name}: unknown role in {roles}"
        assert bucket in rate_limits.DEFAULT_RATES, f"{name}: unknown rate limit {bucket!r}"
        if write:
            spec["client_key"] = schema.ClientKey()

        def declare(run: Runner) -> Runner:
            self.commands[name] = Command(name, roles, bucket, spec, run, self.feature, write,
                                          finds_receipt, rate_key)
            return run
        return declare


class Replayed(Exception):
    """Raised by a runner whose own lookup found the write's receipt: a retry."""

    def __init__(self, reply: dict):
        super().__init__("replayed")
        self.reply = reply


def replayed(reply: dict) -> dict:
    """A stored reply sent again: marked, so a client can tell a retry from a fresh write."""
    return {**reply, "replayed": True}


def execute(command: Command, actor: Actor | None, data: object) -> dict:
    """Run ``command`` for ``actor``; always returns a reply, never raises on bad input."""
    if actor is None:
        return refusal("not_connected", _("Reconnect and try again."))
    rate_key = command.rate_key(actor, data) if command.rate_key else actor.rate_key
    if not rate_limits.allow(command.bucket, rate_key):
        return refusal("rate_limited", _("That was a lot at once. Wait a moment, then try "
                                         "again."))
    if actor.role not in command.roles:
        return refusal("forbidden", _("You may not do that."))
    try:
        values = schema.validate(command.spec, data)
    except Refused as refused:
        return refused.reply()
    values["rate_key"] = rate_key
    session, seated = _session_and_seat(actor)
    if session is None or session.is_closed:
        return refusal("session_closed", _("This session is closed."))
    if not seated:
        return refusal("forbidden", _("You may not do that."))
    key = (keyed_hash(session, actor.author_ref or "facilitator", command.name,
                      values["client_key"]) if command.write else None)
    if key and command.finds_receipt:
        values["receipt_key"] = key
    elif key and (done := _receipt(session, key)) is not None:
        return replayed(done)
    try:
        outcome = command.run(session, actor, values)
        reply = {"ok": True, **outcome.reply}
        if key:  # one INSERT, no unit of work; it commits with the write itself
            db.session.execute(_ADD_RECEIPT, {"session_id": session.id, "key_hash": key,
                                              "result": reply})
        # The announcement reads the rows this command just wrote: keep them loaded after
        # the commit instead of reloading each one (this session ends with the event anyway).
        db.session().expire_on_commit = False
        db.session.commit()
    except Replayed as retry:
        db.session.rollback()
        return replayed(retry.reply)
    except Refused as refused:
        db.session.rollback()
        return refused.reply()
    except IntegrityError:  # the same write raced in from another socket or process
        db.session.rollback()
        done = _receipt(session, key) if key else None
        return replayed(done) if done is not None else refusal(
            "conflict", _("That was already recorded. Please try again."))
    if outcome.announce is not None:
        outcome.announce()
    return reply


# Statements on the hot path, built once; SQLAlchemy's compiled cache does the rest.
_SESSION_AND_SEAT = (sa.select(DialogueSession, RosterEntry.revoked, RosterEntry.seat_hash)
                     .outerjoin(RosterEntry, RosterEntry.id == sa.bindparam("participant_id"))
                     .where(DialogueSession.id == sa.bindparam("session_id")))
_ADD_RECEIPT = sa.insert(WriteReceipt.__table__)
RECEIPT_OF = (sa.select(WriteReceipt.result)
              .where(WriteReceipt.session_id == sa.bindparam("session_id"),
                     WriteReceipt.key_hash == sa.bindparam("receipt_key"))
              .scalar_subquery())


def _session_and_seat(actor: Actor) -> tuple[DialogueSession | None, bool]:
    """The actor's session and whether they still hold their seat, in one statement: a
    seat removed, or replaced by a new link since this socket opened, is lost."""
    if not actor.is_participant:
        return db.session.get(DialogueSession, actor.session_id), True
    row = db.session.execute(_SESSION_AND_SEAT, {"session_id": actor.session_id,
                                                 "participant_id": actor.participant_id}
                             ).first()
    if row is None:
        return None, False
    session, revoked, seat_hash = row
    return session, revoked is False and seat_hash == actor.seat_hash


def _receipt(session: DialogueSession, key: str) -> dict | None:
    return db.session.scalar(sa.select(WriteReceipt.result).filter_by(
        session_id=session.id, key_hash=key))
