"""The facilitator's desk: the session's date and place, invitation emails.

``dialogue_session`` gets ``meets_on``, ``place`` and the edited ``invitation_texts``;
``roster_entry`` gets the invitation's ``language``, the day it was sent and the reason
its last sending failed. The link itself is never stored.

Revision ID: 0007_h17
Revises: 0006_h12b
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_h17"
down_revision = "0006_h12b"
branch_labels = None
depends_on = None


def upgrade():
    # Plain ADD COLUMNs: a batch may copy the table on SQLite, which fails on a table other
    # tables point at once it has rows (dialogue_session).
    op.add_column("dialogue_session", sa.Column("meets_on", sa.Date(), nullable=True))
    op.add_column("dialogue_session", sa.Column("place", sa.String(length=200),
                                                nullable=False, server_default=""))
    op.add_column("dialogue_session", sa.Column("invitation_texts", sa.JSON(),
                                                nullable=False, server_default="{}"))
    op.add_column("roster_entry", sa.Column("language", sa.String(length=5), nullable=False,
                                            server_default=""))
    op.add_column("roster_entry", sa.Column("invitation_sent_on", sa.Date(), nullable=True))
    op.add_column("roster_entry", sa.Column("invitation_error", sa.String(length=300),
                                            nullable=True))


def downgrade():
    # In place (ALTER TABLE ... DROP COLUMN, SQLite 3.35+ and PostgreSQL): a batch copy of
    # dialogue_session fails on the tables that point at it.
    for table, column in (("roster_entry", "invitation_error"),
                          ("roster_entry", "invitation_sent_on"), ("roster_entry", "language"),
                          ("dialogue_session", "invitation_texts"),
                          ("dialogue_session", "place"), ("dialogue_session", "meets_on")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
