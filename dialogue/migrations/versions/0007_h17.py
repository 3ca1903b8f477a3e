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
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.drop_column("invitation_error")
        batch_op.drop_column("invitation_sent_on")
        batch_op.drop_column("language")
    with op.batch_alter_table("dialogue_session", schema=None) as batch_op:
        batch_op.drop_column("invitation_texts")
        batch_op.drop_column("place")
        batch_op.drop_column("meets_on")
