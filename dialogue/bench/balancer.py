"""A small sticky TCP load balancer for `dialogue bench --workers K`.

Each client connection is pinned to one backend for its whole life (round robin over the
backends as connections arrive), bytes pass through untouched, so the WebSocket upgrade
and every frame after it reach the same process. The bench's clients use the WebSocket
transport only, where one Socket.IO session is one TCP connection, so pinning by
connection is exactly sticky. (With long-polling a session spans several connections;
in production nginx pins by ``ip_hash`` or a cookie instead; see docs/production.md.)

Run as ``python -m dialogue.bench.balancer --port P --backend 127.0.0.1:P1 ...``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools

CHUNK = 64 * 1024


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(CHUNK):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            writer.close()
        except (ConnectionError, OSError):
            pass


class StickyBalancer:
    """Accepts connections and pins each one to the next backend in turn."""

    def __init__(self, backends: list[tuple[str, int]]):
        self.backends = backends
        self._next = itertools.cycle(range(len(backends)))
        self.connections = [0] * len(backends)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        index = next(self._next)
        host, port = self.backends[index]
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(host, port)
        except OSError:
            writer.close()
            return
        self.connections[index] += 1
        await asyncio.gather(_pipe(reader, upstream_writer), _pipe(upstream_reader, writer))

    async def serve(self, host: str, port: int) -> None:
        server = await asyncio.start_server(self.handle, host, port, backlog=4096)
        async with server:
            await server.serve_forever()


def parse_backend(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host or "127.0.0.1", int(port)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--backend", action="append", required=True, type=parse_backend)
    args = parser.parse_args()
    try:
        asyncio.run(StickyBalancer(args.backend).serve(args.host, args.port))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
