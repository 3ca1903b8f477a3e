"""The round report: every session of a round, each option as it evolved (first and latest
wording, what changed where, its support in each session, its final status)."""

from __future__ import annotations

import json

import pytest

from dialogue.export.cli import export_round_command
from dialogue.export.round import build_round, render_round
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.options import carry_over, services

from .test_export_outcome import consent

ROUND = "Migration Strategy Group 2026"


@pytest.fixture
def two_sessions(factory, kit):
    first = factory.live_session(round_name=ROUND, k_anonymity=5)
    kit.attendee(first, name="Ottilie Brandvogt", email="o.brandvogt@example.org")
    option = kit.option(first, "Joint skills fund", problem="Fragmented budgets",
                        measure="Ask Ottilie Brandvogt to pool the budgets")
    kit.argument(option, "contra", "Costly to set up.", votes=3)
    kit.rated(first, option, [3, 3, 4, 2, 3])
    consent(first, option, [("agree", "")] * 3 + [("block", "No mandate yet.")] * 2)
    kit.option(first, "Visa desk")  # carried over too, and never changed
    close_session(first)
    second = factory.live_session(round_name=ROUND, k_anonymity=5)
    copies = carry_over.carry_over(second, first)
    db.session.commit()
    copy = next(c for c in copies if c.title == "Joint skills fund")
    services.edit_option(copy, services.FACILITATOR, copy.version,
                         {"measure": "Pool the budgets in one fund by 2027"})
    consent(second, copy, [("agree", "")] * 5)
    copy.status = "endorsed"
    db.session.commit()
    return first, second


def test_a_round_report_follows_each_option_across_the_sessions(two_sessions, factory):
    report = build_round(factory.facilitator.id, ROUND)
    assert [s.number for s in report.sessions] == [1, 2]
    fund, visa = report.options
    assert str(fund.title) == "Joint skills fund" and (fund.first_session,
                                                      fund.last_session) == (1, 2)
    assert fund.final_status == "endorsed"
    assert [(c.session, c.fields) for c in fund.changes] == [(2, ["Proposed measure"])]
    first = {f.key: str(f.text) for f in fund.first_fields}
    latest = {f.key: str(f.text) for f in fund.latest_fields}
    # each session's review applies: the undecided name in session 1 is redacted
    assert first["measure"] == "Ask [redacted] to pool the budgets"
    assert latest["measure"] == "Pool the budgets in one fund by 2027"
    (one, two) = fund.support
    assert (one.consent.reached, one.consent.blocks) == (False, 2)
    assert one.rating.criteria[0].median == 3
    assert (two.consent.reached, two.rating) == (True, None)
    assert (str(visa.title), visa.first_session, visa.last_session) == ("Visa desk", 1, 2)
    assert visa.changes == [] and visa.final_status == "draft"


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "json"])
def test_the_round_report_in_every_format(two_sessions, factory, fmt):
    data = render_round(build_round(factory.facilitator.id, ROUND, "de"), fmt)
    from .conftest import readable

    text = " ".join(readable(fmt, data).split())
    assert "Brandvogt" not in text
    assert "Pool the budgets in one fund by 2027" in text
    if fmt == "json":
        loaded = json.loads(data)
        assert loaded["schema"] == "dialogue-round-export/1" and len(loaded["options"]) == 2
        assert "public_id" not in text and "author" not in text
        return
    assert "rundenbericht" in text.casefold() and "Befürwortet" in text
    assert "Sitzung 2: Vorgeschlagene Maßnahme" in text
    assert "3 von 5 Antwortenden stimmen zu" in text and "Konsens erreicht" in text


def test_the_round_command_refuses_what_it_cannot_do(runner, two_sessions, factory, tmp_path):
    out = tmp_path / "round.md"
    done = runner.invoke(export_round_command, [ROUND, "--owner", factory.facilitator.email,
                                                "--format", "md", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert "Joint skills fund" in out.read_text()
    for args, message in (
            (["No such round", "--owner", factory.facilitator.email], "no session"),
            ([ROUND, "--owner", "nobody@example.org"], "No facilitator"),
            ([ROUND, "--owner", factory.facilitator.email, "--out",
              str(tmp_path / "missing" / "x.md")], "no such directory")):
        args = [*args, "--format", "md"] + ([] if "--out" in args else ["--out", str(
            tmp_path / "other.md")])
        result = runner.invoke(export_round_command, args)
        assert result.exit_code != 0 and message in result.output, result.output
    assert not (tmp_path / "other.md").exists()
