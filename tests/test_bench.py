"""`dialogue bench` counts what it claims: a tiny real run, and its arithmetic on its own."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue.bench.costs import STEPS, measure
from dialogue.bench.delivery import Delivery, latencies
from dialogue.bench.load import LoadPlan
from dialogue.bench.processes import shares
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


def _samples(*deliveries: Delivery) -> tuple[list[int], int]:
    samples, undelivered = latencies(list(deliveries))
    return [round(ms) for ms in samples], undelivered


def test_a_vote_is_delivered_when_every_client_has_seen_its_count():
    delivery = Delivery()
    for client in (1, 2, 3):
        delivery.add_client(client)
    delivery.acked("item", 1, sent=0.0, now=0.01)
    delivery.saw(1, "item", 1, now=0.05)
    delivery.saw(2, "item", 2, now=0.06)  # a later count covers the earlier vote too
    assert _samples(delivery) == ([], 1) and not delivery.caught_up()
    delivery.saw(3, "item", 1, now=0.08)
    assert _samples(delivery) == ([80], 0)
    assert not delivery.caught_up()  # client 2 has seen 2: the others have not yet
    delivery.saw(1, "item", 2, now=0.09)
    delivery.saw(3, "item", 2, now=0.1)
    assert delivery.caught_up()


def test_without_a_count_in_the_ack_the_kth_ack_waits_for_count_k():
    delivery = Delivery()
    delivery.add_client(1)
    delivery.acked("item", None, sent=0.02, now=0.03)
    delivery.acked("item", None, sent=0.0, now=0.04)  # acknowledged second: needs 2
    delivery.saw(1, "item", 1, now=0.1)
    assert _samples(delivery) == ([80], 1)
    delivery.saw(1, "item", 2, now=0.2)
    assert _samples(delivery) == ([80, 200], 0)


def test_a_vote_seen_everywhere_before_its_ack_counts_until_the_ack():
    delivery = Delivery()
    delivery.add_client(1)
    delivery.saw(1, "item", 1, now=0.05)
    delivery.acked("item", 1, sent=0.0, now=0.07)
    assert _samples(delivery) == ([70], 0)


def test_a_client_that_leaves_holds_no_vote_back():
    delivery = Delivery()
    delivery.add_client(1)
    delivery.add_client(2)
    delivery.acked("item", 1, sent=0.0, now=0.01)
    delivery.saw(1, "item", 1, now=0.05)
    delivery.remove_client(2, now=0.3)
    assert _samples(delivery) == ([300], 0) and delivery.caught_up()


def test_over_several_load_processes_a_vote_waits_for_the_slowest():
    first, second = Delivery(), Delivery()
    first.add_client(1)
    second.add_client(2)
    first.acked("item", None, sent=0.0, now=0.01)  # votes on the same item from both
    second.acked("item", None, sent=0.005, now=0.02)
    first.saw(1, "item", 2, now=0.05)
    assert _samples(first, second) == ([], 2)
    second.saw(2, "item", 1, now=0.09)
    assert _samples(first, second) == ([90], 1)  # the second ack needs a count of 2
    second.saw(2, "item", 2, now=0.12)
    assert _samples(first, second) == ([90, 115], 0)


def test_the_load_is_split_evenly_over_the_processes():
    plan = LoadPlan(base_url="", session_public_id="", session_code="", board="", items=[],
                    invite_paths=None, clients=1001, votes_per_second=200, duration=1,
                    posts_per_second=2)
    parts = shares(plan, 2)
    assert [(p.first, p.clients) for p in parts] == [(0, 501), (501, 500)]
    assert sum(p.votes_per_second for p in parts) == pytest.approx(200)
    assert sum(p.posts_per_second for p in parts) == pytest.approx(2)
    assert len(shares(plan, 5000)) == 1001  # never a process without a client


class _NaiveDelivery:
    """The definition, written the slow way: a vote waits for the set of clients below it."""

    def __init__(self):
        self.seen, self.pending, self.samples = {}, [], []

    def add_client(self, client):
        self.seen.setdefault(client, {})

    def remove_client(self, client, now):
        self.seen.pop(client, None)
        for entry in self.pending:
            entry[3].discard(client)
        self._settle(now)

    def acked(self, item, count, sent, now):
        waiting = {c for c, seen in self.seen.items() if seen.get(item, 0) < count}
        if waiting:
            self.pending.append((item, count, sent, waiting))
        else:
            self.samples.append((now - sent) * 1000)

    def saw(self, client, item, count, now):
        if client not in self.seen or count <= self.seen[client].get(item, 0):
            return
        self.seen[client][item] = count
        for entry in self.pending:
            if entry[0] == item and entry[1] <= count:
                entry[3].discard(client)
        self._settle(now)

    def _settle(self, now):
        self.samples += [(now - entry[2]) * 1000 for entry in self.pending if not entry[3]]
        self.pending = [entry for entry in self.pending if entry[3]]


_CLIENTS, _ITEMS, _COUNTS = st.integers(0, 2), st.sampled_from(["a", "b"]), st.integers(1, 3)
_STEPS = st.lists(st.one_of(
    st.tuples(st.just("remove"), _CLIENTS),
    st.tuples(st.just("acked"), _ITEMS, _COUNTS),
    st.tuples(st.just("saw"), _CLIENTS, _ITEMS, _COUNTS),
), max_size=40)


@settings(max_examples=300)
@given(st.integers(1, 3), _STEPS)
def test_the_fast_bookkeeping_agrees_with_the_definition(clients, steps):
    fast, naive = Delivery(), _NaiveDelivery()
    for model in (fast, naive):
        for client in range(clients):  # the clients join before the load
            model.add_client(client)
    for now, (name, *args) in enumerate(steps, start=1):
        for model in (fast, naive):
            if name == "remove":
                model.remove_client(*args, now=now + 0.5)
            elif name == "acked":
                model.acked(*args, sent=float(now), now=now + 0.25)
            else:
                model.saw(*args, now=now + 0.5)
    samples, undelivered = latencies([fast])
    assert sorted(samples) == pytest.approx(sorted(naive.samples))
    assert undelivered == len(naive.pending)


def test_costs_times_every_step_of_a_join_and_a_vote():
    figures = measure(participants=6, warmup=2)
    assert set(figures) == {*STEPS, "join, in all", "vote"}
    assert all(ms > 0 for ms in figures.values())
    assert figures["join, in all"] == pytest.approx(sum(figures[step] for step in STEPS))


@pytest.mark.slow
@pytest.mark.parametrize("processes", [1, 2])
def test_tiny_bench_run_counts_every_acknowledged_vote(processes):
    result = CliRunner().invoke(cli, [
        "bench", "--clients", "10", "--votes-per-second", "8", "--duration", "3",
        "--posts-per-second", "1", "--baseline", "--client-processes", str(processes),
        "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert "vote → all clients p95 (ms)" in table(figures, figures["baseline"])
    for run in (figures, figures["baseline"]):
        assert set(KEYS) <= set(run)
        assert run["clients"] == run["clients_joined"] == 10
        assert run["load_processes"] == processes
        assert run["client_scheduling"] == "batch"
        assert run["errors"] == 0, run["error_kinds"]
        assert run["votes_acked"] == run["votes_sent"] > 0
        assert run["votes_counted"] == run["votes_acked"]
        assert run["posts_counted"] == run["posts_acked"] > 0
        assert run["samples"] == run["votes_acked"]  # every vote reached every client
        assert 0 < run["p50_ms"] <= run["p95_ms"] <= run["p99_ms"] <= run["max_ms"]
        assert run["join_s"] > 0 and run["server_rss_mb"] > 0
