"""Languages: English and German; the browser decides unless the person switched."""

from __future__ import annotations

from flask import Flask, current_app, g, has_request_context, request
from flask import session as cookie
from flask_babel import get_locale, get_translations


def select_locale() -> str:
    if not has_request_context():  # the CLI, background work: English unless forced
        return "en"
    languages = current_app.config["LANGUAGES"]
    chosen = cookie.get("lang")
    if isinstance(chosen, str) and chosen in languages:
        return chosen
    return request.accept_languages.best_match(languages) or "en"


def _request_translations():
    """This request's catalog (Flask-Babel's, cached on ``g`` for the request)."""
    found = g.get("_dialogue_translations")
    if found is None:
        found = g._dialogue_translations = get_translations()
    return found


def init_app(app: Flask) -> None:
    from .extensions import babel

    babel.init_app(app, locale_selector=select_locale,
                   default_translation_directories="translations")

    # Flask-Babel's template callables look the translations up again for every string
    # (a dozen context lookups each; a page has about 80 strings). The locale is fixed for
    # a request (Flask-Babel caches it), so the catalog is looked up once per request.
    # Added to the environment by Jinja's i18n extension, which Flask-Babel loads.
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=lambda s: _request_translations().ugettext(s),
        ngettext=lambda s, p, n: _request_translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: _request_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: _request_translations().unpgettext(c, s, p, n))

    from flask_babel import format_date, format_decimal

    from .texts import current_language, group_label, label_for, localized

    app.jinja_env.globals.update(localized=localized, group_label=group_label,
                                 label_for=label_for, current_language=current_language)
    app.jinja_env.filters.update(decimal=format_decimal, date=format_date)

    @app.teardown_request
    def forget_locale(_error: BaseException | None = None) -> None:
        """The locale and catalog are cached on ``g``; a Socket.IO event may share its app
        context with others (an outer one in tests), so each request forgets its own."""
        g.pop("_flask_babel", None)
        g.pop("_dialogue_translations", None)

    @app.context_processor
    def language_context() -> dict:
        return {"current_locale": lambda: str(get_locale() or "en")}
