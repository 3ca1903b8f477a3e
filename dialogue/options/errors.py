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
    """The option moved on since the editor's base version: they merge and resubmit."""

    def __init__(self, current_version: int, current: dict, mine: dict):
        super().__init__(
            "conflict",
            _("Someone changed this option while you were editing. Your text is kept below "
              "next to the current text: merge them and save again."),
            current_version=current_version, current=current, mine=mine)
