"""German texts beside the English ones (session, agenda, criteria, option fields)

Revision ID: 0005_h18
Revises: 0004_h14r
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_h18'
down_revision = '0004_h14r'
branch_labels = None
depends_on = None

# (table, column, type); existing rows get an empty German text ('' / []), which the app
# shows as the English text until someone fills it in.
COLUMNS: list[tuple[str, str, sa.types.TypeEngine]] = [
    ('dialogue_session', 'title_de', sa.String(length=200)),
    ('dialogue_session', 'description_de', sa.Text()),
    ('dialogue_session', 'stakeholder_groups_de', sa.JSON()),
    ('agenda_item', 'title_de', sa.String(length=200)),
    ('agenda_item', 'question_de', sa.Text()),
    ('criterion', 'label_de', sa.String(length=120)),
    ('criterion', 'description_de', sa.Text()),
    ('option_field', 'label_de', sa.String(length=120)),
    ('option_field', 'help_de', sa.Text()),
]


def upgrade():
    for table, column, type_ in COLUMNS:
        default = sa.text("'[]'") if isinstance(type_, sa.JSON) else sa.text("''")
        # A plain ADD COLUMN: a batch on SQLite may copy the table, which fails on a table
        # other tables point at once it has rows (dialogue_session).
        op.add_column(table, sa.Column(column, type_, nullable=False, server_default=default))
        # SQLite can drop a default only by copying the table, which fails on a table
        # other tables point at once it has rows (dialogue_session): there it stays.
        if op.get_bind().dialect.name != "sqlite":
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.alter_column(column, server_default=None)


def downgrade():
    # In place (ALTER TABLE ... DROP COLUMN): a batch copy of dialogue_session fails on the
    # tables that point at it.
    for table, column, _type in reversed(COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
