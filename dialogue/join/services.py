"""The rules of joining a session. Tokens are signed, expiring, single-person, revocable."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..anonymity import seat_hash
from ..extensions import db
from ..models import DialogueSession, RosterEntry
from ..models.base import utcnow


class JoinRefused(Exception):
    """Joining is not possible; ``status`` is the HTTP status, the message is for the person."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Seat:
    entry: RosterEntry
    secret: str  # held by the participant's browser only; we store its hash


def _serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="dialogue.invite")


def invite_token(secret_key: str, entry: RosterEntry) -> str:
    """The personal link's token: it names no one, only the entry's current nonce."""
    return _serializer(secret_key).dumps({"n": entry.invite_nonce})


def entry_for_token(secret_key: str, token: str, max_age_days: int) -> RosterEntry:
    if len(token) > 512:
        raise JoinRefused(_("This invitation link is not valid."), 404)
    try:
        data = _serializer(secret_key).loads(token, max_age=max_age_days * 86400)
    except SignatureExpired as exc:
        raise JoinRefused(
            _("This invitation link has expired. Ask the facilitator for a new one."), 410) from exc
    except BadSignature as exc:
        raise JoinRefused(_("This invitation link is not valid. Check that you copied all "
                            "of it, or ask the facilitator for a new one."), 404) from exc
    nonce = data.get("n") if isinstance(data, dict) else None
    entry = db.session.scalar(_ENTRY_BY_NONCE, {"nonce": str(nonce)})
    if entry is None or entry.revoked:
        raise JoinRefused(_("This invitation link has been withdrawn. Ask the facilitator "
                            "for a new one."), 410)
    return entry


# Lookups on every page of a join, built once (SQLAlchemy then reuses their compiled form).
_ENTRY_BY_NONCE = sa.select(RosterEntry).where(RosterEntry.invite_nonce == sa.bindparam("nonce"))
_SESSION_BY_CODE = sa.select(DialogueSession).where(DialogueSession.code == sa.bindparam("code"))
_ENTRY_BY_SEAT = sa.select(RosterEntry).where(RosterEntry.session_id == sa.bindparam("session_id"),
                                              RosterEntry.seat_hash == sa.bindparam("seat_hash"))


def session_by_code(code: str) -> DialogueSession:
    session = db.session.scalar(_SESSION_BY_CODE, {"code": code})
    if session is None:
        raise JoinRefused(_("No session has this code. Check the code on the screen."), 404)
    return session


class SessionEnded(JoinRefused):
    """The session has closed: its pages show the "Session ended" screen (with the shared
    outcome's download for a browser that took part) instead of a bare refusal."""

    def __init__(self, session: DialogueSession):
        super().__init__(_("This session has closed. Thank you for taking part."), 410)
        self.session = session


def require_joinable(session: DialogueSession) -> None:
    if session.is_closed:
        raise SessionEnded(session)


def seat_withdrawn_refusal() -> JoinRefused:
    """For a browser whose seat is gone: say so, rather than offer to join afresh."""
    return JoinRefused(_("This browser no longer holds your seat in this session: the "
                         "facilitator has removed it or sent a new invitation link. If you "
                         "did not ask for a new link, tell the facilitator at once."), 403)


def claim_seat(entry: RosterEntry, held_secret: str | None) -> Seat:
    """Bind the entry to this browser; a second browser with the same link is refused."""
    session = db.session.get_one(DialogueSession, entry.session_id)
    require_joinable(session)
    if entry.revoked:
        raise JoinRefused(_("Your participation in this session has been withdrawn."), 403)
    if entry.seat_hash is not None:
        if held_secret and seat_hash(held_secret) == entry.seat_hash:
            return Seat(entry, held_secret)
        raise JoinRefused(
            _("This invitation is already in use in another browser. Continue there, or "
              "ask the facilitator to send you a new link."), 409)
    secret = secrets.token_urlsafe(32)
    entry.seat_hash = seat_hash(secret)
    entry.joined_on = entry.joined_on or utcnow()
    return Seat(entry, secret)


def join_as_walk_in(session: DialogueSession, name: str, affiliation: str,
                    stakeholder_group: str) -> Seat:
    require_joinable(session)
    if session.stakeholder_groups and stakeholder_group not in session.stakeholder_groups:
        raise JoinRefused(_("Choose one of the listed stakeholder groups."), 400)
    entry = RosterEntry(session_id=session.id, name=name, affiliation=affiliation,
                        stakeholder_group=stakeholder_group, walk_in=True)
    db.session.add(entry)
    db.session.flush()
    return claim_seat(entry, None)


def seat_for(session: DialogueSession, secret: str | None) -> Seat | None:
    """The seat this browser holds (its entry and secret), if it still may take part."""
    if not secret or session.is_closed:
        return None
    entry = db.session.scalar(_ENTRY_BY_SEAT, {"session_id": session.id,
                                               "seat_hash": seat_hash(secret)})
    if entry is None or entry.revoked:
        return None
    return Seat(entry, secret)


def acknowledge_rule(entry: RosterEntry) -> None:
    entry.acknowledged_rule = True
