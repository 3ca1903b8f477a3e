"""Room names. Server-side only: room names are never sent to a client.

There is no room per participant: its name would cross the message queue beside that
person's notices and link them (personal.py reaches a person's sockets instead). There is
no room per board either: every board's events go to the session room, so a board added
while people are connected reaches them without a new join.
"""


def session_room(session_public_id: str) -> str:
    return f"session:{session_public_id}"


def moderators_room(session_public_id: str) -> str:
    return f"mods:{session_public_id}"


def projector_room(session_public_id: str) -> str:
    return f"projector:{session_public_id}"


def facilitator_room(facilitator_id: int) -> str:
    """Every socket of one logged-in facilitator, across sessions: closed at logout."""
    return f"facilitator:{facilitator_id}"
