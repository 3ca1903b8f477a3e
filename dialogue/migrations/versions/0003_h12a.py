"""seats own their authorship; a round keeps its figures at close, not its answers

Revision ID: 0003_h12a
Revises: 0002_h12c
"""
from alembic import op
import sqlalchemy as sa


revision = "0003_h12a"
down_revision = "0002_h12c"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reseated_on", sa.DateTime(), nullable=True))
    with op.batch_alter_table("rating_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("results", sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table("rating_round", schema=None) as batch_op:
        batch_op.drop_column("results")
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.drop_column("reseated_on")
