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

from ..anonymity import keyed_hash
from ..extensions import db
from ..models import DialogueSession, RosterEntry, WriteReceipt
from ..models.board import CONTRIBUTION_KINDS
from ..realtime import schema
from ..realtime.actors import Actor
from ..realtime.broadcast import agenda_payload
from ..realtime.limits import actor_key, limiter
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


COMMANDS: dict[str, Command] = {}
PARTICIPANT = ("participant",)
FACILITATOR = ("facilitator",)
MODERATE_ACTIONS = ("approve", "dismiss", "edit", "label", "answer", "archive", "spotlight")
AGENDA_ACTIONS = ("open", "lock", "unlock", "finish", "next")


def command(name: str, roles: tuple[str, ...], bucket: str, write: bool = True,
            **spec: schema.Field) -> Callable[[Runner], Runner]:
    if write:
        spec["client_key"] = schema.ClientKey()

    def register(run: Runner) -> Runner:
        COMMANDS[name] = Command(roles, bucket, spec, run, write)
        return run
    return register


def error(code: str, message: str, **details: object) -> dict:
    return {"ok": False, "error": code, "message": message, **details}


def execute(actor: Actor | None, name: str, data: object) -> dict:
    """Run one command for ``actor``; always returns a reply, never raises on bad input."""
    spec = COMMANDS[name]
    if actor is None:
        return error("not_connected", _("Reconnect and try again."))
    if not limiter.allow(actor_key(actor), spec.bucket):
        return error("rate_limited", _("That was a lot at once. Wait a moment, then try again."))
    if actor.role not in spec.roles:
        return error("forbidden", _("You may not do that."))
    try:
        values = schema.validate(spec.spec, data)
    except schema.PayloadError as refused:
        return error(refused.code, refused.message)
    session = db.session.get(DialogueSession, actor.session_id)
    if session is None or session.is_closed:
        return error("session_closed", _("This session is closed."))
    if actor.is_participant:
        entry = db.session.get(RosterEntry, actor.participant_id)
        if entry is None or entry.revoked:
            return error("forbidden", _("You may not do that."))
    key = (keyed_hash(session, actor.author_ref or "facilitator", values["client_key"])
           if spec.write else None)
    if key and (done := _receipt(session, key)) is not None:
        return done  # a retry: the write already happened once
    try:
        reply, outcome = spec.run(session, actor, values)
        if key:
            db.session.add(WriteReceipt(session_id=session.id, key_hash=key, result=reply))
        # announce() reads the rows this command just wrote: keep them loaded after the
        # commit instead of reloading each one (this session ends with the event anyway).
        db.session().expire_on_commit = False
        db.session.commit()
    except BoardError as refused:
        db.session.rollback()
        return error(refused.code, refused.message, **refused.details)
    except IntegrityError:  # the same write raced in from another socket or process
        db.session.rollback()
        done = _receipt(session, key) if key else None
        return done if done is not None else error("conflict", _("Please try again."))
    announce(session, outcome)
    return reply


def _receipt(session: DialogueSession, key: str) -> dict | None:
    return db.session.scalar(sa.select(WriteReceipt.result).filter_by(
        session_id=session.id, key_hash=key))


# -- participants --------------------------------------------------------------------------

@command("board_post", PARTICIPANT, "write", board=schema.PublicId(), text=schema.Text(),
         kind=schema.OneOf(CONTRIBUTION_KINDS, required=False), confirm=schema.Flag())
def post(session: DialogueSession, actor: Actor, values: dict):
    item = services.board_of(session, values["board"])
    outcome = services.post_contribution(session, item, actor.author_ref, values["text"],
                                         values.get("kind", "contribution"),
                                         values.get("confirm", False))
    return {"ok": True, "item": payloads.own_view(outcome.touched[0][0])}, outcome


@command("board_edit", PARTICIPANT, "write", id=schema.PublicId(), text=schema.Text(),
         confirm=schema.Flag())
def edit(session: DialogueSession, actor: Actor, values: dict):
    contribution = services.contribution_of(session, values["id"])
    outcome = services.edit_own(session, contribution, actor.author_ref, values["text"],
                                values.get("confirm", False))
    return {"ok": True, "item": payloads.own_view(contribution)}, outcome


@command("board_withdraw", PARTICIPANT, "write", id=schema.PublicId())
def withdraw(session: DialogueSession, actor: Actor, values: dict):
    contribution = services.contribution_of(session, values["id"])
    outcome = services.withdraw_own(session, contribution, actor.author_ref)
    return {"ok": True, "id": contribution.public_id}, outcome


@command("board_vote", PARTICIPANT, "vote", id=schema.PublicId(), up=schema.Flag(required=True))
def vote(session: DialogueSession, actor: Actor, values: dict):
    contribution = services.contribution_of(session, values["id"])
    outcome, voted = services.vote(session, contribution, actor.author_ref, values["up"])
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
         on=schema.Flag())
def moderate(session: DialogueSession, actor: Actor, values: dict):
    contribution = services.contribution_of(session, values["id"])
    outcome = moderation.moderate(session, contribution, values["action"],
                                  text=values.get("text"), reason=values.get("reason"),
                                  labels=values.get("labels"), on=values.get("on", True))
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
