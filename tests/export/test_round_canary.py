"""The canary test for the round report (DESIGN.md §2): a round of two sessions whose
rosters and texts carry canary values; the round page, every released format of the round
report (both languages) and the stored files carry none of them, nor any author ref,
public id or time of day."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from dialogue.export import services
from dialogue.export.round import ROUND_FORMATS
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import Argument, Contribution, PolicyOption, RatingRound, RoundFile
from dialogue.options import carry_over, rounds
from dialogue.options import services as options

from ..canary import CANARIES, CanaryWatch
from .conftest import readable
from .test_export_canary import TIME_OF_DAY

ROUND = "Canary round 2026"


def _consent(session, option, answers) -> None:
    found = rounds.open_round(session, "consent", [option.public_id])
    for index, (choice, reason) in enumerate(answers):
        rounds.give_consent(found, option, f"q{index:063d}", session.stakeholder_groups[0],
                            choice, reason)
    rounds.close_round(found)
    rounds.reveal_results(found)
    db.session.commit()


@pytest.fixture
def canary_round(factory, kit):
    watch = CanaryWatch()
    first = factory.live_session(round_name=ROUND)
    second = factory.live_session(round_name=ROUND)
    for session in (first, second):
        for index, (name, email, affiliation, acronym) in enumerate(CANARIES):
            entry = kit.attendee(session, name=name, email=email,
                                 affiliation=f"{affiliation} ({acronym})",
                                 group=session.stakeholder_groups[index % 2])
            watch.forbid_entry(entry)
            watch.forbid(acronym, kit.factory.ref(session, entry))
    option = kit.option(first, "Joint skills fund",
                        problem=f"As {CANARIES[2][0]} put it, budgets are fragmented.",
                        measure=f"Pool training budgets; ask {CANARIES[0][1]}.")
    kit.argument(option, "contra", f"{CANARIES[1][0]} says it is costly.", votes=2)
    kit.rated(first, option, [4, 5, 3, 4, 4])
    _consent(first, option, [("agree", "")] * 4 + [
        ("block", f"{CANARIES[0][0]} knows it fails.")])
    kit.contribution(first, f"In my unit at the {CANARIES[1][3]} we tried this.", votes=2)
    close_session(first)
    copies = carry_over.carry_over(second, first)
    db.session.commit()
    (copy,) = copies
    options.edit_option(copy, options.FACILITATOR, copy.version,
                        {"measure": f"One fund by 2027, run by {CANARIES[2][0]}."})
    _consent(second, copy, [("agree", "")] * 5)
    db.session.commit()
    for model in (Contribution, Argument, PolicyOption, RatingRound):
        watch.forbid(*db.session.scalars(sa.select(model.public_id)))
    for session in (first, second):
        watch.forbid(session.public_id, session.code)
    return first, second, watch


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_canary_reaches_the_round_page_or_any_round_format(
        canary_round, facilitator_browser, language):
    first, second, watch = canary_round
    url = f"/facilitate/{second.public_id}/export/round"
    page = facilitator_browser.get(f"{url}?language={language}").get_data(as_text=True)
    # the page's own links name the sessions (owner only); the report part must not
    report_part = page[page.index('class="report report-preview"'):]
    watch.record("round page preview", report_part)
    roster_only = CanaryWatch()  # the whole page links the sessions by their ids (owner)
    for name, email, affiliation, acronym in CANARIES:
        roster_only.forbid(name, email, affiliation, acronym, *name.split())
    roster_only.record("round page", page)
    assert roster_only.leaks() == []
    released = facilitator_browser.post(f"{url}/release", {
        "formats": list(ROUND_FORMATS), "language": language}, token_from=url)
    assert released.status_code == 303
    for fmt in ROUND_FORMATS:
        got = facilitator_browser.get(f"{url}/download/{fmt}")
        assert got.status_code == 200, fmt
        text = readable(fmt, got.get_data())
        folded = " ".join(text.split())
        assert "One fund by 2027, run by" in folded, fmt  # the text is there, redacted
        assert ("[entfernt]" if language == "de" else "[redacted]") in folded, fmt
        assert not TIME_OF_DAY.search(text.replace("00:00:00", "")), fmt
        watch.record(f"round {fmt}", text)
        watch.record(f"round headers {fmt}", dict(got.headers))
    for fmt, data in db.session.execute(sa.select(RoundFile.format, RoundFile.data)):
        watch.record(f"stored round {fmt}", readable(fmt, data))
    assert watch.leaks() == []


def test_the_watch_sees_the_canaries_in_an_unredacted_session(canary_round):
    """Without the sessions' redaction the canaries would be there: the test can fail."""
    first, second, watch = canary_round
    watch.record("unredacted", services.render(
        services.build_export(second, redact=False), "md").decode())
    assert CANARIES[2][0] in {value for _, value in watch.leaks()}
