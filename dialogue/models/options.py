"""Policy options: co-drafted text with revisions, amendments, arguments, ratings, consent."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import Model, db
from .base import Authored, AuthoredTimes, public_id_column, utcnow

# draft -> discussion -> consolidated -> endorsed | parked (set by the facilitator)
OPTION_STATUSES = ("draft", "discussion", "consolidated", "endorsed", "parked")
# The order of the report, and of a closed session's options: endorsed first, for a reader
# looks for what the group backs. Never the order of creation.
STATUS_REPORT_ORDER = ("endorsed", "consolidated", "discussion", "draft", "parked")
ARGUMENT_SIDES = ("pro", "contra")
ROUND_KINDS = ("rating", "consent")
CONSENT_CHOICES = ("agree", "live_with", "disagree", "block")
AMENDMENT_STATUSES = ("pending", "accepted", "rejected")
REVISION_KINDS = ("created", "edited", "amendment", "carried_over")

option_contribution = sa.Table(
    "option_contribution",
    db.metadata,
    sa.Column("option_id", sa.ForeignKey("policy_option.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("contribution_id", sa.ForeignKey("contribution.id", ondelete="CASCADE"),
              primary_key=True, index=True),
)

rating_round_option = sa.Table(
    "rating_round_option",
    db.metadata,
    sa.Column("round_id", sa.ForeignKey("rating_round.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("option_id", sa.ForeignKey("policy_option.id", ondelete="CASCADE"),
              primary_key=True, index=True),
)


class PolicyOption(AuthoredTimes, Model):
    """The current text of an option; every change is also kept as an OptionRevision.

    ``fields`` maps field keys (the core template plus the session's OptionField keys) to
    text, or to a list of keys for ``actors`` and ``level``. ``version`` is the number of
    the latest revision; an edit names the version it started from (optimistic locking).
    """

    __tablename__ = "policy_option"
    # A participant may create an option (its author ref is on the first revision).
    authored_times = ("created_at",)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(sa.String(14), default="draft")
    version: Mapped[int] = mapped_column(default=1)
    fields: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    # Carried over from an option of an earlier session of the same round.
    origin_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("policy_option.id"), nullable=True, index=True)
    carried_version: Mapped[int | None] = mapped_column(nullable=True)
    # The facilitator's recorded reason for a status the results do not bear out (an
    # option endorsed although consent was not reached); shown in the outcome report.
    status_reason: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    contributions = relationship("Contribution", secondary=option_contribution,
                                 order_by="Contribution.text")
    origin: Mapped[PolicyOption | None] = relationship(remote_side=[id])

    @property
    def title(self) -> str:
        return str(self.fields.get("title", ""))


class OptionRevision(Authored, Model):
    """A full snapshot of an option's fields after one change. Shown as anonymous diffs."""

    __tablename__ = "option_revision"
    authored_times = ("created_at",)
    __table_args__ = (sa.UniqueConstraint("option_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    option_id: Mapped[int] = mapped_column(
        sa.ForeignKey("policy_option.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(sa.String(14), default="edited")
    by_facilitator: Mapped[bool] = mapped_column(default=False)
    fields: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class _OnOption(Authored):
    """A participant's text attached to one option (an amendment, an argument)."""

    authored_times = ("created_at",)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    option_id: Mapped[int] = mapped_column(
        sa.ForeignKey("policy_option.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Amendment(_OnOption, Model):
    """A proposed new text for one field; the facilitator accepts (a revision) or rejects."""

    __tablename__ = "amendment"

    field_key: Mapped[str] = mapped_column(sa.String(32))
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    base_version: Mapped[int] = mapped_column()
    status: Mapped[str] = mapped_column(sa.String(10), default="pending")

    option: Mapped[PolicyOption] = relationship()


class Argument(_OnOption, Model):
    """A pro or contra argument on an option, upvotable once per person."""

    __tablename__ = "argument"

    side: Mapped[str] = mapped_column(sa.String(6))
    # Counter column kept in the vote's transaction: no COUNT(*) on the hot path.
    vote_count: Mapped[int] = mapped_column(default=0)


class ArgumentVote(Authored, Model):
    __tablename__ = "argument_vote"
    deleted_at_close = True  # the count lives on in Argument.vote_count
    __table_args__ = (sa.UniqueConstraint("argument_id", "author_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    argument_id: Mapped[int] = mapped_column(
        sa.ForeignKey("argument.id", ondelete="CASCADE"), index=True)


class RatingRound(Model):
    """A rating (criteria, 1-5) or consent round on chosen options, opened by the facilitator."""

    __tablename__ = "rating_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = public_id_column()
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(8))
    is_open: Mapped[bool] = mapped_column(default=True)
    revealed: Mapped[bool] = mapped_column(default=False)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The round's figures as computed at close (options.rounds.freeze_results), already
    # suppressed; the answers themselves are deleted then. None while the session runs.
    results: Mapped[dict | None] = mapped_column(sa.JSON, nullable=True)

    options: Mapped[list[PolicyOption]] = relationship(secondary=rating_round_option,
                                                       order_by="PolicyOption.position")


class Rating(Authored, Model):
    """One score of one option on one criterion. Carries a group label, never identity.

    Deleted at close, once the round's figures are kept (RatingRound.results): a group
    label, or the neighbouring rows of one submission, can name the rater in a small room.
    """

    __tablename__ = "rating"
    authored_times = ("created_at",)
    deleted_at_close = True  # the figures live on in RatingRound.results
    __table_args__ = (
        sa.UniqueConstraint("round_id", "option_id", "criterion_id", "author_ref"),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rating_round.id", ondelete="CASCADE"), index=True)
    option_id: Mapped[int] = mapped_column(
        sa.ForeignKey("policy_option.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(sa.ForeignKey("criterion.id"), index=True)
    score: Mapped[int] = mapped_column()
    stakeholder_group: Mapped[str] = mapped_column(sa.String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConsentVote(Authored, Model):
    """One person's consent on one option in one round; a block needs a reason.

    Deleted at close like Rating: its figures and block reasons live on in the round's
    results, with no group, time or order per person.
    """

    __tablename__ = "consent_vote"
    authored_times = ("created_at",)
    deleted_at_close = True  # the figures and block reasons live on in RatingRound.results
    __table_args__ = (sa.UniqueConstraint("round_id", "option_id", "author_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"), index=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rating_round.id", ondelete="CASCADE"), index=True)
    option_id: Mapped[int] = mapped_column(
        sa.ForeignKey("policy_option.id", ondelete="CASCADE"), index=True)
    choice: Mapped[str] = mapped_column(sa.String(10))
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    stakeholder_group: Mapped[str] = mapped_column(sa.String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
