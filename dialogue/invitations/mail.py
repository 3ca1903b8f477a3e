"""Sending mail over SMTP with the settings in the configuration (DIALOGUE_SMTP_*).

One connection serves a whole batch. Nothing here logs: an address or a link in a log line
would tie a name to a seat (DESIGN.md §2); failures go back to the caller as reasons.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from flask_babel import gettext as _


class DeliveryFailed(Exception):
    """The server did not take the message; the text is the reason, for the facilitator."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    user: str | None
    password: str | None
    starttls: bool
    sender: str
    timeout: int

    @classmethod
    def from_config(cls, config: Mapping) -> SmtpSettings | None:
        """The settings, or None when no SMTP host (or no sender) is configured."""
        if not config.get("SMTP_HOST") or not config.get("SMTP_FROM"):
            return None
        return cls(host=config["SMTP_HOST"], port=int(config["SMTP_PORT"]),
                   user=config.get("SMTP_USER"), password=config.get("SMTP_PASSWORD"),
                   starttls=bool(config["SMTP_STARTTLS"]), sender=config["SMTP_FROM"],
                   timeout=int(config["SMTP_TIMEOUT"]))


def _reason(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, message = next(iter(error.recipients.values()))
        return _("The mail server refused the address: %(code)s %(message)s",
                 code=code, message=_text(message))
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return _("The mail server refused the login (DIALOGUE_SMTP_USER and _PASSWORD): "
                 "%(code)s", code=error.smtp_code)
    if isinstance(error, smtplib.SMTPResponseException):
        return _("The mail server refused the message: %(code)s %(message)s",
                 code=error.smtp_code, message=_text(error.smtp_error))
    detail = getattr(error, "strerror", None) or type(error).__name__
    return _("The mail server could not be reached: %(error)s", error=detail)


def _text(message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return " ".join(text.split())[:200]


class Mailer:
    """An open SMTP connection; ``send`` raises DeliveryFailed with the reason."""

    def __init__(self, settings: SmtpSettings, connection: smtplib.SMTP | None,
                 connect_error: str | None):
        self.settings = settings
        self.connection = connection
        self.connect_error = connect_error

    def send(self, to: str, subject: str, body: str) -> None:
        if self.connection is None:
            raise DeliveryFailed(self.connect_error)
        message = EmailMessage()
        message["From"] = self.settings.sender
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = make_msgid(domain=self.settings.sender.rsplit("@", 1)[-1]
                                           .strip("> "))
        message.set_content(body)
        try:
            self.connection.send_message(message)
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as error:
            raise DeliveryFailed(_reason(error)) from None  # the connection goes on
        except OSError as error:  # SMTPException too: the connection is gone
            self.connection = None
            self.connect_error = _reason(error)
            raise DeliveryFailed(self.connect_error) from None


@contextmanager
def mailer(settings: SmtpSettings) -> Iterator[Mailer]:
    """A Mailer on one connection; a server that cannot be reached fails every send."""
    connection = None
    try:
        connection = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        if settings.starttls:
            connection.starttls(context=ssl.create_default_context())
        if settings.user:
            connection.login(settings.user, settings.password or "")
    except (smtplib.SMTPException, OSError) as error:
        if connection is not None:
            _quit(connection)
        yield Mailer(settings, None, _reason(error))
        return
    try:
        yield Mailer(settings, connection, None)
    finally:
        _quit(connection)


def _quit(connection: smtplib.SMTP) -> None:
    try:
        connection.quit()
    except (smtplib.SMTPException, OSError):
        connection.close()
