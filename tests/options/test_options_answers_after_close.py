"""After close, no rating or consent answer is left to name its rater: the group label, the
time and the neighbouring rows of one submission go with the answers, and the results,
the export and the facilitator's pages show exactly what they showed before."""

from __future__ import annotations

import re

import sqlalchemy as sa

from dialogue.export.services import preview, render
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import ConsentVote, Rating, RatingRound
from dialogue.options import rounds

LONE_GROUP = "Academia"  # one rater only: any row with this label names her
LONE_REASON = "Returns without a reintegration budget will fail"


def rated_session(factory, kit):
    session = factory.live_session()
    option = kit.option(session, "Joint skills fund")
    rating = rounds.open_round(session, "rating", [option.public_id])
    consent = rounds.open_round(session, "consent", [option.public_id])
    raters = [("Business", 4, "agree")] * 5 + [("Public administration", 3, "live_with")] * 5
    raters.append((LONE_GROUP, 1, "block"))
    for group, score, choice in raters:
        ref = kit.participant(session, group=group)
        rounds.rate(rating, option, ref, group, {"support": score, "impact": 6 - score})
        rounds.give_consent(consent, option, ref, group, choice,
                            LONE_REASON if choice == "block" else "")
    rating.revealed = consent.revealed = True
    db.session.commit()
    return session, option, [rating.public_id, consent.public_id]


def frozen_or_live_results(round_ids: list[str]) -> list[dict]:
    db.session.expire_all()
    return [rounds.round_results(db.session.scalar(sa.select(RatingRound).filter_by(
        public_id=round_id))) for round_id in round_ids]


def _shown_results(facilitator_browser, session) -> list[str]:
    page = facilitator_browser.get(f"/facilitate/{session.public_id}/options")
    assert page.status_code == 200
    return re.findall(r'<section class="results".*?</section>', page.get_data(as_text=True),
                      flags=re.S)


def _export_results(session) -> tuple:
    export = preview(session)
    return ([(section.rating_rounds, section.consent_rounds) for section in export.options],
            render(export, "json").count(LONE_REASON.encode()))


def test_after_close_no_answer_names_its_rater_and_every_output_shows_the_same(
        app, factory, kit, facilitator_browser):
    session, option, round_ids = rated_session(factory, kit)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Rating).filter_by(
        stakeholder_group=LONE_GROUP)) == 2  # before: her two scores, side by side
    results_before = frozen_or_live_results(round_ids)
    export_before = _export_results(session)
    shown_before = _shown_results(facilitator_browser, session)
    assert len(shown_before) == 2 and results_before[1]["options"][0]["blocks"] == 1

    close_session(session)

    db.session.expire_all()
    for model in (Rating, ConsentVote):
        assert db.session.scalar(sa.select(sa.func.count()).select_from(model)) == 0
    # No table but the roster holds a group label on a row of this session any more.
    with db.engine.connect() as connection:
        for table in db.metadata.sorted_tables:
            if "stakeholder_group" in table.c and table.name != "roster_entry":
                assert connection.scalar(sa.select(sa.func.count()).select_from(table)) == 0
    # The kept figures name no group below k: hers is suppressed, as it was on every page.
    frozen = db.session.scalars(sa.select(RatingRound.results)).all()
    for groups in _group_lists(frozen):
        lone = next(each for each in groups if each["group"] == LONE_GROUP)
        assert lone == {"group": LONE_GROUP, "suppressed": True}
    # And every output shows what it showed before: results, the export, the pages.
    assert frozen_or_live_results(round_ids) == results_before
    assert _export_results(db.session.merge(session)) == export_before
    assert _shown_results(facilitator_browser, session) == shown_before


def _group_lists(frozen: list[dict]):
    for results in frozen:
        for each in results["options"]:
            if "groups" in each:
                yield each["groups"]
            for criterion in each.get("criteria", []):
                yield criterion["groups"]
