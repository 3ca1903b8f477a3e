"""Error pages and JSON errors: every error a person sees carries a short reference that
finds the log line. A JSON error has the same shape as a refused socket event:
``{ok: false, error: <code>, message, reference}`` (refusals.py maps codes to statuses)."""

from __future__ import annotations

import secrets

from flask import Flask, current_app, g, jsonify, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from .extensions import db
from .refusals import Refused, refusal

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
    return str(title), (error.description or "") if own else str(message)


# HTTP status -> the code a JSON error carries (the socket replies' codes, refusals.STATUS).
HTTP_CODES = {400: "malformed", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "not_allowed", 409: "not_possible", 410: "gone", 413: "too_large",
              415: "malformed", 429: "rate_limited"}


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
        code = "csrf" if isinstance(error, CSRFError) else HTTP_CODES.get(
            error.code or 0, "malformed" if (error.code or 500) < 500 else "server_error")
        return jsonify(refusal(code, message, reference=reference)), error.code, headers
    return render_template("errors/message.html", title=title, message=message,
                           reference=reference), error.code, headers


def handle_unexpected(error: Exception):
    db.session.rollback()
    reference = _reference()
    current_app.logger.exception("unhandled_error ref=%s", reference)
    message = _("Something went wrong on our side. Nothing you sent was lost; please try "
                "again. If it happens again, give the facilitator this reference.")
    if _wants_json():
        return jsonify(refusal("server_error", message, reference=reference)), 500
    return render_template("errors/message.html", title=_("Sorry"), message=message,
                           reference=reference), 500


def handle_refused(error: Refused):
    """A rule broken by a request that no view answered itself: the same reply as on a
    socket (JSON), or the message on a page."""
    db.session.rollback()
    reference = _reference()
    current_app.logger.info("refused code=%s path_rule=%s ref=%s", error.code,
                            request.url_rule.rule if request.url_rule else "-", reference)
    if _wants_json():
        return jsonify({**error.reply(), "reference": reference}), error.status
    return render_template("errors/message.html", title=str(HTTP_ERRORS.get(
        error.status, HTTP_ERRORS[400])[0]), message=error.message,
        reference=reference), error.status


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Refused, handle_refused)
    app.register_error_handler(Exception, handle_unexpected)
