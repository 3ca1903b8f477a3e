"""index every key into an authored table: the close rewrites them all

Revision ID: 0008_h12d
Revises: 0007_h17
"""
from alembic import op


revision = "0008_h12d"
down_revision = "0007_h17"
branch_labels = None
depends_on = None

# (table, column): keys into authored tables that no index led to yet. The close deals
# the rows new ids (dialogue/close_order.py), and both databases look each referencing
# row up by these columns while checking the keys.
KEYS = (("contribution", "merged_into_id"), ("policy_option", "origin_id"),
        ("option_contribution", "contribution_id"), ("rating_round_option", "option_id"))


def upgrade():
    for table, column in KEYS:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def downgrade():
    for table, column in reversed(KEYS):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
