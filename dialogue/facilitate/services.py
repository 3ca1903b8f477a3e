"""The rules of setting up and running a session. No request, no flask.session here."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import erasure
from ..anonymity import new_author_key, sever_links
from ..extensions import db
from ..models import (
    AgendaItem,
    Criterion,
    DialogueSession,
    Facilitator,
    OptionField,
    RosterEntry,
)
from ..models.base import new_secret, utcnow
from ..options.rounds import freeze_results
from ..polls.services import close_session_polls
from ..refusals import Refused
from ..session_templates import SessionTemplate
from ..signals import session_closing

# No 0/O, 1/I/L: codes are read off a projector and typed on phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


class ServiceError(Refused):
    """A rule of the set-up was broken; the message is safe to show to the person who
    acted (a ``Refused`` with the code ``not_possible`` unless another is given)."""

    def __init__(self, message: str, code: str = "not_possible"):
        super().__init__(code, message)


def new_session_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(sa.select(DialogueSession.id).filter_by(code=code)) is None:
            return code


def normalise_code(code: str) -> str:
    return "".join(code.split()).upper().replace("-", "")[:CODE_LENGTH * 2]


def create_session(owner: Facilitator, template: SessionTemplate) -> DialogueSession:
    """A new draft session from a template, with its own author key and join code."""
    session = DialogueSession(
        owner_id=owner.id,
        template_slug=template.slug,
        code=new_session_code(),
        title=template.title.en,
        title_de=template.title.de,
        description=template.description.en,
        description_de=template.description.de,
        language=template.language,
        rule=template.rule,
        round_name=template.round,
        k_anonymity=template.k_anonymity,
        max_contribution_length=template.max_contribution_length,
        participants_may_create_options=template.participants_may_create_options,
        stakeholder_groups=[group.en for group in template.stakeholder_groups],
        stakeholder_groups_de=[group.de for group in template.stakeholder_groups],
        author_key=new_author_key(),
    )
    session.agenda = [
        AgendaItem(
            position=index,
            title=item.title.en,
            title_de=item.title.de,
            question=item.question.en,
            question_de=item.question.de,
            board_kind=item.board,
            on_the_record=item.on_the_record or template.rule == "on_the_record",
            premoderation=item.premoderation,
            minutes=item.minutes,
        )
        for index, item in enumerate(template.agenda)
    ]
    session.criteria = [
        Criterion(position=index, key=c.key, label=c.label.en, label_de=c.label.de,
                  description=c.description.en, description_de=c.description.de,
                  low=c.low.en, low_de=c.low.de, high=c.high.en, high_de=c.high.de)
        for index, c in enumerate(template.criteria)
    ]
    session.option_fields = [
        OptionField(position=index, key=f.key, label=f.label.en, label_de=f.label.de,
                    help=f.help.en, help_de=f.help.de)
        for index, f in enumerate(template.option_fields)
    ]
    db.session.add(session)
    db.session.flush()
    return session


def sessions_of(owner: Facilitator) -> list[DialogueSession]:
    return list(db.session.scalars(
        sa.select(DialogueSession).filter_by(owner_id=owner.id)
        .order_by(DialogueSession.held_on.desc())
    ))


def require_open(session: DialogueSession) -> None:
    if session.is_closed:
        raise ServiceError(_("This session is closed; nothing in it can change any more."))


def update_settings(session: DialogueSession, **values: object) -> None:
    require_open(session)
    for name in ("title", "title_de", "description", "description_de", "meets_on", "place",
                 "language", "k_anonymity", "max_contribution_length",
                 "participants_may_create_options"):
        if name in values:
            setattr(session, name, values[name])


def add_agenda_item(session: DialogueSession, **values: object) -> AgendaItem:
    require_open(session)
    item = AgendaItem(position=len(session.agenda), **values)
    session.agenda.append(item)
    db.session.flush()
    return item


def update_agenda_item(item: AgendaItem, **values: object) -> None:
    require_open(item.session)
    for name, value in values.items():
        setattr(item, name, value)


def move_agenda_item(item: AgendaItem, offset: int) -> None:
    require_open(item.session)
    items = list(item.session.agenda)
    index = items.index(item)
    target = index + offset
    if not 0 <= target < len(items):
        raise ServiceError(_("The item is already at that end of the agenda."))
    items[index], items[target] = items[target], items[index]
    for position, each in enumerate(items):
        each.position = position


def remove_agenda_item(item: AgendaItem) -> None:
    require_open(item.session)
    if item.state != "pending":
        raise ServiceError(_("Only an agenda item that has not been opened can be removed."))
    if len(item.session.agenda) == 1:
        raise ServiceError(_("A session needs at least one agenda item."))
    session = item.session
    session.agenda.remove(item)
    for position, each in enumerate(session.agenda):
        each.position = position


def open_agenda_item(item: AgendaItem) -> None:
    """Open one item; the one open before it is done. Starts the session if it was a draft."""
    session = item.session
    require_open(session)
    now = utcnow()
    for other in session.agenda:
        if other.state == "open" and other is not item:
            other.state = "done"
            other.ended_at = other.ended_at or now
    item.state = "open"
    item.started_at = item.started_at or now  # the timer runs from the first opening
    item.ended_at = None
    session.status = "live"


def lock_agenda_item(item: AgendaItem) -> None:
    require_open(item.session)
    if item.state != "open":
        raise ServiceError(_("Only the open agenda item can be locked."))
    item.state = "locked"


def finish_agenda_item(item: AgendaItem) -> None:
    require_open(item.session)
    if item.state == "pending":
        raise ServiceError(_("This agenda item has not been opened yet."))
    item.state = "done"
    item.ended_at = item.ended_at or utcnow()


def next_agenda_item(session: DialogueSession) -> AgendaItem:
    """Open the first item after the current (or last finished) one."""
    require_open(session)
    started = [index for index, each in enumerate(session.agenda) if each.state != "pending"]
    following = [each for each in session.agenda[(started[-1] + 1 if started else 0):]
                 if each.state == "pending"]
    if not following:
        raise ServiceError(_("There is no further agenda item."))
    open_agenda_item(following[0])
    return following[0]


def close_session(session: DialogueSession) -> str | None:
    """Close for good: destroys the author key and scrubs the storage (DESIGN.md §2).

    Returns None once erasure from the database's files is verified, else the reason it
    is still pending (the session then stays marked until a retry verifies it).
    """
    require_open(session)
    for item in session.agenda:
        if item.state in ("open", "locked"):
            item.state = "done"
    session.status = "closed"
    session.closed_on = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    freeze_results(session)  # rating and consent answers give way to their figures
    close_session_polls(session)  # so do the answers of a poll still open
    traces = erasure.traces_of(session)
    session_closing.send(session)  # before the seat hashes go (networking's tickets)
    sever_links(session)
    erasure.mark_pending(session)
    db.session.commit()
    return erasure.scrub(traces)


def reissue_invite(entry: RosterEntry) -> str | None:
    """Revoke the entry's old link and seat; the new link starts a new authorship.

    The old seat's posts and votes stay as they are, but nothing ties them to the new
    seat (its author ref comes from a secret only the new browser holds), and the new seat
    votes only on what appears from now on, so no one votes twice on one item. Returns
    the hash of the seat it freed (its sockets are closed), if there was one.
    """
    freed = entry.seat_hash
    entry.invite_nonce = new_secret()
    entry.seat_hash = None
    entry.revoked = False
    entry.acknowledged_rule = False  # a new browser, perhaps a new person: the Rule again
    if entry.joined_on is not None:
        entry.reseated_on = utcnow()
    return freed


def revoke_participant(entry: RosterEntry) -> str | None:
    """Withdraw the entry's seat and link; returns the hash of the seat it freed."""
    freed = entry.seat_hash
    entry.revoked = True
    entry.seat_hash = None
    entry.invite_nonce = new_secret()
    return freed


def roster_of(session: DialogueSession) -> list[RosterEntry]:
    return list(db.session.scalars(
        sa.select(RosterEntry).filter_by(session_id=session.id).order_by(RosterEntry.name)
    ))


def attendance_by_group(session: DialogueSession) -> dict[str, int]:
    """How many joined, per stakeholder group (the raw counts; callers suppress small ones)."""
    rows = db.session.execute(
        sa.select(RosterEntry.stakeholder_group, sa.func.count())
        .where(RosterEntry.session_id == session.id, RosterEntry.joined_on.is_not(None))
        .group_by(RosterEntry.stakeholder_group)
    )
    return {group or "": count for group, count in rows}
