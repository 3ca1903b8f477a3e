"""`dialogue bench` counts what it claims: a tiny real run, and its arithmetic on its own."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dialogue.bench.delivery import Delivery
from dialogue.bench.report import KEYS, latency_figures, percentile, table
from dialogue.cli import cli


def test_percentiles_are_nearest_rank_over_the_samples():
    samples = [float(n) for n in range(100, 0, -1)]  # 100 .. 1, unsorted on purpose
    assert percentile(samples, 50) == 50
    assert percentile(samples, 95) == 95
    assert percentile(samples, 99) == 99
    assert percentile([7.0], 99) == 7
    assert percentile([], 50) is None
    figures = latency_figures(samples)
    assert (figures["p50_ms"], figures["p95_ms"], figures["p99_ms"], figures["max_ms"],
            figures["samples"]) == (50, 95, 99, 100, 100)


def test_a_vote_is_delivered_when_every_client_has_seen_its_count():
    delivery = Delivery()
    for client in (1, 2, 3):
        delivery.add_client(client)
    delivery.acked("item", 1, sent=0.0, now=0.01)
    delivery.saw(1, "item", 1, now=0.05)
    delivery.saw(2, "item", 2, now=0.06)  # a later count covers the earlier vote too
    assert delivery.samples_ms == [] and delivery.pending_count() == 1
    delivery.saw(3, "item", 1, now=0.08)
    assert delivery.samples_ms == [pytest.approx(80.0)]
    assert delivery.pending_count() == 0


def test_without_a_count_in_the_ack_the_kth_ack_waits_for_count_k():
    delivery = Delivery()
    delivery.add_client(1)
    delivery.acked("item", None, sent=0.0, now=0.01)
    delivery.acked("item", None, sent=0.02, now=0.03)
    delivery.saw(1, "item", 1, now=0.1)
    assert delivery.pending_count() == 1  # the second vote needs a count of 2
    delivery.saw(1, "item", 2, now=0.2)
    assert [round(ms) for ms in delivery.samples_ms] == [100, 180]


def test_a_client_that_leaves_holds_no_vote_back():
    delivery = Delivery()
    delivery.add_client(1)
    delivery.add_client(2)
    delivery.acked("item", 1, sent=0.0, now=0.01)
    delivery.saw(1, "item", 1, now=0.05)
    delivery.remove_client(2)
    assert delivery.pending_count() == 0
    assert delivery.samples_ms == []  # settled by a departure: not a latency sample


@pytest.mark.slow
def test_tiny_bench_run_counts_every_acknowledged_vote():
    result = CliRunner().invoke(cli, [
        "bench", "--clients", "10", "--votes-per-second", "8", "--duration", "3",
        "--posts-per-second", "1", "--baseline", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert "vote → all clients p95 (ms)" in table(figures, figures["baseline"])
    for run in (figures, figures["baseline"]):
        assert set(KEYS) <= set(run)
        assert run["clients"] == run["clients_joined"] == 10
        assert run["errors"] == 0, run["error_kinds"]
        assert run["votes_acked"] == run["votes_sent"] > 0
        assert run["votes_counted"] == run["votes_acked"]
        assert run["posts_counted"] == run["posts_acked"] > 0
        assert run["samples"] == run["votes_acked"]  # every vote reached every client
        assert 0 < run["p50_ms"] <= run["p95_ms"] <= run["p99_ms"] <= run["max_ms"]
        assert run["join_s"] > 0 and run["server_rss_mb"] > 0
