"""Options commands: what each options socket event does. The live layer runs them through
its one pipeline (realtime.commands.execute); every one is acknowledged {ok: true, ...} or
{ok: false, error, message} with nothing changed. Protocol: docs/options.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import gettext as _

from ..extensions import db
from ..models import Argument, DialogueSession, RatingRound, RosterEntry
from ..models.options import CONSENT_CHOICES, OPTION_STATUSES, ROUND_KINDS
from ..realtime.actors import Actor
from ..realtime.commands import DRAFTERS, FACILITATOR, PARTICIPANT, Commands, Done
from ..realtime.schema import Flag, OneOf, PublicId, Text
from ..refusals import Refused
from . import announce, carry_over, rounds, services

commands = Commands("options")


@dataclass(frozen=True)
class FieldValues:
    """An option's fields: {key: text or list of keys}; the service checks the template."""

    required: bool = True

    def clean(self, name: str, value: object) -> dict:
        if not isinstance(value, dict) or len(value) > 40 or not all(
                isinstance(key, str) and len(key) <= 32 and (
                    isinstance(each, str) or (isinstance(each, list) and len(each) <= 20))
                for key, each in value.items()):
            raise Refused("malformed", _("%(field)s must map field names to text.",
                                              field=name))
        return value


@dataclass(frozen=True)
class Whole:
    """A whole number (a version, a score); the service checks the range."""

    required: bool = True

    def clean(self, name: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**9:
            raise Refused("malformed", _("%(field)s must be a whole number.", field=name))
        return value


@dataclass(frozen=True)
class Scores:
    """{criterion key: score}; the range is the service's rule (its error, not ours)."""

    required: bool = True

    def clean(self, name: str, value: object) -> dict:
        if not isinstance(value, dict) or not 0 < len(value) <= 20 or not all(
                isinstance(key, str) and len(key) <= 32 for key in value):
            raise Refused("malformed", _("%(field)s must map criteria to scores.",
                                              field=name))
        return value


@dataclass(frozen=True)
class Ids:
    required: bool = True

    def clean(self, name: str, value: object) -> list[str]:
        if not isinstance(value, list) or len(value) > 50:
            raise Refused("malformed", _("%(field)s must be a list of ids.", field=name))
        return [PublicId().clean(name, each) for each in value]


def _drafter(actor: Actor) -> services.Drafter:
    return services.FACILITATOR if actor.is_facilitator else services.as_participant(
        actor.ref)


def _group(actor: Actor) -> str:
    """The rater's stakeholder group label (stored with the answer; never the person)."""
    entry = db.session.get(RosterEntry, actor.participant_id)
    return entry.stakeholder_group if entry else ""


@commands.command("option_create", DRAFTERS, "write", fields=FieldValues(),
                  contributions=Ids(required=False))
def option_create(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator, or a participant if the session allows: draft a new option."""
    option = services.create_option(session, _drafter(actor), values["fields"],
                                    values.get("contributions", ()))
    return Done({"option": option.public_id, "version": option.version},
                lambda: announce.option_changed(session, option))


@commands.command("option_edit", DRAFTERS, "write", option=PublicId(), base_version=Whole(),
                  fields=FieldValues())
def option_edit(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Edit an option's fields from a base version; a moved-on option is a "conflict"."""
    option = services.option_in(session, values["option"])
    revision = services.edit_option(option, _drafter(actor), values["base_version"],
                                    values["fields"])
    return Done({"version": option.version},
                (lambda: announce.option_changed(session, option, revision))
                if revision is not None else None)


@commands.command("amendment_propose", PARTICIPANT, "write", option=PublicId(),
                  field=Text(32), text=Text(5000), reason=Text(1000, required=False))
def amendment_propose(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: propose a change to one field, for the facilitator to decide."""
    option = services.option_in(session, values["option"])
    amendment = services.propose_amendment(option, actor.ref, values["field"],
                                           values["text"], values.get("reason", ""))
    return Done({"amendment": amendment.public_id},
                lambda: announce.amendment_changed(session, amendment))


@commands.command("argument_add", PARTICIPANT, "write", option=PublicId(),
                  side=OneOf(("pro", "contra")), text=Text(2000))
def argument_add(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: an argument for or against an option."""
    option = services.option_in(session, values["option"])
    argument = services.add_argument(option, actor.ref, values["side"], values["text"])
    return Done({"argument": argument.public_id},
                lambda: announce.argument_added(session, argument, option))


@commands.command("argument_vote", PARTICIPANT, "vote", argument=PublicId())
def argument_vote(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: support an argument, once; the count follows in a coalesced tally."""
    argument = services.vote_argument(services.argument_in(session, values["argument"]),
                                      actor.ref, actor.votes_from)
    return Done({"votes": argument.vote_count},
                lambda: announce.argument_voted(session, argument))


@commands.command("rating_submit", PARTICIPANT, "vote", round=PublicId(), option=PublicId(),
                  scores=Scores())
def rating_submit(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: rate an option in an open rating round; rating again while the round
    is open replaces the earlier scores."""
    found = rounds.round_in(session, values["round"])
    option = services.option_in(session, values["option"])
    rounds.rate(found, option, actor.ref, _group(actor), values["scores"],
                actor.votes_from)
    return Done({}, lambda: announce.round_answered(session, found))


@commands.command("consent_submit", PARTICIPANT, "vote", round=PublicId(), option=PublicId(),
                  choice=OneOf(CONSENT_CHOICES), reason=Text(1000, required=False))
def consent_submit(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: agree, live with, disagree or block (a block needs a reason); answering
    again while the round is open replaces the earlier answer."""
    found = rounds.round_in(session, values["round"])
    option = services.option_in(session, values["option"])
    rounds.give_consent(found, option, actor.ref, _group(actor), values["choice"],
                        values.get("reason", ""), actor.votes_from)
    return Done({}, lambda: announce.round_answered(session, found))


@commands.command("amendment_decide", FACILITATOR, "moderate", amendment=PublicId(),
                  accept=Flag(required=True))
def amendment_decide(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: accept or reject an amendment; an accepted one becomes a revision."""
    amendment = services.amendment_in(session, values["amendment"])
    revision = services.decide_amendment(amendment, values["accept"])

    def tell() -> None:
        announce.amendment_changed(session, amendment)
        if revision is not None:
            announce.option_changed(session, amendment.option, revision)
    return Done({"status": amendment.status}, tell)


@commands.command("option_status", FACILITATOR, "moderate", option=PublicId(),
                  status=OneOf(OPTION_STATUSES))
def option_status(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: set an option's status."""
    option = services.option_in(session, values["option"])
    services.set_status(option, values["status"])
    return Done({"status": option.status}, lambda: announce.option_changed(session, option))


@commands.command("round_open", FACILITATOR, "moderate", kind=OneOf(ROUND_KINDS),
                  options=Ids())
def round_open(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: open a rating or consent round on some options."""
    found = rounds.open_round(session, values["kind"], values["options"])
    return Done({"round": found.public_id}, lambda: announce.round_changed(session, found))


@commands.command("round_close", FACILITATOR, "moderate", round=PublicId())
def round_close(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: close a round."""
    found = rounds.round_in(session, values["round"])
    rounds.close_round(found)
    return Done({}, lambda: announce.round_changed(session, found))


@commands.command("results_reveal", FACILITATOR, "moderate", round=PublicId())
def results_reveal(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: show a closed round's results to everyone (and the projector)."""
    found = rounds.round_in(session, values["round"])
    results = rounds.reveal_results(found)
    return Done({}, lambda: announce.results_revealed(session, results))


@commands.command("options_carry_over", FACILITATOR, "moderate", payload={"from": PublicId()})
def options_carry_over(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: copy the options of an earlier session of the round into this one."""
    source_id = values["from"]
    source = next((each for each in carry_over.previous_sessions(session)
                   if each.public_id == source_id), None)
    if source is None:
        raise Refused("not_found", _("No such earlier session in this round."))
    copies = carry_over.carry_over(session, source)

    def tell() -> None:
        for option in copies:
            announce.option_changed(session, option)
    return Done({"options": [option.public_id for option in copies]}, tell)


def answered_counts(session_id: int, public_ids: set[str]) -> dict[str, dict]:
    """Loader for the console's round tallies: how many answered each open round, in steps
    of k (rounds.answered_count), never who."""
    found = db.session.scalars(sa.select(RatingRound).where(
        RatingRound.session_id == session_id, RatingRound.public_id.in_(public_ids),
        RatingRound.is_open.is_(True)))
    return {each.public_id: {"answered": rounds.answered_count(each)} for each in found}


def argument_counts(session_id: int, public_ids: set[str]) -> dict[str, dict]:
    """Loader for coalesced argument tallies: the committed counts at flush time."""
    rows = db.session.execute(sa.select(Argument.public_id, Argument.vote_count).where(
        Argument.session_id == session_id, Argument.public_id.in_(public_ids)))
    return {public_id: {"votes": votes} for public_id, votes in rows}

