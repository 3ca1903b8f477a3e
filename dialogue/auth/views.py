"""Facilitator login and logout."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask import session as cookie
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db
from ..redirects import local_path
from .forms import LoginForm
from .services import LoginRefused, authenticate

bp = Blueprint("auth", __name__, url_prefix="/facilitate")


def _safe_next(target: str | None) -> str:
    return local_path(target) or url_for("facilitate.sessions")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("facilitate.sessions"))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            facilitator = authenticate(form.email.data or "", form.password.data or "")
        except LoginRefused:
            form.password.errors = [*form.password.errors, _(
                "These credentials are not valid, or the account is locked for a while "
                "after repeated failures.")]
            return render_template("auth/login.html", form=form), 401
        db.session.commit()
        lang = cookie.get("lang")
        cookie.clear()  # a fresh session at login: no fixation
        if lang:
            cookie["lang"] = lang
        login_user(facilitator)
        return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form), 400 if form.errors else 200


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    current_user.login_epoch += 1
    db.session.commit()
    logout_user()
    cookie.clear()
    flash(_("You are logged out."), "info")
    return redirect(url_for("auth.login"))
