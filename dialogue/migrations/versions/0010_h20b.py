"""Briefing inputs per agenda item: texts, links and PDF files (dialogue/inputs/).

The new ``briefing_input`` table holds the facilitator's inputs, a PDF's bytes in
``file_data``; an input goes with its agenda item (ON DELETE CASCADE).

Revision ID: 0010_h20b
Revises: 0010_h19r
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_h20b"
down_revision = "0010_h19r"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "briefing_input",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("file_name", sa.String(length=120), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("file_data", sa.LargeBinary(), nullable=True),
        sa.Column("on_the_record", sa.Boolean(), nullable=False),
        sa.Column("speaker", sa.String(length=200), nullable=False),
        sa.Column("speaker_role", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_briefing_input_public_id"), "briefing_input", ["public_id"],
                    unique=True)
    op.create_index(op.f("ix_briefing_input_session_id"), "briefing_input", ["session_id"],
                    unique=False)
    op.create_index(op.f("ix_briefing_input_agenda_item_id"), "briefing_input",
                    ["agenda_item_id"], unique=False)


def downgrade():
    op.drop_index(op.f("ix_briefing_input_agenda_item_id"), table_name="briefing_input")
    op.drop_index(op.f("ix_briefing_input_session_id"), table_name="briefing_input")
    op.drop_index(op.f("ix_briefing_input_public_id"), table_name="briefing_input")
    op.drop_table("briefing_input")
