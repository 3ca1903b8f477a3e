"""Reaching one participant's own sockets without naming them on the message queue.

A room per person would put a stable name (derived from the author ref) next to every
private notice on the Redis message queue, and anyone who can subscribe to the channel
would link that person's posts to each other. Instead each personal message carries a
one-time address: a fresh random nonce and HMAC(nonce, the person's secret). Every
process compares the address with the sockets it holds, whose secrets stay in its memory
(`actors.connections`); someone reading the queue sees a new random pair each time, and
cannot test a guess without the secret (an author ref or a keyed seat hash, 256 bits).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

import socketio as socketio_server

from ..anonymity import attributed_ref, keyed_hash
from ..models import DialogueSession
from .actors import Actor, connections

PERSONAL = "dialogue:personal"  # never reaches a client as is: every manager intercepts it
BY = ("author", "seat", "signed")  # notices find a person by author ref, removals by seat
# ("signed": the author of one post they signed with their name, found by that post's own
# ref, which each socket recomputes from its seed: anonymity.attributed_ref)


def seat_key(session: DialogueSession, seat_hash: str) -> str:
    """What finds one seat's sockets to close them (a replaced seat's, not its successor's);
    keyed, so a queue reader cannot guess it."""
    return keyed_hash(session, "socket-seat", seat_hash)


def _tag(nonce: str, secret: str) -> str:
    return hmac.new(nonce.encode(), secret.encode(), hashlib.sha256).hexdigest()


def _secret(actor: Actor, by: str, post: object = None) -> str | None:
    if by == "signed":
        if not actor.attribution_seed or not isinstance(post, str):
            return None
        return attributed_ref(actor.attribution_seed, post)
    return actor.author_ref if by == "author" else actor.seat_key


def envelope(secret: str, by: str, event: str | None = None, data: dict | None = None,
             close: bool = False, post: str | None = None) -> dict:
    """A personal message: the one-time address, what to send, and whether to close.
    ``post``: for ``by="signed"``, the public id of the signed post (already in ``data``)."""
    assert by in BY
    nonce = secrets.token_hex(16)
    message = {"by": by, "nonce": nonce, "tag": _tag(nonce, secret), "event": event,
               "data": data or {}, "close": close}
    if post is not None:
        message["post"] = post
    return message


def local_sids(message: dict) -> list[str]:
    """This process's sockets of the person the message is addressed to."""
    by, nonce, tag = message.get("by"), message.get("nonce"), message.get("tag")
    if by not in BY or not isinstance(nonce, str) or not isinstance(tag, str):
        return []
    found = []
    for sid, actor in list(connections.items()):
        secret = _secret(actor, by, message.get("post"))
        if secret and hmac.compare_digest(_tag(nonce, secret), tag):
            found.append(sid)
    return found


def deliver_local(server: socketio_server.Server, message: dict) -> int:
    """Send the message to this process's matching sockets (and close them if asked)."""
    sids = local_sids(message)
    for sid in sids:
        if message.get("event"):
            server.emit(message["event"], message.get("data") or {}, to=sid, namespace="/",
                        ignore_queue=True)
        if message.get("close"):
            server.disconnect(sid, namespace="/", ignore_queue=True)
    return len(sids)


def send(server: socketio_server.Server, message: dict) -> None:
    """Deliver here at once and, with a message queue, on every other process too."""
    if isinstance(server.manager, socketio_server.PubSubManager):
        server.manager.emit(PERSONAL, message)  # handled here, then published (no room)
    else:
        deliver_local(server, message)
