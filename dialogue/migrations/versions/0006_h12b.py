"""The author key in a table of its own; closed sessions whose erasure is pending

The key leaves ``dialogue_session`` (rewritten whenever the session changes, so each
rewrite left a dead copy of the key in PostgreSQL's files). On PostgreSQL, ANALYZE keeps no sample of
the columns holding keys or author refs (pg_statistic would otherwise keep copies).

Revision ID: 0006_h12b
Revises: 0005_h18
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_h12b'
down_revision = '0005_h18'
branch_labels = None
depends_on = None

# The columns holding a key, an author ref or a hash tied to a person, as of this revision.
UNSAMPLED = [('session_key', 'key'), ('roster_entry', 'seat_hash'),
             ('write_receipt', 'key_hash')] + [
    (table, 'author_ref') for table in (
        'amendment', 'argument', 'argument_vote', 'consent_vote', 'contribution',
        'option_revision', 'rating', 'vote')]


def upgrade():
    op.create_table('session_key',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.LargeBinary(length=32), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['dialogue_session.id'], name=op.f('fk_session_key_session_id_dialogue_session')),
    sa.PrimaryKeyConstraint('session_id', name=op.f('pk_session_key'))
    )
    op.create_table('erasure_pending',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('since', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['dialogue_session.id'], name=op.f('fk_erasure_pending_session_id_dialogue_session')),
    sa.PrimaryKeyConstraint('session_id', name=op.f('pk_erasure_pending'))
    )
    op.execute("INSERT INTO session_key (session_id, key) SELECT id, author_key "
               "FROM dialogue_session WHERE author_key IS NOT NULL")
    # Not a batch copy on SQLite: dropping the old table would trip the foreign keys that
    # point at it. SQLite drops a plain column in place (3.35 and later).
    op.execute("ALTER TABLE dialogue_session DROP COLUMN author_key")
    if op.get_bind().dialect.name == 'postgresql':
        for table, column in UNSAMPLED:
            op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} SET STATISTICS 0')


def downgrade():
    op.add_column('dialogue_session',
                  sa.Column('author_key', sa.LargeBinary(length=32), nullable=True))
    op.execute("UPDATE dialogue_session SET author_key = (SELECT key FROM session_key "
               "WHERE session_key.session_id = dialogue_session.id)")
    op.drop_table('erasure_pending')
    op.drop_table('session_key')
