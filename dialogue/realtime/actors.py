"""Who is on the other end of a socket, decided once at connect and kept per socket id."""

from __future__ import annotations

from dataclasses import dataclass

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
    seat_key: str | None = None
    rate_key: str = ""

    @property
    def is_facilitator(self) -> bool:
        return self.role == "facilitator"

    @property
    def is_participant(self) -> bool:
        return self.role == "participant"


# socket id -> Actor. Each socket lives in one process (sticky sessions), so a
# process-local map is enough even when several processes share Redis.
connections: dict[str, Actor] = {}
