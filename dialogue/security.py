"""Response headers: a strict Content-Security-Policy without inline script, and friends;
and one caching policy: nothing is stored by a browser or proxy unless its view says so."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, Response, current_app, request


def cacheable(view: Callable) -> Callable:
    """Opt a view out of ``no-store``: for files the same for everyone, with nothing
    personal or session-specific in them (the browser libraries, the API description)."""
    view.cacheable = True  # type: ignore[attr-defined]
    return view


def _may_be_cached() -> bool:
    if request.endpoint == "static":  # the app's own CSS, JS and fonts
        return True
    if request.endpoint is None:  # no route matched
        return False
    return getattr(current_app.view_functions.get(request.endpoint), "cacheable", False)


def _connect_sources() -> str:
    scheme = "wss" if request.scheme == "https" else "ws"
    return f"'self' {scheme}://{request.host}"


def add_security_headers(response: Response) -> Response:
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src {_connect_sources()}; font-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    # Every page, answer and download (set-up, console, export preview, outcome, API, error
    # pages) by default, whatever the view or send_file set: only an opt-out is cached.
    if not _may_be_cached() and "no-store" not in response.headers.get("Cache-Control", ""):
        response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    app.after_request(add_security_headers)
