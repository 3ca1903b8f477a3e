"""Structured logs: one JSON object per line, with no personal data in them.

Messages are written as ``event key=value`` by the code; this module adds the time,
level, logger and the request's short reference. Nothing here logs request bodies,
query strings, cookies or paths with tokens: only the matched URL rule.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from flask import Flask, g, has_request_context, request


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, str | None] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if has_request_context():
            entry["method"] = request.method
            entry["rule"] = request.url_rule.rule if request.url_rule else None
            if "error_reference" in g:
                entry["ref"] = g.error_reference
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def init_app(app: Flask) -> None:
    if app.testing:
        return  # pytest captures records itself; the canary test reads them
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    app.logger.handlers[:] = [handler]
    app.logger.setLevel(app.config["LOG_LEVEL"])
    app.logger.propagate = False
