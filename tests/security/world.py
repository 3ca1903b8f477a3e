"""A session with something of everything, the people around it, and their sockets.

Used by the socket authorisation matrix and the property-based tests: a live session
(owner, a participant who joined, a third participant's items), a second session with its
own participant and another facilitator, and ``database_state()`` to prove that a refused
request changed nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from dialogue import realtime
from dialogue.boards import services as boards
from dialogue.extensions import db, socketio
from dialogue.inputs import services as briefing_inputs
from dialogue.models import Facilitator
from dialogue.options import rounds
from dialogue.options import services as options
from dialogue.polls import services as polls

from ..conftest import Browser, csrf_from
from ..factories import Factory

ROLES = ("anonymous", "participant", "other_participant", "other_facilitator", "owner",
         "projector")
ROUND_NAME = "Security round"


def socket_events(app: Flask) -> set[str]:
    """Every event a client may send: the live layer's own handlers ("sync") and every
    registered command ("*" is the dispatcher that runs the commands)."""
    handlers = set(socketio.server.handlers["/"]) - {"connect", "disconnect", "*"}
    return handlers | set(realtime.layer(app).commands)


def database_state(session_id: int | None = None) -> list[tuple]:
    """Every row of every table in a stable order, read on a connection of its own; with
    ``session_id``, only the rows of that session (and the link rows pointing at them)."""
    rows: list[tuple] = []
    owned: dict[str, set] = {}  # table -> ids of the session's rows
    with db.engine.connect() as connection:
        for table in db.metadata.sorted_tables:
            query = sa.select(table).order_by(*(list(table.primary_key.columns) or
                                                list(table.columns)))
            if session_id is not None:
                if table.name == "dialogue_session":
                    query = query.where(table.c.id == session_id)
                elif "session_id" in table.c:
                    query = query.where(table.c.session_id == session_id)
                elif table.name != "facilitator":  # a link table: rows pointing at ours
                    links = [column.in_(owned.get(next(iter(column.foreign_keys)).column
                                                  .table.name, set()))
                             for column in table.columns if column.foreign_keys]
                    query = query.where(sa.or_(*links))
            found = list(connection.execute(query))
            if "id" in table.c:
                owned[table.name] = {row.id for row in found}
            rows += [(table.name, *row) for row in found]
    return rows


def login(app: Flask, email: str, password: str) -> Browser:
    browser = Browser(app.test_client())
    response = browser.post("/facilitate/login", {"email": email, "password": password},
                            token_from="/facilitate/login")
    assert response.status_code == 302, response.get_data(as_text=True)
    return browser


def connect(app: Flask, client: FlaskClient, session_public_id: str, role: str):
    """A Socket.IO test client on ``client``'s cookie; connected or refused."""
    token = csrf_from(client.get("/join").get_data(as_text=True))
    with app.app_context():  # a fresh ``g``: Flask-Login caches the user there
        return socketio.test_client(app, flask_test_client=client, auth={
            "session": session_public_id, "role": role, "csrf": token})


@dataclass
class World:
    app: Flask
    factory: Factory
    session_id: int
    sid: str  # this session's public id
    other_sid: str
    clients: dict[str, FlaskClient]
    ids: dict[str, str] = field(default_factory=dict)
    sockets: dict[str, object] = field(default_factory=dict)

    def socket(self, role: str):
        """The role's socket on its *own* session (the others' is not this one)."""
        if role not in self.sockets:
            own = self.other_sid if role.startswith("other_") else self.sid
            wanted = {"owner": "facilitator", "other_facilitator": "facilitator",
                      "projector": "projector"}.get(role, "participant")
            self.sockets[role] = connect(self.app, self.clients[role], own, wanted)
        return self.sockets[role]

    def connect_here(self, role: str):
        """The role's attempt to connect to *this* session as what it claims to be."""
        wanted = {"owner": "facilitator", "other_facilitator": "facilitator",
                  "projector": "projector"}.get(role, "participant")
        return connect(self.app, self.clients[role], self.sid, wanted)

    def close(self) -> None:
        for socket in self.sockets.values():
            if socket.is_connected():
                socket.disconnect()


def _reattach(factory: Factory) -> None:
    """Socket handlers end with ``db.session.remove()`` in the test's app context, which
    detaches the factory's facilitators; fetch them again by primary key."""
    for name in ("_facilitator", "other_facilitator"):
        found = getattr(factory, name, None)
        if found is not None:
            setattr(factory, name, db.session.get(Facilitator, sa.inspect(found).identity[0]))


def build_world(app: Flask, factory: Factory) -> World:
    _reattach(factory)
    previous = factory.session(round_name=ROUND_NAME, held_on=datetime(2020, 1, 1))
    options.create_option(previous, options.FACILITATOR, {"title": "From last time"})
    session = factory.live_session(round_name=ROUND_NAME,
                                   participants_may_create_options=True)
    if not getattr(factory, "other_facilitator", None):
        factory.other_facilitator = factory.make_facilitator("elsewhere@example.org")
    other_session = factory.live_session(owner=factory.other_facilitator)
    joined = factory.join(session)
    third = factory.roster_entry(session)
    other = factory.join(other_session)
    owner = login(app, factory.facilitator.email, factory.password)
    elsewhere = login(app, "elsewhere@example.org", factory.password)
    clients = {"anonymous": app.test_client(), "participant": joined.client,
               "other_participant": other.client, "other_facilitator": elsewhere.client,
               "owner": owner.client, "projector": owner.client}

    board = session.agenda[0]
    mine_ref, third_ref = joined.ref, factory.ref(session, third)

    def post(ref: str, text: str) -> str:
        return boards.post_contribution(session, board, ref, text, "contribution"
                                        ).touched[0][0].public_id

    ids = {"board": board.public_id, "second_board": session.agenda[1].public_id,
           "mine": post(mine_ref, "My own point"),
           "theirs": post(third_ref, "Someone else's point"),
           "duplicate": post(third_ref, "Someone else's point again")}
    option = options.create_option(session, options.FACILITATOR, {"title": "Joint fund"})
    argument = options.add_argument(option, third_ref, "pro", "Because it works")
    amendment = options.propose_amendment(option, third_ref, "problem", "Sharper problem")
    rating = rounds.open_round(session, "rating", [option.public_id])
    consent = rounds.open_round(session, "consent", [option.public_id])
    # Polls: a draft, an open word poll (open polls: one at a time) with a held answer.
    draft_poll = polls.create_poll(session, {"kind": "single", "question": "Which?",
                                             "choices": ["A", "B"]})
    open_poll = polls.create_poll(session, {"kind": "words", "question": "A word?"})
    polls.open_poll(session, open_poll)
    _, held = polls.answer(session, open_poll, third_ref,
                           {"text": "mail anna@example.org", "confirm": True})
    ids.update(draft_poll=draft_poll.public_id, poll=open_poll.public_id,
               held_answer=held.public_id)
    # A briefing input the owner may put on the projector (input_project).
    ids["input"] = briefing_inputs.add_text(board, "Opening statement",
                                            "Three points.").public_id
    db.session.commit()
    ids.update(option=option.public_id, argument=argument.public_id,
               amendment=amendment.public_id, rating_round=rating.public_id,
               consent_round=consent.public_id, criterion=session.criteria[0].key,
               previous=previous.public_id)
    world = World(app, factory, session.id, session.public_id, other_session.public_id,
                  clients, ids)
    return world
