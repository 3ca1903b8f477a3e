"""The rules of API tokens: a facilitator makes one (named, scoped) and revokes it.

The token's text is returned once, by ``create_token``; the database keeps only the
SHA-256 of its secret (models/api_token.py). No request and no flask.session here.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from ..extensions import db
from ..models import ApiToken, DialogueSession, Facilitator
from ..models.api_token import MAX_NAME, today
from ..refusals import Refused

MAX_ACTIVE = 20  # tokens a facilitator may hold at once (revoked ones do not count)


def tokens_of(facilitator: Facilitator) -> list[ApiToken]:
    """The facilitator's tokens, active first, newest first."""
    return list(db.session.scalars(
        sa.select(ApiToken).filter_by(facilitator_id=facilitator.id)
        .order_by(ApiToken.revoked_on.is_not(None), ApiToken.id.desc())))


def create_token(facilitator: Facilitator, name: str, session_ids: list[str],
                 all_sessions: bool) -> tuple[ApiToken, str]:
    """A new token for ``facilitator``'s sessions ``session_ids`` (public ids), or for all
    of them; returns the token and its text, which is shown once and never again."""
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise Refused("invalid", _("Give the token a name of 1 to %(max)d characters.",
                                   max=MAX_NAME))
    active = db.session.execute(sa.select(sa.func.count()).select_from(ApiToken).where(
        ApiToken.facilitator_id == facilitator.id, ApiToken.revoked_on.is_(None))
    ).scalar_one()
    if active >= MAX_ACTIVE:
        raise Refused("not_possible", _("You have %(count)d active tokens: revoke one "
                                        "first.", count=active))
    sessions = []
    if not all_sessions:
        wanted = set(session_ids)
        sessions = list(db.session.scalars(sa.select(DialogueSession).where(
            DialogueSession.owner_id == facilitator.id,
            DialogueSession.public_id.in_(wanted))))
        if not wanted or len(sessions) != len(wanted):
            raise Refused("invalid", _("Choose one or more of your sessions, or all of "
                                       "them."))
    return ApiToken.issue(facilitator, name, sessions, all_sessions)


def revoke_token(facilitator: Facilitator, public_id: str) -> ApiToken:
    """End the token for good; another facilitator's token is not found."""
    token = db.session.scalar(sa.select(ApiToken).filter_by(public_id=public_id,
                                                            facilitator_id=facilitator.id))
    if token is None:
        raise Refused("not_found", _("There is no such token."))
    if token.revoked_on is None:
        token.revoked_on = today()
    return token
