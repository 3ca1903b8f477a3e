"""Third-party browser files, served from node_modules (installed by npm, never a CDN)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory

from .security import cacheable

bp = Blueprint("vendor", __name__, url_prefix="/vendor")

# Only these files, each from its package's own build: nothing else in node_modules is served.
FILES = {
    "socket.io.min.js": "socket.io-client/dist",
}


@bp.route("/<name>")
@cacheable
def asset(name: str):
    folder = FILES.get(name)
    if folder is None:
        abort(404)
    root = current_app.config.get("NODE_MODULES") or str(
        current_app.config["PROJECT_ROOT"] / "node_modules")
    return send_from_directory(f"{root}/{folder}", name, max_age=86400)
