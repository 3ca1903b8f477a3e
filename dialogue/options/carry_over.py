"""Across a round: options carry over into the next session of the same round, with history.

The copies keep every revision's text but no author ref (those were keyed with the
earlier session's key and mean nothing here), and remember the version they arrived
with, so the new session can show what changed since. The option's arguments come along
(text and side, no author ref); their votes do not: they were cast in the earlier room,
and the new one weighs them afresh. Ratings and consent stay with the session that held
them, as its read-only results (the round report shows them session by session).
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from ..extensions import db
from ..models import Argument, DialogueSession, OptionRevision, PolicyOption
from ..refusals import Refused
from .services import options_of, require_writable


def previous_sessions(session: DialogueSession) -> list[DialogueSession]:
    """Earlier sessions of the same round by the same facilitator, latest first."""
    if not session.round_name:
        return []
    return list(db.session.scalars(
        sa.select(DialogueSession).where(
            DialogueSession.owner_id == session.owner_id,
            DialogueSession.round_name == session.round_name,
            DialogueSession.id != session.id,
            DialogueSession.held_on <= session.held_on)
        .order_by(DialogueSession.held_on.desc(), DialogueSession.id.desc())))


def carry_over(target: DialogueSession, source: DialogueSession) -> list[PolicyOption]:
    """Facilitator only: copy the source session's options (not yet carried) into target."""
    require_writable(target)
    if source not in previous_sessions(target):
        raise Refused("invalid", _("Options carry over only from an earlier session of the "
                             "same round."))
    already = set(db.session.scalars(sa.select(PolicyOption.origin_id).where(
        PolicyOption.session_id == target.id, PolicyOption.origin_id.is_not(None))))
    position = len(options_of(target))
    copies = []
    for original in options_of(source):
        if original.id in already:
            continue
        copy = PolicyOption(session_id=target.id, position=position, status=original.status,
                            version=original.version, fields=dict(original.fields),
                            origin_id=original.id, carried_version=original.version)
        position += 1
        db.session.add(copy)
        db.session.flush()
        for revision in db.session.scalars(sa.select(OptionRevision).filter_by(
                option_id=original.id).order_by(OptionRevision.version)):
            db.session.add(OptionRevision(
                session_id=target.id, option_id=copy.id, version=revision.version,
                kind=revision.kind, by_facilitator=revision.by_facilitator,
                fields=dict(revision.fields), created_at=revision.created_at))
        for argument in db.session.scalars(sa.select(Argument).filter_by(
                option_id=original.id).order_by(Argument.id)):
            db.session.add(Argument(session_id=target.id, option_id=copy.id,
                                    side=argument.side, text=argument.text, vote_count=0))
        copies.append(copy)
    db.session.flush()
    return copies


def carried_from(option: PolicyOption) -> DialogueSession | None:
    if option.origin_id is None:
        return None
    origin = db.session.get(PolicyOption, option.origin_id)
    return db.session.get(DialogueSession, origin.session_id) if origin else None
