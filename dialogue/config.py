"""Configuration: defaults, then DIALOGUE_* environment variables, then the test mapping."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

DEFAULTS: dict[str, object] = {
    "DATABASE_URL": None,  # None: SQLite in the instance folder
    "REDIS_URL": None,  # None: Socket.IO runs in one process, no message queue
    "REDIS_CHANNEL": "flask-socketio",  # the message queue's channel: one per deployment
    "RATELIMIT_STORAGE_URL": None,  # None: Redis when REDIS_URL is set, else memory
    "RATE_LIMITS": None,  # None: dialogue/rate_limits.py's; "write=10 per 50 seconds;..."
    "SECRET_KEY": None,  # None: generated once and kept in the instance folder
    "ASYNC_MODE": "threading",  # "gevent" in production (set by `dialogue run` and gunicorn)
    "INVITE_MAX_AGE_DAYS": 30,
    "K_ANONYMITY": 5,
    "MAX_CONTRIBUTION_LENGTH": 1000,
    "MAX_CSV_BYTES": 1_000_000,
    "MAX_CONTENT_LENGTH": 2_000_000,
    "MAX_INPUT_BYTES": 10_000_000,  # a briefing input's PDF (dialogue/inputs/), at most
    "SESSIONS_DIR": None,  # None: the `sessions/` folder beside the package
    "SESSION_COOKIE_SECURE": False,
    "ALLOWED_ORIGINS": None,  # None: the request's own host
    "LOG_LEVEL": "INFO",
    "WORD_FILTER": None,  # None: the English and German defaults; "a,b*,c" or "off"
    "PROXY_HOPS": 0,  # reverse proxies in front whose X-Forwarded-For/-Proto are trusted
    # How long the close's scrub waits for other connections (docs/security.md, erasure).
    "ERASURE_BUSY_TIMEOUT_MS": 10000,  # SQLite: a reader blocking the WAL checkpoint
    "ERASURE_LOCK_TIMEOUT_MS": 5000,  # PostgreSQL: a lock blocking VACUUM FULL
    # Invitation emails (dialogue/invitations/): no host, no sending.
    "SMTP_HOST": None,
    "SMTP_PORT": 587,
    "SMTP_USER": None,
    "SMTP_PASSWORD": None,
    "SMTP_STARTTLS": True,  # STARTTLS before logging in; false only for a local relay
    "SMTP_FROM": None,  # the sender address, e.g. "Dialogue <dialogue@example.org>"
    "SMTP_TIMEOUT": 10,  # seconds per connection and command: sending is in the request
    # Networking by consent: days after close the shared contacts are kept (docs/security.md).
    "NETWORK_KEEP_DAYS": 90,
}

# Values that arrive as strings from the environment and must become other types.
_INT_KEYS = {"INVITE_MAX_AGE_DAYS", "K_ANONYMITY", "MAX_CONTRIBUTION_LENGTH", "MAX_CSV_BYTES",
             "MAX_CONTENT_LENGTH", "PROXY_HOPS", "ERASURE_BUSY_TIMEOUT_MS",
             "ERASURE_LOCK_TIMEOUT_MS", "SMTP_PORT", "SMTP_TIMEOUT",
             "NETWORK_KEEP_DAYS", "MAX_INPUT_BYTES"}
_BOOL_KEYS = {"SESSION_COOKIE_SECURE", "SMTP_STARTTLS"}


def from_environment(environ: os._Environ | dict[str, str]) -> dict[str, object]:
    """Read DIALOGUE_* variables, converting numbers and booleans."""
    values: dict[str, object] = {}
    for key in DEFAULTS:
        raw = environ.get(f"DIALOGUE_{key}")
        if raw is None or raw == "":
            continue
        if key in _INT_KEYS:
            try:
                values[key] = int(raw)
            except ValueError as exc:
                raise RuntimeError(f"DIALOGUE_{key} must be a whole number, not {raw!r}") from exc
        elif key in _BOOL_KEYS:
            values[key] = raw.strip().lower() in {"1", "true", "yes", "on"}
        elif key == "ALLOWED_ORIGINS":
            values[key] = [origin.strip() for origin in raw.split(",") if origin.strip()]
        else:
            values[key] = raw
    return values


def instance_secret_key(instance_path: str) -> str:
    """Return the secret key kept in the instance folder, creating it on first use."""
    path = Path(instance_path) / "secret_key.json"
    if path.exists():
        return json.loads(path.read_text())["secret_key"]
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump({"secret_key": key}, handle)
    return key


def database_uri(url: str | None, instance_path: str) -> str:
    """Map DIALOGUE_DATABASE_URL (or the SQLite default) to a SQLAlchemy URI."""
    if url:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url
    Path(instance_path).mkdir(parents=True, exist_ok=True)
    return "sqlite:///" + str(Path(instance_path) / "dialogue.sqlite")
