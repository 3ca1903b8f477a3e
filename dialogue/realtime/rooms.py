"""Room names. Server-side only: room names are never sent to a client."""


def session_room(session_public_id: str) -> str:
    return f"session:{session_public_id}"


def board_room(item_public_id: str) -> str:
    return f"board:{item_public_id}"


def moderators_room(session_public_id: str) -> str:
    return f"mods:{session_public_id}"


def author_room(author_ref: str) -> str:
    """Every socket of one participant: for their own notices (dismissed, yours)."""
    return f"author:{author_ref}"


def seat_room(seat_token: str) -> str:
    """Every socket of one seat, for closing them when the seat is withdrawn or replaced.

    ``seat_token`` is keyed from the seat's stored hash (``anonymity.seat_room_token``):
    the server can name it without the author ref, which it cannot compute.
    """
    return f"seat:{seat_token}"


def projector_room(session_public_id: str) -> str:
    return f"projector:{session_public_id}"


def facilitator_room(facilitator_id: int) -> str:
    """Every socket of one logged-in facilitator, across sessions: closed at logout."""
    return f"facilitator:{facilitator_id}"
