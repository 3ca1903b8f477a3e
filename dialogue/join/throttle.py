"""Join attempts per client address: walk-in seats created, codes and invite links tried.

Everyone on a venue's Wi-Fi may share one address, so the limits are generous where a
room arrives at once and tight only for failures: a wrong code or a broken invite link
counts, a right one costs nothing; each walk-in seat counts. An address that has used up
a limit gets a 429 page until it frees. The limits ("walk_in", "guess") live in the shared
rate-limit storage (dialogue/rate_limits.py), keyed by a hash of the address. Behind a
reverse proxy set DIALOGUE_PROXY_HOPS, or every person has the proxy's address.
"""

from __future__ import annotations

from flask import Flask, request
from flask_babel import gettext as _
from werkzeug.exceptions import TooManyRequests

from .. import rate_limits

# Join endpoints that look a code or a token up (the landing page's GET names none).
GUARDED = {"join.enter_code", "join.walk_in", "join.invite", "join.rule", "join.session_page"}


def _refuse(kind: str, key: str) -> TooManyRequests:
    seconds = rate_limits.retry_after(kind, key)
    return TooManyRequests(
        _("Too many attempts to join from this network in a short time. Wait %(seconds)s "
          "seconds and try again, or ask the facilitator for help.", seconds=seconds),
        retry_after=seconds)


def guard() -> None:
    """Before a join view: refuse an address that has guessed too much."""
    if request.endpoint in GUARDED and not (
            request.endpoint == "join.enter_code" and request.method == "GET"):
        key = rate_limits.address_key()
        if rate_limits.used_up("guess", key):
            raise _refuse("guess", key)


def count_failure(status: int) -> None:
    """After a refusal: an unknown code or an invalid link is a guess."""
    if status == 404:
        rate_limits.allow("guess", rate_limits.address_key())


def take_walk_in() -> None:
    """Before creating a walk-in seat."""
    key = rate_limits.address_key()
    if not rate_limits.allow("walk_in", key):
        raise _refuse("walk_in", key)


def init_app(app: Flask) -> None:
    """Trust DIALOGUE_PROXY_HOPS proxies' X-Forwarded-For/-Proto for the client address."""
    hops = app.config.get("PROXY_HOPS") or 0
    if hops:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
