"""Configuration: defaults < DIALOGUE_* environment < test mapping; the secret key is kept."""

from pathlib import Path

import pytest

from dialogue import create_app
from dialogue.config import from_environment


def test_secret_key_is_generated_once_and_kept_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("DIALOGUE_SECRET_KEY", raising=False)
    first = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True})
    second = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True})
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]
    assert len(first.config["SECRET_KEY"]) >= 40
    key_file = Path(tmp_path) / "secret_key.json"
    assert key_file.stat().st_mode & 0o077 == 0, "the key file must be private to its owner"


def test_default_database_is_sqlite_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("DIALOGUE_DATABASE_URL", raising=False)
    app = create_app({"INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "x" * 40, "TESTING": True})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'dialogue.sqlite'}"


def test_environment_overrides_defaults_and_the_test_mapping_overrides_both(tmp_path,
                                                                          monkeypatch):
    monkeypatch.setenv("DIALOGUE_K_ANONYMITY", "7")
    monkeypatch.setenv("DIALOGUE_MAX_CONTRIBUTION_LENGTH", "500")
    app = create_app({"INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "x" * 40,
                      "MAX_CONTRIBUTION_LENGTH": 800, "TESTING": True})
    assert app.config["K_ANONYMITY"] == 7
    assert app.config["MAX_CONTRIBUTION_LENGTH"] == 800


def test_postgresql_url_uses_the_psycopg_driver(tmp_path):
    app = create_app({"INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "x" * 40,
                      "DATABASE_URL": "postgresql://u@127.0.0.1/db", "TESTING": True})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@127.0.0.1/db"


def test_a_non_numeric_number_setting_is_a_clear_error():
    with pytest.raises(RuntimeError, match="DIALOGUE_K_ANONYMITY must be a whole number"):
        from_environment({"DIALOGUE_K_ANONYMITY": "five"})
