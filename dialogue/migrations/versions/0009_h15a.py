"""facilitators' API tokens: the hash of each token's secret and the sessions it reaches

Two new tables (no existing table changes, so nothing is batch-copied on SQLite):
``api_token`` (the facilitator, a name, the SHA-256 of the secret, all sessions or
some, the days it was made, revoked and last used) and ``api_token_session`` (its scope).

Revision ID: 0009_h15a
Revises: 0008_h12d
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_h15a"
down_revision = "0009_h19"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "api_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("all_sessions", sa.Boolean(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("last_used_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["facilitator_id"], ["facilitator.id"],
                                name=op.f("fk_api_token_facilitator_id_facilitator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_token")),
    )
    op.create_index(op.f("ix_api_token_public_id"), "api_token", ["public_id"], unique=True)
    op.create_index(op.f("ix_api_token_facilitator_id"), "api_token", ["facilitator_id"],
                    unique=False)
    op.create_table(
        "api_token_session",
        sa.Column("token_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["token_id"], ["api_token.id"],
                                name=op.f("fk_api_token_session_token_id_api_token"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"],
                                name=op.f("fk_api_token_session_session_id_dialogue_session"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("token_id", "session_id", name=op.f("pk_api_token_session")),
    )
    op.create_index(op.f("ix_api_token_session_session_id"), "api_token_session",
                    ["session_id"], unique=False)


def downgrade():
    op.drop_index(op.f("ix_api_token_session_session_id"), table_name="api_token_session")
    op.drop_table("api_token_session")
    op.drop_index(op.f("ix_api_token_facilitator_id"), table_name="api_token")
    op.drop_index(op.f("ix_api_token_public_id"), table_name="api_token")
    op.drop_table("api_token")
