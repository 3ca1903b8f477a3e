"""Gzip for the browser files (the app's CSS and JS, the vendored libraries).

Only for files that are the same for everyone (``security._may_be_cached``): never a
page, whose CSRF token next to text a visitor typed would let compressed sizes leak it
(BREACH). A phone on a slow network gets a third of the bytes (docs/phone.md). Each
file is compressed once per content (its ETag) and kept in memory.
"""

from __future__ import annotations

import gzip
from functools import lru_cache

from flask import Flask, Response, request

from .security import _may_be_cached

COMPRESSIBLE = ("text/css", "text/javascript", "application/javascript", "application/json",
                "image/svg+xml")
MIN_SIZE = 1024


@lru_cache(maxsize=64)
def _compressed(_key: str, body: bytes) -> bytes:
    return gzip.compress(body, compresslevel=9, mtime=0)


def compress(response: Response) -> Response:
    if (request.method != "GET" or response.status_code != 200
            or "gzip" not in request.headers.get("Accept-Encoding", "").lower()
            or "Content-Encoding" in response.headers
            or response.mimetype not in COMPRESSIBLE or not _may_be_cached()):
        return response
    response.direct_passthrough = False  # a file response: read it to compress it
    body = response.get_data()
    if len(body) < MIN_SIZE:
        return response
    key = f"{request.path}|{response.headers.get('ETag', '')}|{len(body)}"
    response.set_data(_compressed(key, body))
    response.headers["Content-Encoding"] = "gzip"
    response.vary.add("Accept-Encoding")
    return response


def init_app(app: Flask) -> None:
    app.after_request(compress)
