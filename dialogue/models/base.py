"""Shared column helpers: random public ids, timestamps, the authored-row mixin."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


def new_public_id() -> str:
    """A random id for URLs and payloads; never a sequence number."""
    return uuid.uuid4().hex


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def public_id_column() -> Mapped[str]:
    return mapped_column(sa.String(32), unique=True, index=True, default=new_public_id)


class AuthoredTimes:
    """Rows a participant's action creates: their times could point to a person.

    ``authored_times`` names the columns holding such a time; closing the session
    coarsens each to the day (anonymity.sever_links), so no access log or join time can
    be matched to them. With ``Authored`` below, this is the one source of which tables
    and columns are authored: tests/test_close_severs_the_link.py fails for a table with
    an author ref or a time column that is neither here nor in ``NOT_AUTHORED``.
    """

    authored_times: ClassVar[tuple[str, ...]] = ()
    # Rows that say only who chose what (votes, ratings, consent answers): the close
    # deletes them, once what the outcome needs is kept elsewhere (counter columns, the
    # rounds' frozen results), so no group label, id order or neighbour survives.
    deleted_at_close: ClassVar[bool] = False


class Authored(AuthoredTimes):
    """Rows written by a participant: tied to them only through ``author_ref``.

    ``author_ref`` is HMAC(session key, seat secret) (anonymity.author_ref). Closing the
    session destroys the key and clears every ``author_ref``, so nothing links the row to
    a person any more. Subclasses must also define ``session_id`` (the owning
    DialogueSession) and name their authored time columns in ``authored_times``.
    """

    @declared_attr
    def author_ref(cls) -> Mapped[str | None]:  # noqa: N805 - SQLAlchemy declared_attr
        return mapped_column(sa.String(64), index=True, nullable=True)


# Time columns (and the like) that are not a participant's, each with the reason. A new
# time column belongs either in its model's ``authored_times`` or here.
NOT_AUTHORED: dict[str, str] = {
    "facilitator.created_at": "the facilitator's account, not a participant's act",
    "facilitator.locked_until": "the facilitator's login throttle",
    "dialogue_session.held_on": "the session's date, set by the facilitator",
    "dialogue_session.closed_on": "the day of closing, set by the facilitator",
    "rating_round.opened_at": "the facilitator opens rounds; no participant's act",
    "export_release.released_on": "the facilitator's release of the outcome",
    "round_release.released_on": "the facilitator's release of a round report",
    "write_receipt.created_at": "deleted with every receipt at close (sever_links)",
    "roster_entry.joined_on": "the identity side (the roster); coarsened to the day at close",
    "roster_entry.reseated_on": "the identity side (the roster); cleared at close",
    "erasure_pending.since": "the day the close began: the facilitator's act",
    "dialogue_session.meets_on": "the meeting's date, set by the facilitator",
    "roster_entry.invitation_sent_on": "the identity side (the roster); cleared at close",
    "api_token.created_on": "the facilitator's API token: the day it was made",
    "api_token.revoked_on": "the facilitator's API token: the day it was revoked",
    "api_token.last_used_on": "the facilitator's API token: the day of its last call",
    "agenda_item.started_at": "the facilitator opens agenda items; the console's clock",
    "agenda_item.ended_at": "the facilitator finishes agenda items; the console's clock",
    "poll.opened_at": "the facilitator opens polls; no participant's act",
    "moderation_log_entry.day": "the day of a moderator's act, never a finer time; "
                                "the entry holds no key to the item or its author",
}


class TimeAuthoredTable(Protocol):
    """What the close procedure and the backup use of a model with authored times.

    For the type checker only: the models it describes are mapped subclasses of
    ``AuthoredTimes`` that define ``session_id`` (see the mixins above).
    """

    __tablename__: ClassVar[str]
    __table__: ClassVar[sa.Table]
    authored_times: ClassVar[tuple[str, ...]]
    deleted_at_close: ClassVar[bool]
    session_id: Mapped[int]


class AuthoredTable(TimeAuthoredTable, Protocol):
    """A mapped ``Authored`` model: one with an ``author_ref`` as well."""

    author_ref: Mapped[str | None]


def _mapped_subclasses(mixin: type) -> list[type[Any]]:
    from ..extensions import Model

    return sorted((mapper.class_ for mapper in Model.registry.mappers
                   if issubclass(mapper.class_, mixin)), key=lambda cls: cls.__name__)


def authored_models() -> list[type[AuthoredTable]]:
    """Every mapped model carrying an author_ref, for the close procedure and the tests."""
    return _mapped_subclasses(Authored)


def time_authored_models() -> list[type[TimeAuthoredTable]]:
    """Every mapped model with authored times (those with an author_ref among them)."""
    return [model for model in _mapped_subclasses(AuthoredTimes) if model.authored_times]
