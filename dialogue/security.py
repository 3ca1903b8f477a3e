"""Response headers: a strict Content-Security-Policy without inline script, and friends."""

from __future__ import annotations

from flask import Flask, Response, request


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
    if request.blueprint in ("facilitate", "join", "auth", "boards", "boards_api"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def init_app(app: Flask) -> None:
    app.after_request(add_security_headers)
