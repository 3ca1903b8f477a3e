"""Redaction: a moderator's reason on a post, the facilitator's redacted passages of the
export, and releases withdrawn by a later redaction.

Revision ID: 0004_h14r
Revises: 0003_h12a
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_h14r"
down_revision = "0003_h12a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contribution") as batch:
        batch.add_column(sa.Column("redaction_reason", sa.String(length=500), nullable=True))
    with op.batch_alter_table("export_release") as batch:
        batch.add_column(sa.Column("withdrawn", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_table(
        "export_redaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("passage_key", sa.String(length=40), nullable=False),
        sa.Column("text_digest", sa.String(length=64), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"],
                                name=op.f("fk_export_redaction_session_id_dialogue_session")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_redaction")),
    )
    with op.batch_alter_table("export_redaction") as batch:
        batch.create_index(batch.f("ix_export_redaction_passage_key"), ["passage_key"])
        batch.create_index(batch.f("ix_export_redaction_public_id"), ["public_id"],
                           unique=True)
        batch.create_index(batch.f("ix_export_redaction_session_id"), ["session_id"])


def downgrade() -> None:
    op.drop_table("export_redaction")
    with op.batch_alter_table("export_release") as batch:
        batch.drop_column("withdrawn")
    with op.batch_alter_table("contribution") as batch:
        batch.drop_column("redaction_reason")
