"""Small numbers cannot be worked back: from any table the app shows (counts by group
beside their total, or a result's breakdown beside its n), every hidden figure still has
at least two possible values, found by trying every table consistent with what is shown."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue.options.results import (
    SMALL,
    WITHHELD,
    consent_summary,
    group_breakdown,
    rating_summary,
    suppress,
    too_few,
)

counts_by_group = st.dictionaries(st.sampled_from("ABCDE"), st.integers(0, 10), min_size=1,
                                  max_size=5)
ks = st.integers(2, 6)


def possible_values(cells: dict, total: tuple[int, int] | None, k: int) -> dict[str, set]:
    """Every value each cell can take in some table consistent with what is shown.

    ``cells``: group -> an int (shown) or a label; ``total``: the (least, most) the total
    can be, or None if it says nothing. A small cell holds 0..k-1; a withheld one at least
    k (the reader knows the rule), unless every cell is withheld (then it says nothing).
    """
    everything_withheld = all(value == WITHHELD for value in cells.values())
    cap = total[1] if total else 3 * k
    domains = {}
    for group, value in cells.items():
        if isinstance(value, int):
            domains[group] = [value]
        elif value == SMALL:
            domains[group] = range(k)
        else:
            domains[group] = range(0 if everything_withheld else k, cap + 1)
    if total is None:  # nothing ties the cells together
        return {group: set(domain) for group, domain in domains.items()}
    seen: dict[str, set] = {group: set() for group in cells}
    for values in itertools.product(*domains.values()):
        if not total[0] <= sum(values) <= total[1]:
            continue
        for group, value in zip(cells, values, strict=True):
            seen[group].add(value)
    return seen


def shown_table(counts: dict[str, int], k: int) -> tuple[dict, tuple[int, int] | None]:
    """The participation table as the report shows it (cells, what the total says)."""
    rule = suppress(counts, k)
    cells = {group: rule.cells.get(group, n) for group, n in counts.items()}
    total = sum(counts.values())
    if not rule.total_hidden:
        return cells, (total, total)
    return cells, ((0, k - 1) if total < k else None)


@settings(deadline=None)
@given(counts_by_group, ks)
def test_no_hidden_count_of_a_participation_table_can_be_worked_out(counts, k):
    cells, total = shown_table(counts, k)
    possible = possible_values(cells, total, k)
    for group, value in cells.items():
        assert counts[group] in possible[group]  # what is shown is true
        if not isinstance(value, int):
            assert len(possible[group]) >= 2, (counts, k, cells, total)
        else:
            assert value >= k


@settings(deadline=None)
@given(counts_by_group, ks, st.sampled_from(["rating", "consent"]))
def test_no_hidden_group_of_a_result_can_be_worked_out(counts, k, kind):
    values = {group: [3] * n if kind == "rating" else ["agree"] * n
              for group, n in counts.items()}
    summarise = rating_summary if kind == "rating" else consent_summary
    n = sum(counts.values())
    rows = group_breakdown(values, [], k, summarise)
    if n < k:  # the result itself is not shown, so nor is its n: the breakdown says nothing
        assert all(row["suppressed"] for row in rows)
        return
    cells = {row["group"]: row["reason"] if row["suppressed"] else row["n"] for row in rows}
    possible = possible_values(cells, (n, n), k)
    for row in rows:
        assert counts[row["group"]] in possible[row["group"]]
        if row["suppressed"]:
            assert set(row) == {"group", "suppressed", "reason"}
            assert len(possible[row["group"]]) >= 2, (counts, k, cells)


def test_two_participants_in_one_group_read_fewer_than_k_everywhere_total_included():
    cells, total = shown_table({"Business": 2, "Academia": 0, "Civil society": 0}, 5)
    assert set(cells.values()) == {SMALL} and total == (0, 4)


def test_a_result_with_fewer_than_k_answers_has_no_figure_at_all():
    hidden = too_few(rating_summary([2, 5]))
    assert hidden["too_few"] is True and hidden["distribution"] == {}
    assert all(hidden[key] is None for key in ("n", "median", "q1", "q3", "iqr"))
