"""The load's processes: the clients spread over spawned asyncio processes, then merged.

One Python process receiving 10,000 tallies a second is itself the bottleneck long
before the server is, so the clients run in ``processes`` load processes, each with its
own event loop and its share of the clients and of the rates (bench.load does what one
of them does). The parent starts them, lets them all join, starts the load in all of
them at once, and merges their figures. Every time is ``time.monotonic()``, one clock
for all of them.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import queue
import traceback
from dataclasses import dataclass
from time import monotonic
from typing import Any

import aiohttp
import psutil

from .delivery import Delivery, latencies
from .load import (
    ACK_TIMEOUT_S,
    JOIN_TIMEOUT_S,
    BenchClient,
    LoadPlan,
    LoadStats,
    Share,
    drive,
    join_all,
    warm_up,
)


@dataclass
class ShareResult:
    stats: LoadStats
    delivery: Delivery
    join_started: float
    join_ended: float


def shares(plan: LoadPlan, processes: int) -> list[Share]:
    """The clients and the rates split as evenly as they go over ``processes``."""
    processes = max(1, min(processes, plan.clients))
    made, first = [], 0
    for number in range(processes):
        size = plan.clients // processes + (number < plan.clients % processes)
        made.append(Share(number, first, size, plan.votes_per_second * size / plan.clients,
                          plan.posts_per_second * size / plan.clients))
        first += size
    return made


QUIET_S = 0.5  # after the load: no tally for this long, and every client caught up


async def _run_share(plan: LoadPlan, share: Share, report, go, settle) -> ShareResult:
    """One load process: join its clients, wait for ``go``, drive, settle on ``settle``."""
    stats, delivery = LoadStats(), Delivery()
    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    clients = [BenchClient(n, plan, delivery, stats, connector)
               for n in range(share.first, share.first + share.clients)]
    me = psutil.Process()
    loop = asyncio.get_running_loop()
    try:
        join_started = monotonic()
        await join_all(clients, plan, stats)
        join_ended = monotonic()
        report(("joined", share.number))
        await loop.run_in_executor(None, go.wait)
        me.cpu_percent(None)
        await drive(clients, share, plan.duration, stats)
        stats.client_cpu_percent = me.cpu_percent(None)
        report(("loaded", share.number))
        await loop.run_in_executor(None, settle.wait)
        deadline = monotonic() + plan.settle_s
        while monotonic() < deadline and not (delivery.caught_up()
                                               and monotonic() - stats.last_tally > QUIET_S):
            await asyncio.sleep(0.05)
    finally:
        await asyncio.gather(*(client.close() for client in clients), return_exceptions=True)
        await connector.close()
    return ShareResult(stats, delivery, join_started, join_ended)


def _event_loop_factory():
    """uvloop's event loop where it is installed (Linux, macOS): a load process spends
    most of its time in the event loop, and uvloop's costs less per callback."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def _load_process(plan: LoadPlan, share: Share, messages, go, settle) -> None:
    """The body of one spawned load process; everything it has to say goes to ``messages``."""
    try:
        if plan.batch_clients and hasattr(os, "SCHED_BATCH"):
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        with asyncio.Runner(loop_factory=_event_loop_factory()) as runner:
            result = runner.run(_run_share(plan, share, messages.put, go, settle))
        messages.put(("result", share.number, result))
    except BaseException:  # noqa: BLE001 - the parent reports it; this process ends anyway
        messages.put(("failed", share.number, traceback.format_exc()[-2000:]))


class LoadError(RuntimeError):
    pass


def _await_all(messages, kind: str, processes: list, timeout: float) -> dict[int, Any]:
    """Wait until every load process has sent a ``kind`` message (its payload, whatever the
    kind carries, by process number); fail on a crash."""
    got: dict[int, Any] = {}
    deadline = monotonic() + timeout
    while len(got) < len(processes):
        try:
            message = messages.get(timeout=0.2)
        except queue.Empty:
            if monotonic() > deadline:
                raise LoadError(f"load processes did not report '{kind}' in {timeout:.0f} s"
                                ) from None
            if any(process.exitcode not in (None, 0) for process in processes):
                raise LoadError("a load process died") from None
            continue
        if message[0] == "failed":
            raise LoadError(f"load process {message[1]} failed:\n{message[2]}")
        if message[0] == kind:
            got[message[1]] = message[2] if len(message) > 2 else None
    return got


def run_load(plan: LoadPlan, on_phase=None, processes: int = 1
             ) -> tuple[LoadStats, list[float], int]:
    """Warm up, then join every client, drive the load and settle in ``processes`` load
    processes; returns the merged stats, the latency samples (ms) and the votes never
    seen by every client. ``on_phase(name)`` is told when "load" and "settle" begin."""
    on_phase = on_phase or (lambda name: None)
    stats = LoadStats()
    asyncio.run(warm_up(plan, stats))
    context = multiprocessing.get_context("spawn")  # no forked sockets, threads or loops
    messages, go, settle = context.Queue(), context.Event(), context.Event()
    parts = shares(plan, processes)
    workers = [context.Process(target=_load_process, args=(plan, share, messages, go, settle),
                               name=f"dialogue-bench-load-{share.number}", daemon=True)
               for share in parts]
    for worker in workers:
        worker.start()
    try:
        joins = max(part.clients for part in parts) / plan.join_concurrency + 1
        _await_all(messages, "joined", workers, JOIN_TIMEOUT_S * joins)
        on_phase("load")
        go.set()
        _await_all(messages, "loaded", workers, plan.duration + ACK_TIMEOUT_S + 30)
        on_phase("settle")
        settle.set()
        results = list(_await_all(messages, "result", workers, plan.settle_s + 60).values())
    finally:
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.kill()
    merged = _merge(stats, results)
    samples, undelivered = latencies([result.delivery for result in results])
    return merged, samples, undelivered


def _merge(stats: LoadStats, results: list[ShareResult]) -> LoadStats:
    """The warm-up's stats plus every load process's, as one."""
    for result in results:
        part = result.stats
        stats.joined += part.joined
        stats.join_ms += part.join_ms
        stats.ack_ms += part.ack_ms
        stats.votes_sent += part.votes_sent
        stats.votes_acked += part.votes_acked
        stats.posts_sent += part.posts_sent
        stats.posts_acked += part.posts_acked
        stats.tallies_received += part.tallies_received
        stats.errors.update(part.errors)
    if results:
        stats.join_s = round(max(r.join_ended for r in results)
                             - min(r.join_started for r in results), 3)
        cpu = [r.stats.client_cpu_percent for r in results
               if r.stats.client_cpu_percent is not None]
        stats.client_cpu_percent = round(sum(cpu), 1) if cpu else None
    return stats
