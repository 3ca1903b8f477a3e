"""`python -m dialogue.export.bench` times every format (a benchmark, so no timing is checked)."""

from __future__ import annotations

from dialogue.export import bench, services


def test_the_bench_renders_every_format_and_reports_wall_and_cpu_seconds():
    figures = bench.run(contributions=30, options=2)
    steps = [step for step, *_ in figures]
    assert steps[:3] == ["populate (not part of the export)", "build_export, cold",
                         "build_export, warm"]
    assert steps[3:] == [f"{fmt}: build + write" for fmt in services.FORMATS]
    assert all(seconds > 0 and cpu > 0 for _, seconds, cpu, _ in figures)
    assert all(size > 0 for *_, size in figures[3:])
