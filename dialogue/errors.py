"""Error pages: every error a person sees carries a short reference that finds the log line."""

from __future__ import annotations

import secrets

from flask import Flask, current_app, g, jsonify, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException

from .extensions import db

# Titles and messages for the errors people meet, in their language; a view's own message
# (abort(404, "...")) is kept as it is.
HTTP_ERRORS = {
    400: (_l("Bad request"), _l("The page could not understand what was sent. Please go back "
                                "and try again.")),
    401: (_l("Please log in"), _l("This page is for facilitators who are logged in.")),
    403: (_l("Not allowed"), _l("You are not allowed to see this page.")),
    404: (_l("Not found"), _l("There is nothing at this address. Check the link, or start "
                              "again from the home page.")),
    405: (_l("Not possible"), _l("This page cannot be used this way.")),
    409: (_l("Not possible"), _l("This cannot be done in the current state.")),
    410: (_l("Gone"), _l("This is no longer available.")),
    413: (_l("Too large"), _l("What you sent is too large.")),
    429: (_l("Too many requests"), _l("Too many requests in a short time. Please wait a "
                                      "moment and try again.")),
}


def _title_and_message(error: HTTPException) -> tuple[str, str]:
    known = HTTP_ERRORS.get(error.code or 0)
    if known is None:
        return error.name, error.description or ""
    title, message = known
    own = error.description and error.description != type(error).description
    return str(title), error.description if own else str(message)


def _wants_json() -> bool:
    return request.path.startswith("/api/") or (
        request.accept_mimetypes.best == "application/json")


def _reference() -> str:
    """A short random reference shown to the person and written into the log line."""
    g.error_reference = secrets.token_hex(4)
    return g.error_reference


def handle_http_error(error: HTTPException):
    db.session.rollback()
    reference = _reference()
    current_app.logger.info("http_error status=%s path_rule=%s ref=%s", error.code,
                            request.url_rule.rule if request.url_rule else "-", reference)
    title, message = _title_and_message(error)
    # Keep what the error says about retrying (Retry-After on 429), not its content type.
    headers = {name: value for name, value in error.get_headers() if name == "Retry-After"}
    if _wants_json():
        return jsonify(error=error.name, message=message, reference=reference), error.code, \
            headers
    return render_template("errors/message.html", title=title, message=message,
                           reference=reference), error.code, headers


def handle_unexpected(error: Exception):
    db.session.rollback()
    reference = _reference()
    current_app.logger.exception("unhandled_error ref=%s", reference)
    message = _("Something went wrong on our side. Nothing you sent was lost; please try "
                "again. If it happens again, give the facilitator this reference.")
    if _wants_json():
        return jsonify(error="Internal Server Error", message=message, reference=reference), 500
    return render_template("errors/message.html", title=_("Sorry"), message=message,
                           reference=reference), 500


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected)
