"""The facilitator's API tokens page: make a token for some or all sessions, revoke one.

A new token is shown once, on the page that answers its creation (rendered, not
flashed: a flash would carry it in the cookie); afterwards only its name, scope and days.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2

from ..extensions import db
from ..facilitate import services as facilitate_services
from ..refusals import Refused
from ..texts import localized
from . import tokens
from .forms import RevokeForm, TokenForm

bp = Blueprint("api_tokens", __name__, url_prefix="/facilitate/api-tokens")


@bp.before_request
@login_required
def require_login():
    """Every page here is for a logged-in facilitator, about their own tokens."""


def _form(formdata=None) -> TokenForm:
    form = TokenForm(formdata=formdata) if formdata is not None else TokenForm()
    form.sessions.choices = [
        SelectChoice(session.public_id, f"{localized(session, 'title')} ({session.code})")
        for session in facilitate_services.sessions_of(current_user)]
    return form


def _page(form: TokenForm, status: int = 200, created: str | None = None,
          created_name: str | None = None):
    return render_template("api/tokens.html", form=form, tokens=tokens.tokens_of(current_user),
                           created=created, created_name=created_name), status


@bp.route("")
def index():
    form = _form(formdata=None)
    chosen = request.args.get("session")
    if chosen in {choice.value for choice in form.sessions.choices  # type: ignore[union-attr]
                  }:  # SelectChoice objects (WTForms 3.3; the stubs describe 3.2)
        form.sessions.data = [chosen]  # from a session's navigation: that session ticked
    return _page(form)


@bp.route("", methods=["POST"])
def create():
    form = _form()
    if not form.validate():
        return _page(form, 400)
    try:
        token, text = tokens.create_token(current_user, form.name.data or "",
                                          list(form.sessions.data or []),
                                          bool(form.all_sessions.data))
    except Refused as refused:
        db.session.rollback()
        form.name.errors = [*form.name.errors, refused.message]
        return _page(form, refused.status)
    db.session.commit()
    return _page(_form(formdata=None), created=text, created_name=token.name)


@bp.route("/<token_id>/revoke", methods=["POST"])
def revoke(token_id: str):
    if not RevokeForm().validate():
        abort(400)
    try:
        token = tokens.revoke_token(current_user, token_id)
    except Refused:
        abort(404)
    db.session.commit()
    flash(_("The token \u201c%(name)s\u201d is revoked: it no longer works.",
            name=token.name), "success")
    return redirect(url_for("api_tokens.index"))
