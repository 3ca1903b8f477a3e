"""The Chatham House guarantee in code: author refs, seat secrets and severing the link.

See DESIGN.md §2. Nothing outside this module computes an author ref.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from .close_order import renumber_authored_rows
from .extensions import db
from .models import (
    Authored,
    Contribution,
    DialogueSession,
    EventStream,
    RosterEntry,
    SessionEvent,
    WriteReceipt,
    authored_models,
    time_authored_models,
)
from .models.base import utcnow


class SessionClosed(Exception):
    """The session is closed: its author key is gone and nothing more can be written."""


def new_author_key() -> bytes:
    return secrets.token_bytes(32)


def author_ref(session: DialogueSession, seat_secret: str) -> str:
    """HMAC(session key, seat secret): stable for one seat, unlinkable after close.

    The seat secret lives only in the browser that claimed the seat (the server keeps
    its SHA-256, from which the ref cannot be computed). So neither the roster, nor an
    invite link, nor the server's data alone can reproduce a person's ref: a new link
    for the same roster entry starts a new authorship.
    """
    if session.author_key is None:
        raise SessionClosed(session.public_id)
    message = b"author\x1f" + seat_secret.encode()
    return hmac.new(session.author_key, message, hashlib.sha256).hexdigest()


def attribution_seed(session: DialogueSession, seat_secret: str) -> str:
    """HMAC(session key, "attributed" || seat secret): what a seat's attributed posts'
    refs are made from (``attributed_ref``). Like the author ref it needs the seat secret,
    which only the participant's browser holds, so the server's data cannot reproduce it;
    it lives in the socket's memory only (``Actor``), never stored, never sent.
    """
    if session.author_key is None:
        raise SessionClosed(session.public_id)
    message = b"attributed\x1f" + seat_secret.encode()
    return hmac.new(session.author_key, message, hashlib.sha256).hexdigest()


def attributed_ref(seed: str, contribution_public_id: str) -> str:
    """The author ref of one post its author chose to sign with their name: a different
    HMAC for every such post, so the name on it cannot be joined to the author's other
    posts, votes or ratings (they carry ``author_ref``), nor to their other signed posts.
    The author recomputes it from the seed for each signed post (boards.services.is_own).
    """
    message = b"post\x1f" + contribution_public_id.encode()
    return hmac.new(bytes.fromhex(seed), message, hashlib.sha256).hexdigest()


def keyed_hash(session: DialogueSession, *parts: str) -> str:
    """A session-keyed hash of arbitrary parts (idempotency keys, rate-limit buckets)."""
    if session.author_key is None:
        raise SessionClosed(session.public_id)
    message = "\x1f".join(parts).encode()
    return hmac.new(session.author_key, message, hashlib.sha256).hexdigest()


def seat_hash(secret: str) -> str:
    """The stored form of the secret a participant's browser holds for its seat."""
    return hashlib.sha256(secret.encode()).hexdigest()


def predates_seat(moment: datetime, votes_from: datetime | None) -> bool:
    """Whether an item or round appeared before this seat replaced an earlier one.

    An earlier seat of the same roster entry may have voted on it, and nothing may tell
    which items it voted on (that would tie the seats, and so the person, to their votes):
    so a replacement seat votes, rates and answers only on what appeared after it.
    """
    return votes_from is not None and moment < votes_from


def predates_seat_message() -> str:
    return _("This was put up before your new invitation link. Your earlier link may "
             "already have voted on it, so here you can vote only on what comes after.")


def sever_links(session: DialogueSession) -> None:
    """Destroy the session key and every trace that could tie a row to a person.

    Clears author refs (which would otherwise still link one person's posts to each
    other), deletes the rows that only record who chose what (votes, ratings, consent;
    their counts and figures are kept elsewhere: call rounds.freeze_results first),
    coarsens authored and join times to the day, and deletes the event log and write
    receipts. The caller commits, then has
    ``erasure.scrub`` clear the bytes from the files.
    """
    session.author_key = None
    day = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    # One source of what is authored: the Authored/AuthoredTimes models (models/base.py).
    for model in sorted({*authored_models(), *time_authored_models()},
                        key=lambda cls: cls.__name__):
        of_session = model.session_id == session.id
        if model.deleted_at_close:  # who chose what: kept only as counts and figures
            db.session.execute(sa.delete(model).where(of_session))
            continue
        values: dict = {"author_ref": None} if issubclass(model, Authored) else {}
        # A fine time could be matched to a join time or a web server's access log.
        values.update({column: day for column in model.authored_times})
        db.session.execute(sa.update(model).where(of_session).values(**values))
    # A merge can no longer be undone: the moved votes' ids go with the votes.
    db.session.execute(sa.update(Contribution).where(Contribution.session_id == session.id)
                       .values(merge_undo=None))
    renumber_authored_rows(session)  # ids and positions no longer say who wrote when
    db.session.execute(sa.delete(SessionEvent).where(SessionEvent.session_id == session.id))
    db.session.execute(sa.delete(EventStream).where(EventStream.session_id == session.id))
    db.session.execute(sa.delete(WriteReceipt).where(WriteReceipt.session_id == session.id))
    for entry in db.session.scalars(
        sa.select(RosterEntry).where(RosterEntry.session_id == session.id)
    ):
        entry.seat_hash = None
        entry.reseated_on = None
        # Who was sent an invitation when, and why a sending failed, is no longer needed.
        entry.invitation_sent_on = None
        entry.invitation_error = None
        if entry.joined_on is not None:
            entry.joined_on = entry.joined_on.replace(hour=0, minute=0, second=0, microsecond=0)

