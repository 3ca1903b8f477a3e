"""The canary test for exports (DESIGN.md §2): a scripted session whose roster and texts
carry canary values is exported in every format; none of them is found in any file, nor
any author ref, public id or time of day."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from dialogue.export import services
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import (
    AgendaItem,
    Argument,
    Contribution,
    PolicyOption,
    RatingRound,
)
from dialogue.models.export import ExportFile
from dialogue.options import rounds

from ..canary import CANARIES, CanaryWatch
from .conftest import FORMATS, readable

TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\b|T\d{2}:\d{2}")


@pytest.fixture
def canary_session(factory, kit):
    watch = CanaryWatch()
    session = factory.live_session()
    people = []
    for index, (name, email, affiliation, acronym) in enumerate(CANARIES):
        entry = kit.attendee(session, name=name, email=email,
                             affiliation=f"{affiliation} ({acronym})",
                             group=session.stakeholder_groups[index % 2])
        watch.forbid_entry(entry)
        watch.forbid(acronym, kit.factory.ref(session, entry))
        people.append(entry)
    first, second, third = people
    kit.contribution(session, f"I agree with {first.name}; write to {first.email} for the "
                     "paper.", votes=4, by=second)
    kit.contribution(session, f"In my unit at the {CANARIES[1][3]} we tried exactly this.",
                     votes=2, by=third)
    kit.contribution(session, "Training partnerships need a stable budget line.", votes=7,
                     by=first)
    kit.contribution(session, f"Dismissed: {CANARIES[2][0]}", status="dismissed", by=third)
    kit.contribution(session, "Who pays for language courses?", kind="question",
                     answered=True, item=1, votes=3, by=second)
    option = kit.option(session, "Joint skills fund",
                        problem=f"As {CANARIES[2][0]} put it, budgets are fragmented.",
                        measure="Pool training budgets across ministries.")
    kit.argument(option, "pro", f"Ask {CANARIES[0][1]} for the figures.", votes=3)
    kit.argument(option, "contra", "Costly to set up.", votes=1)
    kit.amend(option, "time_frame", f"Two years, says {CANARIES[1][0].split()[0]} "
              f"{CANARIES[1][0].split()[1]}")
    kit.rated(session, option, [4, 5, 3, 4, 4], ["agree", "live_with", "agree"])
    # The outcome paper's own texts: block reasons (minority positions), the facilitator's
    # reason for a status against the result, the agreed next steps, an open question.
    blocked = kit.option(session, "Visa desk at every embassy")
    found = rounds.open_round(session, "consent", [blocked.public_id])
    for index, (choice, reason) in enumerate([
            ("agree", ""), ("agree", ""), ("agree", ""),
            ("block", f"{CANARIES[0][0]} knows it fails: no stable mandate."),
            ("block", f"Mail {CANARIES[2][1]}. In my unit at the {CANARIES[1][3]} the "
             "budget is gone.")]):
        rounds.give_consent(found, blocked, f"k{index:063d}", session.stakeholder_groups[0],
                            choice, reason)
    rounds.close_round(found)
    rounds.reveal_results(found)
    blocked.status = "endorsed"
    blocked.status_reason = f"Endorsed at the summit, as {CANARIES[1][0]} asked."
    session.next_steps = f"{CANARIES[2][0]} drafts the paper; send comments to " \
        f"{CANARIES[0][1]}."
    kit.contribution(session, f"Will {CANARIES[1][0]} present the figures?", kind="question",
                     votes=2, by=first)
    db.session.commit()
    for model in (Contribution, Argument, PolicyOption, AgendaItem, RatingRound):
        watch.forbid(*db.session.scalars(sa.select(model.public_id)))
    watch.forbid(session.public_id, session.code)
    return session, watch


def test_no_canary_reaches_any_export_format(canary_session, facilitator_browser):
    session, watch = canary_session
    sid = session.public_id
    services.redact_undecided(session)
    db.session.commit()
    release = services.release_export(session, session.owner, list(services.FORMATS), "en")
    services.set_shared(session, True)
    db.session.commit()
    export = services.released_export(release)
    for fmt in FORMATS:
        data = services.render(export, fmt)
        text = readable(fmt, data)
        watch.record(f"export {fmt}", text)
        assert "Training partnerships need a stable budget line." in text, fmt
        assert "[redacted]" in text, fmt
        folded = " ".join(text.split())
        for words in ("no stable mandate.", "budget is gone.", "drafts the paper",
                      "Endorsed at the summit", "present the figures?"):
            assert words in folded, (fmt, words)  # the new outputs are there, de-identified
        assert not TIME_OF_DAY.search(text.replace("00:00:00", "")), fmt
        downloaded = facilitator_browser.get(f"/facilitate/{sid}/export/download/{fmt}")
        assert downloaded.status_code == 200
        assert downloaded.get_data() == data
        watch.record(f"download headers {fmt}", dict(downloaded.headers))
    close_session(session)  # the stored files stay: they hold only the released content
    stored = db.session.execute(sa.select(ExportFile.format, ExportFile.data)).all()
    assert sorted(fmt for fmt, _ in stored) == sorted(FORMATS)
    for fmt, data in stored:
        watch.record(f"stored {fmt} after close", readable(fmt, data))
    assert watch.leaks() == []


def test_the_dismissed_contribution_and_author_refs_are_absent_from_the_data(canary_session):
    session, watch = canary_session
    text = services.render(services.build_export(session), "json").decode()
    assert "Dismissed:" not in text
    assert "author_ref" not in text and "public_id" not in text
    watch.record("draft json", text)
    assert watch.leaks() == []


def test_the_canary_watch_sees_an_unredacted_export(canary_session):
    """Without redaction the canary person is there: the test above can fail."""
    session, watch = canary_session
    watch.record("unredacted", services.render(
        services.build_export(session, redact=False), "md").decode())
    found = {value for _, value in watch.leaks()}
    assert CANARIES[0][1] in found
    assert CANARIES[1][3] in found  # the planted acronym: the redacted export above lacks it


def _redact_words(session, words: str) -> None:
    from dialogue.export.redactions import redact_passage

    for key, passage in services.preview(session).passages().items():
        text = "".join(part.text for part in passage.parts)
        if words in text:
            start = text.index(words)
            redact_passage(session, key, passage.digest, start, start + len(words))
    db.session.commit()


def test_no_canary_in_a_manually_redacted_passage_reaches_any_format(
        canary_session, kit, facilitator_browser):
    session, watch = canary_session
    sid = session.public_id
    kit.contribution(session, "The trial at Quillfeather Annex went well.", votes=1)
    kit.contribution(session, "Ask the people at Marrowbone Depot.", votes=1)
    watch.forbid("Quillfeather Annex", "Marrowbone Depot")
    _redact_words(session, "Quillfeather Annex")
    services.redact_undecided(session)
    db.session.commit()
    services.release_export(session, session.owner, list(services.FORMATS), "en")
    services.set_shared(session, True)
    db.session.commit()
    for fmt in FORMATS:  # stores every format; the Marrowbone passage is still in them
        assert facilitator_browser.get(f"/facilitate/{sid}/export/download/{fmt}"
                                       ).status_code == 200
    close_session(session)
    session = db.session.get(type(session), session.id)
    _redact_words(session, "Marrowbone Depot")  # after close, after release
    assert db.session.scalars(sa.select(ExportFile.data)).all() == []
    services.release_export(session, session.owner, list(services.FORMATS), "de")
    db.session.commit()
    for fmt in FORMATS:
        downloaded = facilitator_browser.get(f"/facilitate/{sid}/export/download/{fmt}")
        assert downloaded.status_code == 200
        watch.record(f"re-released {fmt}", readable(fmt, downloaded.get_data()))
    for fmt, data in db.session.execute(sa.select(ExportFile.format, ExportFile.data)):
        watch.record(f"stored {fmt}", readable(fmt, data))
    assert "[entfernt]" in watch.outputs[0][1]
    assert watch.leaks() == []
