"""The arithmetic of results, and that small stakeholder groups never show through."""

from hypothesis import given
from hypothesis import strategies as st

from dialogue.options.results import (
    consent_summary,
    group_breakdown,
    rating_summary,
    suppressed_groups,
)


def test_rating_summary_reports_median_quartiles_spread_and_n():
    summary = rating_summary([1, 2, 4, 4, 5])
    assert summary["n"] == 5
    assert summary["distribution"] == {"1": 1, "2": 1, "3": 0, "4": 2, "5": 1}
    assert (summary["q1"], summary["median"], summary["q3"], summary["iqr"]) == (2, 4, 4, 2)


def test_an_even_number_of_ratings_has_a_half_point_median():
    assert rating_summary([2, 3])["median"] == 2.5


def test_a_single_rating_has_no_spread_and_no_ratings_have_no_figures():
    assert rating_summary([3])["iqr"] == 0
    empty = rating_summary([])
    assert empty["n"] == 0 and empty["median"] is None


def test_consent_counts_agree_and_live_with_it_and_counts_blocks():
    summary = consent_summary(["agree", "live_with", "live_with", "disagree", "block"])
    assert summary["consenting"] == 3 and summary["n"] == 5
    assert summary["consent_share"] == 0.6 and summary["blocks"] == 1


def test_a_small_group_reads_fewer_than_k_and_shows_no_figure():
    breakdown = group_breakdown(
        {"Business": [4, 5, 5, 4, 3], "Academia": [1, 2], "Civil society": [3] * 6},
        ["Business", "Academia", "Civil society", "Public administration"], 5, rating_summary)
    by_group = {row["group"]: row for row in breakdown}
    assert by_group["Academia"] == {"group": "Academia", "suppressed": True, "reason": "small"}
    assert by_group["Public administration"]["suppressed"] is True
    # Academia's 2 alone could be recovered from the total, so the smallest shown group goes too
    assert by_group["Business"] == {"group": "Business", "suppressed": True,
                                    "reason": "withheld"}
    assert by_group["Civil society"]["suppressed"] is False
    assert by_group["Civil society"]["n"] == 6


def test_groups_are_listed_in_the_session_order_with_unknown_labels_after():
    breakdown = group_breakdown({"Zeta": [1] * 5, "": [2] * 5}, ["B", "A"], 5, rating_summary)
    assert [row["group"] for row in breakdown] == ["B", "A", "", "Zeta"]


group_sizes = st.dictionaries(st.text(min_size=1, max_size=8), st.integers(0, 30), max_size=8)


@given(group_sizes, st.integers(2, 10))
def test_no_shown_group_is_smaller_than_k(counts, k):
    hidden = suppressed_groups(counts, k)
    assert all(counts[group] >= k for group in counts if group not in hidden)


@given(group_sizes, st.integers(2, 10))
def test_the_hidden_groups_cannot_be_recovered_from_the_total(counts, k):
    hidden = suppressed_groups(counts, k)
    hidden_people = sum(counts[group] for group in hidden)
    everyone_hidden = hidden == set(counts)
    assert hidden_people == 0 or hidden_people >= k or everyone_hidden


@given(st.dictionaries(st.sampled_from(["A", "B", "C", "D"]),
                       st.lists(st.integers(1, 5), max_size=12), max_size=4),
       st.integers(2, 6))
def test_a_breakdown_never_carries_a_figure_for_a_suppressed_group(values, k):
    for row in group_breakdown(values, ["A", "B"], k, rating_summary):
        if row["suppressed"]:
            assert set(row) == {"group", "suppressed", "reason"}
        else:
            assert row["n"] >= k and sum(row["distribution"].values()) == row["n"]


@given(st.lists(st.integers(1, 5), min_size=1, max_size=40))
def test_median_lies_between_the_quartiles_and_within_the_scale(scores):
    summary = rating_summary(scores)
    assert 1 <= summary["q1"] <= summary["median"] <= summary["q3"] <= 5
    assert summary["iqr"] == round(summary["q3"] - summary["q1"], 2)
    assert sum(summary["distribution"].values()) == len(scores)


@given(st.lists(st.sampled_from(["agree", "live_with", "disagree", "block"]), max_size=40))
def test_consent_figures_add_up(choices):
    summary = consent_summary(choices)
    assert summary["consenting"] + summary["distribution"]["disagree"] + summary["blocks"] == (
        summary["n"])
