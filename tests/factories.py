"""Factories that build test data through the same services the app uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from dialogue.auth.services import create_facilitator
from dialogue.extensions import db
from dialogue.facilitate.services import create_session
from dialogue.join.services import invite_token
from dialogue.models import DialogueSession, Facilitator, RosterEntry
from dialogue.session_templates import load_template

SESSIONS = Path(__file__).resolve().parent.parent / "sessions"
PASSWORD = "correct horse battery staple"


@dataclass
class Joined:
    """A participant's browser that has joined and accepted the Rule."""

    client: FlaskClient
    entry: RosterEntry


class Factory:
    def __init__(self, app: Flask):
        self.app = app
        self.password = PASSWORD
        self._facilitator: Facilitator | None = None
        self._count = 0

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
        return Joined(client, entry)
