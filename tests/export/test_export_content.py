"""What the outcome holds, and in which order: support decides, never creation."""

from __future__ import annotations

import re

from dialogue.export import services
from dialogue.export.model import build_export
from dialogue.extensions import db
from dialogue.options.services import set_status

from .conftest import readable


def _texts(entries) -> list[str]:
    return [str(entry.text) for entry in entries]


def test_contributions_are_ordered_by_votes_not_by_creation(factory, kit):
    session = factory.live_session()
    for text, votes in (("Oldest, little support", 1), ("Zeta, tied", 3), ("Alpha, tied", 3),
                        ("Newest, most support", 9)):
        kit.contribution(session, text, votes=votes)
    export = build_export(session)
    assert _texts(export.agenda[0].contributions) == [
        "Newest, most support", "Alpha, tied", "Zeta, tied", "Oldest, little support"]
    for fmt in ("md", "html", "json"):
        text = services.render(export, fmt).decode()
        positions = [text.index(each) for each in _texts(export.agenda[0].contributions)]
        assert positions == sorted(positions), fmt


def test_only_published_contributions_and_answered_questions_are_exported(factory, kit):
    session = factory.live_session()
    kit.contribution(session, "Published one", votes=1)
    for status in ("pending", "dismissed", "withdrawn", "archived", "merged"):
        kit.contribution(session, f"Gone: {status}", status=status, votes=50)
    kit.contribution(session, "Answered question?", kind="question", answered=True)
    kit.contribution(session, "Open question?", kind="question")
    export = build_export(session)
    text = services.render(export, "json").decode()
    assert "Published one" in text and "Answered question?" in text and "Gone:" not in text
    (section, *_) = export.agenda
    assert _texts(section.answered_questions) == ["Answered question?"]
    assert _texts(section.open_questions) == ["Open question?"]  # the follow-ups
    markdown = services.render(export, "md").decode()
    assert markdown.index("## Open questions") < markdown.index("Open question?")


def test_arguments_are_ordered_by_votes_and_options_not_by_creation(factory, kit):
    session = factory.live_session()
    first = kit.option(session, "Zebra crossing fund")
    kit.argument(first, "pro", "Few votes", votes=1)
    kit.argument(first, "pro", "Many votes", votes=5)
    kit.argument(first, "contra", "Against", votes=0)
    second = kit.option(session, "Apprenticeship bridge")
    third = kit.option(session, "Backed option")
    set_status(third, "endorsed")
    db.session.commit()
    export = build_export(session)
    assert [str(o.title) for o in export.options] == [
        "Backed option", "Apprenticeship bridge", "Zebra crossing fund"]
    zebra = export.options[2]
    assert _texts(zebra.arguments_pro) == ["Many votes", "Few votes"]
    assert _texts(zebra.arguments_contra) == ["Against"]
    assert second.title == "Apprenticeship bridge"


def test_options_carry_final_text_amendments_and_revealed_results(factory, kit):
    session = factory.live_session()
    option = kit.option(session, "Joint skills fund", problem="Fragmented budgets",
                        actors=["ministries", "eu"])
    kit.amend(option, "measure", "Pool budgets in one fund")
    kit.rated(session, option, [2, 4, 4, 5], ["agree", "live_with", "disagree", "block"])
    (section,) = build_export(session).options
    fields = {f.key: str(f.text) for f in section.fields}
    assert fields == {"problem": "Fragmented budgets", "measure": "Pool budgets in one fund",
                      "actors": "Federal ministries, EU"}
    assert [(a.key, str(a.text)) for a in section.accepted_amendments] == [
        ("measure", "Pool budgets in one fund")]
    (rating,) = section.rating_rounds
    support = rating.criteria[0]
    assert (support.n, support.distribution, support.median) == (
        4, {"1": 0, "2": 1, "3": 0, "4": 2, "5": 1}, 4.0)
    (consent,) = section.consent_rounds
    assert (consent.n, consent.consenting, consent.blocks) == (4, 2, 1)
    html = services.render(build_export(session), "html").decode()
    assert html.count("<svg") == 1 + len(session.criteria) and "<script" not in html
    # one histogram per criterion, all of one size and scale (the same answers draw the
    # same chart): no column for 1 and 3, 4 (2 of 4) the tallest, 2 and 5 half as high
    charts = re.findall(r'<svg class="chart hist".*?</svg>', html)
    assert len(charts) == len(session.criteria)
    assert len({re.sub(r"<title>.*?</title>", "", chart) for chart in charts}) == 1
    assert 'd="M12 9h10v8h-10zM36 0h10v17h-10zM48 9h10v8h-10z"' in charts[0]
    markdown = services.render(build_export(session, "de"), "md").decode()
    assert "2 von 4 Antwortenden stimmen zu" in markdown
    assert "1–5: 0 · 1 · 0 · 2 · 1 · Median 4 ·" in markdown
    assert "1 von 4 Antwortenden legte ein Veto ein" in markdown
    english = services.render(build_export(session), "md").decode()
    # the accepted amendment is the field's text now: said, not printed twice
    assert english.count("Pool budgets in one fund") == 1
    assert "accepted; its text is the text of this field above" in english


def test_an_unrevealed_round_is_not_reported(factory, kit):
    from dialogue.options import rounds

    session = factory.live_session()
    option = kit.option(session)
    found = rounds.open_round(session, "rating", [option.public_id])
    rounds.rate(found, option, "r" * 64, "", {c.key: 5 for c in session.criteria})
    db.session.commit()
    assert build_export(session).options[0].rating_rounds == []


def test_small_stakeholder_groups_read_fewer_than_k(factory, kit):
    session = factory.live_session(k_anonymity=5)
    big, small, other = session.stakeholder_groups[:3]
    for _ in range(7):
        kit.attendee(session, group=big)
    for _ in range(2):
        kit.attendee(session, group=small)
    for _ in range(6):
        kit.attendee(session, group=other)
    kit.factory.roster_entry(session, group=small)  # invited, never joined: not counted
    attendance = build_export(session).attendance
    counts = {g.group: (g.count, g.suppressed) for g in attendance.groups}
    # 2 is below k; hidden alone it could be recovered from the total (15), so the next
    # smallest group (6) is hidden with it.
    assert counts[big] == (7, False)
    assert counts[small] == (None, True) and counts[other] == (None, True)
    assert attendance.total == 15
    export = build_export(session)
    assert services.render(export, "md").decode().count("| fewer than 5 |") == 2
    assert services.render(export, "html").decode().count('"num">fewer than 5<') == 2
    assert build_export(session, "de").attendance.groups[1].count is None
    assert "weniger als 5" in services.render(build_export(session, "de"), "md").decode()


def test_on_the_record_items_are_labelled(factory, kit):
    session = factory.live_session()
    session.agenda[1].on_the_record = True
    db.session.commit()
    export = build_export(session)
    assert [s.number for s in export.on_the_record] == [2]
    markdown = services.render(export, "md").decode()
    assert "**On the record**" in markdown
    assert f"- Agenda item 2: {export.agenda[1].title}" in markdown
    html = services.render(export, "html").decode()
    assert 'class="record-label">On the record' in html
    german = services.render(build_export(session, "de"), "md").decode()
    assert "Zitierfähig (on the record)" in german and "(on the record))" not in german


def test_the_report_has_date_only_the_rule_and_the_method_annex(factory, kit):
    session = factory.live_session()
    export = build_export(session)
    assert export.date == session.held_on.date().isoformat()
    html = services.render(export, "html").decode()
    assert "Held under the Chatham House Rule" in html
    assert "Annex: method" in html and "interquartile range" in html
    german = services.render(build_export(session, "de"), "html").decode()
    assert "Unter der Chatham-House-Regel" in german and 'lang="de"' in german


def test_the_report_lists_the_best_supported_contributions_and_the_data_all(factory, kit):
    session = factory.live_session()
    for index in range(60):
        kit.contribution(session, f"Point {index:02d}", votes=index)
    export = build_export(session)
    markdown = services.render(export, "md").decode()
    assert "Point 59" in markdown and "Point 10" in markdown and "Point 09" not in markdown
    assert "10 further contributions" in markdown
    assert "Point 00" in services.render(export, "json").decode()
    assert "Point 00" in readable("csv", services.render(export, "csv"))
