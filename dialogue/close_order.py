"""At close, forget the order in which participants wrote: new ids in a random order.

Row ids come from one counter per table, so a text's id says where it came in the
session's writing, and a web server's access log (times, client addresses) lists the
requests in the same order. At close (anonymity.sever_links), every row of the session
that survives in an authored table (models/base.py: ``Authored``, ``AuthoredTimes``, not
``deleted_at_close``) moves to a fresh id, the fresh ids dealt in a uniformly random
order, and every foreign key pointing at those rows, from any table of any session, is
rewritten with it. The referencing columns are found in the metadata, so a new table
cannot be forgotten; ``referencing_columns`` refuses a key it cannot rewrite.

PostgreSQL checks its keys (not deferrable) after each statement, so there all updates
run as one statement (data-modifying WITH clauses); SQLite runs them one after another
with ``defer_foreign_keys`` (checked at commit). Fresh ids are above every id in use
(from the table's sequence on PostgreSQL), so no update meets another row's id on its
way. On PostgreSQL the moved rows are then written out in the order of their new ids
(``CLUSTER``), since a heap otherwise keeps them in the order they were found.

Options get new positions too (``position`` was their order of creation): the order of
the report, status then title, ties by the new random id.
"""

from __future__ import annotations

import logging
import random
import secrets

import sqlalchemy as sa
from sqlalchemy.orm import make_transient, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from .extensions import db
from .models import (
    DialogueSession,
    PolicyOption,
    RatingRound,
    authored_models,
    time_authored_models,
)
from .models.base import TimeAuthoredTable
from .models.options import STATUS_REPORT_ORDER

_SYSTEM_RANDOM = secrets.SystemRandom()
_MAP = "close_renumbering"
LOCK_WAIT = "10s"
logger = logging.getLogger(__name__)


def renumbered_models() -> list[type[TimeAuthoredTable]]:
    """The authored models whose rows survive close: their ids are dealt anew."""
    models = {*authored_models(), *time_authored_models()}
    return sorted((model for model in models if not model.deleted_at_close),
                  key=lambda model: model.__tablename__)


class UnhandledReference(Exception):
    """A foreign key to a renumbered table that the renumbering could not rewrite."""


def referencing_columns(metadata: sa.MetaData, renumbered: set[str]
                        ) -> dict[str, list[tuple[str, str]]]:
    """``{table: [(column, renumbered table it points to)]}`` for every such foreign key.

    Only a single-column key to the target's ``id`` can be rewritten; anything else is
    refused here, so that a new table referencing an authored one cannot slip through.
    """
    found: dict[str, list[tuple[str, str]]] = {}
    for table in metadata.sorted_tables:
        for constraint in table.foreign_key_constraints:
            target = constraint.referred_table.name
            if target not in renumbered:
                continue
            if [element.column.name for element in constraint.elements] != ["id"]:
                raise UnhandledReference(f"{table.name} -> {target}: only keys to {target}.id "
                                         "can be renumbered at close")
            found.setdefault(table.name, []).append((constraint.elements[0].parent.name,
                                                     target))
    return found


def renumber_authored_rows(session: DialogueSession, rng: random.Random | None = None
                           ) -> dict[str, dict[int, int]]:
    """Give every surviving authored row of ``session`` a new id in a random order.

    Returns ``{table: {old id: new id}}`` (for tests; the caller must not keep it: it is
    exactly the order this forgets). ``rng`` is for tests; by default the system's.
    """
    rng = rng or _SYSTEM_RANDOM
    db.session.flush()
    connection = db.session.connection()
    models = renumbered_models()
    mappings: dict[str, dict[int, int]] = {}
    for model in models:
        table = model.__table__
        old = list(db.session.scalars(sa.select(table.c.id).where(
            table.c.session_id == session.id).order_by(table.c.id)))
        if old:
            fresh = _fresh_ids(connection, table.name, len(old))
            rng.shuffle(fresh)
            mappings[table.name] = dict(zip(old, fresh, strict=True))
    references = referencing_columns(db.metadata, {model.__tablename__ for model in models})
    updates = _updates(mappings, references)
    if updates:
        # The mapping in a temporary table (never written to the WAL, gone at the end)
        # with a key, so that each update joins it instead of searching it per row.
        connection.exec_driver_sql(f"CREATE TEMPORARY TABLE {_MAP} (tbl VARCHAR(64), "
                                   "old_id BIGINT, new_id BIGINT, PRIMARY KEY (tbl, old_id))")
        connection.execute(sa.text(f"INSERT INTO {_MAP} VALUES (:tbl, :old, :new)"), [
            {"tbl": name, "old": old, "new": new}
            for name, mapping in mappings.items() for old, new in mapping.items()])
        if connection.dialect.name == "postgresql":
            # Its keys are checked after each statement (they are not deferrable): one.
            steps = ", ".join(f"u{n} AS ({update} RETURNING 1)"
                              for n, update in enumerate(updates))
            connection.exec_driver_sql(f"WITH {steps} SELECT 1")
        else:
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # until commit
            for update in updates:
                connection.exec_driver_sql(update)
        _reinsert_links(connection, mappings, references, rng)
        connection.exec_driver_sql(f"DROP TABLE {_MAP}")
        if connection.dialect.name == "postgresql":
            _rewrite_in_id_order(connection, sorted(mappings))
    _follow_new_ids(mappings)
    _reposition_options(session)
    return mappings


def _reinsert_links(connection: sa.Connection, mappings: dict[str, dict[int, int]],
                    references: dict[str, list[tuple[str, str]]], rng: random.Random) -> None:
    """Rows without an id of their own that point at moved rows (an option's sources)
    still lie in the order they were written (SQLite's hidden rowid, PostgreSQL's heap):
    write them anew, in a random order."""
    for name, keys in sorted(references.items()):
        table = db.metadata.tables[name]
        if name in mappings or [column.name for column in table.primary_key] == ["id"]:
            continue  # moved above, or a row with its own id (votes: deleted by now)
        fresh = sa.table(_MAP, sa.column("tbl"), sa.column("new_id"))
        hits = [table.c[column].in_(sa.select(fresh.c.new_id).where(fresh.c.tbl == target))
                for column, target in keys if target in mappings]
        if not hits:
            continue
        moved = sa.or_(*hits)
        rows = [dict(row._mapping) for row in connection.execute(sa.select(table).where(moved))]
        if rows:
            rng.shuffle(rows)
            connection.execute(sa.delete(table).where(moved))
            for row in rows:  # one by one: the order of insertion is the order kept
                connection.execute(sa.insert(table).values(**row))


def _rewrite_in_id_order(connection: sa.Connection, tables: list[str]) -> None:
    """PostgreSQL wrote the moved rows' new versions in the order it found them, the
    order of writing, and VACUUM FULL keeps a heap's order: so rewrite each heap in the
    order of its (now random) ids. SQLite keeps a table in id order by itself.

    CLUSTER needs the table to itself: if another transaction (a backup, a long query)
    holds it beyond ``LOCK_WAIT``, the close goes on without the rewrite rather than
    stall every request behind it, and says so in the log (docs/security.md).
    """
    before = connection.exec_driver_sql("SHOW lock_timeout").scalar()
    for table in tables:
        primary = connection.execute(sa.text(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE i.indrelid = CAST(:table AS regclass) AND i.indisprimary"),
            {"table": table}).scalar_one()
        try:
            with connection.begin_nested():
                connection.execute(sa.text("SELECT set_config('lock_timeout', :wait, true)"),
                                   {"wait": LOCK_WAIT})
                connection.exec_driver_sql(f'CLUSTER "{table}" USING "{primary}"')
        except sa.exc.OperationalError:
            logger.warning("close: %s is in use; its rows keep their order on disk", table)
        connection.execute(sa.text("SELECT set_config('lock_timeout', :wait, true)"),
                           {"wait": before})


def _fresh_ids(connection: sa.Connection, table: str, count: int) -> list[int]:
    """``count`` ids above every id of ``table`` that later inserts will not take."""
    if connection.dialect.name == "postgresql":
        return list(connection.execute(sa.text(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
            "FROM generate_series(1, :count)"), {"table": table, "count": count}).scalars())
    # SQLite: a new rowid is max + 1, and this transaction holds the write lock.
    top = connection.execute(sa.text(f'SELECT coalesce(max(id), 0) FROM "{table}"')).scalar_one()
    return list(range(top + 1, top + 1 + count))


def _updates(mappings: dict[str, dict[int, int]],
             references: dict[str, list[tuple[str, str]]]) -> list[str]:
    """One UPDATE per table: its own id if renumbered, and its keys into renumbered rows."""
    statements = []
    for table in sorted({*mappings, *references}):
        columns = [("id", table)] if table in mappings else []
        columns += [(column, target) for column, target in references.get(table, [])
                    if target in mappings]
        if not columns:
            continue
        joins = " ".join(f"LEFT JOIN {_MAP} j{n} ON j{n}.tbl = '{target}' "
                         f'AND j{n}.old_id = r."{column}"'
                         for n, (column, target) in enumerate(columns))
        values = ", ".join(f'coalesce(j{n}.new_id, r."{column}") AS c{n}'
                           for n, (column, _) in enumerate(columns))
        hit = " OR ".join(f"j{n}.old_id IS NOT NULL" for n in range(len(columns)))
        sets = ", ".join(f'"{column}" = x.c{n}' for n, (column, _) in enumerate(columns))
        keys = [column.name for column in db.metadata.tables[table].primary_key.columns]
        picked = ", ".join(f'r."{key}" AS k_{key}' for key in keys)
        match = " AND ".join(f'"{table}"."{key}" = x.k_{key}' for key in keys)
        statements.append(f'UPDATE "{table}" SET {sets} FROM (SELECT {picked}, {values} '
                          f'FROM "{table}" r {joins} WHERE {hit}) x WHERE {match}')
    return statements


def _follow_new_ids(mappings: dict[str, dict[int, int]]) -> None:
    """Objects already loaded still carry their old ids: move them to the new ones."""
    for state in db.session.identity_map.all_states():
        instance, key = state.obj(), state.key
        if instance is None or key is None:  # collected meanwhile, or not persistent
            continue
        model, ids, _ = key
        moved = mappings.get(getattr(model, "__tablename__", ""), {}).get(ids[0])
        if moved is not None:
            db.session.expunge(instance)
            make_transient(instance)
            set_committed_value(instance, "id", moved)
            make_transient_to_detached(instance)
            db.session.add(instance)
    db.session.expire_all()  # keys held by other objects were rewritten too


def _reposition_options(session: DialogueSession) -> None:
    """Options in the report's order (status, title); a round's frozen results likewise."""
    rank = {status: index for index, status in enumerate(STATUS_REPORT_ORDER)}
    options = list(db.session.scalars(sa.select(PolicyOption).filter_by(session_id=session.id)))
    options.sort(key=lambda o: (rank.get(o.status, len(rank)), o.title.casefold(), o.title,
                                o.id))
    for position, option in enumerate(options):
        option.position = position
    order = {option.public_id: option.position for option in options}
    for found in db.session.scalars(sa.select(RatingRound).filter_by(session_id=session.id)):
        if found.results and found.results.get("options"):
            entries = sorted(found.results["options"],
                             key=lambda entry: order.get(entry.get("option"), len(order)))
            found.results = {**found.results, "options": entries}
