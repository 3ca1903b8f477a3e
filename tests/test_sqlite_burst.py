"""SQLite holds a burst: 50 participants vote and post at the same moment, nobody is told
"database is locked" (WAL, synchronous=NORMAL and a busy timeout; dialogue/database.py)."""

from __future__ import annotations

import threading
import uuid

import sqlalchemy as sa

from dialogue import rate_limits, realtime
from dialogue.boards import detection
from dialogue.extensions import db
from dialogue.models import Contribution, Vote
from dialogue.realtime.actors import Actor

WRITERS = 50


def test_fifty_participants_writing_at_once_all_succeed(app, factory):
    session = factory.live_session()
    board = session.agenda[0]
    refs = [(entry.id, factory.ref(session, entry))
            for entry in (factory.roster_entry(session) for _ in range(WRITERS))]
    actors = [Actor("participant", session.id, session.public_id, participant_id=entry_id,
                    author_ref=ref, rate_key=rate_limits.person_key(session, ref))
              for entry_id, ref in refs]
    item = Contribution(session_id=session.id, agenda_item_id=board.id,
                        author_ref=uuid.uuid4().hex, text="Shared item everyone supports",
                        labels=[], flags=[], cleared_flags=[], vote_count=0)
    db.session.add(item)
    db.session.commit()
    detection.find_flags(session, "warm")  # build the roster's detector once, up front
    item_id, board_id = item.public_id, board.public_id
    rate_limits.reset()
    db.session.remove()

    start = threading.Barrier(WRITERS)
    replies: list[dict] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def participant(actor: Actor, number: int) -> None:
        try:
            with app.app_context():
                start.wait()
                vote = realtime.run("board_vote", actor, {
                    "id": item_id, "up": True, "client_key": f"vote-{number:04d}"})
                post = realtime.run("board_post", actor, {
                    "board": board_id, "text": f"Idea number {number} for the partnership",
                    "client_key": f"post-{number:04d}"})
                db.session.remove()
            with lock:
                replies.extend([vote, post])
        except BaseException as exc:  # noqa: BLE001 - reported below, with the thread's error
            with lock:
                failures.append(exc)

    threads = [threading.Thread(target=participant, args=(actor, n))
               for n, actor in enumerate(actors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not failures, [repr(exc) for exc in failures]
    assert len(replies) == 2 * WRITERS
    assert [reply for reply in replies if not reply.get("ok")] == []
    assert not any("locked" in str(reply).lower() for reply in replies)
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Vote)) == WRITERS
    assert db.session.scalar(sa.select(Contribution.vote_count)
                             .filter_by(public_id=item_id)) == WRITERS
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)) == WRITERS + 1
