"""Join attempts per client address: walk-in seats created, codes and invite links tried.

Everyone on a venue's Wi-Fi may share one address, so the limits are generous where a
room arrives at once and tight only for failures: a wrong code or a broken invite link
counts, a right one costs nothing; each walk-in seat counts. An address that has used up
a limit gets a 429 page until it frees. Both limits ("guess", "walk_in") live in the shared
rate-limit storage (dialogue/rate_limits.py), keyed by a hash of the address. Behind a
reverse proxy set DIALOGUE_PROXY_HOPS, or every person has the proxy's address.
"""

from __future__ import annotations

from flask import Blueprint, Flask, request
from flask_babel import gettext as _
from werkzeug.exceptions import TooManyRequests

from .. import rate_limits
from ..extensions import limiter

# Join endpoints that look a code or a token up (the landing page's GET names none).
GUARDED = {"join.enter_code", "join.walk_in", "join.invite", "join.rule", "join.session_page"}


def _refusal(seconds: int) -> str:
    return _("Too many attempts to join from this network in a short time. Wait %(seconds)s "
             "seconds and try again, or ask the facilitator for help.", seconds=seconds)


def _not_guarded() -> bool:
    return request.endpoint not in GUARDED or (
        request.endpoint == "join.enter_code" and request.method == "GET")


def guard(blueprint: Blueprint) -> None:
    """Limit guesses on ``blueprint``'s guarded views: checked before each, counted after
    each refusal as unknown (a 404: a wrong code, a broken or forged invite link)."""
    limiter.shared_limit(lambda: rate_limits.limit_text("guess"), scope="guess",
                         exempt_when=_not_guarded,
                         deduct_when=lambda response: response.status_code == 404,
                         error_message=lambda: _refusal(rate_limits.seconds_to_wait()),
                         )(blueprint)


def take_walk_in() -> None:
    """Before creating a walk-in seat: counted at once, so a burst cannot slip past."""
    key = rate_limits.address_key()
    if not rate_limits.allow("walk_in", key):
        seconds = rate_limits.retry_after("walk_in", key)
        raise TooManyRequests(_refusal(seconds), retry_after=seconds)


def init_app(app: Flask) -> None:
    """Trust DIALOGUE_PROXY_HOPS proxies' X-Forwarded-For/-Proto for the client address."""
    hops = app.config.get("PROXY_HOPS") or 0
    if hops:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
