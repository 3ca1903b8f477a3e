"""Helpers for the options tests: options, contributions and raters built through services."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import (
    Amendment,
    Argument,
    ArgumentVote,
    ConsentVote,
    Contribution,
    DialogueSession,
    OptionRevision,
    PolicyOption,
    Rating,
    RatingRound,
    RosterEntry,
)
from dialogue.options import services

from ..boards.conftest import with_client_key

OPTION_MODELS = (PolicyOption, OptionRevision, Amendment, Argument, ArgumentVote, RatingRound,
                 Rating, ConsentVote)


class OptionKit:
    """Builds options and the people acting on them, as the app would."""

    def __init__(self, factory):
        self.factory = factory

    def ref(self, session: DialogueSession, entry: RosterEntry) -> str:
        return self.factory.ref(session, entry)

    def participant(self, session: DialogueSession, group: str | None = None) -> str:
        """A roster entry's author ref (a participant who has not joined a browser)."""
        return self.ref(session, self.factory.roster_entry(session, group=group))

    def contribution(self, session: DialogueSession, text: str = "Pool training budgets",
                     status: str = "published") -> Contribution:
        contribution = Contribution(session_id=session.id,
                                    agenda_item_id=session.agenda[0].id, text=text,
                                    status=status, author_ref="x" * 64)
        db.session.add(contribution)
        db.session.commit()
        return contribution

    def option(self, session: DialogueSession, title: str = "Joint skills fund",
               **fields) -> PolicyOption:
        option = services.create_option(session, services.FACILITATOR,
                                        {"title": title, **fields})
        db.session.commit()
        return option


@pytest.fixture
def kit(factory) -> OptionKit:
    return OptionKit(factory)


def table_counts() -> dict[str, int]:
    """Rows per options table, to prove a refused action changed nothing."""
    db.session.expire_all()
    return {model.__name__: db.session.scalar(sa.select(sa.func.count()).select_from(model))
            for model in OPTION_MODELS}


def option_state(option: PolicyOption) -> tuple:
    db.session.expire_all()
    fresh = db.session.get(PolicyOption, option.id)
    return fresh.version, fresh.status, dict(fresh.fields)


@pytest.fixture(autouse=True)
def fresh_realtime_state():
    """Rate buckets and pending tallies are process-wide; start each test without them."""
    from dialogue import rate_limits
    from dialogue.realtime.tallies import tallies

    rate_limits.reset()
    tallies._dirty.clear()
    yield
    tallies._dirty.clear()


class Seat:
    """A connected socket and the browser whose cookie it rides on."""

    def __init__(self, client, socket, entry=None):
        self.client, self.socket, self.entry = client, socket, entry

    def emit(self, event: str, data: object = None) -> dict:
        """Send an event as the browser does: a write carries a fresh ``client_key``
        unless the test gives one (or sends something that is not an object)."""
        return self.socket.emit(event, with_client_key(event, data), callback=True)

    def received(self) -> list[dict]:
        return self.socket.get_received()

    def named(self, name: str) -> list[dict]:
        return [event["args"][0] for event in self.received() if event["name"] == name]


class LiveRoom:
    """A live session people connect to over Socket.IO, plus its options kit."""

    def __init__(self, app, factory, facilitator_browser, kit, **settings):
        self.app, self.factory, self.kit = app, factory, kit
        self.facilitator_browser = facilitator_browser
        self.session = factory.live_session(**settings)
        self.sid, self.code = self.session.public_id, self.session.code

    def participant(self, **entry_values) -> Seat:
        from dialogue.extensions import socketio

        from ..conftest import csrf_from

        joined = self.factory.join(self.reload(), **entry_values)
        token = csrf_from(joined.client.get(f"/s/{self.code}").get_data(as_text=True))
        socket = socketio.test_client(self.app, flask_test_client=joined.client, auth={
            "session": self.sid, "role": "participant", "csrf": token})
        assert socket.is_connected()
        return Seat(joined.client, socket, joined.entry)

    def facilitator(self) -> Seat:
        from dialogue.extensions import socketio

        from ..conftest import csrf_from

        client = self.facilitator_browser.client
        token = csrf_from(client.get(f"/facilitate/{self.sid}").get_data(as_text=True))
        socket = socketio.test_client(self.app, flask_test_client=client, auth={
            "session": self.sid, "role": "facilitator", "csrf": token})
        assert socket.is_connected()
        return Seat(client, socket)

    def reload(self) -> DialogueSession:
        db.session.remove()
        return db.session.scalar(sa.select(DialogueSession).filter_by(public_id=self.sid))

    def option(self, title: str = "Joint skills fund", **fields) -> str:
        return self.kit.option(self.reload(), title, **fields).public_id

    def fresh(self, option_id: str) -> PolicyOption:
        db.session.remove()
        return db.session.scalar(sa.select(PolicyOption).filter_by(public_id=option_id))


@pytest.fixture
def live(app, factory, facilitator_browser, kit) -> LiveRoom:
    return LiveRoom(app, factory, facilitator_browser, kit)
