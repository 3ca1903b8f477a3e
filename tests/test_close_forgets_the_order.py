"""After close, no row id or position says in which order participants wrote.

An access log lists requests in order; if ids did too, the n-th post request would name
the n-th contribution's author. The close deals every surviving authored row a new id in
a random order and rewrites every key that points to it (dialogue/close_order.py).
"""

import random

import pytest
import sqlalchemy as sa

from dialogue import close_order
from dialogue.boards import moderation
from dialogue.boards import services as boards
from dialogue.export import services as export
from dialogue.export.model import build_export, to_dict
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import (
    Amendment,
    Argument,
    Contribution,
    OptionRevision,
    PolicyOption,
    RatingRound,
    authored_models,
    time_authored_models,
)
from dialogue.models.options import option_contribution, rating_round_option
from dialogue.options import rounds
from dialogue.options import services as options

from .factories import Factory

ROWS = 30


def _written_in_order(factory):
    """Four people write 30 contributions, 6 options, revisions, arguments and amendments,
    in a known order; some texts are linked, merged, carried over and flagged."""
    session = factory.live_session(participants_may_create_options=True)
    item = session.agenda[0]
    refs = [factory.ref(session, factory.roster_entry(session)) for _ in range(4)]
    posts = [boards.post_contribution(session, item, refs[n % 4], f"Post {n:02d} on skills",
                                      "contribution").touched[0][0] for n in range(ROWS)]
    # A flagged span the facilitator keeps: the decision must survive the close.
    flagged = boards.post_contribution(session, item, refs[0], "Ask jane.doe@example.org about it",
                                       "contribution", confirm=True).touched[0][0]
    moderation.moderate(session, flagged, "approve")  # held, as a posted-anyway text is
    for n in range(1, ROWS, 7):
        moderation.merge(session, posts[n], posts[n - 1])
    linkable = [post for n, post in enumerate(posts) if n % 7 != 1]
    made = []
    for n in range(6):
        option = options.create_option(
            session, options.as_participant(refs[n % 4]), {"title": f"Option {5 - n}"},
            contribution_ids=[linkable[2 * n].public_id, linkable[2 * n + 11].public_id])
        options.edit_option(option, options.as_participant(refs[(n + 1) % 4]), option.version,
                            {"title": option.title, "problem": f"Problem {n}"})
        made.append(option)
    for n in range(ROWS):
        options.add_argument(made[n % 6], refs[n % 4], ("pro", "contra")[n % 2],
                             f"Argument {n:02d}")
    for n in range(12):
        amendment = options.propose_amendment(made[n % 6], refs[n % 4], "problem",
                                              f"Amended problem {n:02d}")
        if n % 3 == 0:
            options.decide_amendment(amendment, accept=True)
    options.set_status(made[3], "endorsed")
    rating = rounds.open_round(session, "rating", [option.public_id for option in made])
    for n, ref in enumerate(refs):
        rounds.rate(rating, made[n], ref, "Business", {"support": 4})
    rounds.reveal_results(rating)
    # A later session's option carried over from one of these: a key from another session.
    later = factory.live_session()
    db.session.add(PolicyOption(session_id=later.id, fields={"title": "Carried"},
                                origin_id=made[2].id))
    db.session.commit()
    for key in [flag.key for flag in export.preview(session).flags()]:
        export.decide(session, [key], export.CLEARED)
    db.session.commit()
    return session, later


def _rows(model, session_id):
    """The session's rows of ``model`` as (id, what identifies them), in id order."""
    label = {Contribution: Contribution.text, Argument: Argument.text,
             Amendment: Amendment.text, PolicyOption: PolicyOption.fields}[model]
    rows = db.session.execute(sa.select(model.id, label).where(model.session_id == session_id)
                              .order_by(model.id)).all()
    return [(row_id, value if isinstance(value, str) else value["title"])
            for row_id, value in rows]


def _revisions(session_id):
    return [(row_id, fields["title"], version) for row_id, fields, version in db.session.execute(
        sa.select(OptionRevision.id, PolicyOption.fields, OptionRevision.version)
        .join(PolicyOption, PolicyOption.id == OptionRevision.option_id)
        .where(OptionRevision.session_id == session_id).order_by(OptionRevision.id))]


def _source_order(session_id):
    """Which option each stored source link belongs to, in the order they lie on disk."""
    place = "ctid" if db.engine.dialect.name == "postgresql" else "rowid"
    return db.session.execute(sa.text(
        f"SELECT o.fields FROM option_contribution l JOIN policy_option o ON o.id = l.option_id "
        f"WHERE o.session_id = :id ORDER BY l.{place}"), {"id": session_id}).scalars().all()


def _links(session_id):
    """Every relation between the session's rows, by what the rows say, not their ids."""
    titles = {option.id: option.title for option in db.session.scalars(sa.select(PolicyOption))}
    texts = dict(db.session.execute(sa.select(Contribution.id, Contribution.text)).all())
    return {
        "arguments": sorted((titles[o], t) for o, t in db.session.execute(
            sa.select(Argument.option_id, Argument.text))),
        "amendments": sorted((titles[o], t) for o, t in db.session.execute(
            sa.select(Amendment.option_id, Amendment.text))),
        "revisions": sorted((t, v) for _, t, v in _revisions(session_id)),
        "sources": sorted((titles[o], texts[c]) for o, c in db.session.execute(
            sa.select(option_contribution.c.option_id, option_contribution.c.contribution_id))),
        "merged": sorted((texts[c], texts[m]) for c, m in db.session.execute(
            sa.select(Contribution.id, Contribution.merged_into_id)
            .where(Contribution.merged_into_id.is_not(None)))),
        "rounds": sorted(titles[o] for (o,) in db.session.execute(
            sa.select(rating_round_option.c.option_id))),
        "carried": [titles[o] for (o,) in db.session.execute(
            sa.select(PolicyOption.origin_id).where(PolicyOption.origin_id.is_not(None)))],
    }


def _option_pages(session):
    """What an option's page lists, option by option (by title)."""
    return {option.title: [(a.side, a.text, a.vote_count) for a in options.arguments_of(option)]
            for option in options.options_of(session)}


def _story(factory, monkeypatch):
    monkeypatch.setattr(close_order, "_SYSTEM_RANDOM", random.Random(12))
    session, later = _written_in_order(factory)
    tables = (Contribution, Argument, Amendment, PolicyOption)
    before = {model: _rows(model, session.id) for model in tables}
    revisions_before = _revisions(session.id)
    sources_before = _source_order(session.id)
    links = _links(session.id)
    pages = _option_pages(session)
    exported = {lang: to_dict(build_export(session, lang, redact=True)) for lang in ("en", "de")}
    assert "jane.doe@example.org" in str(exported["en"]), "the kept span is in the export"
    close_session(session)
    db.session.expire_all()
    for model in tables:
        after = _rows(model, session.id)
        # The same rows, each with a fresh id, no longer in the order they were written.
        assert sorted(label for _, label in after) == sorted(label for _, label in before[model])
        assert [label for _, label in after] != [label for _, label in before[model]], model
        assert min(row_id for row_id, _ in after) > max(row_id for row_id, _ in before[model])
    # An option's sources no longer lie in the order the options were made.
    assert _source_order(session.id) != sources_before
    revisions_after = _revisions(session.id)
    assert sorted(r[1:] for r in revisions_after) == sorted(r[1:] for r in revisions_before)
    assert [r[1:] for r in revisions_after] != [r[1:] for r in revisions_before]
    # Every key still points at the same text: arguments on their options, and so on.
    assert _links(session.id) == links
    # The outcome reads the same; the kept span is still kept.
    assert {lang: to_dict(build_export(session, lang, redact=True))
            for lang in ("en", "de")} == exported
    assert _option_pages(session) == pages  # each option's arguments, in the same order
    # Options stand in the report's order now (endorsed first, then by title).
    placed = [option.title for option in options.options_of(session)]
    assert placed == ["Option 2", "Option 0", "Option 1", "Option 3", "Option 4", "Option 5"]
    results = db.session.scalar(sa.select(RatingRound.results).filter_by(session_id=session.id))
    titled = {option.public_id: option.title for option in options.options_of(session)}
    assert [titled[entry["option"]] for entry in results["options"]] == placed
    return session, later


def test_close_deals_new_ids_in_random_order_and_keeps_every_link(app, factory, monkeypatch):
    _story(factory, monkeypatch)


def test_rows_written_after_a_close_get_ids_of_their_own(app, factory, monkeypatch):
    session, later = _story(factory, monkeypatch)
    top = db.session.scalar(sa.select(sa.func.max(Contribution.id)))
    fresh = boards.post_contribution(later, later.agenda[0], factory.ref(
        later, factory.roster_entry(later)), "Written after the close", "contribution")
    db.session.commit()
    assert fresh.touched[0][0].id > top


def test_close_forgets_the_order_on_postgresql(pg_app, monkeypatch):
    factory = Factory(pg_app)
    session, later = _story(factory, monkeypatch)
    # The heap too: its rows lie in the order of their new ids, not of their writing.
    for model in (Contribution, Argument, Amendment, PolicyOption, OptionRevision):
        table = model.__tablename__
        stored = db.session.execute(sa.text(
            f"SELECT id FROM {table} WHERE session_id = :id ORDER BY ctid"),
            {"id": session.id}).scalars().all()
        assert stored == sorted(stored), table
    top = db.session.scalar(sa.select(sa.func.max(Contribution.id)))
    fresh = boards.post_contribution(later, later.agenda[0], factory.ref(
        later, factory.roster_entry(later)), "Written after the close", "contribution")
    db.session.commit()  # the sequence moved past the dealt ids: no collision
    assert fresh.touched[0][0].id > top


def test_every_key_into_an_authored_table_is_rewritten_at_close():
    renumbered = {model.__tablename__ for model in close_order.renumbered_models()}
    assert renumbered == {model.__tablename__ for model in {*authored_models(),
                                                            *time_authored_models()}
                          if not model.deleted_at_close}
    found = close_order.referencing_columns(db.metadata, renumbered)
    # Every foreign key in the schema that points at a renumbered table is on the list.
    for table in db.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name in renumbered:
                assert (fk.parent.name, fk.column.table.name) in found[table.name], fk
    # ... and indexed, or the close would search the whole table for each row it moves.
    for table, keys in found.items():
        leading = {index.columns[0].name for index in db.metadata.tables[table].indexes}
        leading.add(next(iter(db.metadata.tables[table].primary_key.columns)).name)
        for column, _ in keys:
            assert column in leading, f"{table}.{column} needs an index"
    assert ("merged_into_id", "contribution") in found["contribution"]
    assert ("origin_id", "policy_option") in found["policy_option"]


def test_a_new_table_pointing_at_an_authored_one_is_found_or_refused():
    metadata = sa.MetaData()
    sa.Table("contribution", metadata, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("public_id", sa.String(32), unique=True))
    sa.Table("reaction", metadata, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("contribution_id", sa.ForeignKey("contribution.id")))
    assert close_order.referencing_columns(metadata, {"contribution"}) == {
        "reaction": [("contribution_id", "contribution")]}
    sa.Table("bookmark", metadata, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("contribution", sa.ForeignKey("contribution.public_id")))
    with pytest.raises(close_order.UnhandledReference, match="bookmark"):
        close_order.referencing_columns(metadata, {"contribution"})


def test_a_table_held_by_a_backup_does_not_stall_the_close_on_postgresql(
        pg_app, monkeypatch, caplog):
    """CLUSTER needs the table to itself; a reader holding it makes the close skip it."""
    factory = Factory(pg_app)
    monkeypatch.setattr(close_order, "LOCK_WAIT", "200ms")
    session = factory.live_session()
    boards.post_contribution(session, session.agenda[0], factory.ref(
        session, factory.roster_entry(session)), "Held by a backup", "contribution")
    db.session.commit()
    with db.engine.connect() as backup:  # like pg_dump: a transaction that read the table
        backup.execute(sa.text("SELECT count(*) FROM contribution"))
        close_session(session)
        backup.rollback()
    db.session.expire_all()
    assert session.status == "closed" and session.author_key is None
    assert db.session.scalar(sa.select(Contribution.text)) == "Held by a backup"
    assert "contribution is in use" in caplog.text
