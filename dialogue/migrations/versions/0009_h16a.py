"""Rating criteria get words for the ends of their 1-5 scale, in both languages.

``criterion`` gets ``low``, ``low_de``, ``high`` and ``high_de`` (blank: the phones show
generic words).

Revision ID: 0009_h16a
Revises: 0008_h12d
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_h16a"
down_revision = "0009_h15a"
branch_labels = None
depends_on = None

COLUMNS = ("low", "low_de", "high", "high_de")


def upgrade():
    # Plain ADD COLUMNs, no batch copy (see 0007_h17).
    for column in COLUMNS:
        op.add_column("criterion", sa.Column(column, sa.String(length=80), nullable=False,
                                             server_default=""))


def downgrade():
    for column in reversed(COLUMNS):
        op.execute(f"ALTER TABLE criterion DROP COLUMN {column}")
