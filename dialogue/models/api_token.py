"""Facilitators' API tokens: what an integration sends instead of a login cookie.

A token reads ``dlg_<public id>_<secret>``. Only the SHA-256 of the secret is stored
(``secret_hash``); the token is shown once, when it is made, and cannot be shown again.
A token acts as its facilitator on the sessions it is scoped to (``sessions``), or on
all of them, later ones included, with ``all_sessions``. Revoking keeps the row (its
name and days) and ends the token for good.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import Model, db
from .base import public_id_column, utcnow
from .dialogue_session import DialogueSession
from .facilitator import Facilitator

PREFIX = "dlg"
# dlg_<32 hex: the public id>_<43 URL-safe characters: 32 random bytes>
TOKEN_FORMAT = re.compile(r"dlg_([0-9a-f]{32})_([A-Za-z0-9_-]{43})")
MAX_NAME = 80

api_token_session = sa.Table(
    "api_token_session",
    db.metadata,
    sa.Column("token_id", sa.ForeignKey("api_token.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("session_id", sa.ForeignKey("dialogue_session.id", ondelete="CASCADE"),
              primary_key=True, index=True),
)


def today() -> date:
    return utcnow().date()


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiToken(Model):
    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    facilitator_id: Mapped[int] = mapped_column(sa.ForeignKey("facilitator.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(MAX_NAME))
    # SHA-256 (hex) of the token's secret part; the secret itself is never stored.
    secret_hash: Mapped[str] = mapped_column(sa.String(64))
    # Every session of the facilitator, those made later included; else ``sessions``.
    all_sessions: Mapped[bool] = mapped_column(default=False)
    # Days only: when the token was made, revoked and last used (at most once a day).
    created_on: Mapped[date] = mapped_column(sa.Date, default=today)
    revoked_on: Mapped[date | None] = mapped_column(sa.Date, nullable=True)
    last_used_on: Mapped[date | None] = mapped_column(sa.Date, nullable=True)

    facilitator: Mapped[Facilitator] = relationship()
    sessions: Mapped[list[DialogueSession]] = relationship(secondary=api_token_session,
                                                           order_by=DialogueSession.id)

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None

    def reaches(self, session: DialogueSession) -> bool:
        """Whether this token may act on ``session``: its facilitator's, and in scope."""
        if self.revoked or session.owner_id != self.facilitator_id:
            return False
        return self.all_sessions or any(each.id == session.id for each in self.sessions)

    def matches(self, secret: str) -> bool:
        """The secret's hash against the stored one, in constant time."""
        return hmac.compare_digest(self.secret_hash, secret_hash(secret))

    @classmethod
    def issue(cls, facilitator: Facilitator, name: str, sessions: list[DialogueSession],
              all_sessions: bool) -> tuple[ApiToken, str]:
        """A new token and its text (``dlg_<id>_<secret>``), which only the caller sees."""
        secret = secrets.token_urlsafe(32)
        token = cls(facilitator_id=facilitator.id, name=name, all_sessions=all_sessions,
                    secret_hash=secret_hash(secret),
                    sessions=[] if all_sessions else list(sessions))
        db.session.add(token)
        db.session.flush()
        return token, f"{PREFIX}_{token.public_id}_{secret}"


def parse(text: str) -> tuple[str, str] | None:
    """(public id, secret) of a token's text, or None if it is not one."""
    found = TOKEN_FORMAT.fullmatch(text)
    return (found.group(1), found.group(2)) if found else None
