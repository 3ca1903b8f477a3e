"""A bare Flask-SocketIO server for comparison: no database, no sign-in, no coalescing.

It speaks the same events as the app's boards (``board_vote``, ``board_post``, ``sync``),
keeps counts in memory and broadcasts a ``tally`` to the room on every single vote. The
difference between its figures and the app's is what the app's work costs (or saves).

Run as ``python -m dialogue.bench.baseline --port P``; gevent, as the app in production.
"""

from __future__ import annotations

if __name__ == "__main__":  # gevent must patch before anything else is imported
    from gevent import monkey

    monkey.patch_all()

import argparse  # noqa: E402
import secrets  # noqa: E402

from flask import Flask, jsonify  # noqa: E402
from flask_socketio import SocketIO, emit, join_room  # noqa: E402

ROOM = "board"


def create_baseline_app() -> tuple[Flask, SocketIO]:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = secrets.token_urlsafe(32)
    socketio = SocketIO(app, async_mode="gevent", cors_allowed_origins="*",
                        logger=False, engineio_logger=False)
    state = {"seq": 0, "votes": 0, "posts": 0}
    votes_of: dict[str, int] = {}  # by item

    def next_seq() -> int:
        state["seq"] += 1
        return state["seq"]

    @app.get("/bench/counts")
    def counts():
        """What the bench reads afterwards instead of a database."""
        return jsonify(votes=state["votes"], posts=state["posts"])

    @socketio.on("connect")
    def connect(auth=None):
        join_room(ROOM)

    @socketio.on("sync")
    def sync(data=None):
        return {"ok": True, "mode": "snapshot", "snapshot": {"seq": state["seq"]}}

    @socketio.on("board_vote")
    def board_vote(data=None):
        item = str((data or {}).get("id", ""))
        count = votes_of[item] = votes_of.get(item, 0) + 1
        state["votes"] += 1
        emit("tally", {"seq": next_seq(), "kind": "contribution",
                       "counts": {item: {"votes": count}}}, to=ROOM)
        return {"ok": True, "id": item, "voted": True, "votes": count}

    @socketio.on("board_post")
    def board_post(data=None):
        item = secrets.token_hex(16)
        state["posts"] += 1
        emit("contribution_added", {"seq": next_seq(), "id": item,
                                    "text": str((data or {}).get("text", ""))[:1000],
                                    "votes": 0}, to=ROOM)
        return {"ok": True, "item": {"id": item}}

    return app, socketio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    app, socketio = create_baseline_app()
    socketio.run(app, host=args.host, port=args.port, log_output=False)


if __name__ == "__main__":
    main()
