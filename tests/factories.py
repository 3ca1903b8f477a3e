"""Factories that build test data through the same services the app uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from dialogue.anonymity import author_ref
from dialogue.auth.services import create_facilitator
from dialogue.extensions import db
from dialogue.facilitate.services import create_session
from dialogue.join.services import invite_token
from dialogue.models import DialogueSession, Facilitator, RosterEntry
from dialogue.models.base import new_secret
from dialogue.session_templates import load_template

SESSIONS = Path(__file__).resolve().parent.parent / "sessions"
PASSWORD = "correct horse battery staple"


@dataclass
class Joined:
    """A participant's browser that has joined and accepted the Rule."""

    client: FlaskClient
    entry: RosterEntry
    secret: str = ""  # the seat secret in this browser's cookie, and nowhere else

    @property
    def ref(self) -> str:
        """This browser's author ref (computable only with the secret it holds)."""
        session = db.session.get(DialogueSession, self.entry.session_id)
        return author_ref(session, self.secret)


def held_secret(client: FlaskClient, session: DialogueSession) -> str | None:
    """The seat secret a test browser's cookie holds for ``session``."""
    with client.session_transaction() as cookie:
        return (cookie.get("seats") or {}).get(session.public_id)


class Factory:
    def __init__(self, app: Flask):
        self.app = app
        self.password = PASSWORD
        self._facilitator: Facilitator | None = None
        self._count = 0
        self._secrets: dict[int, str] = {}  # roster entry id -> its seat secret

    def ref(self, session: DialogueSession, entry: RosterEntry) -> str:
        """The author ref of ``entry``'s seat: its browser's, if it joined through
        ``join``; otherwise that of a seat secret made up for it here, once (services take
        refs, and the roster alone cannot give one)."""
        secret = self._secrets.setdefault(entry.id, new_secret())
        return author_ref(session, secret)

    @property
    def facilitator(self) -> Facilitator:
        if self._facilitator is None:
            self._facilitator = self.make_facilitator("owner@example.org")
        return self._facilitator

    def make_facilitator(self, email: str) -> Facilitator:
        facilitator = create_facilitator(email, PASSWORD, "Test facilitator")
        db.session.commit()
        return facilitator

    def session(self, template: str = "demo", owner: Facilitator | None = None,
                **settings) -> DialogueSession:
        session = create_session(owner or self.facilitator, load_template(
            SESSIONS / f"{template}.toml"))
        for name, value in settings.items():
            setattr(session, name, value)
        db.session.commit()
        return session

    def live_session(self, template: str = "demo", **settings) -> DialogueSession:
        """A session whose first agenda item is open."""
        session = self.session(template, **settings)
        session.agenda[0].state = "open"
        session.status = "live"
        db.session.commit()
        return session

    def roster_entry(self, session: DialogueSession, name: str | None = None,
                     affiliation: str = "Federal Foreign Office",
                     group: str | None = None, email: str | None = None) -> RosterEntry:
        self._count += 1
        entry = RosterEntry(
            session_id=session.id, name=name or f"Participant {self._count}",
            email=email or f"p{self._count}@example.org", affiliation=affiliation,
            stakeholder_group=group or session.stakeholder_groups[0])
        db.session.add(entry)
        db.session.commit()
        return entry

    def invite_url(self, entry: RosterEntry) -> str:
        return f"/i/{invite_token(self.app.config['SECRET_KEY'], entry)}"

    def join(self, session: DialogueSession, entry: RosterEntry | None = None,
             **entry_values) -> Joined:
        """A new browser opens an invite link and accepts the Rule."""
        from .conftest import Browser

        entry = entry or self.roster_entry(session, **entry_values)
        client = self.app.test_client()
        response = client.get(self.invite_url(entry))
        assert response.status_code == 302, response.get_data(as_text=True)
        browser = Browser(client)
        rule_url = f"/s/{session.code}/rule"
        response = browser.post(rule_url, {"accept": "y"}, token_from=rule_url)
        assert response.status_code == 302, response.get_data(as_text=True)
        db.session.refresh(entry)
        secret = held_secret(client, session)
        self._secrets[entry.id] = secret
        return Joined(client, entry, secret)
