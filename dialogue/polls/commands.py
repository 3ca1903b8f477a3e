"""Poll commands: what each poll socket event does. The live layer runs them through its
one pipeline (realtime.commands.execute); every one is acknowledged {ok: true, ...} or
{ok: false, error, message} with nothing changed. Protocol: docs/polls.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _

from ..boards import detection, projector
from ..boards.announce import projector_changed
from ..models import DialogueSession, Poll
from ..models.polls import POLL_KINDS
from ..realtime.actors import Actor
from ..realtime.commands import FACILITATOR, PARTICIPANT, Commands, Done
from ..realtime.schema import Field, Flag, Integer, OneOf, PublicId, Text
from ..refusals import Refused
from . import announce, payloads, results, services

commands = Commands("polls")


@dataclass(frozen=True)
class Labels:
    """A short list of one-line labels (a poll's choices); the service checks each."""

    required: bool = False

    def clean(self, name: str, value: object) -> list[str]:
        if not isinstance(value, list) or len(value) > services.MAX_CHOICES or not all(
                isinstance(each, str) and len(each) <= services.MAX_CHOICE for each in value):
            raise Refused("malformed", _("%(field)s must be a list of up to %(n)d short "
                                         "texts.", field=name, n=services.MAX_CHOICES))
        return value


@dataclass(frozen=True)
class Keys:
    """The chosen choice keys ("c1".."c10")."""

    required: bool = False

    def clean(self, name: str, value: object) -> list[str]:
        if not isinstance(value, list) or not 0 < len(value) <= services.MAX_CHOICES or not all(
                isinstance(each, str) and len(each) <= 4 for each in value):
            raise Refused("malformed", _("%(field)s must be a list of choices.", field=name))
        return value


# A poll's spec, as poll_create takes it and poll_edit takes it again for a draft.
SPEC: dict[str, Field] = {
    "kind": OneOf(POLL_KINDS, code="invalid"), "question": Text(services.MAX_QUESTION),
    "question_de": Text(services.MAX_QUESTION, required=False),
    "choices": Labels(), "choices_de": Labels(),
    "scale_max": Integer(minimum=0, required=False),
    "low": Text(services.MAX_END, required=False), "high": Text(services.MAX_END, required=False),
    "low_de": Text(services.MAX_END, required=False),
    "high_de": Text(services.MAX_END, required=False), "live": Flag()}


def _drafted(session: DialogueSession, poll: Poll) -> Done:
    return Done({"poll": payloads.console_payload(session, poll)},
                lambda: announce.poll_changed(session, poll))


@commands.command("poll_create", FACILITATOR, "moderate", payload=SPEC)
def poll_create(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: draft a poll for the current agenda item."""
    return _drafted(session, services.create_poll(session, values))


@commands.command("poll_edit", FACILITATOR, "moderate", payload=SPEC, poll=PublicId())
def poll_edit(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: rewrite a draft poll (the whole spec again); an opened one is refused."""
    return _drafted(session, services.edit_poll(
        session, services.poll_in(session, values["poll"]), values))


@commands.command("poll_delete", FACILITATOR, "moderate", poll=PublicId())
def poll_delete(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: delete a draft poll; an opened one is refused (it has answers or had)."""
    gone = services.delete_poll(session, services.poll_in(session, values["poll"]))
    return Done({"deleted": gone}, lambda: announce.poll_deleted(session, gone))


def _state_change(session: DialogueSession, outcome: services.Changed) -> Done:
    return Done({"poll": payloads.console_payload(session, outcome.poll)},
                lambda: announce.changed(session, outcome))


@commands.command("poll_open", FACILITATOR, "moderate", poll=PublicId())
def poll_open(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: open a drafted poll (one open at a time)."""
    return _state_change(session, services.open_poll(
        session, services.poll_in(session, values["poll"])))


@commands.command("poll_close", FACILITATOR, "moderate", poll=PublicId())
def poll_close(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: close the poll: final figures kept, every answer deleted."""
    return _state_change(session, services.close_poll(
        session, services.poll_in(session, values["poll"])))


@commands.command("poll_reveal", FACILITATOR, "moderate", poll=PublicId(),
                  on=Flag(required=True))
def poll_reveal(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: show the poll's figures to everyone (live while it runs), or hide them."""
    return _state_change(session, services.reveal(
        session, services.poll_in(session, values["poll"]), values["on"]))


@commands.command("poll_project", FACILITATOR, "moderate", poll=PublicId())
def poll_project(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: put the poll on the projector (its question; its figures once revealed)."""
    services.require_open_session(session)
    poll = services.poll_in(session, values["poll"])
    if not payloads.visible(poll):
        raise Refused("wrong_state", _("Open the poll first."))
    session.projector_mode, session.projector_option = "poll", poll.public_id
    return Done({"projector": projector.payload(session)},
                lambda: projector_changed(session))


@commands.command("poll_moderate", FACILITATOR, "moderate", answer=PublicId(),
                  action=OneOf(("approve", "dismiss"), code="invalid"))
def poll_moderate(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Facilitator: approve a held free answer (it counts) or dismiss it (it never does)."""
    row = services.answer_in(session, values["answer"])
    outcome = services.moderate(session, row, values["action"])
    author, own = row.author_ref, payloads.own_payload(outcome.poll, row)

    def tell() -> None:
        announce.answered(session, outcome)
        if author:
            announce.own(author, own)
    return Done({"answer": payloads.held_payload(row, outcome.poll)}, tell)


@commands.command("poll_answer", PARTICIPANT, "vote", poll=PublicId(), choices=Keys(),
                  score=Integer(minimum=0, required=False),
                  text=Text(results.FREE_MAX * 4, required=False), confirm=Flag())
def poll_answer(session: DialogueSession, actor: Actor, values: dict) -> Done:
    """Participant: answer the open poll, or change the answer while it is open."""
    poll = services.poll_in(session, values["poll"])
    outcome, row = detection.warnings_limited(
        actor.rate_key, bool(values.get("confirm")),
        lambda: services.answer(session, poll, actor.ref, values, actor.votes_from))
    return Done({"own": payloads.own_payload(poll, row)},
                lambda: announce.answered(session, outcome))
