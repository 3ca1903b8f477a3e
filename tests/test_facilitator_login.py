"""Facilitators log in with email and password; failures lock the account with backoff."""

from datetime import timedelta

import pytest

from dialogue.auth.services import (
    AccountError,
    LoginRefused,
    authenticate,
    create_facilitator,
    lockout_for,
)
from dialogue.cli import cli
from dialogue.extensions import db


def test_password_is_stored_as_an_argon2id_hash(factory):
    assert factory.facilitator.password_hash.startswith("$argon2id$")
    assert factory.password not in factory.facilitator.password_hash


def test_facilitator_logs_in_and_sees_their_sessions(facilitator_browser):
    response = facilitator_browser.get("/facilitate/")
    assert response.status_code == 200
    assert "Your sessions" in response.get_data(as_text=True)


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(browser, factory):
    response = browser.post("/facilitate/login", {"email": factory.facilitator.email,
                                                  "password": "wrong password!"},
                            token_from="/facilitate/login")
    assert response.status_code == 401
    assert "credentials are not valid" in response.get_data(as_text=True)


def test_login_form_without_csrf_token_is_refused(client, factory):
    response = client.post("/facilitate/login", data={"email": factory.facilitator.email,
                                                      "password": factory.password})
    assert response.status_code == 400
    assert client.get("/facilitate/").status_code == 302  # still not logged in


def test_repeated_failures_lock_the_account_even_for_the_right_password(app, factory):
    email = factory.facilitator.email
    for _ in range(5):
        with pytest.raises(LoginRefused):
            authenticate(email, "not the password")
    with pytest.raises(LoginRefused):
        authenticate(email, factory.password)
    db.session.refresh(factory.facilitator)
    assert factory.facilitator.failed_logins == 5


def test_lockout_doubles_and_is_capped_at_an_hour():
    assert lockout_for(4) == timedelta(0)
    assert lockout_for(5) == timedelta(seconds=30)
    assert lockout_for(6) == timedelta(seconds=60)
    assert lockout_for(30) == timedelta(hours=1)


def test_logout_ends_the_old_cookie_too(app, factory, facilitator_browser):
    stolen = facilitator_browser.client.get_cookie("session", domain="dialogue.test").value
    response = facilitator_browser.post("/facilitate/logout", token_from="/facilitate/")
    assert response.status_code == 302
    replay = app.test_client()
    replay.set_cookie("session", stolen, domain="dialogue.test")
    assert replay.get("/facilitate/").status_code == 302


@pytest.mark.parametrize("email,password,message", [
    ("not-an-email", "long enough password", "not a valid email"),
    ("a@example.org", "short", "at least 12"),
])
def test_bad_account_details_are_refused(app, email, password, message):
    with pytest.raises(AccountError, match=message):
        create_facilitator(email, password)


def test_cli_creates_a_facilitator_and_refuses_a_duplicate(runner, app):
    args = ["create-facilitator", "--email", "cli@example.org", "--password",
            "a long enough password"]
    assert runner.invoke(cli, args=args).exit_code == 0
    again = runner.invoke(cli, args=args)
    assert again.exit_code != 0
    assert "exists already" in again.output
