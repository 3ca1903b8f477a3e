"""Rate limits for pages, the API and socket events: Flask-Limiter and its `limits` storage.

One storage serves every limit: in memory on the embedded default, in Redis when
DIALOGUE_REDIS_URL is set (DIALOGUE_RATELIMIT_STORAGE_URL overrides either), so several
server processes share one limit and a restart forgets none. The strategy is the library's
sliding-window counter: "N per W seconds" lets a burst of N through, then about N/W a
second, the shape of the token buckets this replaced.

Keys never name a person. A per-person limit is keyed by a session-keyed hash of the
author ref (or of the facilitator), which nobody can recompute once the close destroys the
session key; a per-address limit by an HMAC of the address under the secret key. Each key
expires after two windows at most, and no key is logged or sent.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from flask import Flask, current_app, request
from flask_limiter import RateLimitExceeded
from limits import RateLimitItem, parse
from limits.errors import StorageError

from . import errors
from .anonymity import keyed_hash
from .extensions import limiter

if TYPE_CHECKING:
    from .models import DialogueSession

# kind -> limit (the `limits` notation). The API and the sockets draw from the same
# per-person limits, so an HTTP flood and a socket flood add up.
DEFAULT_RATES: dict[str, str] = {
    "write": "10 per 50 seconds",      # posts, edits, withdrawals: 10, then one per 5 s
    "vote": "30 per 10 seconds",       # votes and un-votes: 30, then 3 a second
    "read": "20 per 10 seconds",       # own-items look-ups
    "moderate": "200 per 10 seconds",  # the facilitator's console
    "form": "30 per 30 seconds",       # participants' option forms over HTTP: then 1/s
    "walk_in": "60 per 60 seconds",    # walk-in seats per address: a room of 60 at once
    "guess": "10 per 100 seconds",     # wrong codes and links per address: then 1 per 10 s
    "detect": "20 per 600 seconds",    # detector warnings a seat is shown: then 1 per 30 s
}
NAMESPACE = "dialogue"  # every key: LIMITER/dialogue/<hash>/<kind>/<limit>


def rates_from(setting: Mapping[str, str] | str | None) -> dict[str, RateLimitItem]:
    """The defaults with DIALOGUE_RATE_LIMITS ("kind=N per W seconds;...") laid over them."""
    if isinstance(setting, str):
        pairs = [part.partition("=") for part in setting.split(";") if part.strip()]
        if any(not sep for _, sep, _ in pairs):
            raise RuntimeError("DIALOGUE_RATE_LIMITS must read kind=limit;kind=limit, "
                               f"not {setting!r}")
        setting = {kind.strip(): value.strip() for kind, _, value in pairs}
    chosen = {**DEFAULT_RATES, **(setting or {})}
    unknown = sorted(set(chosen) - set(DEFAULT_RATES))
    if unknown:
        raise RuntimeError(f"DIALOGUE_RATE_LIMITS names unknown kinds: {', '.join(unknown)}; "
                           f"known: {', '.join(DEFAULT_RATES)}")
    rates = {}
    for kind, value in chosen.items():
        try:
            rates[kind] = parse(value)
        except ValueError as exc:
            raise RuntimeError(f"DIALOGUE_RATE_LIMITS: {kind}={value!r} is not a limit "
                               "like '10 per 50 seconds'") from exc
    return rates


def storage_uri(config: Mapping) -> str:
    return config.get("RATELIMIT_STORAGE_URL") or config.get("REDIS_URL") or "memory://"


def init_app(app: Flask) -> None:
    """Give Flask-Limiter its storage and strategy; nothing of it reaches a header or log."""
    app.config["RATELIMIT_STORAGE_URI"] = storage_uri(app.config)
    app.config["RATELIMIT_STORAGE_OPTIONS"] = {"wrap_exceptions": True}
    app.config["RATELIMIT_STRATEGY"] = "sliding-window-counter"
    app.config["RATELIMIT_KEY_PREFIX"] = NAMESPACE  # decorated limits' keys look like ours
    app.config["RATELIMIT_SWALLOW_ERRORS"] = True  # storage down: serve, as _ask() does
    # X-RateLimit-Remaining on a page shared by a venue's Wi-Fi would count the others.
    app.config["RATELIMIT_HEADERS_ENABLED"] = False
    app.extensions["dialogue.rates"] = rates_from(app.config.get("RATE_LIMITS"))
    limiter.init_app(app)
    # Flask-Limiter logs a breached limit's key at INFO; ours are hashes, and still unlogged.
    logging.getLogger("flask-limiter").setLevel(logging.WARNING)
    app.register_error_handler(RateLimitExceeded, _refused)


def rates() -> dict[str, RateLimitItem]:
    """This app's limit per kind."""
    return current_app.extensions["dialogue.rates"]


def limit_text(kind: str) -> str:
    """A kind's limit for a Flask-Limiter decorator (read per request)."""
    return str(rates()[kind])


def seconds_to_wait() -> int:
    """For a request a decorated limit refused: whole seconds until it frees (at least 1)."""
    current = limiter.current_limit
    return max(1, math.ceil(current.reset_at - time.time())) if current else 1


def _refused(error: RateLimitExceeded):
    """A decorated limit's refusal: the 429 page or JSON every error gets, with Retry-After."""
    error.retry_after = seconds_to_wait()
    return errors.handle_http_error(error)


def _ask(method: Callable[..., bool], kind: str, key: str) -> bool:
    try:
        return method(rates()[kind], NAMESPACE, key, kind)
    except StorageError:
        # The storage is down (Redis gone): serve rather than refuse everyone; the
        # database's own rules still hold. Said once per call, without the key.
        current_app.logger.warning("rate_limit_storage_unavailable kind=%s", kind)
        return True


def allow(kind: str, key: str) -> bool:
    """Count one ``kind`` action for ``key``; False (nothing counted) once it is used up."""
    return _ask(limiter.limiter.hit, kind, key)


def used_up(kind: str, key: str) -> bool:
    """Whether ``key`` has no ``kind`` action left now; counts nothing."""
    return not _ask(limiter.limiter.test, kind, key)


def retry_after(kind: str, key: str) -> int:
    """Whole seconds until ``key`` may act again (at least 1)."""
    try:
        stats = limiter.limiter.get_window_stats(rates()[kind], NAMESPACE, key, kind)
    except StorageError:
        return 1
    return max(1, math.ceil(stats.reset_time - time.time()))


def person_key(session: DialogueSession, who: str) -> str:
    """A participant's (author ref) or facilitator's key in ``session``: opaque, and
    unlinkable once the close destroys the session key."""
    return keyed_hash(session, "rate-limit", who)


def address_key() -> str:
    """The client address, as an HMAC under the secret key."""
    secret = current_app.config["SECRET_KEY"].encode()
    address = (request.remote_addr or "-").encode()
    return hmac.new(secret, b"rate-limit\x1f" + address, hashlib.sha256).hexdigest()


def reset() -> None:
    """Forget every count (tests only: on Redis this clears every process's limits)."""
    if limiter.initialized:
        try:
            limiter.reset()
        except StorageError:
            pass  # an unreachable storage holds nothing to forget
