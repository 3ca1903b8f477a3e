"""The bench's figures: percentiles from the samples, one run's summary, the table, the JSON."""

from __future__ import annotations

import math
from collections.abc import Sequence

# The keys every run reports (the JSON contract of `dialogue bench --json`).
KEYS = ("clients", "votes_per_second", "duration_s", "votes_acked", "votes_counted",
        "p50_ms", "p95_ms", "p99_ms", "errors", "join_s", "server_rss_mb")

ROWS = (
    ("clients_joined", "clients connected", "{:d}"),
    ("join_s", "join time for all (s)", "{:.2f}"),
    ("join_p95_ms", "join p95 per client (ms)", "{:.0f}"),
    ("votes_sent", "votes sent", "{:d}"),
    ("votes_acked", "votes acknowledged", "{:d}"),
    ("votes_counted", "votes counted (server)", "{:d}"),
    ("posts_acked", "posts acknowledged", "{:d}"),
    ("posts_counted", "posts counted (server)", "{:d}"),
    ("tallies_received", "tally events received", "{:d}"),
    ("p50_ms", "vote → all clients p50 (ms)", "{:.0f}"),
    ("p95_ms", "vote → all clients p95 (ms)", "{:.0f}"),
    ("p99_ms", "vote → all clients p99 (ms)", "{:.0f}"),
    ("max_ms", "vote → all clients max (ms)", "{:.0f}"),
    ("ack_p50_ms", "vote → voter's ack p50 (ms)", "{:.0f}"),
    ("ack_p95_ms", "vote → voter's ack p95 (ms)", "{:.0f}"),
    ("undelivered", "votes never seen by all", "{:d}"),
    ("errors", "errors", "{:d}"),
    ("server_rss_mb", "server memory, peak (MB)", "{:.0f}"),
    ("server_cpu_percent", "server CPU, mean (% of a core)", "{:.0f}"),
    ("client_cpu_percent", "load clients' CPU, mean (% of a core)", "{:.0f}"),
    ("load_processes", "load client processes", "{:d}"),
)


def percentile(samples: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by the nearest-rank method; None without samples."""
    if not samples:
        return None
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def latency_figures(samples_ms: Sequence[float]) -> dict:
    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    return {"p50_ms": rounded(percentile(samples_ms, 50)),
            "p95_ms": rounded(percentile(samples_ms, 95)),
            "p99_ms": rounded(percentile(samples_ms, 99)),
            "max_ms": rounded(max(samples_ms) if samples_ms else None),
            "samples": len(samples_ms)}


def summarise(plan, stats, samples_ms: list[float], undelivered: int, resources: dict,
              counts: dict, workers: int = 1, load_processes: int = 1) -> dict:
    """One run's figures (``plan``, ``stats``, the samples as made by bench.load)."""
    kinds = dict(stats.errors)
    if undelivered:
        kinds["vote never reached every client"] = undelivered
    if counts.get("counters") is not None and counts["counters"] != counts.get("votes"):
        kinds["vote counters differ from vote rows"] = 1
    join_ms = latency_figures(stats.join_ms)
    ack_ms = latency_figures(stats.ack_ms)
    return {
        "clients": plan.clients,
        "clients_joined": stats.joined,
        "workers": workers,
        "votes_per_second": plan.votes_per_second,
        "posts_per_second": plan.posts_per_second,
        "duration_s": plan.duration,
        "votes_sent": stats.votes_sent,
        "votes_acked": stats.votes_acked,
        "votes_counted": counts.get("votes"),
        "posts_acked": stats.posts_acked,
        "posts_counted": (counts["posts"] - stats.warmup_posts
                          if counts.get("posts") is not None else None),
        "tallies_received": stats.tallies_received,
        **latency_figures(samples_ms),
        "ack_p50_ms": ack_ms["p50_ms"],
        "ack_p95_ms": ack_ms["p95_ms"],
        "undelivered": undelivered,
        "errors": sum(kinds.values()),
        "error_kinds": kinds,
        "join_s": stats.join_s,
        "join_p95_ms": join_ms["p95_ms"],
        "server_rss_mb": resources.get("rss_mb"),
        "server_cpu_percent": resources.get("cpu_percent"),
        "server_cpu_peak_percent": resources.get("cpu_peak_percent"),
        "client_cpu_percent": stats.client_cpu_percent,
        "load_processes": load_processes,
        "client_scheduling": "batch" if plan.batch_clients else "normal",
    }


def _cell(result: dict | None, key: str, fmt: str) -> str:
    value = None if result is None else result.get(key)
    if value is None:
        return "-"
    return fmt.format(int(value) if fmt == "{:d}" else value)


def _ratio(app: dict, baseline: dict, key: str) -> str:
    a, b = app.get(key), baseline.get(key)
    if not isinstance(a, int | float) or not isinstance(b, int | float) or not b:
        return "-"
    return f"{a / b:.2f}×"


def table(app: dict, baseline: dict | None = None) -> str:
    """The figures as a plain-text table; with a baseline, side by side with app/baseline."""
    head = ["", "app"] + (["bare baseline", "app / baseline"] if baseline else [])
    lines = [head]
    for key, label, fmt in ROWS:
        if app.get(key) is None and (baseline is None or baseline.get(key) is None):
            continue
        row = [label, _cell(app, key, fmt)]
        if baseline is not None:
            row += [_cell(baseline, key, fmt), _ratio(app, baseline, key)]
        lines.append(row)
    widths = [max(len(row[i]) for row in lines) for i in range(len(head))]
    text = ["  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                      for i, cell in enumerate(row)) for row in lines]
    return "\n".join(text)


def error_lines(result: dict) -> list[str]:
    """The kinds of error, most frequent first, for the human-readable report."""
    kinds = result.get("error_kinds") or {}
    return [f"  {count:5d}  {kind}" for kind, count in
            sorted(kinds.items(), key=lambda item: (-item[1], item[0]))]
