"""What one join and one vote cost the server, in-process: ``python -m dialogue.bench.costs``.

No network and no load client: the app runs on a scratch SQLite database and Flask's and
Flask-SocketIO's test clients make the same requests and events a participant's browser
makes (invite link, Rule page, accepting the Rule, session page, socket connect,
``sync``), then every participant votes on a few items. Figures are process CPU time per
step, so they hold on a shared machine; the real server adds its WSGI and WebSocket
handshake work on top. Used for docs/scale.md ("Where the time goes").
"""

from __future__ import annotations

import argparse
import re
import secrets
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from .load import _FORM_TOKEN, _META_TOKEN


def _token(pattern: re.Pattern[str], page: str) -> str:
    """The token ``pattern`` finds in ``page``; a page without one ends the measurement."""
    found = pattern.search(page)
    if found is None:
        raise RuntimeError(f"no token ({pattern.pattern}) in the page")
    return found.group(1)


STEPS = ("invite link", "Rule page", "accept the Rule", "session page", "socket connect",
         "sync")


def measure(participants: int = 300, warmup: int = 30, items: int = 28) -> dict[str, float]:
    """Milliseconds of CPU per join step and per vote, averaged after ``warmup`` joins."""
    from ..extensions import socketio
    from . import scratch

    folder = Path(tempfile.mkdtemp(prefix="dialogue-costs-"))
    try:
        app = scratch.bench_app(folder / "instance", None, secrets.token_urlsafe(48))
        scratch.migrate(app)
        bench = scratch.create_bench_session(app, participants, items)
        spent: dict[str, float] = defaultdict(float)

        def step(name: str, action, *args, **kwargs):
            started = time.process_time()
            result = action(*args, **kwargs)
            spent[name] += time.process_time() - started
            return result

        sockets = []
        for index, path in enumerate(bench.invite_paths):
            if index == warmup:
                spent.clear()
            browser = app.test_client()
            page = step(STEPS[0], browser.get, path)
            page = step(STEPS[1], browser.get, page.headers["Location"])
            token = _token(_FORM_TOKEN, page.get_data(as_text=True))
            page = step(STEPS[2], browser.post, f"/s/{bench.code}/rule",
                        data={"csrf_token": token, "accept": "y"})
            page = step(STEPS[3], browser.get, page.headers["Location"])
            csrf = _token(_META_TOKEN, page.get_data(as_text=True))
            socket = step(STEPS[4], socketio.test_client, app, flask_test_client=browser,
                          auth={"session": bench.public_id, "role": "participant",
                                "csrf": csrf})
            reply = step(STEPS[5], socket.emit, "sync", {"last_seq": None}, callback=True)
            if not (socket.is_connected() and reply.get("ok")):
                raise RuntimeError("a participant could not join")
            sockets.append(socket)
        joined = participants - warmup
        figures = {name: spent[name] / joined * 1000 for name in STEPS}
        figures["join, in all"] = sum(figures[name] for name in STEPS)
        def vote_on(item: str) -> None:
            for socket in sockets:
                reply = socket.emit("board_vote", {"id": item, "up": True,
                                                   "client_key": secrets.token_urlsafe(12)},
                                    callback=True)
                if not reply.get("voted"):
                    raise RuntimeError(f"a vote was refused: {reply}")

        vote_on(bench.items[0])  # warms the vote path up
        started = time.process_time()
        for item in bench.items[1:4]:
            vote_on(item)
        figures["vote"] = (time.process_time() - started) / (3 * len(sockets)) * 1000
        for socket in sockets:
            socket.disconnect()
        scratch.dispose(app)
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=300)
    args = parser.parse_args()
    for name, ms in measure(args.participants).items():
        print(f"{name:18} {ms:6.2f} ms of CPU")


if __name__ == "__main__":
    main()
