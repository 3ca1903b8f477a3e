"""Who is on the other end of a socket, decided once at connect and kept per socket id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..join.services import Seat
    from ..models import DialogueSession

ROLES = ("participant", "facilitator", "projector")


@dataclass(frozen=True)
class Actor:
    """The acting person of a socket. ``author_ref`` and ``seat_key`` only for
    participants; never sent, and never put on the message queue (see personal.py).

    ``rate_key`` is the person's key in the shared rate limits (rate_limits.person_key).
    """

    role: str
    session_id: int
    session_public_id: str
    participant_id: int | None = None
    facilitator_id: int | None = None
    author_ref: str | None = None
    # The hash of the seat this socket was opened with: a seat replaced since is lost.
    seat_hash: str | None = None
    # The seat votes only on what appeared from then on (RosterEntry.reseated_on).
    votes_from: datetime | None = None
    # What finds this seat's sockets on any process (personal.seat_key); never sent.
    seat_key: str | None = None
    rate_key: str = ""

    @property
    def is_facilitator(self) -> bool:
        return self.role == "facilitator"

    @property
    def is_participant(self) -> bool:
        return self.role == "participant"


def participant_actor(session: DialogueSession, seat: Seat) -> Actor:
    """The actor of the participant holding ``seat`` (a join Seat: entry and its secret)."""
    from ..anonymity import author_ref
    from ..rate_limits import person_key
    from .personal import seat_key

    entry = seat.entry
    ref = author_ref(session, seat.secret)
    return Actor("participant", session.id, session.public_id, participant_id=entry.id,
                 author_ref=ref, seat_hash=entry.seat_hash, votes_from=entry.reseated_on,
                 seat_key=seat_key(session, entry.seat_hash) if entry.seat_hash else None,
                 rate_key=person_key(session, ref))


# socket id -> Actor. Each socket lives in one process (sticky sessions), so a
# process-local map is enough even when several processes share Redis.
connections: dict[str, Actor] = {}
