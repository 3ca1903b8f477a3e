"""Dialogue: facilitated policy dialogues under the Chatham House Rule."""

from __future__ import annotations

import importlib
import os
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any

from flask import Flask
from flask_babel import lazy_gettext

from . import config as config_module

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS_DIR = str(Path(__file__).resolve().parent / "migrations")


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults < DIALOGUE_* environment < ``config`` (the test mapping)."""
    config = dict(config or {})
    instance_path = config.pop("INSTANCE_PATH", None) or os.environ.get(
        "DIALOGUE_INSTANCE_PATH") or str(PROJECT_ROOT / "instance")
    app = Flask(__name__, instance_path=instance_path,
                template_folder=str(PROJECT_ROOT / "templates"),
                static_folder=str(PROJECT_ROOT / "static"))
    settings: dict[str, Any] = dict(config_module.DEFAULTS)
    settings.update(config_module.from_environment(os.environ))
    settings.update(config)
    if not settings["SECRET_KEY"]:
        settings["SECRET_KEY"] = config_module.instance_secret_key(app.instance_path)
    settings["SESSIONS_DIR"] = settings["SESSIONS_DIR"] or str(PROJECT_ROOT / "sessions")
    settings.setdefault("SQLALCHEMY_DATABASE_URI", config_module.database_uri(
        settings["DATABASE_URL"], app.instance_path))
    settings.setdefault("LANGUAGES", ("en", "de"))
    settings.setdefault("PROJECT_ROOT", PROJECT_ROOT)
    settings.setdefault("SESSION_COOKIE_HTTPONLY", True)
    settings.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    settings.setdefault("REMEMBER_COOKIE_SAMESITE", "Lax")
    settings.setdefault("WTF_CSRF_TIME_LIMIT", None)  # tied to the session, not a clock
    app.config.update(settings)

    _init_extensions(app)
    _register_blueprints(app)
    from .join import throttle

    throttle.init_app(app)
    from . import compression, errors, logs, plain_text, security

    plain_text.init_app(app)
    logs.init_app(app)
    errors.init_app(app)
    security.init_app(app)
    compression.init_app(app)
    return app


def _init_extensions(app: Flask) -> None:
    from . import database, erasure, i18n, rate_limits
    from .auth.services import load_facilitator
    from .extensions import csrf, db, login_manager, migrate
    from .realtime.cookie import SocketSessionInterface

    database.init_app(app)
    erasure.init_app(app)
    app.session_interface = SocketSessionInterface()
    migrate.init_app(app, db, directory=MIGRATIONS_DIR, render_as_batch=True)
    csrf.init_app(app)
    rate_limits.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = lazy_gettext("Please log in to access this page.")
    login_manager.user_loader(load_facilitator)
    i18n.init_app(app)
    from . import realtime

    # The live layer first: the features register their commands with it.
    realtime.init_app(app)
    for feature in live_features():
        feature.init_app(app)


def live_features() -> list[ModuleType]:
    """The feature packages that plug into the live layer: every ``dialogue.<name>`` whose
    ``__init__`` says ``LIVE_FEATURE = True`` and has an ``init_app`` (sorted by name). A new
    feature is found here, so adding one touches only its own folder."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda each: each.name):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if getattr(module, "LIVE_FEATURE", False) and callable(getattr(module, "init_app",
                                                                         None)):
            found.append(module)
    return found


def _register_blueprints(app: Flask) -> None:
    from .auth.views import bp as auth_bp
    from .export.views import bp as export_bp
    from .facilitate.handout import bp as handout_bp
    from .facilitate.views import bp as facilitate_bp
    from .invitations.views import bp as invitations_bp
    from .join.views import bp as join_bp
    from .vendor import bp as vendor_bp

    for blueprint in (auth_bp, facilitate_bp, join_bp, vendor_bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(handout_bp)
    app.register_blueprint(invitations_bp)
    app.register_blueprint(export_bp)
