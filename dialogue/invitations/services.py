"""Sending invitations and recording the outcome: the day sent, or why it failed.

The link itself is never stored: it is made afresh for each message. Sending happens in
the request, on one SMTP connection with a short timeout (DIALOGUE_SMTP_TIMEOUT).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from flask_babel import gettext as _

from ..facilitate.services import ServiceError, require_open
from ..models import DialogueSession, RosterEntry
from ..models.base import utcnow
from .mail import DeliveryFailed, SmtpSettings, mailer
from .texts import LANGUAGES, InvitationText, language_of, render, text_for


@dataclass
class SendReport:
    sent: int = 0
    failed: list[RosterEntry] = field(default_factory=list)


def save_texts(session: DialogueSession, texts: dict[str, InvitationText]) -> None:
    require_open(session)
    session.invitation_texts = {language: {"subject": text.subject, "body": text.body}
                                for language, text in texts.items() if language in LANGUAGES}


def mailable(entry: RosterEntry) -> bool:
    return bool(entry.email) and not entry.revoked and not entry.walk_in


def unsent(entries: Iterable[RosterEntry]) -> list[RosterEntry]:
    """Those who have an address and have not had an invitation yet (or whose failed)."""
    return [entry for entry in entries if mailable(entry)
            and (entry.invitation_sent_on is None or entry.invitation_error)]


def failed(entries: Iterable[RosterEntry]) -> list[RosterEntry]:
    return [entry for entry in entries if mailable(entry) and entry.invitation_error]


def send_invitations(session: DialogueSession, entries: list[RosterEntry],
                     settings: SmtpSettings | None,
                     link_for: Callable[[RosterEntry], str]) -> SendReport:
    """Send each entry its personal link; record the day it went, or the reason it did not."""
    require_open(session)
    if settings is None:
        raise ServiceError(_("Email is not set up on this server: the operator sets "
                             "DIALOGUE_SMTP_HOST and DIALOGUE_SMTP_FROM."))
    entries = [entry for entry in entries if mailable(entry)]
    if not entries:
        raise ServiceError(_("There is no one to send an invitation to."))
    report = SendReport()
    with mailer(settings) as connection:
        for entry in entries:
            language = language_of(entry, session)
            message = render(text_for(session, language), session, entry, link_for(entry),
                             language)
            try:
                connection.send(entry.email, message.subject, message.body)
            except DeliveryFailed as failure:
                entry.invitation_error = str(failure)[:300]
                report.failed.append(entry)
                continue
            # The day only: a sending time next to a name says nothing about what they write,
            # but there is no need for more; close clears it (anonymity.sever_links).
            entry.invitation_sent_on = utcnow().date()
            entry.invitation_error = None
            report.sent += 1
    return report
