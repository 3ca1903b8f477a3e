"""The one error type of the options rules: a code for machines, a message for people."""

from __future__ import annotations

from flask_babel import gettext as _

from ..texts import N_


class OptionError(Exception):
    """A rule was broken. ``code`` is stable (for socket acks); ``message`` is shown as is:
    raise it translated (``gettext`` at raise time: the actor's locale, on a page or a
    socket event alike)."""

    status = 400

    def __init__(self, code: str, message: str, **details: object):
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details

    def ack(self) -> dict:
        return {"ok": False, "error": self.code, "message": self.message, **self.details}


class NotFound(OptionError):
    status = 404

    MESSAGES = {"option": N_("No such option in this session."),
                "amendment": N_("No such amendment in this session."),
                "argument": N_("No such argument in this session."),
                "round": N_("No such round in this session."),
                "contribution": N_("No such contribution in this session.")}

    def __init__(self, what: str = "option"):
        super().__init__("not_found", _(self.MESSAGES.get(what, self.MESSAGES["option"])))


class BeforeNewLink(OptionError):
    """A replaced seat may not vote on what appeared before it (anonymity.predates_seat)."""

    status = 409

    def __init__(self) -> None:
        from ..anonymity import predates_seat_message

        super().__init__("before_new_link", predates_seat_message())


class EditConflict(OptionError):
    """The option moved on since the editor's base version: they merge and resubmit."""

    status = 409

    def __init__(self, current_version: int, current: dict, mine: dict):
        super().__init__(
            "conflict",
            _("Someone changed this option while you were editing. Your text is kept below "
              "next to the current text: merge them and save again."),
            current_version=current_version, current=current, mine=mine)
