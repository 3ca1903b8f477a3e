"""the outcome paper: the session's agreed next steps, and why an option's status stands

Revision ID: 0009_h19
Revises: 0008_h12d
"""
import sqlalchemy as sa
from alembic import op

revision = "0009_h19"
down_revision = "0008_h12d"
branch_labels = None
depends_on = None


def upgrade():
    # Added in place (never a batch copy of dialogue_session on SQLite).
    op.add_column("dialogue_session", sa.Column("next_steps", sa.Text(), nullable=False,
                                                server_default=""))
    op.add_column("policy_option", sa.Column("status_reason", sa.Text(), nullable=False,
                                             server_default=""))


def downgrade():
    op.drop_column("policy_option", "status_reason")
    op.drop_column("dialogue_session", "next_steps")
