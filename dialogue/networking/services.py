"""The rules of networking by consent (docs/security.md, "Networking by consent").

At close, before the seat hashes are erased, every seat that took part gets a *ticket*:
``SHA-256("dialogue.network" ‖ seat hash)``, with the roster's name, organisation and
email to prefill the form. The browser proves it held the seat by its seat secret (the
signed cookie): secret → seat hash → ticket. Nothing else in the database maps a ticket to
a roster row, and the session key and author refs are gone by then, so no ticket or card
can be tied to anything authored.

Each change of a session's list (share, change, withdraw) deletes all its cards and
writes them again in one transaction in ticket order, then compacts the storage: on
SQLite the tables have no rowid and the WAL is checkpointed (deleted bytes are zeroed by
``secure_delete``); on PostgreSQL the table is clustered on its key, so every row has the
same ``xmin`` and the heap is in key order. Neither the rows, their order nor their ids
say who shared first.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import DBAPIError

from ..anonymity import seat_hash
from ..extensions import db
from ..join.context import held_secret
from ..models import DialogueSession, NetworkCard, NetworkTicket, RosterEntry
from ..models.base import utcnow

_KEPT = re.compile(r"(\d+) dead row versions cannot be removed yet")
_PREFIX = b"dialogue.network\x00"
# pg_advisory_xact_lock's first key: this feature's (the second is the session's id).
_LOCK_SPACE = 2020


def ticket_of(hashed_seat: str) -> str:
    return hashlib.sha256(_PREFIX + hashed_seat.encode()).hexdigest()


def issue_tickets(session: DialogueSession, **_kw) -> None:
    """In the closing transaction: one ticket per seat that took part, in ticket order
    (a hash: random with respect to joining, roster and writing). Removed seats and
    seats that never accepted the Rule get none."""
    entries = db.session.scalars(sa.select(RosterEntry).where(
        RosterEntry.session_id == session.id, RosterEntry.seat_hash.is_not(None),
        RosterEntry.revoked.is_(False), RosterEntry.acknowledged_rule.is_(True)))
    tickets = sorted((ticket_of(entry.seat_hash or ""), entry) for entry in entries)
    db.session.execute(sa.delete(NetworkTicket).where(NetworkTicket.session_id == session.id))
    if tickets:
        db.session.execute(sa.insert(NetworkTicket), [
            {"session_id": session.id, "ticket": ticket, "name": entry.name[:200],
             "affiliation": entry.affiliation or "", "email": entry.email or ""}
            for ticket, entry in tickets])


@dataclass(frozen=True)
class Offer:
    """What the "Session ended" screen offers this browser."""

    ticket: NetworkTicket
    card: NetworkCard | None

    @property
    def shared(self) -> bool:
        return self.card is not None


def kept_until(session: DialogueSession):
    days = int(current_app.config.get("NETWORK_KEEP_DAYS", 90))
    return (session.closed_on or utcnow()) + timedelta(days=days)


def expired(session: DialogueSession) -> bool:
    return session.is_closed and utcnow() >= kept_until(session)


def my_ticket(session: DialogueSession) -> NetworkTicket | None:
    """This browser's ticket: only after close, only for a seat that took part."""
    if not session.is_closed or expired(session):
        return None
    secret = held_secret(session)
    if not secret:
        return None
    return db.session.get(NetworkTicket, (session.id, ticket_of(seat_hash(secret))))


def card_of(ticket: NetworkTicket) -> NetworkCard | None:
    return db.session.get(NetworkCard, (ticket.session_id, ticket.ticket))


def offer(session: DialogueSession) -> Offer | None:
    ticket = my_ticket(session)
    return Offer(ticket, card_of(ticket)) if ticket is not None else None


def listing(session: DialogueSession) -> list[NetworkCard]:
    """The list, by name (never by the order of sharing), then organisation."""
    cards = db.session.scalars(sa.select(NetworkCard).where(
        NetworkCard.session_id == session.id))
    return sorted(cards, key=lambda card: (card.name.casefold(), card.affiliation.casefold(),
                                           card.contact, card.ticket))


def share(ticket: NetworkTicket, name: str, affiliation: str, contact: str) -> None:
    """Share (or change what is shared): the session's list is written anew."""
    _rewrite(ticket.session_id, {ticket.ticket: (name, affiliation, contact)}, drop=None)


def withdraw(ticket: NetworkTicket) -> None:
    """Delete this person's card: they leave the list, and lose sight of it."""
    _rewrite(ticket.session_id, {}, drop=ticket.ticket)


def _rewrite(session_id: int, changes: dict[str, tuple[str, str, str]],
             drop: str | None) -> None:
    db.session.commit()  # the rewrite is a transaction of its own, starting with a write
    if db.engine.dialect.name == "postgresql":
        db.session.execute(sa.text("SELECT pg_advisory_xact_lock(:space, :session)"),
                           {"space": _LOCK_SPACE, "session": session_id})
    old = db.session.execute(sa.delete(NetworkCard).where(
        NetworkCard.session_id == session_id).returning(
        NetworkCard.ticket, NetworkCard.name, NetworkCard.affiliation,
        NetworkCard.contact)).all()
    cards = {row.ticket: (row.name, row.affiliation, row.contact) for row in old}
    cards.update(changes)
    cards.pop(drop or "", None)
    if cards:
        db.session.execute(sa.insert(NetworkCard), [
            {"session_id": session_id, "ticket": ticket, "name": name,
             "affiliation": affiliation, "contact": contact}
            for ticket, (name, affiliation, contact) in sorted(cards.items())])
    db.session.commit()
    compact()


def compact() -> None:
    """Leave no trace of the list's history in the files. SQLite: the deleted rows were
    zeroed (``secure_delete``); the WAL is checkpointed. PostgreSQL: ``CLUSTER`` writes
    the table anew in key order, without dead row versions (checked in its verbose
    report; a snapshot older than the change makes it keep them, so it tries again a few
    times). Best effort: what a reader or a lock defers is done by the next change."""
    if db.engine.dialect.name == "sqlite":
        from ..erasure import sqlite

        if db.engine.url.database:
            busy, log, done = sqlite.checkpoint(db.engine)
            if busy or log != done:  # a reader holds the WAL: the next request tries again
                _deferred.add(True)
                current_app.logger.warning("network_compact_deferred reason=busy")
            else:
                _deferred.clear()
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        _cluster(connection)


def _cluster(connection) -> None:
    """CLUSTER, checked in its verbose report, as erasure.postgresql checks VACUUM FULL."""
    notes: list[str] = []
    raw = connection.connection.driver_connection

    def handler(diagnostic) -> None:
        notes.append(diagnostic.message_detail or "")

    raw.add_notice_handler(handler)
    _deferred.clear()
    try:
        connection.exec_driver_sql("SET lock_timeout = 2000")
        for attempt in range(4):
            time.sleep(0.1 * attempt)
            notes.clear()
            connection.exec_driver_sql("CLUSTER VERBOSE network_card USING pk_network_card")
            kept = [int(match.group(1)) for note in notes if (match := _KEPT.search(note))]
            if kept and not any(kept):
                return
        _deferred.add(True)
        current_app.logger.warning("network_compact_deferred reason=dead_rows")
    except DBAPIError:
        _deferred.add(True)
        current_app.logger.warning("network_compact_deferred reason=locked")
    finally:
        raw.remove_notice_handler(handler)
        connection.exec_driver_sql("RESET lock_timeout")


# Set when this process's last compaction was deferred: the next networking request
# tries again (and every close's scrub rewrites the table: erasure.postgresql).
_deferred: set[bool] = set()


def compact_if_deferred() -> None:
    if _deferred:
        compact()


def purge_expired() -> None:
    """Delete the lists (cards and tickets) of sessions closed longer than the keep."""
    days = int(current_app.config.get("NETWORK_KEEP_DAYS", 90))
    cutoff = utcnow() - timedelta(days=days)
    old = sa.select(DialogueSession.id).where(DialogueSession.status == "closed",
                                              DialogueSession.closed_on <= cutoff)
    if db.session.scalar(sa.select(NetworkTicket.ticket).where(
            NetworkTicket.session_id.in_(old)).limit(1)) is None:
        return  # nothing to delete: no write (on SQLite a write takes the database's lock)
    db.session.execute(sa.delete(NetworkCard).where(NetworkCard.session_id.in_(old)))
    db.session.execute(sa.delete(NetworkTicket).where(NetworkTicket.session_id.in_(old)))
    db.session.commit()
    compact()


# What a contact may be: an email address, a web address, or a phone number.
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$")
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]{2,}(/\S*)?$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[0-9 ().\-/]{5,30}$")


def contact_kind(contact: str) -> str | None:
    """"email", "url" or "phone" for a contact of one of those kinds, else None."""
    if _EMAIL.match(contact):
        return "email"
    if _URL.match(contact):
        return "url"
    if _PHONE.match(contact) and sum(char.isdigit() for char in contact) >= 5:
        return "phone"
    return None
