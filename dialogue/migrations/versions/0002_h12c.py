"""One event sequence per audience, in its own table.

Moderator-only events took numbers from the one per-session sequence, so participants saw
a gap whenever a post was held. Each audience (``public``: participants and projector;
``moderators``: the console) now has its own counter in ``event_stream``, off the
``dialogue_session`` row, and the log records the audience instead of the room.

The old log cannot be split into gapless sequences, so it is dropped; the new counters
start more than the replay limit beyond the old one, so a client that was connected during
the upgrade gets a fresh snapshot and takes every later event as new.

Revision ID: 0002_h12c
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_h12c"
down_revision = "0001"
branch_labels = None
depends_on = None

REPLAY_LIMIT = 500  # realtime/broadcast.py


def upgrade():
    stream = op.create_table(
        "event_stream",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["dialogue_session.id"],
                                name=op.f("fk_event_stream_session_id_dialogue_session")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_stream")),
        sa.UniqueConstraint("session_id", "audience",
                            name=op.f("uq_event_stream_session_id_audience")),
    )
    with op.batch_alter_table("event_stream", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_stream_session_id"), ["session_id"],
                              unique=False)
    sessions = op.get_bind().execute(sa.text(
        "SELECT id, event_seq FROM dialogue_session")).all()
    op.bulk_insert(stream, [
        {"session_id": session_id, "audience": audience,
         "last_seq": event_seq + REPLAY_LIMIT + 1}
        for session_id, event_seq in sessions for audience in ("public", "moderators")])

    op.execute("DELETE FROM session_event")
    with op.batch_alter_table("session_event", schema=None) as batch_op:
        batch_op.drop_constraint("uq_session_event_session_id_seq", type_="unique")
        batch_op.add_column(sa.Column("audience", sa.String(length=20), nullable=False))
        batch_op.drop_column("room")
        batch_op.create_unique_constraint(
            batch_op.f("uq_session_event_session_id_audience_seq"),
            ["session_id", "audience", "seq"])
    # Not a batch copy on SQLite: dropping the old table would trip the foreign keys that
    # point at it. SQLite drops a plain column in place (3.35 and later).
    op.execute("ALTER TABLE dialogue_session DROP COLUMN event_seq")


def downgrade():
    op.add_column("dialogue_session", sa.Column("event_seq", sa.Integer(), nullable=False,
                                                server_default="0"))
    op.execute("UPDATE dialogue_session SET event_seq = COALESCE((SELECT MAX(last_seq) "
               "FROM event_stream WHERE session_id = dialogue_session.id), 0)")
    op.execute("DELETE FROM session_event")
    with op.batch_alter_table("session_event", schema=None) as batch_op:
        batch_op.drop_constraint("uq_session_event_session_id_audience_seq", type_="unique")
        batch_op.drop_column("audience")
        batch_op.add_column(sa.Column("room", sa.String(length=80), nullable=False))
        batch_op.create_unique_constraint("uq_session_event_session_id_seq",
                                          ["session_id", "seq"])
    with op.batch_alter_table("event_stream", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_stream_session_id"))
    op.drop_table("event_stream")
