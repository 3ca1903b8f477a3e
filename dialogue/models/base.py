"""Shared column helpers: random public ids, timestamps, the authored-row mixin."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime

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


class Authored:
    """Rows written by a participant: tied to them only through ``author_ref``.

    ``author_ref`` is HMAC(session key, participant id). Closing the session destroys the
    key and clears every ``author_ref``, so nothing links the row to a person any more.
    Subclasses must also define ``session_id`` (the owning DialogueSession).
    """

    @declared_attr
    def author_ref(cls) -> Mapped[str | None]:  # noqa: N805 - SQLAlchemy declared_attr
        return mapped_column(sa.String(64), index=True, nullable=True)


def authored_models() -> list[type]:
    """Every mapped model carrying an author_ref, for the close procedure and the tests."""
    from ..extensions import db

    return sorted(
        (mapper.class_ for mapper in db.Model.registry.mappers
         if issubclass(mapper.class_, Authored)),
        key=lambda cls: cls.__name__,
    )
