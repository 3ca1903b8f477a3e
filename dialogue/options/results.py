"""The arithmetic of rating and consent results, and small-group suppression.

Pure functions, no database: the pages, the socket payloads, the projector and the
export's annex all use these, so every output computes and suppresses the same way.
The method is written out for readers in docs/method.md; keep the two in step.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

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


def suppressed_groups(counts: Mapping[str, int], k: int) -> set[str]:
    """The groups whose figures must not be shown, given how many people each has.

    Every group below k is hidden. Because the overall figures are shown too, the hidden
    groups could be recovered by subtracting the shown ones from the total; so while the
    hidden groups together hold between 1 and k-1 people, the smallest shown group is
    hidden as well (complementary suppression). Ties break by name, so it is deterministic.
    """
    hidden = {group for group, n in counts.items() if n < k}
    while 0 < sum(counts[group] for group in hidden) < k:
        shown = [group for group in counts if group not in hidden]
        if not shown:
            break
        hidden.add(min(shown, key=lambda group: (counts[group], group)))
    return hidden


def group_breakdown(values_by_group: Mapping[str, Sequence], groups: Iterable[str], k: int,
                    summarise: Callable[[Sequence], dict]) -> list[dict]:
    """Per-group figures for ``groups`` (in that order), suppressed where too small.

    The one function every output uses for a breakdown by stakeholder group. A suppressed
    group reads {"group", "suppressed": True} and nothing else: no n, no figure.
    """
    ordered = list(dict.fromkeys([*groups, *sorted(values_by_group)]))
    counts = {group: len(values_by_group.get(group, ())) for group in ordered}
    hidden = suppressed_groups(counts, k)
    return [
        {"group": group, "suppressed": True} if group in hidden
        else {"group": group, "suppressed": False, **summarise(values_by_group.get(group, ()))}
        for group in ordered
    ]
