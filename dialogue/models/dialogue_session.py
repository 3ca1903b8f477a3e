"""A DialogueSession, its agenda, rating criteria and option fields."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from ..extensions import Model
from .base import public_id_column, utcnow

SESSION_STATUSES = ("draft", "live", "closed")
AGENDA_STATES = ("pending", "open", "locked", "done")
BOARD_KINDS = ("contributions", "questions")


class DialogueSession(Model):
    __tablename__ = "dialogue_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    code: Mapped[str] = mapped_column(sa.String(12), unique=True, index=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("facilitator.id"))
    template_slug: Mapped[str] = mapped_column(sa.String(80), default="")
    # Texts people read are kept in English (``title``) and German (``title_de``).
    title: Mapped[str] = mapped_column(sa.String(200))
    title_de: Mapped[str] = mapped_column(sa.String(200), default="")
    description: Mapped[str] = mapped_column(sa.Text, default="")
    description_de: Mapped[str] = mapped_column(sa.Text, default="")
    # What the group agreed to do next, written by the facilitator for the outcome report.
    next_steps: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    language: Mapped[str] = mapped_column(sa.String(5), default="en")
    rule: Mapped[str] = mapped_column(sa.String(20), default="chatham_house")
    round_name: Mapped[str | None] = mapped_column(sa.String(200), nullable=True)
    k_anonymity: Mapped[int] = mapped_column(default=5)
    max_contribution_length: Mapped[int] = mapped_column(default=1000)
    participants_may_create_options: Mapped[bool] = mapped_column(default=False)
    # The English names are what a participant's group is stored as; the German list is
    # parallel to it (same order), for display.
    stakeholder_groups: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    stakeholder_groups_de: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    status: Mapped[str] = mapped_column(sa.String(10), default="draft")
    held_on: Mapped[datetime] = mapped_column(default=utcnow)
    closed_on: Mapped[datetime | None] = mapped_column(nullable=True)
    # When and where the meeting takes place, as the invitations and the join screen say.
    meets_on: Mapped[date | None] = mapped_column(sa.Date, nullable=True)
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    # The invitation email's text per language, as the facilitator edited it:
    # {"en": {"subject": ..., "body": ...}, ...}; a language not here uses the default text.
    invitation_texts: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    # What the projector shows (boards/projector.py: PROJECTOR_MODES) and, for "results",
    # which option's results; kept so that a reload shows the same.
    projector_mode: Mapped[str] = mapped_column(sa.String(12), default="board")
    projector_option: Mapped[str | None] = mapped_column(sa.String(40), nullable=True)
    projector_timer: Mapped[bool] = mapped_column(default=False)  # the clock on the screen

    owner = relationship("Facilitator")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="session", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    criteria: Mapped[list[Criterion]] = relationship(
        order_by="Criterion.position", cascade="all, delete-orphan"
    )
    option_fields: Mapped[list[OptionField]] = relationship(
        order_by="OptionField.position", cascade="all, delete-orphan"
    )
    key_row: Mapped[SessionKey | None] = relationship(cascade="all, delete-orphan")

    @property
    def author_key(self) -> bytes | None:
        """The HMAC key for author refs; None once the session is closed."""
        return self.key_row.key if self.key_row is not None else None

    @author_key.setter
    def author_key(self, key: bytes | None) -> None:
        self.key_row = SessionKey(key=key) if key is not None else None

    @property
    def is_closed(self) -> bool:
        return self.status == "closed"

    @property
    def current_item(self) -> AgendaItem | None:
        return next((item for item in self.agenda if item.state == "open"), None)


class SessionKey(Model):
    """A session's author key, in a row of its own: written once, deleted at close.

    Kept out of ``dialogue_session``, whose row is rewritten whenever the session changes:
    on PostgreSQL each rewrite would leave a dead copy of the key in the table's files.
    """

    __tablename__ = "session_key"

    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"),
                                            primary_key=True)
    key: Mapped[bytes] = mapped_column(sa.LargeBinary(32))


class AgendaItem(Model):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(sa.String(200))
    title_de: Mapped[str] = mapped_column(sa.String(200), default="")
    question: Mapped[str] = mapped_column(sa.Text, default="")
    question_de: Mapped[str] = mapped_column(sa.Text, default="")
    board_kind: Mapped[str] = mapped_column(sa.String(20), default="contributions")
    on_the_record: Mapped[bool] = mapped_column(default=False)
    premoderation: Mapped[bool] = mapped_column(default=False)
    minutes: Mapped[int | None] = mapped_column(nullable=True)  # planned duration
    state: Mapped[str] = mapped_column(sa.String(10), default="pending")
    # The facilitator's timing (not anyone's writing): first opened, and done.
    started_at: Mapped[datetime | None] = mapped_column(nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(nullable=True)

    session: Mapped[DialogueSession] = relationship(back_populates="agenda")


class _KeyedEntry:
    """An ordered, labelled entry with a key unique within its session."""

    @declared_attr.directive
    def __table_args__(cls) -> tuple:  # noqa: N805 - SQLAlchemy declared_attr
        return (sa.UniqueConstraint("session_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    key: Mapped[str] = mapped_column(sa.String(32))
    label: Mapped[str] = mapped_column(sa.String(120))
    label_de: Mapped[str] = mapped_column(sa.String(120), default="")


class Criterion(_KeyedEntry, Model):
    """A rating criterion for policy options (support, feasibility, ...)."""

    __tablename__ = "criterion"

    description: Mapped[str] = mapped_column(sa.Text, default="")
    description_de: Mapped[str] = mapped_column(sa.Text, default="")
    # The words for the ends of its 1-5 scale ("1: no support" ... "5: full support");
    # blank: the phones show generic ones.
    low: Mapped[str] = mapped_column(sa.String(80), default="")
    low_de: Mapped[str] = mapped_column(sa.String(80), default="")
    high: Mapped[str] = mapped_column(sa.String(80), default="")
    high_de: Mapped[str] = mapped_column(sa.String(80), default="")


class OptionField(_KeyedEntry, Model):
    """An extra structured field for the session's policy options."""

    __tablename__ = "option_field"

    help: Mapped[str] = mapped_column(sa.Text, default="")
    help_de: Mapped[str] = mapped_column(sa.Text, default="")
