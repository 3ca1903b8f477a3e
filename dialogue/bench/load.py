"""Real Socket.IO clients in one asyncio load process: join, vote, post, and measure.

Each client joins as a person does: it opens its invite link over HTTP, accepts the Rule
with the form's CSRF token, reads the session page's ``csrf-token`` and connects the
socket (WebSocket transport) with the seat cookie, then asks for a ``sync`` snapshot.
Votes and posts are spread over the clients at a steady rate. A vote counts as delivered
when every connected client has seen a ``tally`` for its item with a count at least the
one acknowledged; the time from sending the vote to that moment is one latency sample
(bench.delivery).

This module is what one load process does; bench.processes spreads the clients over
several of them and merges their figures.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import secrets
from collections import Counter
from dataclasses import dataclass, field
from time import monotonic

import aiohttp
import socketio

from .delivery import Delivery

try:  # the load client's own speed bounds what it can measure: use the fast parts if here
    import orjson

    _HAVE_ORJSON = True
except ImportError:  # pragma: no cover - orjson is a dependency; plain json still works
    _HAVE_ORJSON = False

# The clients' libraries log each dropped connection; the bench counts them as errors.
for _name in ("engineio.client", "socketio.client"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

ACK_TIMEOUT_S = 30
JOIN_TIMEOUT_S = 60
_FORM_TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
_META_TOKEN = re.compile(r'<meta name="csrf-token" content="([^"]+)"')

@dataclass
class LoadPlan:
    base_url: str
    session_public_id: str
    session_code: str
    board: str
    items: list[str]
    invite_paths: list[str] | None  # None: connect directly (the baseline has no sign-in)
    clients: int
    votes_per_second: float
    duration: float
    posts_per_second: float = 0.0
    join_concurrency: int = 50
    settle_s: float = 5.0  # after the load, how long the last tallies may take
    # (server url, invite path) per server process: one post each before the clock starts,
    # so one-time work (compiling the session's de-identification detector) is not timed
    warmups: list[tuple[str, str]] = field(default_factory=list)
    # Run the load processes under Linux's SCHED_BATCH policy: same share of the CPU, but
    # a load process woken by a tally does not preempt the server mid-flush (clients on
    # other machines would not compete for its CPU at all; see docs/scale.md).
    batch_clients: bool = True


@dataclass
class LoadStats:
    joined: int = 0
    join_s: float | None = None
    join_ms: list[float] = field(default_factory=list)
    ack_ms: list[float] = field(default_factory=list)  # vote sent -> the voter's ack
    votes_sent: int = 0
    votes_acked: int = 0
    posts_sent: int = 0
    posts_acked: int = 0
    tallies_received: int = 0
    last_tally: float = 0.0
    warmup_posts: int = 0
    errors: Counter = field(default_factory=Counter)
    client_cpu_percent: float | None = None

    def error(self, kind: str) -> None:
        self.errors[kind] += 1


class _OrJson:
    """python-socketio's ``json=`` hook: orjson's C parser instead of the json module."""

    @staticmethod
    def dumps(value, **_options) -> str:
        return orjson.dumps(value).decode()

    loads = staticmethod(orjson.loads) if _HAVE_ORJSON else None


class BenchClient:
    """One participant: an HTTP session with its cookies, and one socket."""

    def __init__(self, index: int, plan: LoadPlan, delivery: Delivery, stats: LoadStats,
                 connector: aiohttp.BaseConnector, base_url: str | None = None,
                 invite_path: str | None = None):
        self.index, self.plan, self.delivery, self.stats = index, plan, delivery, stats
        self.base_url = base_url or plan.base_url
        self.invite_path = invite_path or (plan.invite_paths[index] if plan.invite_paths
                                           else None)
        self.http = aiohttp.ClientSession(
            connector=connector, connector_owner=False,
            cookie_jar=aiohttp.CookieJar(unsafe=True),  # the bench talks to 127.0.0.1
            timeout=aiohttp.ClientTimeout(total=JOIN_TIMEOUT_S))
        self.sio = socketio.AsyncClient(reconnection=False, http_session=self.http,
                                        handle_sigint=False, request_timeout=JOIN_TIMEOUT_S,
                                        json=_OrJson if _HAVE_ORJSON else None)
        self.sio.on("tally", self._on_tally)
        self.sio.on("disconnect", self._on_disconnect)
        self.connected = False
        self.closing = False
        self.csrf = ""  # the session page's token, for the socket's auth
        self.next_item = random.randrange(len(plan.items)) if plan.items else 0
        self.votes_left = len(plan.items)

    async def _accept_invite(self, invite_path: str) -> str:
        plan = self.plan
        async with self.http.get(self.base_url + invite_path) as page:
            html = await page.text()
            if page.status != 200 or not (token := _FORM_TOKEN.search(html)):
                raise JoinFailed(f"invite link answered {page.status}")
        rule = f"{self.base_url}/s/{plan.session_code}/rule"
        async with self.http.post(rule, data={"csrf_token": token.group(1),
                                              "accept": "y"}) as page:
            html = await page.text()
            if page.status != 200 or not (meta := _META_TOKEN.search(html)):
                raise JoinFailed(f"accepting the Rule answered {page.status}")
        return meta.group(1)

    async def join(self) -> None:
        started = monotonic()
        csrf = self.csrf = (await self._accept_invite(self.invite_path)
                            if self.invite_path is not None else "")
        await self.sio.connect(self.base_url, transports=["websocket"],
                               auth={"session": self.plan.session_public_id,
                                     "role": "participant", "csrf": csrf},
                               wait_timeout=JOIN_TIMEOUT_S)
        reply = await self.sio.call("sync", {"last_seq": None}, timeout=JOIN_TIMEOUT_S)
        if not isinstance(reply, dict) or not reply.get("ok"):
            raise JoinFailed("sync refused")
        self.delivery.add_client(self.index)
        self.connected = True
        self.stats.join_ms.append((monotonic() - started) * 1000)

    def take_item(self) -> str | None:
        """The next item this client has not voted on yet (each client votes once per item)."""
        if not self.votes_left:
            return None
        self.votes_left -= 1
        self.next_item = (self.next_item + 1) % len(self.plan.items)
        return self.plan.items[self.next_item]

    async def vote(self, item: str) -> None:
        sent = monotonic()
        self.stats.votes_sent += 1
        try:
            reply = await self.sio.call("board_vote", {"id": item, "up": True,
                                                       "client_key": secrets.token_urlsafe(12)},
                                        timeout=ACK_TIMEOUT_S)
        except socketio.exceptions.TimeoutError:
            self.stats.error("vote: no acknowledgement")
            return
        except socketio.exceptions.SocketIOError as exc:
            self.stats.error(f"vote: {type(exc).__name__}")
            return
        if isinstance(reply, dict) and reply.get("ok") and reply.get("voted"):
            now = monotonic()
            self.stats.votes_acked += 1
            self.stats.ack_ms.append((now - sent) * 1000)
            self.delivery.acked(item, reply.get("votes"), sent, now)
        else:
            self.stats.error(f"vote refused: {(reply or {}).get('error')}")

    async def post(self, number: int) -> None:
        self.stats.posts_sent += 1
        text = f"Shorter recognition procedures for trainees would help (note {number})."
        try:
            reply = await self.sio.call("board_post", {"board": self.plan.board, "text": text,
                                                       "client_key": secrets.token_urlsafe(12)},
                                        timeout=ACK_TIMEOUT_S)
        except socketio.exceptions.SocketIOError as exc:
            self.stats.error(f"post: {type(exc).__name__}")
            return
        if isinstance(reply, dict) and reply.get("ok"):
            self.stats.posts_acked += 1
        else:
            self.stats.error(f"post refused: {(reply or {}).get('error')}")

    async def _on_tally(self, data) -> None:
        now = self.stats.last_tally = monotonic()
        self.stats.tallies_received += 1
        counts = data.get("counts") if isinstance(data, dict) else None
        for item, value in (counts or {}).items():
            count = value.get("votes") if isinstance(value, dict) else value
            if isinstance(count, int):
                self.delivery.saw(self.index, item, count, now)

    async def _on_disconnect(self, reason=None) -> None:
        if self.connected and not self.closing:
            self.stats.error("disconnected by the server")
            self.delivery.remove_client(self.index, monotonic())
        self.connected = False

    async def close(self) -> None:
        self.closing = True
        try:
            if self.sio.connected:
                await self.sio.disconnect()
        finally:
            await self.http.close()


class JoinFailed(Exception):
    pass


async def warm_up(plan: LoadPlan, stats: LoadStats) -> None:
    """One post per server process through a client of its own, outside the figures."""
    connector = aiohttp.TCPConnector(limit=0)
    try:
        for number, (base_url, invite_path) in enumerate(plan.warmups):
            scratch_stats = LoadStats()
            client = BenchClient(-1 - number, plan, Delivery(), scratch_stats, connector,
                                 base_url, invite_path)
            try:
                await client.join()
                await client.post(0)
            except (TimeoutError, JoinFailed, socketio.exceptions.SocketIOError,
                    aiohttp.ClientError) as exc:
                stats.error(f"warm-up: {exc or type(exc).__name__}"[:120])
            finally:
                await client.close()
            stats.warmup_posts += scratch_stats.posts_acked
    finally:
        await connector.close()


async def join_all(clients: list[BenchClient], plan: LoadPlan, stats: LoadStats) -> None:
    gate = asyncio.Semaphore(plan.join_concurrency)

    async def join(client: BenchClient) -> None:
        async with gate:
            try:
                await asyncio.wait_for(client.join(), JOIN_TIMEOUT_S)
                stats.joined += 1
            except (JoinFailed, socketio.exceptions.SocketIOError, aiohttp.ClientError,
                    TimeoutError) as exc:
                stats.error(f"join: {exc or type(exc).__name__}"[:120])

    await asyncio.gather(*(join(client) for client in clients))


def _picker(clients: list[BenchClient]):
    """Round robin over the connected clients that still have an item to vote on."""
    order = clients[:]
    random.shuffle(order)
    position = 0

    def pick() -> tuple[BenchClient, str] | None:
        nonlocal position
        for _ in range(len(order)):
            client = order[position % len(order)]
            position += 1
            if client.connected and (item := client.take_item()) is not None:
                return client, item
        return None
    return pick


async def drive(clients: list[BenchClient], share: Share, duration: float,
                 stats: LoadStats) -> None:
    """Send votes and posts at this process's share of the rates for the planned time."""
    pick = _picker(clients)
    live = [client for client in clients if client.connected]
    tasks: set[asyncio.Task] = set()
    started = monotonic()
    votes = posts = 0
    while live and (elapsed := monotonic() - started) < duration:
        for _ in range(int(elapsed * share.votes_per_second) - votes):
            votes += 1
            if (choice := pick()) is None:
                stats.error("vote: no client has an item left to vote on")
                continue
            client, item = choice
            task = asyncio.create_task(client.vote(item))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        for _ in range(int(elapsed * share.posts_per_second) - posts):
            posts += 1
            task = asyncio.create_task(live[posts % len(live)].post(share.number + posts))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.sleep(0.005)
    if tasks:
        await asyncio.gather(*tasks)


@dataclass
class Share:
    """One load process's part of the load: a slice of the clients and of the rates."""
    number: int
    first: int  # index of its first client in the plan
    clients: int
    votes_per_second: float
    posts_per_second: float
