"""Typed SQLAlchemy models, one module per aggregate."""

from .api_token import ApiToken
from .base import Authored, AuthoredTimes, authored_models, new_public_id, time_authored_models
from .board import Contribution, ModerationLogEntry, Vote
from .dialogue_session import AgendaItem, Criterion, DialogueSession, OptionField, SessionKey
from .erasure import ErasurePending
from .export import ExportDecision, ExportRedaction, ExportRelease
from .facilitator import Facilitator
from .inputs import BriefingInput
from .networking import NetworkCard, NetworkTicket
from .options import (
    Amendment,
    Argument,
    ArgumentVote,
    ConsentVote,
    OptionRevision,
    PolicyOption,
    Rating,
    RatingRound,
)
from .polls import Poll, PollAnswer
from .realtime import AUDIENCES, EventStream, SessionEvent, WriteReceipt
from .roster import RosterEntry
from .round_release import RoundFile, RoundRelease

__all__ = [
    "AgendaItem",
    "Amendment",
    "ApiToken",
    "Argument",
    "ArgumentVote",
    "Authored",
    "AuthoredTimes",
    "BriefingInput",
    "ConsentVote",
    "Contribution",
    "Criterion",
    "DialogueSession",
    "ErasurePending",
    "ExportDecision",
    "ExportRedaction",
    "ExportRelease",
    "Facilitator",
    "ModerationLogEntry",
    "NetworkCard",
    "NetworkTicket",
    "OptionField",
    "OptionRevision",
    "PolicyOption",
    "Poll",
    "PollAnswer",
    "Rating",
    "RatingRound",
    "RosterEntry",
    "RoundFile",
    "RoundRelease",
    "AUDIENCES",
    "EventStream",
    "SessionEvent",
    "SessionKey",
    "Vote",
    "WriteReceipt",
    "authored_models",
    "new_public_id",
    "time_authored_models",
]
