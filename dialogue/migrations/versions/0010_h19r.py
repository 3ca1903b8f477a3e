"""The round report's releases: ``round_release`` (one release of a facilitator's round:
formats, language, the released report, a digest of the sessions' review state, withdrawn)
and ``round_file`` (each released format as first rendered).

Revision ID: 0010_h19r
Revises: 0010_h20c
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_h19r"
down_revision = "0010_h20c"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "round_release",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=False),
        sa.Column("round_name", sa.String(length=200), nullable=False),
        sa.Column("released_on", sa.DateTime(), nullable=False),
        sa.Column("formats", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("review_digest", sa.String(length=64), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["facilitator_id"], ["facilitator.id"],
                                name=op.f("fk_round_release_facilitator_id_facilitator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_round_release")),
    )
    op.create_index(op.f("ix_round_release_public_id"), "round_release", ["public_id"],
                    unique=True)
    op.create_index("ix_round_release_round", "round_release",
                    ["facilitator_id", "round_name"], unique=False)
    op.create_table(
        "round_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["release_id"], ["round_release.id"],
                                name=op.f("fk_round_file_release_id_round_release"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_round_file")),
        sa.UniqueConstraint("release_id", "format",
                            name=op.f("uq_round_file_release_id_format")),
    )


def downgrade():
    op.drop_table("round_file")
    op.drop_index("ix_round_release_round", table_name="round_release")
    op.drop_index(op.f("ix_round_release_public_id"), table_name="round_release")
    op.drop_table("round_release")
