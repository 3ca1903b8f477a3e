"""Networking by consent: ``network_ticket`` (written at close, one per seat that took
part) and ``network_card`` (what a participant chose to share). Keyed by (session,
ticket), no rowid on SQLite, no author ref, seat, time or sequence (docs/security.md).

Revision ID: 0010_h20c
Revises: 0009_h17c
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_h20c"
down_revision = "0009_h17c"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "network_ticket",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"]),
        sa.PrimaryKeyConstraint("session_id", "ticket", name=op.f("pk_network_ticket")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "network_card",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=254), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"]),
        sa.PrimaryKeyConstraint("session_id", "ticket", name=op.f("pk_network_card")),
        sqlite_with_rowid=False,
    )


def downgrade():
    op.drop_table("network_card")
    op.drop_table("network_ticket")
