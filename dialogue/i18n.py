"""Languages: English and German; the browser decides unless the person switched."""

from __future__ import annotations

from flask import Flask, current_app, has_request_context, request
from flask import session as cookie
from flask_babel import get_locale


def select_locale() -> str:
    if not has_request_context():  # the CLI, background work: English unless forced
        return "en"
    languages = current_app.config["LANGUAGES"]
    chosen = cookie.get("lang")
    if chosen in languages:
        return chosen
    return request.accept_languages.best_match(languages) or "en"


def init_app(app: Flask) -> None:
    from .extensions import babel

    babel.init_app(app, locale_selector=select_locale,
                   default_translation_directories="translations")

    @app.context_processor
    def language_context() -> dict:
        return {"current_locale": lambda: str(get_locale() or "en")}
