"""Board commands: what each board socket event and API call does, declared once for both.

The live layer (realtime.commands.execute) runs each through the same pipeline; a runner
does the board's part and says what to announce once it has committed.
"""

from __future__ import annotations

from functools import partial

from flask_babel import gettext as _

from ..models import DialogueSession
from ..models.board import CONTRIBUTION_KINDS
from ..realtime import schema
from ..realtime.actors import Actor
from ..realtime.commands import FACILITATOR, PARTICIPANT, RECEIPT_OF, Commands, Done, Replayed
from ..refusals import Refused
from . import detection, moderation, payloads, projector, services
from .announce import agenda_payload, announce, projector_changed

commands = Commands("boards")
MODERATE_ACTIONS = ("approve", "dismiss", "restore", "edit", "label", "answer", "archive",
                    "spotlight", "redact")
AGENDA_ACTIONS = ("open", "lock", "unlock", "finish", "next")
_VOTE_LOOKUP = services.vote_target_statement(RECEIPT_OF)


def _done(session: DialogueSession, reply: dict, outcome: services.Outcome) -> Done:
    return Done(reply, partial(announce, session, outcome))


# -- participants --------------------------------------------------------------------------

def _signing(actor: Actor, data: object) -> str:
    """A post sent with ``attributed: true`` draws from the seat's signed key, so the
    person's own key shows no hit at a signed post's moment (docs/security.md,
    "Attribution by choice"); read off the raw payload, like every rate limit."""
    signed = isinstance(data, dict) and data.get("attributed") is True
    return actor.signed_rate_key if signed and actor.signed_rate_key else actor.rate_key


def _on_signed(actor: Actor, data: object) -> str:
    """An edit or withdrawal of the actor's own signed post draws from the signed key
    too (one indexed look-up of the post's ref); anything else from the person's."""
    post = data.get("id") if isinstance(data, dict) else None
    if not (isinstance(post, str) and actor.signed_rate_key):
        return actor.rate_key
    return actor.signed_rate_key if services.is_own_signed(actor, post) else actor.rate_key


@commands.command("board_post", PARTICIPANT, "write", rate_key=_signing,
                  board=schema.PublicId(),
                  text=schema.Text(), kind=schema.OneOf(CONTRIBUTION_KINDS, required=False),
                  confirm=schema.Flag(), attributed=schema.Flag())
def post(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: post to the open board; ``attributed``: under their name (an item on
    the record only; the name comes from their roster entry, never from the client)."""
    item = services.board_of(session, values["board"])
    signed = None
    if values.get("attributed"):
        if not item.on_the_record:
            raise Refused("not_on_record", _("Only items on the record can be posted "
                                             "under your name."))
        if actor.attribution_seed is None:
            raise Refused("no_name", _("There is no name to post under for you in this "
                                       "session."))
        signed = services.Signature(services.attribution_of(session, actor),
                                    actor.attribution_seed)
    outcome = detection.warnings_limited(
        values["rate_key"], bool(values.get("confirm")), lambda: services.post_contribution(
            session, item, actor.ref, values["text"], values.get("kind", "contribution"),
            values.get("confirm", False), signed=signed))
    return _done(session, {"item": payloads.own_view(outcome.touched[0][0])}, outcome)


@commands.command("board_edit", PARTICIPANT, "write", rate_key=_on_signed,
                  id=schema.PublicId(), text=schema.Text(), confirm=schema.Flag())
def edit(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: rewrite their own unanswered item."""
    contribution = services.contribution_of(session, values["id"])
    outcome = detection.warnings_limited(
        values["rate_key"], bool(values.get("confirm")), lambda: services.edit_own(
            session, contribution, services.own_ref(contribution, actor), values["text"],
            values.get("confirm", False)))
    return _done(session, {"item": payloads.own_view(contribution)}, outcome)


@commands.command("board_withdraw", PARTICIPANT, "write", rate_key=_on_signed,
                  id=schema.PublicId())
def withdraw(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: take back their own unanswered item."""
    contribution = services.contribution_of(session, values["id"])
    outcome = services.withdraw_own(session, contribution,
                                    services.own_ref(contribution, actor))
    return _done(session, {"id": contribution.public_id}, outcome)


@commands.command("board_vote", PARTICIPANT, "vote", finds_receipt=True,
                  id=schema.PublicId(), up=schema.Flag(required=True))
def vote(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: upvote another's published item, or take the vote back."""
    # One SELECT: the item with its board, the voter's existing vote and the receipt.
    contribution, existing, done = services.vote_target(
        session, values["id"], actor.ref, _VOTE_LOOKUP,
        receipt_key=values["receipt_key"])
    if done is not None:
        raise Replayed(done)
    signed_ref = (services.own_ref(contribution, actor)
                  if services.is_own(contribution, actor) else None)
    outcome, voted = services.vote(session, contribution, actor.ref, values["up"],
                                   existing=existing, votes_from=actor.votes_from,
                                   signed_ref=signed_ref)
    return _done(session, {"id": contribution.public_id, "voted": voted}, outcome)


@commands.command("board_mine", PARTICIPANT, "read", write=False)
def mine(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: their own items and votes (private state a public replay cannot carry)."""
    return Done({"items": [payloads.own_view(each)
                           for each in services.own_contributions(
                               session, actor.ref, actor.attribution_seed)],
                 "voted": services.voted_ids(session, actor.ref)})


# -- facilitators --------------------------------------------------------------------------

@commands.command("board_moderate", FACILITATOR, "moderate", id=schema.PublicId(),
                  action=schema.OneOf(MODERATE_ACTIONS, code="invalid"),
                  text=schema.Text(required=False),
                  reason=schema.Text(max_length=moderation.MAX_REASON_LENGTH, required=False),
                  labels=schema.Words(max_items=moderation.MAX_LABELS,
                                      max_length=moderation.MAX_LABEL_LENGTH, required=False),
                  on=schema.Flag(), spans=schema.Spans(required=False),
                  to=schema.OneOf(moderation.RESTORE_TO, required=False, code="invalid"))
def moderate(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: approve, dismiss, restore (undo a dismissal), edit, label, answer,
    archive, spotlight or redact."""
    contribution = services.contribution_of(session, values["id"])
    outcome = moderation.moderate(session, contribution, values["action"],
                                  text=values.get("text"), reason=values.get("reason"),
                                  labels=values.get("labels"), on=values.get("on", True),
                                  spans=values.get("spans"),
                                  to=values.get("to", services.PUBLISHED))
    return _done(session, {"item": payloads.moderator_item(contribution)}, outcome)


@commands.command("board_merge", FACILITATOR, "moderate", id=schema.PublicId(),
                  into=schema.PublicId())
def merge(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: fold a duplicate into another item."""
    duplicate = services.contribution_of(session, values["id"])
    into = services.contribution_of(session, values["into"])
    outcome = moderation.merge(session, duplicate, into)
    return _done(session, {"item": payloads.moderator_item(into)}, outcome)


@commands.command("board_unmerge", FACILITATOR, "moderate", id=schema.PublicId())
def unmerge(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: undo a merge (the console's "Undo"): the item and its votes come back."""
    duplicate = moderation.merged_item_of(session, values["id"])
    outcome, into = moderation.unmerge(session, duplicate)
    return _done(session, {"item": payloads.moderator_item(duplicate),
                           "into": payloads.moderator_item(into)}, outcome)


@commands.command("board_settings", FACILITATOR, "moderate", board=schema.PublicId(),
                  premoderation=schema.Flag(required=True))
def settings(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: pre-moderation on or off for one board."""
    item = services.board_of(session, values["board"])
    outcome = moderation.set_premoderation(session, item, values["premoderation"])
    return _done(session, {"board": item.public_id, "premoderation": item.premoderation},
                 outcome)


@commands.command("agenda_control", FACILITATOR, "moderate",
                  action=schema.OneOf(AGENDA_ACTIONS, code="invalid"),
                  item=schema.PublicId(required=False))
def agenda(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: open, lock, unlock or finish an item, or open the next one."""
    item = services.board_of(session, values["item"]) if "item" in values else None
    outcome = moderation.control_agenda(session, values["action"], item)
    return _done(session, {"agenda": agenda_payload(session)}, outcome)


@commands.command("projector_show", FACILITATOR, "moderate",
                  mode=schema.OneOf(projector.PROJECTOR_MODES, code="invalid"),
                  option=schema.PublicId(required=False), timer=schema.Flag())
def projector_show(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: choose what the projector shows, and whether it shows the clock (kept
    for a reload)."""
    projector.show(session, values["mode"], values.get("option"), values.get("timer"))
    shown = projector.payload(session)
    return Done({"projector": shown}, partial(projector_changed, session))
