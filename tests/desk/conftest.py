"""Fixtures for the facilitator's desk tests."""

from .smtp import mail_room  # noqa: F401 - a fixture: the real local SMTP server
