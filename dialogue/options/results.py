"""The arithmetic of rating and consent results, and small-group suppression.

Pure functions, no database: the pages, the socket payloads, the projector and the
export's annex all use these, so every output computes and suppresses the same way.
The method is written out for readers in docs/method.md; keep the two in step.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

SCALE = (1, 2, 3, 4, 5)
CONSENT_CHOICES = ("agree", "live_with", "disagree", "block")


def _round(value: float) -> float:
    return round(value, 2)


def rating_summary(scores: Sequence[int]) -> dict:
    """n, the distribution over 1-5, the median, the quartiles and their spread (IQR).

    Quartiles use the inclusive method (linear interpolation between order statistics,
    as in spreadsheet QUARTILE.INC); with one score all three equal that score.
    """
    n = len(scores)
    counts = Counter(scores)
    summary: dict = {"n": n, "distribution": {str(s): counts.get(s, 0) for s in SCALE}}
    if n == 0:
        return {**summary, "median": None, "q1": None, "q3": None, "iqr": None}
    if n == 1:
        q1 = median = q3 = float(scores[0])
    else:
        q1, median, q3 = statistics.quantiles(scores, n=4, method="inclusive")
    return {**summary, "median": _round(median), "q1": _round(q1), "q3": _round(q3),
            "iqr": _round(q3 - q1)}


def consent_summary(choices: Sequence[str]) -> dict:
    """n, the distribution, how many consent (agree or can live with it), and the blocks.

    ``consent_share`` is consenting / n; pages always show it as "x of n", never as a bare
    percentage, so a small group is not dressed up as a large one.
    """
    n = len(choices)
    counts = Counter(choices)
    consenting = counts.get("agree", 0) + counts.get("live_with", 0)
    return {
        "n": n,
        "distribution": {choice: counts.get(choice, 0) for choice in CONSENT_CHOICES},
        "consenting": consenting,
        "consent_share": _round(consenting / n) if n else None,
        "blocks": counts.get("block", 0),
    }


SMALL = "small"  # fewer than k: reads "fewer than k"
WITHHELD = "withheld"  # k or more, hidden so that the small ones cannot be worked out


@dataclass(frozen=True)
class Suppression:
    """Which cells of a table of counts are hidden, and why; and whether its total is."""

    cells: dict[str, str]
    total_hidden: bool


def suppress(counts: Mapping[str, int], k: int) -> Suppression:
    """The rule for every table of counts by group beside its total (docs/method.md).

    A total below k hides the whole table. Otherwise every cell below k (zeros included)
    is hidden as "fewer than k"; then, while any hidden cell could be worked out from the
    shown cells and the total, or the hidden cells together hold fewer than k people, the
    smallest shown cell is withheld too (ties by name). If no cell is left to withhold,
    the total is hidden as well.
    """
    total = sum(counts.values())
    if total < k:
        return Suppression(dict.fromkeys(counts, SMALL), True)
    hidden = {group: SMALL for group, n in counts.items() if n < k}
    while hidden and not _cannot_be_worked_out(counts, hidden, k, total):
        shown = [group for group in counts if group not in hidden]
        if not shown:
            return Suppression(hidden, True)
        hidden[min(shown, key=lambda group: (counts[group], group))] = WITHHELD
    return Suppression(hidden, False)


def _cannot_be_worked_out(counts: Mapping[str, int], hidden: Mapping[str, str], k: int,
                          total: int) -> bool:
    """Whether, knowing the shown cells, the total and what each label means (a small
    cell holds 0 to k-1, a withheld one at least k), every hidden cell has at least two
    possible values, and the hidden cells together hold at least k people."""
    rest = total - sum(n for group, n in counts.items() if group not in hidden)
    if rest < k:
        return False
    bounds = {group: (0, k - 1) if why == SMALL else (k, rest) for group, why in hidden.items()}
    low = sum(lo for lo, _ in bounds.values())
    high = sum(hi for _, hi in bounds.values())
    for lo, hi in bounds.values():
        least = max(lo, rest - (high - hi))
        most = min(hi, rest - (low - lo))
        if least >= most:
            return False
    return True


def suppressed_groups(counts: Mapping[str, int], k: int) -> set[str]:
    """The groups whose figures must not be shown (see ``suppress``)."""
    return set(suppress(counts, k).cells)


def too_few(summary: dict) -> dict:
    """A result with fewer than k answers: no figure at all, not even its n."""
    return {key: None for key in summary} | {"too_few": True, "distribution": {}}


def group_breakdown(values_by_group: Mapping[str, Sequence], groups: Iterable[str], k: int,
                    summarise: Callable[[Sequence], dict]) -> list[dict]:
    """Per-group figures for ``groups`` (in that order), suppressed where too small.

    The one function every output uses for a breakdown by stakeholder group. The overall
    figure (its n) is shown beside it, so it is the table's total: where ``suppress``
    would hide the total, every group is withheld. A suppressed group reads
    {"group", "suppressed": True, "reason"} and nothing else: no n, no figure.
    """
    ordered = list(dict.fromkeys([*groups, *sorted(values_by_group)]))
    counts = {group: len(values_by_group.get(group, ())) for group in ordered}
    rule = suppress(counts, k)
    hidden = dict.fromkeys(ordered, WITHHELD) if rule.total_hidden and sum(
        counts.values()) >= k else rule.cells
    return [
        {"group": group, "suppressed": True, "reason": hidden[group]} if group in hidden
        else {"group": group, "suppressed": False, "reason": None,
              **summarise(values_by_group.get(group, ()))}
        for group in ordered
    ]
