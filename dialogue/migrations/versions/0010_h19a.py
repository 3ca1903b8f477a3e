"""Attribution by choice: ``contribution.attribution`` ("Name, Affiliation" of a post its
author chose to sign on an on-the-record item; null for every other post).

Revision ID: 0010_h19a
Revises: 0010_h20a
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_h19a"
down_revision = "0010_h20a"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attribution", sa.String(length=403), nullable=True))


def downgrade():
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.drop_column("attribution")
