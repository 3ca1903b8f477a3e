"""Quick polls and word clouds: ``poll`` (the facilitator's question, its state and its
published figures) and ``poll_answer`` (one row per person and poll, keyed by author ref,
no time; deleted when the poll closes, and at the session's close in any case).

Revision ID: 0010_h20a
Revises: 0010_h20b
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_h20a"
down_revision = "0010_h20b"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "poll",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("question_de", sa.Text(), nullable=False, server_default=""),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False, server_default="5"),
        sa.Column("low", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("low_de", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("high", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("high_de", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("state", sa.String(length=8), nullable=False, server_default="draft"),
        sa.Column("revealed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("changes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("figures", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_poll_public_id"), "poll", ["public_id"], unique=True)
    op.create_index(op.f("ix_poll_session_id"), "poll", ["session_id"], unique=False)
    op.create_index(op.f("ix_poll_agenda_item_id"), "poll", ["agenda_item_id"], unique=False)
    op.create_table(
        "poll_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("poll_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("author_ref", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["poll_id"], ["poll.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("poll_id", "author_ref"),
    )
    op.create_index(op.f("ix_poll_answer_public_id"), "poll_answer", ["public_id"],
                    unique=True)
    op.create_index(op.f("ix_poll_answer_session_id"), "poll_answer", ["session_id"],
                    unique=False)
    op.create_index(op.f("ix_poll_answer_poll_id"), "poll_answer", ["poll_id"], unique=False)
    op.create_index(op.f("ix_poll_answer_author_ref"), "poll_answer", ["author_ref"],
                    unique=False)


def downgrade():
    for index in ("author_ref", "poll_id", "session_id", "public_id"):
        op.drop_index(op.f(f"ix_poll_answer_{index}"), table_name="poll_answer")
    op.drop_table("poll_answer")
    for index in ("agenda_item_id", "session_id", "public_id"):
        op.drop_index(op.f(f"ix_poll_{index}"), table_name="poll")
    op.drop_table("poll")
