"""The facilitator redacts any passage of any exported text, before or after close.

A redaction is stored as offsets into the text as it was (flags.py applies it to every
later build, in every format and language). A release made before it carries the words,
so it is withdrawn: its stored content and files are dropped and nothing is served until
the facilitator releases again. No request and no flask.session here.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import redaction
from ..extensions import db
from ..models import DialogueSession, ExportRedaction
from .services import ExportError, preview, withdraw_releases


def redact_passage(session: DialogueSession, key: str, digest: str, start: int,
                   end: int) -> ExportRedaction:
    """Redact ``[start, end)`` of the text ``key`` as it reads now (``digest``).

    Refused, and nothing stored, if that text is not in the export (any more), has changed
    since the page was drawn, or the passage is empty, outside it or overlaps a redacted one.
    """
    passage = preview(session).passages().get(key)
    if passage is None or passage.digest != digest:
        raise ExportError(_("That text has changed or is no longer in the export; reload "
                            "the preview and select the passage again."))
    text = "".join(part.text for part in passage.parts)
    try:
        ((start, end),) = redaction.checked(text, [(start, end)])
    except redaction.SpanError as refused:
        raise ExportError(str(refused)) from refused
    existing = list(db.session.scalars(sa.select(ExportRedaction).filter_by(
        session_id=session.id, passage_key=key)))
    if any(row.text_digest != digest for row in existing):
        # The text changed after an earlier redaction: the old offsets mean nothing now.
        for row in existing:
            db.session.delete(row)
        existing = []
    if any(start < row.span_end and row.span_start < end for row in existing):
        raise ExportError(_("Part of that passage is redacted already; select only words "
                            "that are still shown."))
    row = ExportRedaction(session_id=session.id, passage_key=key, text_digest=digest,
                          span_start=start, span_end=end)
    db.session.add(row)
    withdraw_releases(session)
    db.session.flush()
    return row


def undo_redaction(session: DialogueSession, public_id: str) -> None:
    """Show a passage again (a redaction made by mistake); released files are not touched."""
    row = db.session.scalar(sa.select(ExportRedaction).filter_by(
        session_id=session.id, public_id=public_id[:32]))
    if row is None:
        raise ExportError(_("That redaction is not there any more; reload the preview."))
    db.session.delete(row)
