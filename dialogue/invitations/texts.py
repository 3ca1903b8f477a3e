"""The invitation email's text: default texts per language (gettext), placeholders, checks."""

from __future__ import annotations

import string
from dataclasses import dataclass

from flask_babel import force_locale, format_date
from flask_babel import gettext as _

from ..models import DialogueSession, RosterEntry

LANGUAGES = ("en", "de")
PLACEHOLDERS = ("name", "title", "date", "place", "link")


@dataclass(frozen=True)
class InvitationText:
    subject: str
    body: str


def default_text(language: str) -> InvitationText:
    with force_locale(language):
        return InvitationText(
            subject=_("Invitation: {title}"),
            body=_("Dear {name},\n\n"
                   "You are invited to take part in \u201c{title}\u201d.\n"
                   "Date: {date}\nPlace: {place}\n\n"
                   "Your personal link:\n{link}\n\n"
                   "The link is for you alone: it opens your own seat in the session. "
                   "Please do not pass it on.\n\n"
                   "The session is held under the Chatham House Rule: you may use what is "
                   "said, but you may not reveal who said it or where they work.\n"))


def text_for(session: DialogueSession, language: str) -> InvitationText:
    """The facilitator's edited text in this language, or the default one."""
    stored = (session.invitation_texts or {}).get(language)
    if isinstance(stored, dict) and stored.get("subject") and stored.get("body"):
        return InvitationText(stored["subject"], stored["body"])
    return default_text(language)


def language_of(entry: RosterEntry, session: DialogueSession) -> str:
    for language in (entry.language, session.language):
        if language in LANGUAGES:
            return language
    return "en"


def problems(template: str, needs_link: bool) -> list[str]:
    """What is wrong with a text's placeholders; empty when it can be sent."""
    try:
        fields = [(name, spec, conversion) for _text, name, spec, conversion
                  in string.Formatter().parse(template) if name is not None]
    except ValueError:
        fields = [("", "!", None)]
    if any(spec or conversion for _name, spec, conversion in fields):
        # A format spec ({name:>99999}) could blow a message up: placeholders are plain.
        return [_("Write a placeholder as {link}; for a brace on its own write {{ or }}.")]
    names = [name for name, _spec, _conversion in fields]
    unknown = sorted({name for name in names if name not in PLACEHOLDERS})
    found = []
    if unknown:
        found.append(_("Unknown placeholder(s): %(unknown)s. Known: %(known)s.",
                       unknown=", ".join("{" + name + "}" for name in unknown),
                       known=", ".join("{" + name + "}" for name in PLACEHOLDERS)))
    if needs_link and "link" not in names:
        found.append(_("The text must contain {link}: that is the person's invitation."))
    return found


def render(text: InvitationText, session: DialogueSession, entry: RosterEntry, link: str,
           language: str) -> InvitationText:
    """The text for one person: placeholders filled, dates in their language."""
    with force_locale(language):
        values = {
            "name": entry.name, "title": session.title, "link": link,
            "date": format_date(session.meets_on, "long") if session.meets_on else "\u2013",
            "place": session.place or "\u2013",
        }
    subject = " ".join(text.subject.format_map(values).split())
    return InvitationText(subject, text.body.format_map(values))
