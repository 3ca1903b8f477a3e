"""Rating and consent rounds: answered in range, changeable while open; revealed honestly."""

import pytest

from dialogue.extensions import db
from dialogue.options import rounds, services
from dialogue.refusals import Refused

from .conftest import table_counts

GROUPS = ("Public administration", "Business", "Civil society", "Academia")


def _rating_round(factory, kit, **settings):
    session = factory.live_session(**settings)
    option = kit.option(session)
    found = rounds.open_round(session, "rating", [option.public_id])
    db.session.commit()
    return session, option, found


def test_ratings_on_every_criterion_give_median_spread_and_n(factory, kit):
    session, option, found = _rating_round(factory, kit)
    for score in (2, 4, 4, 5, 5):
        rounds.rate(found, option, kit.participant(session), GROUPS[0],
                    {"support": score, "feasibility": 3})
    db.session.commit()
    results = rounds.round_results(found)
    (figures,) = results["options"]
    support = next(c for c in figures["criteria"] if c["key"] == "support")
    assert (support["n"], support["median"], support["q1"], support["q3"]) == (5, 4, 4, 5)
    assert support["too_few"] is False
    impact = next(c for c in figures["criteria"] if c["key"] == "impact")
    assert impact["too_few"] and impact["n"] is None and impact["median"] is None


def test_a_result_with_fewer_than_k_answers_shows_no_figure_not_even_n(factory, kit):
    session, option, found = _rating_round(factory, kit, k_anonymity=5)
    for score in (1, 5, 5, 5):  # four raters, k = 5
        rounds.rate(found, option, kit.participant(session), GROUPS[0], {"support": score})
    db.session.commit()
    support = rounds.round_results(found)["options"][0]["criteria"][0]
    assert support["too_few"] and support["distribution"] == {}
    assert {support[key] for key in ("n", "median", "q1", "q3", "iqr")} == {None}


@pytest.mark.parametrize("scores", [{"support": 0}, {"support": 6}, {"support": 2.5},
                                    {"support": True}, {"support": "5"}, {"charm": 3}, {}])
def test_a_rating_out_of_range_or_off_the_criteria_is_refused_and_nothing_stored(
        factory, kit, scores):
    session, option, found = _rating_round(factory, kit)
    before = table_counts()
    with pytest.raises(Refused) as refused:
        rounds.rate(found, option, kit.participant(session), GROUPS[0], scores)
    assert refused.value.code in ("out_of_range", "invalid")
    db.session.rollback()
    assert table_counts() == before


def test_rating_again_while_open_replaces_the_earlier_scores_in_their_own_rows(factory, kit):
    session, option, found = _rating_round(factory, kit, k_anonymity=1)
    ref, other = kit.participant(session), kit.participant(session)
    rounds.rate(found, option, other, GROUPS[1], {"support": 2})
    rounds.rate(found, option, ref, GROUPS[0], {"support": 5})
    db.session.commit()
    rows_before = _rating_rows()
    rounds.rate(found, option, ref, GROUPS[0], {"support": 1, "impact": 2})
    db.session.commit()
    rows_after = _rating_rows()
    # The changed score stays in its row (same id: no new row, no new order); a criterion
    # rated for the first time gets its row; the other person's answer is untouched.
    changed = {row_id: score for row_id, score in rows_after.items() if row_id in rows_before}
    assert set(rows_before) <= set(rows_after) and len(rows_after) == len(rows_before) + 1
    assert sorted(changed.values()) == [1, 2]
    support = rounds.round_results(found)["options"][0]["criteria"][0]
    assert support["n"] == 2
    assert support["distribution"] == {"1": 1, "2": 1, "3": 0, "4": 0, "5": 0}
    assert rounds.own_answers(found, ref) == {option.id: {"scores": {"support": 1,
                                                                     "impact": 2}}}


def _rating_rows() -> dict[int, int]:
    from dialogue.models import Rating
    return {row_id: score for row_id, score in db.session.execute(
        db.select(Rating.id, Rating.score))}


@pytest.mark.parametrize("scores", [{"support": 0}, {"support": 6}, {"support": "1"},
                                    {"support": None}, {"support": 1, "charm": 2},
                                    {"support": 10**12}, {"support": -1}, {}])
def test_a_hostile_re_rating_is_refused_and_the_earlier_scores_stand(factory, kit, scores):
    session, option, found = _rating_round(factory, kit, k_anonymity=1)
    ref = kit.participant(session)
    rounds.rate(found, option, ref, GROUPS[0], {"support": 5, "impact": 4})
    db.session.commit()
    before = (table_counts(), _rating_rows())
    with pytest.raises(Refused) as refused:
        rounds.rate(found, option, ref, GROUPS[0], scores)
    assert refused.value.code in ("out_of_range", "invalid")
    db.session.rollback()
    assert (table_counts(), _rating_rows()) == before


def test_a_rating_cannot_be_changed_once_the_round_closed(factory, kit):
    session, option, found = _rating_round(factory, kit, k_anonymity=1)
    ref = kit.participant(session)
    rounds.rate(found, option, ref, GROUPS[0], {"support": 5})
    rounds.close_round(found)
    db.session.commit()
    before = _rating_rows()
    with pytest.raises(Refused) as refused:
        rounds.rate(found, option, ref, GROUPS[0], {"support": 1})
    assert refused.value.code == "round_closed"
    db.session.rollback()
    assert _rating_rows() == before


def test_the_console_count_of_who_answered_moves_in_steps_of_k_and_not_on_a_change(
        factory, kit):
    session, option, found = _rating_round(factory, kit, k_anonymity=3)
    refs = [kit.participant(session) for _ in range(4)]
    seen = []
    for ref in refs:
        rounds.rate(found, option, ref, GROUPS[0], {"support": 3})
        seen.append(rounds.answered_count(found))
    rounds.rate(found, option, refs[0], GROUPS[0], {"support": 1})  # a change: no new one
    seen.append(rounds.answered_count(found))
    assert seen == [0, 0, 3, 3, 3]


def test_no_rating_is_taken_after_the_round_closed(factory, kit):
    session, option, found = _rating_round(factory, kit)
    rounds.close_round(found)
    db.session.commit()
    before = table_counts()
    with pytest.raises(Refused) as refused:
        rounds.rate(found, option, kit.participant(session), GROUPS[0], {"support": 4})
    assert refused.value.code == "round_closed"
    db.session.rollback()
    assert table_counts() == before


def test_an_option_outside_the_round_cannot_be_rated(factory, kit):
    session, _, found = _rating_round(factory, kit)
    other = kit.option(session, "Not in the round")
    with pytest.raises(Refused) as refused:
        rounds.rate(found, other, kit.participant(session), GROUPS[0], {"support": 4})
    assert refused.value.code == "not_in_round"


def test_consent_counts_who_can_live_with_it_and_every_block_with_its_reason(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    found = rounds.open_round(session, "consent", [option.public_id])
    for choice in ("agree", "agree", "live_with", "disagree"):
        rounds.give_consent(found, option, kit.participant(session), GROUPS[1], choice)
    rounds.give_consent(found, option, kit.participant(session), GROUPS[1], "block",
                        "Conflicts with the partner country's labour law")
    db.session.commit()
    (figures,) = rounds.round_results(found)["options"]
    assert (figures["consenting"], figures["n"], figures["blocks"]) == (3, 5, 1)
    assert figures["block_reasons"] == ["Conflicts with the partner country's labour law"]


def test_a_block_without_a_reason_is_refused(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    found = rounds.open_round(session, "consent", [option.public_id])
    db.session.commit()
    before = table_counts()
    with pytest.raises(Refused) as refused:
        rounds.give_consent(found, option, kit.participant(session), GROUPS[0], "block", "  ")
    assert refused.value.code == "reason_required"
    db.session.rollback()
    assert table_counts() == before


def test_consent_can_be_changed_while_open_and_a_reason_goes_with_the_block(factory, kit):
    session = factory.live_session(k_anonymity=1)
    option = kit.option(session)
    found = rounds.open_round(session, "consent", [option.public_id])
    ref = kit.participant(session)
    first = rounds.give_consent(found, option, ref, GROUPS[0], "block", "Too costly")
    db.session.commit()
    first_id = first.id
    again = rounds.give_consent(found, option, ref, GROUPS[0], "agree", "ignored text")
    db.session.commit()
    assert again.id == first_id  # the same row: no new one, no new order
    (figures,) = rounds.round_results(found)["options"]
    assert (figures["n"], figures["blocks"], figures["block_reasons"]) == (1, 0, [])
    assert rounds.own_answers(found, ref) == {option.id: {"choice": "agree", "reason": ""}}


@pytest.mark.parametrize(("choice", "reason", "code"), [
    ("block", "", "reason_required"), ("block", "   ", "reason_required"),
    ("veto", "x", "invalid"), ("", "", "invalid"), ("block", "x" * 5000, "invalid")])
def test_a_hostile_change_of_consent_is_refused_and_the_first_answer_stands(
        factory, kit, choice, reason, code):
    session = factory.live_session(k_anonymity=1)
    option = kit.option(session)
    found = rounds.open_round(session, "consent", [option.public_id])
    ref = kit.participant(session)
    rounds.give_consent(found, option, ref, GROUPS[0], "agree")
    db.session.commit()
    with pytest.raises(Refused) as refused:
        rounds.give_consent(found, option, ref, GROUPS[0], choice, reason)
    assert refused.value.code == code
    db.session.rollback()
    assert rounds.own_answers(found, ref) == {option.id: {"choice": "agree", "reason": ""}}


def test_results_by_group_show_only_groups_of_at_least_k_raters(factory, kit):
    session, option, found = _rating_round(factory, kit, k_anonymity=3)
    for group, count in (("Business", 3), ("Academia", 4), ("Civil society", 1)):
        for _ in range(count):
            rounds.rate(found, option, kit.participant(session, group=group), group,
                        {"support": 4})
    db.session.commit()
    support = rounds.round_results(found)["options"][0]["criteria"][0]
    shown = {row["group"]: row for row in support["groups"]}
    # Civil society (1) is hidden; 1 < k, so the next smallest (Business, 3) is hidden too
    assert shown["Civil society"] == {"group": "Civil society", "suppressed": True,
                                      "reason": "small"}
    assert shown["Business"]["suppressed"] and shown["Public administration"]["suppressed"]
    assert shown["Academia"]["n"] == 4
    assert support["n"] == 8


def test_revealed_results_are_what_the_projector_shows(factory, kit):
    session, option, found = _rating_round(factory, kit)
    rounds.rate(found, option, kit.participant(session), GROUPS[0], {"support": 4})
    db.session.commit()
    assert rounds.revealed_results(session) == []
    rounds.reveal_results(found)
    db.session.commit()
    (shown,) = rounds.revealed_results(session)
    assert shown["round"] == found.public_id and shown["options"][0]["title"] == option.title


def test_a_parked_option_cannot_be_put_to_a_round(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    services.set_status(option, "parked")
    with pytest.raises(Refused) as refused:
        rounds.open_round(session, "consent", [option.public_id])
    assert refused.value.code == "parked"


def test_a_round_cannot_include_another_sessions_option(factory, kit):
    session = factory.live_session()
    stranger = kit.option(factory.live_session())
    with pytest.raises(Refused):
        rounds.open_round(session, "rating", [stranger.public_id])


def test_projector_page_carries_the_latest_revealed_results_and_nothing_before(
        factory, kit, facilitator_browser):
    import json
    import re

    session, option, found = _rating_round(factory, kit, title="Projector results",
                                           k_anonymity=1)
    rounds.rate(found, option, kit.participant(session), GROUPS[0], {"support": 5})
    db.session.commit()
    url = f"/facilitate/{session.public_id}/projector"

    def shown():
        page = facilitator_browser.get(url).get_data(as_text=True)
        raw = re.search(r"data-initial='([^']*)'", page).group(1)
        return json.loads(raw.replace("&#34;", '"').replace("&#39;", "'"))

    assert shown() is None, "an unrevealed round is not on the projector"
    rounds.reveal_results(found)
    db.session.commit()
    result = shown()
    assert result["round"] == found.public_id and result["kind"] == "rating"
    support = next(c for c in result["options"][0]["criteria"] if c["key"] == "support")
    assert (support["n"], support["median"]) == (1, 5)
