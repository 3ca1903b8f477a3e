"""Error pages: every error a person sees carries a short reference that finds the log line."""

from __future__ import annotations

import secrets

from flask import Flask, current_app, g, jsonify, render_template, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from .extensions import db


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
    if _wants_json():
        return jsonify(error=error.name, message=error.description, reference=reference), (
            error.code)
    return render_template("errors/message.html", title=error.name,
                           message=error.description, reference=reference), error.code


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
