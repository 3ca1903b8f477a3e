"""The list cannot be tied to anything authored: no column, id, row order or xmin.

Everyone writes and votes before the close; after it, they share in known orders. An
insider with the database (SQLite file or PostgreSQL heap) finds in the networking
tables no value of any other table but the session's id and the identity the person chose
to share, and a storage that is the same whatever the order of sharing: on SQLite no
rowid at all and the rows in ticket order; on PostgreSQL the same ctids, one xmin for all
rows, in ticket order. Deterministic: every assertion is an equality, none a statistic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from dialogue.anonymity import seat_hash
from dialogue.boards import services as boards
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import Contribution, RosterEntry

from ..factories import Factory
from .conftest import share, withdraw

ORDERS = ([0, 1, 2, 3], [3, 1, 0, 2], [2, 3, 1, 0], [1, 0, 3, 2])
COLUMNS = {"network_card": {"session_id", "ticket", "name", "affiliation", "contact"},
           "network_ticket": {"session_id", "ticket", "name", "affiliation", "email"}}


def _story(factory: Factory):
    """Four people write and vote, in the order of joining; the session closes."""
    session = factory.live_session()
    people = [factory.join(session) for _ in range(4)]
    item = session.agenda[0]
    refs = [person.ref for person in people]
    hashes = [seat_hash(person.secret) for person in people]
    for turn, person in enumerate(people):
        outcome = boards.post_contribution(session, item, person.ref,
                                           f"Post number {turn} of the story", "contribution")
        db.session.commit()
        post = outcome.touched[0][0]
        for other in people[:turn]:
            boards.vote(session, post, other.ref, True)
        db.session.commit()
    close_session(session)
    db.session.expire_all()
    return session, people, refs, hashes


def _storage(table: str, session) -> list[tuple]:
    """The rows as the storage holds them: PostgreSQL's heap order with ctid and xmin;
    SQLite's (no rowid: the primary key's b-tree)."""
    columns = "session_id, ticket, name, affiliation, " + (
        "contact" if table == "network_card" else "email")
    if db.engine.dialect.name == "postgresql":
        rows = db.session.execute(sa.text(
            f"SELECT ctid::text, xmin::text, {columns} FROM {table} "
            "WHERE session_id = :s ORDER BY ctid"), {"s": session.id}).all()
    else:
        rows = db.session.execute(sa.text(
            f"SELECT '', '', {columns} FROM {table} WHERE session_id = :s"),
            {"s": session.id}).all()
    db.session.commit()
    return [tuple(row) for row in rows]


def _check_unlinkable(factory: Factory):
    session, people, refs, hashes = _story(factory)
    for table in COLUMNS:
        found = {column["name"] for column in sa.inspect(db.engine).get_columns(table)}
        assert found == COLUMNS[table], table  # no author ref, seat, roster id, time, order
        if db.engine.dialect.name == "sqlite":
            with pytest.raises(OperationalError):  # WITHOUT ROWID: no rowid to read
                db.session.execute(sa.text(f"SELECT rowid FROM {table}"))
            db.session.rollback()

    # The tickets, written at close: one transaction, in ticket order.
    tickets = _storage("network_ticket", session)
    assert [row[3] for row in tickets] != [] and len(tickets) == 4
    assert [row[3] for row in tickets] == sorted(row[3] for row in tickets)
    if db.engine.dialect.name == "postgresql":
        assert len({row[1] for row in tickets}) == 1  # one xmin: the close's transaction

    snapshots = []
    for order in ORDERS:
        for index in order:
            assert share(people[index], session, name=f"Person {index}").status_code == 302
        snapshots.append(_storage("network_card", session))
        for index in reversed(order):
            assert withdraw(people[index], session).status_code == 302
    first = snapshots[0]
    assert len(first) == 4
    # Rows in ticket order, a hash of the seat: not joining, writing, voting or sharing.
    assert [row[3] for row in first] == sorted(row[3] for row in first)
    for snapshot in snapshots:
        # Everything but the xmin is the same, whatever the order of sharing.
        assert [row[:1] + row[2:] for row in snapshot] == [row[:1] + row[2:] for row in first]
        assert len({row[1] for row in snapshot}) == 1  # one xmin (PostgreSQL) for every row

    # No value of the networking tables is in an authored row, the roster's keys, a
    # former ref or seat hash: only the session's id and the identity that was shared.
    values = {str(value) for row in first + tickets for value in row[3:]} - {""}
    assert not values & set(refs) and not values & set(hashes)
    authored = {str(value) for row in db.session.execute(
        sa.select(Contribution.id, Contribution.public_id, Contribution.text,
                  Contribution.author_ref, Contribution.created_at)) for value in row}
    assert not values & authored
    roster = {str(value) for row in db.session.execute(
        sa.select(RosterEntry.id, RosterEntry.public_id, RosterEntry.invite_nonce,
                  RosterEntry.seat_hash)) for value in row}
    assert not values & roster
    # And the ticket itself appears in no other table.
    for row in tickets:
        for table in db.metadata.sorted_tables:
            if table.name in COLUMNS:
                continue
            for column in table.columns:
                if isinstance(column.type, sa.String):
                    assert not db.session.scalar(sa.select(sa.func.count()).select_from(
                        table).where(column == row[3])), (table.name, column.name)


def test_the_list_cannot_be_tied_to_anything_authored_on_sqlite(app, factory):
    _check_unlinkable(factory)


def _no_autovacuum() -> None:
    """No ANALYZE snapshot in the middle of a rewrite (as tests/test_erasure_postgresql.py):
    the rewrite would keep the old row versions for it, and try again later."""
    with db.engine.begin() as connection:
        for table in db.metadata.tables:
            connection.exec_driver_sql(f'ALTER TABLE "{table}" SET (autovacuum_enabled = off)')


def test_the_list_cannot_be_tied_to_anything_authored_on_postgresql(pg_app):
    _no_autovacuum()
    _check_unlinkable(Factory(pg_app))


def test_a_withdrawn_card_leaves_no_copy_in_the_tables_files_on_postgresql(pg_app):
    """CLUSTER writes the table anew without the old row versions; the old file is
    truncated at commit. The other person's card is the control: it is in the file."""
    _no_autovacuum()
    factory = Factory(pg_app)
    session = factory.live_session()
    people = [factory.join(session) for _ in range(2)]
    close_session(session)
    db.session.expire_all()
    assert share(people[0], session, name="Vanishing Valentina",
                 contact="vv-withdrawn@example.org").status_code == 302
    assert share(people[1], session, name="Staying Stanislaw").status_code == 302
    assert withdraw(people[0], session).status_code == 302
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("CHECKPOINT")  # the new files' pages reach the disk
        data = Path(connection.exec_driver_sql("SHOW data_directory").scalar())
        files = [data / connection.execute(sa.text("SELECT pg_relation_filepath(:r)"),
                                           {"r": relation}).scalar()
                 for relation in ("network_card", "pk_network_card")]
    if not all(path.exists() for path in files):
        pytest.skip("the server's data directory is not readable here")
    content = b"".join(path.read_bytes() for path in files)
    assert b"Staying Stanislaw" in content
    assert b"Vanishing Valentina" not in content
    assert b"vv-withdrawn@example.org" not in content
