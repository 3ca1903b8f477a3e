"""A moderator redacts passages of a post: the words are replaced in the text itself.

Anonymity argues for replacing, not hiding: a redacted passage named someone, and a copy
kept "for the moderators" would outlive the reason to keep it. So the text is rewritten,
the reason is kept for the author, and the session's replay log is rewritten too, so a
reconnecting phone cannot catch up on the words that were taken out.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import redaction
from ..export.strings import text_for
from ..extensions import db
from ..models import Contribution, DialogueSession, SessionEvent
from ..models.board import MODERATED, Status
from ..refusals import Refused
from . import detection
from .services import Outcome, is_public, move

REPLAYED = ("contribution_added", "contribution_changed", "moderation_item")


def placeholder(session: DialogueSession) -> str:
    """What stands in for a redacted passage: the same words the report uses."""
    return text_for(session.language)("redacted")


def redact(session: DialogueSession, contribution: Contribution,
           spans: list[tuple[int, int]], reason: str) -> Outcome:
    """Replace ``spans`` of the text by the placeholder; a held post is published with it.

    Refused, and nothing changed, if the spans are empty, outside the text or overlap."""
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))
    if contribution.status not in MODERATED:
        raise Refused("wrong_state", _("That is not possible for this contribution now."))
    try:
        spans = redaction.checked(contribution.text, spans)
    except redaction.SpanError as refused:
        raise Refused("invalid", str(refused)) from refused
    outcome = Outcome().touch(contribution, is_public(contribution))
    text = redaction.replaced(contribution.text, spans, placeholder(session))
    contribution.text, contribution.edited = text, True
    contribution.redaction_reason = reason
    contribution.flags = detection.find_flags(session, text)
    contribution.cleared_flags = []  # their offsets were into the old text
    if contribution.status == Status.PENDING:
        move(contribution, "redact")
        contribution.dismiss_reason = None
    _rewrite_replay(session, contribution)
    return outcome


def _rewrite_replay(session: DialogueSession, contribution: Contribution) -> None:
    """Logged deltas that carried the old text now carry the redacted one."""
    for event in db.session.scalars(sa.select(SessionEvent).where(
            SessionEvent.session_id == session.id, SessionEvent.name.in_(REPLAYED))):
        payload = event.payload or {}
        if payload.get("id") == contribution.public_id and "text" in payload:
            event.payload = {**payload, "text": contribution.text}
