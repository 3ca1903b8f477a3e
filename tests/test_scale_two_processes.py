"""Two real server processes sharing PostgreSQL and Redis behave as one (DESIGN.md §5).

A vote cast through one process reaches a participant connected to the other, once; a
participant who drops and reconnects to the other process catches up by sequence number.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
import socketio

from dialogue.bench import scratch, servers
from dialogue.bench.delivery import Delivery
from dialogue.bench.load import BenchClient, LoadPlan, LoadStats

from .conftest import (
    POSTGRES_URL,
    REDIS_URL,
    postgres_available,
    redis_available,
    require_service,
)

pytestmark = [pytest.mark.services, pytest.mark.slow]


@dataclass
class Deployment:
    bench: scratch.BenchSession
    first: servers.ServerProcess
    second: servers.ServerProcess
    env: dict[str, str]  # both processes' environment (database, secret key, Redis)


@pytest.fixture
def deployment_env() -> dict[str, str]:
    """More environment for both processes (a test module overrides it)."""
    return {}


@pytest.fixture
def deployment(tmp_path: Path, deployment_env: dict[str, str]) -> Iterator[Deployment]:
    """Two `dialogue run` processes on a scratch PostgreSQL database, one Redis channel."""
    require_service(postgres_available(), "PostgreSQL")
    require_service(redis_available(), "Redis")
    database_url, name = scratch.scratch_postgres(POSTGRES_URL)
    app = None
    processes: list[servers.ServerProcess] = []
    try:
        secret = secrets.token_urlsafe(48)
        app = scratch.bench_app(tmp_path / "instance", database_url, secret)
        scratch.migrate(app)
        bench = scratch.create_bench_session(app, clients=2, items=1)
        env = {"DIALOGUE_INSTANCE_PATH": str(tmp_path / "instance"),
               "DIALOGUE_SECRET_KEY": secret, "DIALOGUE_DATABASE_URL": database_url,
               "DIALOGUE_REDIS_URL": REDIS_URL,
               "DIALOGUE_REDIS_CHANNEL": f"dialogue-test-{secrets.token_hex(6)}",
               "DIALOGUE_LOG_LEVEL": "WARNING", "PATH": "/usr/bin:/bin", **deployment_env}
        processes = [servers.app_server(servers.free_port(), env, tmp_path / f"app-{n}.log")
                     for n in (1, 2)]
        for process in processes:
            process.start()
        for process in processes:
            process.wait_ready()
        yield Deployment(bench, *processes, env=env)
    finally:
        for process in processes:
            process.stop()
        if app is not None:
            scratch.dispose(app)
        scratch.drop_postgres(database_url, name)


async def _eventually(condition, timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition() and loop.time() < deadline:
        await asyncio.sleep(0.02)


async def _vote_travels_and_replays(deployment: Deployment) -> dict:
    bench = deployment.bench
    item = bench.items[0]
    plan = LoadPlan(base_url=deployment.first.url, session_public_id=bench.public_id,
                    session_code=bench.code, board=bench.board, items=bench.items,
                    invite_paths=bench.invite_paths, clients=2, votes_per_second=1,
                    duration=1)
    stats, delivery = LoadStats(), Delivery()
    seen: dict[str, list] = {"tally": [], "added": [], "replayed": []}
    async with aiohttp.TCPConnector() as connector:
        voter = BenchClient(0, plan, delivery, stats, connector, deployment.first.url)
        watcher = BenchClient(1, plan, delivery, stats, connector, deployment.second.url)
        watcher.sio.on("tally", lambda data: seen["tally"].append(data))
        watcher.sio.on("contribution_added", lambda data: seen["added"].append(data))
        try:
            await voter.join()
            await watcher.join()
            await voter.vote(item)
            await _eventually(lambda: seen["tally"])
            await asyncio.sleep(0.5)  # time for a duplicate to arrive, if one were sent
            last_seq = max(event["seq"] for event in seen["tally"])

            # The watcher drops; meanwhile the voter posts through the first process.
            watcher.closing = True
            await watcher.sio.disconnect()
            await voter.post(1)
            # It comes back through the *first* process and asks for what it missed.
            again = socketio.AsyncClient(reconnection=False, http_session=watcher.http,
                                         handle_sigint=False)
            await again.connect(deployment.first.url, transports=["websocket"],
                                auth={"session": bench.public_id, "role": "participant",
                                      "csrf": watcher.csrf})
            seen["replayed"] = await again.call("sync", {"last_seq": last_seq}, timeout=10)
            await again.disconnect()
        finally:
            await voter.close()
            await watcher.close()
    return {"stats": stats, "item": item, "last_seq": last_seq, **seen}


def test_a_vote_through_one_process_reaches_the_other_once_and_replays(deployment):
    seen = asyncio.run(_vote_travels_and_replays(deployment))
    assert seen["stats"].votes_acked == 1 and not seen["stats"].errors
    item = seen["item"]
    tallies = [event for event in seen["tally"] if item in event["counts"]]
    assert len(tallies) == 1
    assert tallies[0]["counts"][item]["votes"] == 1
    assert seen["stats"].posts_acked == 1

    reply = seen["replayed"]
    assert reply["ok"] and reply["mode"] == "replay"
    names = [event["event"] for event in reply["events"]]
    assert "contribution_added" in names
    seqs = [event["data"]["seq"] for event in reply["events"]]
    assert seqs == sorted(set(seqs)) and seqs[0] > seen["last_seq"]
    assert reply["seq"] >= seqs[-1]
