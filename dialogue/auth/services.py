"""Creating facilitators and checking their passwords."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from functools import cache

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


def _lock_after(now: datetime) -> sa.Case:
    """``locked_until`` for the attempt that makes the counter ``failed_logins + 1``, as one
    SQL expression: the lockout's steps are bound as times, so it runs on every database."""
    counted = Facilitator.failed_logins + 1
    steps: list[tuple[sa.ColumnElement[bool], datetime | None]] = [
        (counted < FREE_ATTEMPTS, None)]
    failures = FREE_ATTEMPTS
    while lockout_for(failures) < lockout_for(failures + 1):
        steps.append((counted == failures, now + lockout_for(failures)))
        failures += 1
    return sa.case(*steps, else_=now + lockout_for(failures))


def _claim_attempt(email: str, now: datetime) -> sa.Row | None:
    """Count this attempt as a failure before its password is checked, in one atomic
    statement, and lock as if it failed: concurrent attempts cannot all read the same
    counter, and none of them passes a lock that an earlier one set. None when the email is
    unknown or the account is locked (the caller cannot and need not tell which)."""
    row = db.session.execute(
        sa.update(Facilitator)
        .where(Facilitator.email == email,
               sa.or_(Facilitator.locked_until.is_(None), Facilitator.locked_until <= now))
        .values(failed_logins=Facilitator.failed_logins + 1, locked_until=_lock_after(now))
        .returning(Facilitator.id, Facilitator.password_hash)
        .execution_options(synchronize_session=False)).first()
    db.session.commit()  # visible to every other attempt before this one's hash is checked
    return row


@cache
def _dummy_hash(profile: str) -> str:
    """A hash of a random password with the configured parameters, checked when there is no
    real hash to check, so unknown emails and locked accounts cost what a known one does."""
    return PasswordHasher.from_parameters(getattr(profiles, profile)).hash(
        secrets.token_urlsafe(16))


def _password_matches(password_hash: str | None, password: str) -> bool:
    """The one password check of a login attempt, against the dummy hash when there is no
    account to check: every attempt runs exactly one argon2 verification."""
    profile = current_app.config.get("PASSWORD_HASH_PROFILE", "RFC_9106_LOW_MEMORY")
    try:
        _hasher().verify(password_hash or _dummy_hash(profile), password)
    except (VerificationError, InvalidHashError):
        return False
    return password_hash is not None


def authenticate(email: str, password: str) -> Facilitator:
    """The facilitator with these credentials; counts failures and locks with backoff."""
    try:
        email = normalise_email(email)
    except AccountError:
        email = ""
    claimed = _claim_attempt(email, utcnow()) if email else None
    matches = _password_matches(claimed.password_hash if claimed else None, password)
    if claimed is None or not matches:  # no account: matches is False (the dummy hash)
        raise LoginRefused()
    facilitator = db.session.get_one(Facilitator, claimed.id)
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
