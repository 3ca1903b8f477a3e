"""Join attempts per client address: walk-in seats created, codes and invite links tried.

Everyone on a venue's Wi-Fi may share one address, so the buckets are generous where a
room arrives at once and tight only for failures: a wrong code or a broken invite link
costs a token, a right one costs nothing; each walk-in seat costs one. An address that
has used up a bucket gets a 429 page until it refills. Behind a reverse proxy set
DIALOGUE_PROXY_HOPS, or every person has the proxy's address.
"""

from __future__ import annotations

from flask import Flask, request
from flask_babel import gettext as _
from werkzeug.exceptions import TooManyRequests

from ..realtime.limits import Limiter

# kind -> (capacity, tokens per second)
RATES: dict[str, tuple[float, float]] = {
    "walk_in": (60, 1.0),  # a room of 60 walking in at once, then one a second
    "guess": (10, 0.1),    # ten wrong codes or invite links, then one per 10 s
}
join_limiter = Limiter(RATES)

# Join endpoints that look a code or a token up (the landing page's GET names none).
GUARDED = {"join.enter_code", "join.walk_in", "join.invite", "join.rule", "join.session_page"}


def _address() -> str:
    return request.remote_addr or "-"


def _refuse(seconds: int) -> TooManyRequests:
    return TooManyRequests(
        _("Too many attempts to join from this network in a short time. Wait %(seconds)s "
          "seconds and try again, or ask the facilitator for help.", seconds=seconds),
        retry_after=seconds)


def guard() -> None:
    """Before a join view: refuse an address that has guessed too much."""
    if request.endpoint in GUARDED and not (
            request.endpoint == "join.enter_code" and request.method == "GET"):
        if join_limiter.exhausted(_address(), "guess"):
            raise _refuse(10)


def count_failure(status: int) -> None:
    """After a refusal: an unknown code or an invalid link is a guess."""
    if status == 404:
        join_limiter.allow(_address(), "guess")


def take_walk_in() -> None:
    """Before creating a walk-in seat."""
    if not join_limiter.allow(_address(), "walk_in"):
        raise _refuse(5)


def init_app(app: Flask) -> None:
    """Trust DIALOGUE_PROXY_HOPS proxies' X-Forwarded-For/-Proto for the client address."""
    hops = app.config.get("PROXY_HOPS") or 0
    if hops:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
