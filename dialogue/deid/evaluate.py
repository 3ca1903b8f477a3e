"""Measure the detector against a labelled fixture.

Recall per label: a gold span counts as found when ONE predicted span of the same label
covers at least half of its characters, so a span that stops short of the words completing
a disclosure ("Our agency" of "Our agency in Accra") is a miss.  False alarms: every
predicted span in a *clean* contribution (one whose gold has no spans) counts once, and the
total is scaled to 100 clean contributions.  Precision-ish counts: how many predicted spans
overlap a gold span of the same label.

    python -m dialogue.deid.evaluate tests/deid/fixtures/roster.csv \
        tests/deid/fixtures/contributions.jsonl
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from .detector import LABELS, Detector, RosterEntry, Span


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def covers_half(predicted: Span, gold: Span) -> bool:
    """Whether *predicted* alone covers at least half of *gold*'s characters."""
    inside = min(predicted.end, gold.end) - max(predicted.start, gold.start)
    return 2 * inside >= gold.end - gold.start


def evaluate(roster: Iterable[RosterEntry], records: Iterable[dict]) -> dict:
    """Score the detector on *records* ({"id", "text", "spans": [gold]}); see module doc."""
    detector = Detector(roster)
    gold_n = dict.fromkeys(LABELS, 0)
    found_n = dict.fromkeys(LABELS, 0)
    pred_n = dict.fromkeys(LABELS, 0)
    pred_ok = dict.fromkeys(LABELS, 0)
    clean = false_alarms = 0
    misses: list[dict] = []
    alarms: list[dict] = []
    for record in records:
        text = record["text"]
        gold = [Span(g["start"], g["end"], g["label"]) for g in record.get("spans", [])]
        predicted = detector.find(text)
        for g in gold:
            gold_n[g.label] += 1
            if any(p.label == g.label and covers_half(p, g) for p in predicted):
                found_n[g.label] += 1
            else:
                misses.append({"id": record["id"], "label": g.label, "text": g.text(text)})
        for p in predicted:
            pred_n[p.label] += 1
            if any(g.label == p.label and _overlaps(p, g) for g in gold):
                pred_ok[p.label] += 1
        if not gold:
            clean += 1
            false_alarms += len(predicted)
            alarms += [{"id": record["id"], "label": p.label, "text": p.text(text)}
                       for p in predicted]
    per_label = {
        label: {
            "gold": gold_n[label],
            "found": found_n[label],
            "recall": found_n[label] / gold_n[label] if gold_n[label] else 1.0,
            "predicted": pred_n[label],
            "predicted_correct": pred_ok[label],
        }
        for label in LABELS
    }
    return {
        "labels": per_label,
        "clean_contributions": clean,
        "false_alarms": false_alarms,
        "false_alarms_per_100_clean": 100 * false_alarms / clean if clean else 0.0,
        "misses": misses,
        "false_alarm_spans": alarms,
    }


def format_table(result: dict) -> str:
    """Render the figures of :func:`evaluate` as a small plain-text table."""
    rows = [f"{'label':<12}{'gold':>6}{'found':>7}{'recall':>8}{'pred':>6}{'pred_ok':>9}"]
    for label, r in result["labels"].items():
        rows.append(f"{label:<12}{r['gold']:>6}{r['found']:>7}{r['recall']:>8.3f}"
                    f"{r['predicted']:>6}{r['predicted_correct']:>9}")
    rows.append(f"false alarms: {result['false_alarms']} in {result['clean_contributions']} "
                f"clean contributions = {result['false_alarms_per_100_clean']:.2f} per 100")
    rows += [f"  missed {m['label']} {m['id']}: {m['text']!r}" for m in result["misses"]]
    rows += [f"  false alarm {a['label']} {a['id']}: {a['text']!r}"
             for a in result["false_alarm_spans"]]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    import click

    from .command import read_records, read_roster

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m dialogue.deid.evaluate ROSTER.csv CONTRIBUTIONS.jsonl",
              file=sys.stderr)
        return 2
    try:
        roster = read_roster(Path(args[0]))
        records = read_records(Path(args[1]))
    except click.ClickException as exc:
        print(f"error: {exc.format_message()}", file=sys.stderr)
        return 1
    print(format_table(evaluate(roster, records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
