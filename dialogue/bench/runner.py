"""Running a bench: scratch data, server processes, the load, the counts, the figures.

``run_bench(options)`` returns the figures as a dict (see bench.report); the click
command in bench.command prints them.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import shutil
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import click
import psutil

from . import report, scratch, servers
from .load import LoadPlan, LoadStats
from .processes import LoadError, run_load


@dataclass
class BenchOptions:
    clients: int
    votes_per_second: float
    duration: float
    posts_per_second: float = 0.0
    baseline: bool = False
    workers: int = 1
    url: str | None = None
    database_url: str | None = None
    redis_url: str | None = None
    settle_s: float = 5.0
    keep: bool = False
    client_processes: int = 0  # 0: one load process per CLIENTS_PER_PROCESS, up to the CPUs
    batch_clients: bool = True  # load processes under SCHED_BATCH (bench.load.LoadPlan)


CLIENTS_PER_PROCESS = 500


def load_processes(options: BenchOptions) -> int:
    """How many processes run the clients: one Python process tops out at a few thousand
    received tallies a second, which 1,000 clients at ten tallies a second exceed."""
    if options.client_processes:
        return min(options.client_processes, options.clients)
    wanted = math.ceil(options.clients / CLIENTS_PER_PROCESS)
    return max(1, min(wanted, os.cpu_count() or 1))


def say(message: str) -> None:
    click.echo(f"bench: {message}", err=True)


def items_needed(options: BenchOptions) -> int:
    """Seeded items: enough that no client runs out of items it has not voted on yet."""
    per_client = options.votes_per_second * options.duration / max(options.clients, 1)
    return min(5000, max(10, math.ceil(per_client * 1.5) + 10))


def _plan(options: BenchOptions, base_url: str, bench: scratch.BenchSession | None,
          items: list[str]) -> LoadPlan:
    return LoadPlan(
        base_url=base_url, session_public_id=bench.public_id if bench else "baseline",
        session_code=bench.code if bench else "", board=bench.board if bench else "0" * 32,
        items=items, invite_paths=bench.invite_paths if bench else None,
        clients=options.clients, votes_per_second=options.votes_per_second,
        duration=options.duration, posts_per_second=options.posts_per_second,
        settle_s=options.settle_s, batch_clients=options.batch_clients)


# (stats, latency samples, undelivered votes, server resources) of one load
Measured = tuple[LoadStats, list[float], int, dict]


def _drive(plan: LoadPlan, pids: list[int], processes: int) -> Measured:
    """(stats, latency samples, undelivered votes, server resources) of one load."""
    sampler = servers.ResourceSampler(pids).start() if pids else None

    def on_phase(name: str) -> None:
        if sampler is not None:
            sampler.phase = name

    try:
        stats, samples, undelivered = run_load(plan, on_phase, processes)
    except LoadError as error:
        raise servers.ServerError(str(error)) from error
    finally:
        resources = sampler.stop() if sampler is not None else {}
    return stats, samples, undelivered, resources



def _server_env(instance: Path, secret: str, database_url: str | None,
                redis_url: str | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("DIALOGUE_")}
    env.update(DIALOGUE_INSTANCE_PATH=str(instance), DIALOGUE_SECRET_KEY=secret,
               DIALOGUE_LOG_LEVEL="WARNING")
    if database_url:
        env["DIALOGUE_DATABASE_URL"] = database_url
    if redis_url:
        env["DIALOGUE_REDIS_URL"] = redis_url
        env["DIALOGUE_REDIS_CHANNEL"] = f"dialogue-bench-{secrets.token_hex(6)}"
    return env


def run_app(options: BenchOptions, workdir: Path) -> dict:
    """The app on a scratch database, as ``--workers`` processes (behind the balancer)."""
    database_url = pg_name = None
    if options.database_url and options.database_url.startswith("postgresql"):
        database_url, pg_name = scratch.scratch_postgres(options.database_url)
        say(f"scratch PostgreSQL database {pg_name}")
    app = None
    try:
        app = scratch.bench_app(workdir / "instance", database_url, secrets.token_urlsafe(48))
        scratch.migrate(app)
        # one extra participant per worker, for the warm-up post (see load.LoadPlan)
        bench = scratch.create_bench_session(app, options.clients + options.workers,
                                             items_needed(options))
        plan = _plan(options, "", bench, bench.items)
        measured = _serve_and_drive(options, workdir, app, bench, plan, database_url)
        counts = scratch.count_writes(app, bench)
    finally:
        if app is not None:
            scratch.dispose(app)
        if database_url is not None and pg_name:
            scratch.drop_postgres(database_url, pg_name)
    return report.summarise(plan, *measured, counts, options.workers, load_processes(options))


def _serve_and_drive(options: BenchOptions, workdir: Path, app, bench: scratch.BenchSession,
                     plan: LoadPlan, database_url: str | None) -> Measured:
    env = _server_env(Path(app.instance_path), app.config["SECRET_KEY"], database_url,
                      options.redis_url)
    workers = [servers.app_server(servers.free_port(), env, workdir / f"app-{n}.log")
               for n in range(options.workers)]
    started: list[servers.ServerProcess] = []
    try:
        started += [worker.start() for worker in workers]
        for worker in workers:
            worker.wait_ready()
        front = workers[0]
        if options.workers > 1:
            front = servers.balancer(servers.free_port(), workers, workdir / "balancer.log")
            started.append(front.start())
            front.wait_ready()
        say(f"{options.workers} app server(s) ready at {front.url}; "
            f"{options.clients} clients joining")
        plan.base_url = front.url
        plan.warmups = list(zip([worker.url for worker in workers],
                                bench.invite_paths[options.clients:], strict=True))
        return _drive(plan, [worker.pid for worker in workers],
                      load_processes(options))
    finally:
        for process in reversed(started):
            process.stop()


def _listening_pids(url: str) -> list[int]:
    """The local process serving ``url``, if it runs on this machine and is ours to see."""
    port = int(url.rsplit(":", 1)[1].split("/")[0]) if url.count(":") > 1 else 80
    try:
        return sorted({c.pid for c in psutil.net_connections("tcp")
                       if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port
                       and c.pid})
    except psutil.Error:
        return []


def run_against(options: BenchOptions, url: str) -> dict:
    """A running server at ``url`` (``--url``) that uses this shell's DIALOGUE_*
    configuration."""
    app = scratch.bench_app(None, None, None)
    bench = scratch.create_bench_session(app, options.clients, items_needed(options))
    try:
        plan = _plan(options, url.rstrip("/"), bench, bench.items)
        measured = _drive(plan, _listening_pids(url), load_processes(options))
        counts = scratch.count_writes(app, bench)
    finally:
        scratch.close_bench_session(app, bench)
    return report.summarise(plan, *measured, counts, options.workers, load_processes(options))


def run_baseline(options: BenchOptions, workdir: Path) -> dict:
    """The same load against the bare Flask-SocketIO server."""
    server = servers.baseline_server(servers.free_port(), workdir / "baseline.log").start()
    try:
        server.wait_ready()
        say(f"bare baseline server ready at {server.url}")
        items = [secrets.token_hex(16) for _ in range(items_needed(options))]
        plan = _plan(options, server.url, None, items)
        measured = _drive(plan, [server.pid], load_processes(options))
        with urllib.request.urlopen(server.url + "/bench/counts", timeout=10) as answer:
            counts = json.load(answer)
    finally:
        server.stop()
    return report.summarise(plan, *measured, counts, 1, load_processes(options))


def run_bench(options: BenchOptions) -> dict:
    servers.raise_open_files_limit(options.clients * 3 + 1024)
    workdir = Path(tempfile.mkdtemp(prefix="dialogue-bench-"))
    try:
        result = run_against(options, options.url) if options.url else run_app(options, workdir)
        if options.baseline:
            result["baseline"] = run_baseline(options, workdir)
    finally:
        if options.keep:
            say(f"scratch files kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return result
