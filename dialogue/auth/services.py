"""Creating facilitators and checking their passwords."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from flask import current_app
from flask_babel import gettext as _

from ..extensions import db
from ..models import Facilitator
from ..models.base import utcnow


def _hasher() -> PasswordHasher:
    """argon2id with the configured profile (RFC 9106 low-memory by default; tests use the
    library's CHEAPEST profile so that hundreds of logins stay fast)."""
    name = current_app.config.get("PASSWORD_HASH_PROFILE", "RFC_9106_LOW_MEMORY")
    return PasswordHasher.from_parameters(getattr(profiles, name))

MIN_PASSWORD_LENGTH = 12
FREE_ATTEMPTS = 5  # failures before the lockout starts doubling


class AccountError(ValueError):
    """Creating or changing an account is not possible; the message says why."""


class LoginRefused(Exception):
    """Wrong credentials or a locked account. Deliberately vague about which."""


def normalise_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise AccountError(_("'%(email)s' is not a valid email address.",
                             email=email[:80])) from exc


def create_facilitator(email: str, password: str, display_name: str = "") -> Facilitator:
    email = normalise_email(email)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(_("The password needs at least %(count)d characters.",
                             count=MIN_PASSWORD_LENGTH))
    if db.session.scalar(sa.select(Facilitator.id).filter_by(email=email)) is not None:
        raise AccountError(_("A facilitator with the email %(email)s exists already.",
                             email=email))
    facilitator = Facilitator(email=email, display_name=display_name.strip()[:120],
                              password_hash=_hasher().hash(password))
    db.session.add(facilitator)
    db.session.flush()
    return facilitator


def lockout_for(failures: int) -> timedelta:
    """No wait for the first few failures, then 30 s doubling up to an hour."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return timedelta(seconds=min(30 * 2 ** (failures - FREE_ATTEMPTS), 3600))


def authenticate(email: str, password: str) -> Facilitator:
    """The facilitator with these credentials; counts failures and locks with backoff."""
    try:
        email = normalise_email(email)
    except AccountError as exc:
        raise LoginRefused() from exc
    facilitator = db.session.scalar(sa.select(Facilitator).filter_by(email=email))
    if facilitator is None:
        _hasher().hash(password)  # same work as a real check: no user enumeration by timing
        raise LoginRefused()
    now = utcnow()
    if facilitator.locked_until and facilitator.locked_until > now:
        raise LoginRefused()
    try:
        _hasher().verify(facilitator.password_hash, password)
    except (VerificationError, InvalidHashError) as exc:
        facilitator.failed_logins += 1
        wait = lockout_for(facilitator.failed_logins)
        facilitator.locked_until = now + wait if wait else None
        db.session.commit()
        raise LoginRefused() from exc
    facilitator.failed_logins = 0
    facilitator.locked_until = None
    if _hasher().check_needs_rehash(facilitator.password_hash):
        facilitator.password_hash = _hasher().hash(password)
    return facilitator


def load_facilitator(user_id: str) -> Facilitator | None:
    """Flask-Login's loader: the id carries the login epoch, so logout ends old cookies."""
    public_id, _, epoch = user_id.partition(":")
    facilitator = db.session.scalar(sa.select(Facilitator).filter_by(public_id=public_id))
    if facilitator is None or str(facilitator.login_epoch) != epoch:
        return None
    return facilitator
