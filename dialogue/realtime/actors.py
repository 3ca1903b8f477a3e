"""Who is acting: decided once per socket (at connect) or per HTTP request, the same way.

``acting_person(session, wanted)`` is the one resolver: the session's owner (logged in)
for the facilitator's and the projector's roles, else the browser's seat for a
participant. Sockets keep the result per socket id in ``connections``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from flask_login import current_user

if TYPE_CHECKING:
    from ..join.services import Seat
    from ..models import DialogueSession

ROLES = ("participant", "facilitator", "projector")


@dataclass(frozen=True)
class Actor:
    """The acting person. ``author_ref`` and ``seat_key`` only for participants; never
    sent, and never put on the message queue (see personal.py).

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

    @property
    def ref(self) -> str:
        """The participant's author ref (a command open to participants only needs it)."""
        if self.author_ref is None:
            raise RuntimeError("only a participant has an author ref")
        return self.author_ref


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


def owner_actor(session: DialogueSession, facilitator_id: int, role: str = "facilitator"
                ) -> Actor:
    from ..rate_limits import person_key

    return Actor(role, session.id, session.public_id, facilitator_id=facilitator_id,
                 rate_key=person_key(session, f"facilitator:{facilitator_id}"))


def is_owner(session: DialogueSession) -> bool:
    return bool(current_user.is_authenticated and current_user.id == session.owner_id)


def acting_person(session: DialogueSession, wanted: str | None = None) -> Actor | None:
    """The actor of this request or socket handshake in ``session``, or None.

    ``wanted`` is the role asked for: "facilitator" or "projector" need the session's owner
    logged in; "participant" needs a seat in the session whose holder accepted the Rule.
    None (the JSON API) takes the owner if logged in, else the seat.
    """
    from ..join.context import current_seat

    if wanted in ("facilitator", "projector") or (wanted is None and is_owner(session)):
        return owner_actor(session, current_user.id, wanted or "facilitator") \
            if is_owner(session) else None
    seat = current_seat(session)
    if seat is None or not seat.entry.acknowledged_rule or seat.entry.revoked:
        return None
    return participant_actor(session, seat)


# socket id -> Actor. Each socket lives in one process (sticky sessions), so a
# process-local map is enough even when several processes share Redis.
connections: dict[str, Actor] = {}
