"""Socket.IO handlers for policy options. Thin: check the shape, call the service, commit,
broadcast. Every handler acks {ok: true, ...} or {ok: false, error, message} with nothing
changed. Participants cannot send the facilitator's events. Protocol: docs/realtime.md.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import sqlalchemy as sa
from flask import request
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from .. import rate_limits
from ..anonymity import keyed_hash
from ..extensions import db, socketio
from ..models import Argument, DialogueSession, RosterEntry, WriteReceipt
from ..models.options import CONSENT_CHOICES, OPTION_STATUSES, ROUND_KINDS
from ..options import carry_over, payloads, rounds, services
from ..options.errors import OptionError
from . import broadcast, events
from .actors import Actor, connections
from .schema import ClientKey, Flag, OneOf, PayloadError, PublicId, Text, validate

PARTICIPANT, FACILITATOR = ("participant",), ("facilitator",)
ANYONE_DRAFTING = ("participant", "facilitator")


@dataclass(frozen=True)
class FieldValues:
    """An option's fields: {key: text or list of keys}; the service checks the template."""

    required: bool = True

    def clean(self, name: str, value: object) -> dict:
        if not isinstance(value, dict) or len(value) > 40 or not all(
                isinstance(key, str) and len(key) <= 32 and (
                    isinstance(each, str) or (isinstance(each, list) and len(each) <= 20))
                for key, each in value.items()):
            raise PayloadError("malformed", _("%(field)s must map field names to text.",
                                              field=name))
        return value


@dataclass(frozen=True)
class Whole:
    """A whole number (a version, a score); the service checks the range."""

    required: bool = True

    def clean(self, name: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**9:
            raise PayloadError("malformed", _("%(field)s must be a whole number.", field=name))
        return value


@dataclass(frozen=True)
class Scores:
    """{criterion key: score}; the range is the service's rule (its error, not ours)."""

    required: bool = True

    def clean(self, name: str, value: object) -> dict:
        if not isinstance(value, dict) or not 0 < len(value) <= 20 or not all(
                isinstance(key, str) and len(key) <= 32 for key in value):
            raise PayloadError("malformed", _("%(field)s must map criteria to scores.",
                                              field=name))
        return value


@dataclass(frozen=True)
class Ids:
    required: bool = True

    def clean(self, name: str, value: object) -> list[str]:
        if not isinstance(value, list) or len(value) > 50:
            raise PayloadError("malformed", _("%(field)s must be a list of ids.", field=name))
        return [PublicId().clean(name, each) for each in value]


def handler(event: str, roles: tuple[str, ...], bucket: str):
    """Register ``fn(actor, session, data) -> dict`` as the handler of ``event``."""
    def register(fn):
        @functools.wraps(fn)
        def handle(data=None):
            actor = connections.get(request.sid)
            if actor is None:
                return {"ok": False, "error": "not_connected", "message": _("Not connected.")}
            if actor.role not in roles or (actor.is_participant and _seat_lost(actor)):
                return {"ok": False, "error": "forbidden",
                        "message": _("You cannot do that here.")}
            if not rate_limits.allow(bucket, actor.rate_key):
                return {"ok": False, "error": "rate_limited",
                        "message": _("Too many requests; wait a moment and try again.")}
            try:
                session = db.session.get(DialogueSession, actor.session_id)
                data, receipt = _receipt_for(actor, session, event, data)
                if receipt is not None and receipt.id is not None:
                    return receipt.result  # a retry: the write already happened once
                reply = {"ok": True, **fn(actor, session, data)}
                if receipt is not None:
                    receipt.result = reply
                    db.session.commit()
                return reply
            except PayloadError as error:
                db.session.rollback()
                return {"ok": False, "error": error.code, "message": error.message}
            except OptionError as error:
                db.session.rollback()
                return error.ack()
            except IntegrityError:
                db.session.rollback()
                return {"ok": False, "error": "conflict",
                        "message": _("That was already recorded.")}
            finally:
                db.session.remove()
        return socketio.on(event)(handle)
    return register


def _receipt_for(actor: Actor, session: DialogueSession, event: str, data: object
                 ) -> tuple[object, WriteReceipt | None]:
    """Split off the optional ``client_key``; with one, the receipt of this write.

    A stored receipt means a retry. A new one joins the handler's own commit (so the write
    and its receipt land together, or neither); its result is filled in afterwards.
    """
    if not isinstance(data, dict) or "client_key" not in data:
        return data, None
    data = dict(data)
    client_key = ClientKey().clean("client_key", data.pop("client_key"))
    key = keyed_hash(session, actor.author_ref or "facilitator", event, client_key)
    stored = db.session.scalar(sa.select(WriteReceipt).filter_by(session_id=session.id,
                                                                 key_hash=key))
    if stored is not None:
        return data, stored
    receipt = WriteReceipt(session_id=session.id, key_hash=key, result={"ok": True})
    sa.event.listen(db.session(), "before_commit",
                    lambda writing: writing.add(receipt), once=True)
    return data, receipt


def _seat_lost(actor: Actor) -> bool:
    """Removed since connecting (the socket is being closed; nothing slips through)."""
    entry = db.session.get(RosterEntry, actor.participant_id)
    return entry is None or entry.revoked


def _drafter(actor: Actor) -> services.Drafter:
    return services.FACILITATOR if actor.is_facilitator else services.as_participant(
        actor.author_ref)


def _group(actor: Actor) -> str:
    """The rater's stakeholder group label (stored with the answer; never the person)."""
    entry = db.session.get(RosterEntry, actor.participant_id)
    return entry.stakeholder_group if entry else ""


@handler("option_create", ANYONE_DRAFTING, "write")
def option_create(actor, session, data):
    """Facilitator, or a participant if the session allows: {fields, contributions?}."""
    values = validate({"fields": FieldValues(), "contributions": Ids(required=False)}, data)
    option = services.create_option(session, _drafter(actor), values["fields"],
                                    values.get("contributions", ()))
    db.session.commit()
    broadcast.option_changed(session, option)
    return {"option": option.public_id, "version": option.version}


@handler("option_edit", ANYONE_DRAFTING, "write")
def option_edit(actor, session, data):
    """{option, base_version, fields}; a moved-on option answers error "conflict"."""
    values = validate({"option": PublicId(), "base_version": Whole(),
                       "fields": FieldValues()}, data)
    option = services.option_in(session, values["option"])
    revision = services.edit_option(option, _drafter(actor), values["base_version"],
                                    values["fields"])
    db.session.commit()
    if revision is not None:
        broadcast.option_changed(session, option, revision)
    return {"version": option.version}


@handler("amendment_propose", PARTICIPANT, "write")
def amendment_propose(actor, session, data):
    """{option, field, text, reason?}: a proposal the facilitator accepts or rejects."""
    values = validate({"option": PublicId(), "field": Text(32), "text": Text(5000),
                       "reason": Text(1000, required=False)}, data)
    option = services.option_in(session, values["option"])
    amendment = services.propose_amendment(option, actor.author_ref, values["field"],
                                           values["text"], values.get("reason", ""))
    db.session.commit()
    broadcast.amendment_changed(session, amendment)
    return {"amendment": amendment.public_id}


@handler("argument_add", PARTICIPANT, "write")
def argument_add(actor, session, data):
    """{option, side: pro|contra, text}."""
    values = validate({"option": PublicId(), "side": OneOf(("pro", "contra")),
                       "text": Text(2000)}, data)
    option = services.option_in(session, values["option"])
    argument = services.add_argument(option, actor.author_ref, values["side"], values["text"])
    db.session.commit()
    broadcast.argument_added(session, argument, option)
    return {"argument": argument.public_id}


@handler("argument_vote", PARTICIPANT, "vote")
def argument_vote(actor, session, data):
    """{argument}: one upvote per person; the count follows in a coalesced tally."""
    values = validate({"argument": PublicId()}, data)
    argument = services.vote_argument(services.argument_in(session, values["argument"]),
                                      actor.author_ref)
    db.session.commit()
    broadcast.argument_voted(session, argument)
    return {"votes": argument.vote_count}


@handler("rating_submit", PARTICIPANT, "vote")
def rating_submit(actor, session, data):
    """{round, option, scores: {criterion key: 1-5}}: once per option and criterion."""
    values = validate({"round": PublicId(), "option": PublicId(), "scores": Scores()}, data)
    found = rounds.round_in(session, values["round"])
    option = services.option_in(session, values["option"])
    rounds.rate(found, option, actor.author_ref, _group(actor), values["scores"])
    db.session.commit()
    return {}


@handler("consent_submit", PARTICIPANT, "vote")
def consent_submit(actor, session, data):
    """{round, option, choice, reason?}; a block needs a reason."""
    values = validate({"round": PublicId(), "option": PublicId(),
                       "choice": OneOf(CONSENT_CHOICES), "reason": Text(1000, required=False)},
                      data)
    found = rounds.round_in(session, values["round"])
    option = services.option_in(session, values["option"])
    rounds.give_consent(found, option, actor.author_ref, _group(actor), values["choice"],
                        values.get("reason", ""))
    db.session.commit()
    return {}


@handler("amendment_decide", FACILITATOR, "moderate")
def amendment_decide(actor, session, data):
    """Facilitator: {amendment, accept: bool}; an accepted one becomes a revision."""
    values = validate({"amendment": PublicId(), "accept": Flag(required=True)}, data)
    amendment = services.amendment_in(session, values["amendment"])
    revision = services.decide_amendment(amendment, values["accept"])
    db.session.commit()
    broadcast.amendment_changed(session, amendment)
    if revision is not None:
        broadcast.option_changed(session, amendment.option, revision)
    return {"status": amendment.status}


@handler("option_status", FACILITATOR, "moderate")
def option_status(actor, session, data):
    """Facilitator: {option, status}."""
    values = validate({"option": PublicId(), "status": OneOf(OPTION_STATUSES)}, data)
    option = services.option_in(session, values["option"])
    services.set_status(option, values["status"])
    db.session.commit()
    broadcast.option_changed(session, option)
    return {"status": option.status}


@handler("round_open", FACILITATOR, "moderate")
def round_open(actor, session, data):
    """Facilitator: {kind: rating|consent, options: [ids]}."""
    values = validate({"kind": OneOf(ROUND_KINDS), "options": Ids()}, data)
    found = rounds.open_round(session, values["kind"], values["options"])
    db.session.commit()
    broadcast.round_opened(session, found)
    return {"round": found.public_id}


@handler("round_close", FACILITATOR, "moderate")
def round_close(actor, session, data):
    """Facilitator: {round}."""
    found = rounds.round_in(session, validate({"round": PublicId()}, data)["round"])
    rounds.close_round(found)
    db.session.commit()
    broadcast.round_closed(session, found)
    return {}


@handler("results_reveal", FACILITATOR, "moderate")
def results_reveal(actor, session, data):
    """Facilitator: {round}; everyone (and the projector) then sees the results."""
    found = rounds.round_in(session, validate({"round": PublicId()}, data)["round"])
    results = rounds.reveal_results(found)
    db.session.commit()
    broadcast.results_revealed(session, results)
    return {}


@handler("options_carry_over", FACILITATOR, "moderate")
def options_carry_over(actor, session, data):
    """Facilitator: {from: an earlier session of the round}; copies its options here."""
    source_id = validate({"from": PublicId()}, data)["from"]
    source = next((each for each in carry_over.previous_sessions(session)
                   if each.public_id == source_id), None)
    if source is None:
        raise OptionError("not_found", "No such earlier session in this round.")
    copies = carry_over.carry_over(session, source)
    db.session.commit()
    for option in copies:
        broadcast.option_changed(session, option)
    return {"options": [option.public_id for option in copies]}


def argument_counts(session_id: int, public_ids: set[str]) -> dict[str, dict]:
    """Loader for coalesced argument tallies: the committed counts at flush time."""
    rows = db.session.execute(sa.select(Argument.public_id, Argument.vote_count).where(
        Argument.session_id == session_id, Argument.public_id.in_(public_ids)))
    return {public_id: {"votes": votes} for public_id, votes in rows}


broadcast.tallies.register("argument", argument_counts)
events.snapshot_providers["options"] = lambda session, actor: payloads.snapshot(
    session, actor.author_ref, actor.is_facilitator)
