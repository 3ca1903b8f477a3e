"""Networking by consent: the contacts participants share with each other after close.

Apart from everything authored (docs/security.md, "Networking by consent"): no author
ref, no roster or seat id, no time, no sequence. Both tables are keyed by
(session, ticket), where the ticket is a one-way hash of the seat's hash made at close
(networking/services.py), so a row's place says nothing about who joined, wrote or shared
when: on SQLite the tables have no rowid (``WITHOUT ROWID``, stored in key order); on
PostgreSQL every change rewrites the session's rows in one transaction, in key order, and
the table is then clustered on its key.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import Model


class NetworkTicket(Model):
    """One per seat that took part, written in the closing transaction (before the seat
    hashes go): what the "Session ended" screen may offer to share, prefilled from the
    roster. Kept as long as the list (``NETWORK_KEEP_DAYS``)."""

    __tablename__ = "network_ticket"
    __table_args__ = {"sqlite_with_rowid": False}

    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"),
                                            primary_key=True)
    ticket: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    affiliation: Mapped[str] = mapped_column(sa.String(200), default="")
    email: Mapped[str] = mapped_column(sa.String(254), default="")


class NetworkCard(Model):
    """What one participant chose to share; seen only by the others who shared."""

    __tablename__ = "network_card"
    __table_args__ = {"sqlite_with_rowid": False}

    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"),
                                            primary_key=True)
    ticket: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    affiliation: Mapped[str] = mapped_column(sa.String(200), default="")
    contact: Mapped[str] = mapped_column(sa.String(254), default="")
