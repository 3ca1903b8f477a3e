"""The options rules' refusals that build their own message (all of them ``Refused``)."""

from __future__ import annotations

from flask_babel import gettext as _

from ..refusals import Refused
from ..texts import N_


class NotFound(Refused):
    MESSAGES = {"option": N_("No such option in this session."),
                "amendment": N_("No such amendment in this session."),
                "argument": N_("No such argument in this session."),
                "round": N_("No such round in this session."),
                "contribution": N_("No such contribution in this session.")}

    def __init__(self, what: str = "option"):
        super().__init__("not_found", _(self.MESSAGES.get(what, self.MESSAGES["option"])))


class BeforeNewLink(Refused):
    """A replaced seat may not vote on what appeared before it (anonymity.predates_seat)."""

    def __init__(self) -> None:
        from ..anonymity import predates_seat_message

        super().__init__("before_new_link", predates_seat_message())


class EditConflict(Refused):
    """Someone else changed the same field since the editor's base version.

    ``fields``: the keys changed on both sides; ``proposal``: the merged text with both
    versions of each of those fields, which the form offers (so a second save loses
    nothing)."""

    def __init__(self, current_version: int, current: dict, mine: dict,
                 fields: list[str] | None = None, proposal: dict | None = None):
        super().__init__(
            "conflict",
            _("Someone changed the same part of this option while you were editing. Both "
              "texts are kept: check the marked fields and save again."),
            current_version=current_version, current=current, mine=mine,
            fields=list(fields or []), proposal=dict(proposal or current))
