"""The event log: per-audience sequence numbers and the logged deltas a client replays.

Each audience (models.AUDIENCES) of a session has its own counter in ``event_stream``, so
none sees a gap where an event it cannot see took a number. The log is deleted with the
author key when the session closes.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db
from ..models import DialogueSession, EventStream, SessionEvent

REPLAY_LIMIT = 500  # beyond this many missed events a client gets a fresh snapshot


def next_seq(session_id: int, audience: str) -> int:
    """Atomically take the audience's next sequence number (safe across processes)."""
    take = (sa.update(EventStream)
            .where(EventStream.session_id == session_id, EventStream.audience == audience)
            .values(last_seq=EventStream.last_seq + 1).returning(EventStream.last_seq))
    seq = db.session.execute(take).scalar_one_or_none()
    if seq is None:  # the audience's first event: its counter starts at 0
        insert = (postgresql.insert if db.session.get_bind().dialect.name == "postgresql"
                  else sqlite.insert)
        db.session.execute(insert(EventStream).values(
            session_id=session_id, audience=audience, last_seq=0).on_conflict_do_nothing())
        seq = db.session.execute(take).scalar_one()
    return seq


def last_seq(session: DialogueSession, audience: str) -> int:
    """The number of the audience's latest event (0 before the first)."""
    return db.session.scalar(sa.select(EventStream.last_seq).where(
        EventStream.session_id == session.id, EventStream.audience == audience)) or 0


def log(session: DialogueSession, audience: str, name: str, payload: dict) -> dict:
    """Number ``payload`` in the audience's sequence and log it; returns the event."""
    event = {"seq": next_seq(session.id, audience), **payload}
    db.session.add(SessionEvent(session_id=session.id, audience=audience, seq=event["seq"],
                                name=name, payload=event))
    return event


def missed_events(session: DialogueSession, audience: str, after_seq: int) -> dict | None:
    """``{events, seq}``: the audience's logged events after ``after_seq`` up to ``seq``,
    its latest number; None if a snapshot is needed (too many missed, a first load, or a
    number this sequence never reached)."""
    latest = last_seq(session, audience)
    if after_seq < 0 or after_seq > latest or latest - after_seq > REPLAY_LIMIT:
        return None
    rows = db.session.scalars(
        sa.select(SessionEvent)
        .where(SessionEvent.session_id == session.id, SessionEvent.audience == audience,
               SessionEvent.seq > after_seq, SessionEvent.seq <= latest)
        .order_by(SessionEvent.seq)
    )
    return {"events": [{"event": row.name, "data": row.payload} for row in rows],
            "seq": latest}
