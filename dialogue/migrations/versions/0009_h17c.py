"""The facilitator's console: timing, the projector's mode, undoing a merge, the
moderation log.

``agenda_item`` gets ``started_at``/``ended_at`` (the facilitator's timing of the item);
``dialogue_session`` gets ``projector_mode``, ``projector_option`` and ``projector_timer``; ``contribution``
gets ``merge_undo`` (the state and moved vote ids while a merge can be undone); the new
``moderation_log_entry`` counts what was dismissed, merged, edited or redacted, to the
day, with no key to the contribution or its author.

Revision ID: 0009_h17c
Revises: 0008_h12d
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_h17c"
down_revision = "0009_h16a"
branch_labels = None
depends_on = None


def upgrade():
    # Plain ADD COLUMNs (a batch copy of dialogue_session fails on SQLite once other
    # tables point at it).
    op.add_column("agenda_item", sa.Column("started_at", sa.DateTime(), nullable=True))
    op.add_column("agenda_item", sa.Column("ended_at", sa.DateTime(), nullable=True))
    op.add_column("dialogue_session", sa.Column("projector_mode", sa.String(length=12),
                                                nullable=False, server_default="board"))
    op.add_column("dialogue_session", sa.Column("projector_option", sa.String(length=40),
                                                nullable=True))
    op.add_column("dialogue_session", sa.Column("projector_timer", sa.Boolean(),
                                                nullable=False, server_default=sa.false()))
    op.add_column("contribution", sa.Column("merge_undo", sa.JSON(), nullable=True))
    op.create_table(
        "moderation_log_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_moderation_log_entry_session_id"), "moderation_log_entry",
                    ["session_id"], unique=False)


def downgrade():
    op.drop_index(op.f("ix_moderation_log_entry_session_id"),
                  table_name="moderation_log_entry")
    op.drop_table("moderation_log_entry")
    # In place (ALTER TABLE ... DROP COLUMN): see upgrade.
    for table, column in (("contribution", "merge_undo"),
                          ("dialogue_session", "projector_timer"),
                          ("dialogue_session", "projector_option"),
                          ("dialogue_session", "projector_mode"),
                          ("agenda_item", "ended_at"), ("agenda_item", "started_at")):
        op.drop_column(table, column)
