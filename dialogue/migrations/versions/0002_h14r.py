"""Redaction: a moderator's reason on a post, the facilitator's passages of the export.

Revision ID: 0002_h14r
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_h14r"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contribution") as batch:
        batch.add_column(sa.Column("redaction_reason", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contribution") as batch:
        batch.drop_column("redaction_reason")
