"""Closed sessions whose bytes are not yet verified gone from the database's files."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import Model


class ErasurePending(Model):
    """A closed session whose key or author refs may still be in a file of the database.

    Holds nothing that identifies anyone: the session, the day the close began and why
    erasure could not be verified yet. The row goes once a retry verifies erasure.
    """

    __tablename__ = "erasure_pending"

    session_id: Mapped[int] = mapped_column(sa.ForeignKey("dialogue_session.id"),
                                            primary_key=True)
    since: Mapped[datetime] = mapped_column()
    reason: Mapped[str] = mapped_column(sa.String(200), default="")
