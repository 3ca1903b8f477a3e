"""The one error type of Dialogue's rules: a stable code for programs, a message for people.

A service raises ``Refused(code, message)`` when a request breaks a rule; nothing it did
is kept (the caller rolls back). The code maps once, here, to an HTTP status; a socket
reply and a JSON body carry the same shape (``reply()``), and a page shows the message.
Raise the message translated (``gettext`` at raise time: the actor's locale, on a page or
a socket event alike).
"""

from __future__ import annotations

from typing import Any

# code -> HTTP status. A code not listed is a 400: the request broke a rule of its content.
STATUS: dict[str, int] = {
    # what was sent
    "malformed": 400, "invalid": 400, "too_long": 400, "empty": 400,
    "reason_required": 400, "out_of_range": 400, "no_criteria": 400,
    "too_large": 413, "csrf": 400,
    # who sent it
    "not_connected": 401, "unauthorized": 401,
    "forbidden": 403, "not_yours": 403,
    "not_found": 404, "unknown_event": 404,
    "rate_limited": 429,
    # the state it met
    "flagged": 409, "session_closed": 409, "board_locked": 409, "board_closed": 409,
    "wrong_state": 409, "not_editable": 409, "not_votable": 409, "own_item": 409,
    "conflict": 409, "before_new_link": 409, "already_voted": 409, "already_rated": 409,
    "already_answered": 409, "round_closed": 409, "not_in_round": 409, "closed": 409,
    "decided": 409, "parked": 409, "endorsed": 409, "consolidated": 409, "unchanged": 409,
    "not_possible": 409, "gone": 410,
    # ours
    "server_error": 500,
}


def status_of(code: str) -> int:
    return STATUS.get(code, 400)


class Refused(Exception):
    """A rule was broken. ``details`` travel with the reply (a conflict's current text,
    a warning's spans); nothing in them may identify a person."""

    def __init__(self, code: str, message: str, **details: Any):
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details

    @property
    def status(self) -> int:
        return status_of(self.code)

    def reply(self) -> dict[str, Any]:
        """The refusal as a socket acknowledgement or a JSON body."""
        return refusal(self.code, self.message, **self.details)


def refusal(code: str, message: str, **details: Any) -> dict[str, Any]:
    return {"ok": False, "error": code, "message": message, **details}
