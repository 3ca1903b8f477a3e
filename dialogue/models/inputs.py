"""Briefing inputs: texts, links and PDF files the facilitator attaches to agenda items.

An input is the facilitator's, not a participant's: it has no author ref and no time
column (tests/test_close_severs_the_link.py), and it stays after close, since the
report's annex lists it. A PDF is kept in the database (``file_data``, loaded only when
the file itself is asked for), so backups, PostgreSQL and a session's erasure carry it
like every other row; it is stored as rewritten by ``dialogue.inputs.files.clean_pdf``
(no document information, no XMP, no scripts).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, backref, deferred, mapped_column, relationship

from ..extensions import Model
from .base import public_id_column
from .dialogue_session import AgendaItem

INPUT_KINDS = ("text", "link", "pdf")


class BriefingInput(Model):
    __tablename__ = "briefing_input"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    agenda_item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # the facilitator's order in the item
    kind: Mapped[str] = mapped_column(sa.String(8))
    title: Mapped[str] = mapped_column(sa.String(200))
    # A text input's text; for a link or a file, an optional note on what it is.
    body: Mapped[str] = mapped_column(sa.Text, default="")
    url: Mapped[str] = mapped_column(sa.String(2000), default="")
    # The download name (made from the title: the uploaded name may name its author).
    file_name: Mapped[str] = mapped_column(sa.String(120), default="")
    file_size: Mapped[int] = mapped_column(default=0)
    file_data: Mapped[bytes | None] = deferred(mapped_column(sa.LargeBinary, nullable=True))
    # Only an input on the record shows its speaker; every other one follows the Rule.
    on_the_record: Mapped[bool] = mapped_column(default=False)
    speaker: Mapped[str] = mapped_column(sa.String(200), default="")
    speaker_role: Mapped[str] = mapped_column(sa.String(200), default="")

    # Removing an agenda item removes its inputs (AgendaItem is left as it is).
    agenda_item: Mapped[AgendaItem] = relationship(
        AgendaItem, backref=backref("briefing_inputs", cascade="all, delete-orphan",
                                    order_by="BriefingInput.position"))
