"""Closing open sockets from the server side, on every process.

A room's sockets may live in several processes (sticky sessions behind a balancer, one
Redis message queue). This process closes its own directly. With a message queue, a
"kick" for the room travels through the same queue as every emit, and each process's
client manager, seeing it, closes the sockets *it* holds instead of sending anything to a
client. Used when a facilitator logs out; a participant's sockets are closed through a
personal message instead (`personal.py`), which names no one on the queue.
"""

from __future__ import annotations

import socketio as socketio_server

from . import personal

KICK = "dialogue:kick"  # never reaches a client: every manager intercepts it


def close_local(server: socketio_server.Server, room: str) -> int:
    """Disconnect this process's sockets in ``room``; returns how many were closed."""
    sids = [sid for sid, _eio_sid in server.manager.get_participants("/", room)]
    for sid in sids:
        server.disconnect(sid, namespace="/", ignore_queue=True)
    return len(sids)


class KickingRedisManager(socketio_server.RedisManager):
    """The Redis message queue manager, which also acts on kicks and personal messages
    (`personal.py`) from any process."""

    def _handle_emit(self, message: dict) -> None:
        if message.get("event") == KICK:
            close_local(self.server, str(message.get("room", "")))
            return
        if message.get("event") == personal.PERSONAL:
            data = message.get("data")
            data = data[0] if isinstance(data, list) and data else data
            personal.deliver_local(self.server, data if isinstance(data, dict) else {})
            return
        super()._handle_emit(message)


def client_manager(redis_url: str | None, channel: str) -> socketio_server.Manager:
    """The Socket.IO client manager: in-process, or on the Redis message queue."""
    if redis_url:
        return KickingRedisManager(redis_url, channel=channel)
    return socketio_server.Manager()


def close_room_sockets(server: socketio_server.Server, room: str) -> None:
    """Close every socket in ``room``, on this process at once and on the others soon."""
    if isinstance(server.manager, KickingRedisManager):
        server.manager.emit(KICK, {}, room=room)  # handled here and published to the rest
    else:
        close_local(server, room)
