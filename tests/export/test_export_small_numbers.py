"""In every format: with two participants nothing reads as an exact count, and a rating
with fewer than k answers shows no figure."""

from __future__ import annotations

from dialogue.export import services

from .conftest import FORMATS, readable


def test_two_participants_and_a_rating_by_two_show_no_figure_in_any_format(factory, kit):
    session = factory.live_session(k_anonymity=5)
    groups = session.stakeholder_groups
    kit.attendee(session, group=groups[0]), kit.attendee(session, group=groups[0])
    option = kit.option(session, "Joint skills fund")
    kit.rated(session, option, [1, 5], ["agree", "block"])
    export = services.build_export(session)
    assert export.attendance.total is None and export.attendance.total_reason == "small"
    assert {g.reason for g in export.attendance.groups} == {"small"}
    for fmt in FORMATS:
        text = readable(fmt, services.render(export, fmt))
        if fmt in ("json", "csv"):  # data: a flag and empty figures
            assert ('"too_few":true' in text.replace(" ", "")) or ",True" in text, fmt
            assert '"total":null' in text.replace(" ", "") or "(total),,True,small" in text
        else:
            assert "too few answers to show" in text, fmt
            assert "fewer than 5" in text, fmt
    german = readable("md", services.render(services.build_export(session, "de"), "md"))
    assert "zu wenige Antworten" in german and "weniger als 5" in german
    (result,) = export.options[0].rating_rounds[0].criteria[:1]
    assert result.too_few and result.n is None and result.distribution == {}


def test_the_csv_carries_empty_cells_not_zeros_for_a_hidden_result(factory, kit):
    session = factory.live_session(k_anonymity=5)
    option = kit.option(session, "Joint skills fund")
    kit.rated(session, option, [2, 2, 2], ["agree"])
    text = readable("csv", services.render(services.build_export(session), "csv"))
    rows = [line for line in text.splitlines() if line.startswith("1,1,")]
    # ratings end in too_few; consent in too_few and an empty "reached"
    assert rows and all(line.endswith(",,,,,,,,,,True") or line.endswith(",,,,,,,,True,")
                        for line in rows), rows
