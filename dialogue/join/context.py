"""Which participant this browser is, per session: the view layer's side of a seat.

The cookie holds only random seat secrets, never an id or a name.
"""

from __future__ import annotations

from flask import session as cookie

from ..models import DialogueSession, RosterEntry
from .services import Seat, seat_for

SEATS = "seats"


def held_secret(session: DialogueSession) -> str | None:
    seats = cookie.get(SEATS)
    if not isinstance(seats, dict):
        return None
    secret = seats.get(session.public_id)
    return secret if isinstance(secret, str) else None


def remember_seat(session: DialogueSession, seat: Seat) -> None:
    """Store the seat and start a fresh cookie session (the session id rotates at join)."""
    seats = dict(cookie.get(SEATS) or {})
    lang = cookie.get("lang")
    cookie.clear()
    seats[session.public_id] = seat.secret
    cookie[SEATS] = seats
    if lang:
        cookie["lang"] = lang
    cookie.permanent = True


def current_seat(session: DialogueSession) -> Seat | None:
    """This browser's seat: its roster entry and the secret its author ref comes from."""
    return seat_for(session, held_secret(session))


def current_participant(session: DialogueSession) -> RosterEntry | None:
    seat = current_seat(session)
    return seat.entry if seat else None


def seat_withdrawn(session: DialogueSession) -> bool:
    """This browser held a seat here that is gone: withdrawn, or replaced by a new link."""
    return held_secret(session) is not None and current_seat(session) is None
