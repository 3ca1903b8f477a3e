"""Helpers for the options tests: options, contributions and raters built through services."""

from __future__ import annotations

from collections.abc import Iterator

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

from ..live_harness import LiveRoom

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


class OptionsRoom(LiveRoom):
    """The shared live room (tests/live_harness.py), with options made through services."""

    def __init__(self, app, factory, facilitator_browser, kit, **settings):
        super().__init__(app, factory, facilitator_browser, **settings)
        self.kit = kit

    def option(self, title: str = "Joint skills fund", **fields) -> str:
        return self.kit.option(self.reload(), title, **fields).public_id

    def fresh(self, option_id: str) -> PolicyOption:
        db.session.remove()
        return db.session.scalar(sa.select(PolicyOption).filter_by(public_id=option_id))


@pytest.fixture
def live(app, factory, facilitator_browser, kit) -> Iterator[OptionsRoom]:
    room = OptionsRoom(app, factory, facilitator_browser, kit)
    yield room
    room.leave()
