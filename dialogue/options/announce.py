"""After an options write commits: tell the room (payloads in payloads.py: public ids and
text, never an author)."""

from __future__ import annotations

from ..models import DialogueSession
from ..realtime import broadcast, rooms
from ..realtime.tallies import tallies
from .payloads import amendment_payload, argument_payload, revision_payload, round_payload


def option_changed(session: DialogueSession, option, revision=None) -> None:
    """An option was created, edited, amended, carried over or changed status."""
    broadcast.to_everyone(session, "option", revision_payload(option, revision))


def argument_added(session: DialogueSession, argument, option) -> None:
    broadcast.to_everyone(session, "argument", argument_payload(argument, option))


def argument_voted(session: DialogueSession, argument) -> None:
    """Coalesced like every tally: the count goes out with the next flush."""
    tallies.mark(session.id, rooms.session_room(session.public_id), "argument",
                 argument.public_id)


def amendment_changed(session: DialogueSession, amendment) -> None:
    """Proposed or decided: the facilitator's workspace and the proposer's own screen."""
    payload = amendment_payload(amendment)
    broadcast.to_moderators(session, "amendment", payload)
    if amendment.author_ref:
        broadcast.to_author(amendment.author_ref, "amendment", payload)


def round_changed(session: DialogueSession, rating_round) -> None:
    """Opened or closed: the payload says which."""
    broadcast.to_everyone(session, "round", round_payload(session, rating_round))


round_opened = round_closed = round_changed

# The console's "answered" counts move in steps of k; like the participation counts they
# need not follow each answer (and a cadence of their own keeps them from timing one).
ANSWERED_EVERY_S = 10.0


def round_answered(session: DialogueSession, rating_round) -> None:
    """Someone answered (or changed an answer): the console's count follows, coalesced."""
    tallies.mark(session.id, rooms.moderators_room(session.public_id), "round",
                 rating_round.public_id)


def results_revealed(session: DialogueSession, results: dict) -> None:
    """Revealed results to everyone, the projector included (it is in the session room)."""
    broadcast.to_everyone(session, "results", results)
