"""Quick polls: a question the facilitator asks during an agenda item, and its answers.

A ``Poll`` is the facilitator's (no participant's act is stored on it). A ``PollAnswer``
is one person's answer, keyed by their author ref: one row per person and poll, changed
in place while the poll is open (no new row, no time, no order of change). When the poll
closes its figures are kept in ``Poll.figures`` and its answers are deleted; the session's
close deletes any that are left (``deleted_at_close``), so nothing per person survives.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import Model
from .base import Authored, public_id_column

POLL_KINDS = ("single", "multiple", "scale", "words")
POLL_STATES = ("draft", "open", "closed")
# counted: in the figures; pending: held for a moderator (a free answer the detector or
# the word filter flagged); dismissed: a moderator kept it out.
ANSWER_STATUSES = ("counted", "pending", "dismissed")


class Poll(Model):
    """A poll: its question (English and German), kind, choices or scale, and state.

    ``figures`` are the results as last published (dialogue/polls/results.py): they move
    only after k answers were given or changed since the last figures, and at close they
    are the final ones. ``changes`` counts the answers given or changed since (a number,
    never who).
    """

    __tablename__ = "poll"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(sa.String(8))
    question: Mapped[str] = mapped_column(sa.Text)
    question_de: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    # [{"key", "label", "label_de"}] for single and multiple choice; [] otherwise.
    choices: Mapped[list] = mapped_column(sa.JSON, default=list)
    # A scale runs from 1 to scale_max; its ends may be labelled.
    scale_max: Mapped[int] = mapped_column(default=5, server_default="5")
    low: Mapped[str] = mapped_column(sa.String(40), default="", server_default="")
    low_de: Mapped[str] = mapped_column(sa.String(40), default="", server_default="")
    high: Mapped[str] = mapped_column(sa.String(40), default="", server_default="")
    high_de: Mapped[str] = mapped_column(sa.String(40), default="", server_default="")
    state: Mapped[str] = mapped_column(sa.String(8), default="draft", server_default="draft")
    revealed: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # When the facilitator opened it: a seat given a new invite link afterwards answers
    # only polls opened after that (anonymity.predates_seat), as for rounds.
    opened_at: Mapped[datetime | None] = mapped_column(nullable=True)
    changes: Mapped[int] = mapped_column(default=0, server_default="0")
    figures: Mapped[dict | None] = mapped_column(sa.JSON, nullable=True)


class PollAnswer(Authored, Model):
    """One person's answer to one poll: changed in place while the poll is open.

    ``value``: {"choices": [keys]}, {"score": n} or {"text": "..."}. Deleted when the poll
    closes (its figures live on in Poll.figures), and at the session's close in any case.
    """

    __tablename__ = "poll_answer"
    authored_times = ()
    deleted_at_close = True  # the figures live on in Poll.figures
    __table_args__ = (sa.UniqueConstraint("poll_id", "author_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # For the moderators' queue of held free answers; never sent to other participants.
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    poll_id: Mapped[int] = mapped_column(sa.ForeignKey("poll.id", ondelete="CASCADE"),
                                         index=True)
    value: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    status: Mapped[str] = mapped_column(sa.String(10), default="counted")
    # The detector's spans on a free answer, for the moderators.
    flags: Mapped[list] = mapped_column(sa.JSON, default=list)
