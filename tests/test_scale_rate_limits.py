"""Two real server processes on Redis keep one rate limit, and a restart forgets none of it.

One participant with a socket on each process posts: the allowed posts add up across both,
the next is refused whichever process gets it, also by a process started afresh. What the
limits leave in Redis names nobody: no participant id, author ref, name, email or address.
"""

from __future__ import annotations

import asyncio
import re
import secrets
from pathlib import Path

import aiohttp
import pytest
import redis
import socketio
import sqlalchemy as sa

from dialogue.bench import scratch
from dialogue.bench.delivery import Delivery
from dialogue.bench.load import BenchClient, LoadPlan, LoadStats

from . import test_scale_two_processes as two_processes
from .conftest import REDIS_URL
from .test_scale_two_processes import Deployment

deployment = two_processes.deployment  # the fixture, with this module's deployment_env

pytestmark = [pytest.mark.services, pytest.mark.slow]

KEY_SHAPE = re.compile(r"LIMITS:\{LIMITER/dialogue/(?P<who>[0-9a-f]{64})/(?P<kind>[a-z_]+)"
                       r"/\d+/\d+/(second|minute|hour|day)\}(/-1)?")
WRITES = 4  # a small limit for this deployment, spanning an hour: nothing frees up here


@pytest.fixture
def deployment_env() -> dict[str, str]:
    return {"DIALOGUE_RATE_LIMITS": f"write={WRITES} per hour"}


def _plan(deployment: Deployment) -> LoadPlan:
    bench = deployment.bench
    return LoadPlan(base_url=deployment.first.url, session_public_id=bench.public_id,
                    session_code=bench.code, board=bench.board, items=bench.items,
                    invite_paths=bench.invite_paths, clients=1, votes_per_second=1,
                    duration=1)


async def _socket(client: BenchClient, url: str) -> socketio.AsyncClient:
    """Another socket of the same participant (the same cookie), on ``url``."""
    sio = socketio.AsyncClient(reconnection=False, http_session=client.http,
                               handle_sigint=False)
    await sio.connect(url, transports=["websocket"],
                      auth={"session": client.plan.session_public_id, "role": "participant",
                            "csrf": client.csrf})
    return sio


async def _post(sio: socketio.AsyncClient, board: str, n: int) -> dict:
    return await sio.call("board_post", {
        "board": board, "text": f"Point {n} on recognition of qualifications",
        "client_key": secrets.token_urlsafe(12)}, timeout=30)


async def _posts_across_both(deployment: Deployment) -> dict:
    plan = _plan(deployment)
    async with aiohttp.TCPConnector() as connector:
        return await _posts_with(deployment, plan, BenchClient(
            0, plan, Delivery(), LoadStats(), connector, plan.base_url))


async def _posts_with(deployment: Deployment, plan: LoadPlan, client: BenchClient) -> dict:
    seen: dict = {}
    try:
        await client.join()  # its socket is on the first process
        other = await _socket(client, deployment.second.url)
        sockets = [client.sio, other]
        seen["allowed"] = [await _post(sockets[n % 2], plan.board, n) for n in range(WRITES)]
        seen["refused"] = [await _post(sio, plan.board, WRITES + n)
                           for n, sio in enumerate(sockets)]
        async with client.http.get(deployment.second.url + "/i/forged-invite") as page:
            seen["guess"] = page.status  # a per-address limit counts this one
        await other.disconnect()
        await client.sio.disconnect()

        deployment.second.stop()  # a restart: the new process has nothing in memory
        deployment.second.start()
        await asyncio.to_thread(deployment.second.wait_ready)
        fresh = await _socket(client, deployment.second.url)
        seen["after_restart"] = await _post(fresh, plan.board, 99)
        await fresh.disconnect()
    finally:
        await client.close()
    return seen


def _who(deployment: Deployment, tmp_path: Path) -> tuple[list[str], list[str]]:
    """What would name the participant: (their roster values and ids, their author refs)."""
    from dialogue.extensions import db
    from dialogue.models import Contribution, RosterEntry

    env = deployment.env
    app = scratch.bench_app(tmp_path / "reader", env["DIALOGUE_DATABASE_URL"],
                            env["DIALOGUE_SECRET_KEY"])
    try:
        with app.app_context():
            entries = db.session.scalars(sa.select(RosterEntry).where(
                RosterEntry.session_id == deployment.bench.session_id)).all()
            refs = db.session.scalars(sa.select(Contribution.author_ref).where(
                Contribution.session_id == deployment.bench.session_id,
                Contribution.text.like("Point %"))).all()
            clear = [value for entry in entries
                     for value in (entry.name, entry.email, entry.affiliation)]
            ids = [str(entry.id) for entry in entries]
    finally:
        scratch.dispose(app)
    return clear + ["127.0.0.1"], sorted(set(refs)) + ids


def test_two_processes_on_redis_keep_one_limit_and_a_restart_forgets_none(
        deployment, tmp_path):
    store = redis.Redis.from_url(REDIS_URL)
    if stale := store.keys("LIMITS:*"):  # the test database's, from earlier runs
        store.delete(*stale)
    seen = asyncio.run(_posts_across_both(deployment))
    assert [reply["ok"] for reply in seen["allowed"]] == [True] * WRITES
    # The next post is refused by either process: the limit is one, not one each.
    assert [reply.get("error") for reply in seen["refused"]] == ["rate_limited"] * 2
    assert seen["after_restart"].get("error") == "rate_limited"
    assert seen["guess"] == 404

    keys = [key.decode() for key in store.keys("LIMITS:*")]
    ours = [key for key in keys if "/dialogue/" in key]
    clear, refs = _who(deployment, tmp_path)
    assert len(refs) == 1 + 2  # one author ref, two roster ids
    kinds = set()
    for key in ours:
        # Nothing but the kind, a 64-digit hash and the limit: no id, ref or address.
        shape = KEY_SHAPE.fullmatch(key)
        assert shape, key
        assert shape["who"] not in refs, key
        kinds.add(shape["kind"])
        assert 0 < store.ttl(key) <= 2 * 3600, key  # it expires, after two windows at most
    assert kinds == {"write", "guess"}
    for key in keys:
        assert not any(value and value.lower() in key.lower() for value in clear), key
