"""Login attempts under attack: concurrent guesses are all counted, and nothing about an
email (known, unknown, locked) shows in the work done or the answer given."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher, extract_parameters

from dialogue.auth.services import FREE_ATTEMPTS, LoginRefused, authenticate
from dialogue.extensions import db
from dialogue.models import Facilitator

from ..factories import Factory

WRONG = "not the password at all"


class SlowHashing:
    """Holds every check of a wrong password until released, as a server under load (or
    psycopg yielding under gevent) would: every guess is in flight at the same time."""

    def __init__(self, monkeypatch):
        self.entered = threading.Semaphore(0)
        self.release = threading.Event()
        self.real_hashes: list[str] = []
        self.lock = threading.Lock()
        original = PasswordHasher.verify

        def verify(hasher, password_hash, password):
            with self.lock:
                self.real_hashes.append(password_hash)
            if password == WRONG:
                self.entered.release()
                self.release.wait(timeout=30)
            return original(hasher, password_hash, password)

        monkeypatch.setattr(PasswordHasher, "verify", verify)

    def wait_until_in_flight(self, count: int) -> None:
        for _ in range(count):
            if not self.entered.acquire(timeout=10):
                self.release.set()
                pytest.fail("the guesses were not all in flight at once (each one holds a "
                            "database connection while its hash is checked?)")


def _guess(app, email: str, password: str, outcomes: list) -> None:
    with app.app_context():
        try:
            authenticate(email, password)
            db.session.commit()
            outcomes.append("logged in")
        except LoginRefused:
            outcomes.append("refused")
        finally:
            db.session.remove()


def _burst(app, email: str, count: int, outcomes: list) -> list[threading.Thread]:
    threads = [threading.Thread(target=_guess, args=(app, email, WRONG, outcomes),
                                daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


@pytest.fixture(params=["sqlite", "postgresql"])
def any_app(request) -> Iterator:
    yield request.getfixturevalue("app" if request.param == "sqlite" else "pg_app")


def test_thirty_concurrent_wrong_passwords_are_all_counted_and_lock_the_account(
        any_app, monkeypatch):
    factory = Factory(any_app)
    owner = factory.facilitator
    hashing = SlowHashing(monkeypatch)
    outcomes: list[str] = []
    threads = _burst(any_app, owner.email, 30, outcomes)
    hashing.wait_until_in_flight(30)
    hashing.release.set()
    for thread in threads:
        thread.join(timeout=60)
    assert outcomes == ["refused"] * 30
    db.session.expire_all()
    owner = db.session.get(Facilitator, owner.id)
    # Each guess was counted before its hash was checked: the first five locked the account
    # and the other 25 never got to try the real hash.
    assert owner.failed_logins == FREE_ATTEMPTS
    assert owner.locked_until is not None
    assert hashing.real_hashes.count(owner.password_hash) == FREE_ATTEMPTS
    with pytest.raises(LoginRefused):
        authenticate(owner.email, factory.password)


def test_right_password_inside_a_burst_of_wrong_ones_is_refused(any_app, monkeypatch):
    factory = Factory(any_app)
    owner = factory.facilitator
    hashing = SlowHashing(monkeypatch)
    outcomes: list[str] = []
    threads = _burst(any_app, owner.email, 11, outcomes)
    hashing.wait_until_in_flight(11)  # eleven guesses are being checked right now
    right: list[str] = []
    _guess(any_app, owner.email, factory.password, right)
    hashing.release.set()
    for thread in threads:
        thread.join(timeout=60)
    assert right == ["refused"]
    assert outcomes == ["refused"] * 11


class CountedHashing:
    """Counts argon2 work per login attempt and keeps the hashes that were checked."""

    def __init__(self, monkeypatch):
        self.checked: list[str] = []
        self.hashed = 0
        verify, hash_ = PasswordHasher.verify, PasswordHasher.hash

        def counted_verify(hasher, password_hash, password):
            self.checked.append(password_hash)
            return verify(hasher, password_hash, password)

        def counted_hash(hasher, password, **kwargs):
            self.hashed += 1
            return hash_(hasher, password, **kwargs)

        monkeypatch.setattr(PasswordHasher, "verify", counted_verify)
        monkeypatch.setattr(PasswordHasher, "hash", counted_hash)


def _locked(factory: Factory) -> Facilitator:
    locked = factory.make_facilitator("locked@example.org")
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(LoginRefused):
            authenticate(locked.email, WRONG)
    return locked


def _answer_without_echo(browser, email: str):
    response = browser.post("/facilitate/login", {"email": email, "password": WRONG},
                            token_from="/facilitate/login")
    page = re.sub(r'name="csrf_token" type="hidden" value="[^"]+"', "",
                  response.get_data(as_text=True))
    return response.status_code, page.replace(email, "EMAIL")


def _differences(answers: dict) -> str:
    """What tells the answers apart, line by line, for a failure that can be read (a long
    page in pytest's repr is cut in the middle, where the difference is)."""
    import difflib

    (first, (status, page)), *others = answers.items()
    return "\n".join(f"{first} {status} vs {email} {other_status}:\n" + "\n".join(
        difflib.unified_diff(page.splitlines(), other_page.splitlines(), lineterm="", n=1))
        for email, (other_status, other_page) in others
        if (other_status, other_page) != (status, page))


def test_known_unknown_and_locked_emails_cost_and_say_the_same(
        app, factory, browser, monkeypatch):
    owner, locked = factory.facilitator, _locked(factory)
    with pytest.raises(LoginRefused):
        authenticate("warm-up@example.org", WRONG)  # the dummy hash is made once per process
    hashing = CountedHashing(monkeypatch)
    answers = {}
    for email in (owner.email, "nobody@example.org", locked.email, "not an email"):
        hashing.checked.clear()
        answers[email] = _answer_without_echo(browser, email)
        assert len(hashing.checked) == 1, email
        assert extract_parameters(hashing.checked[0]) == extract_parameters(
            owner.password_hash), email
    assert hashing.hashed == 0
    assert len(set(answers.values())) == 1, _differences(answers)
    status, page = answers[owner.email]
    assert status == 401 and "credentials are not valid" in page
