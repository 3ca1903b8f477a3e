"""`dialogue export CODE --format F --out PATH [--draft] [--language L]`."""

from __future__ import annotations

import json

import pytest

from dialogue.export import services
from dialogue.export.cli import export_command
from dialogue.extensions import db

from .conftest import FORMATS, readable


@pytest.fixture
def out_dir(tmp_path):
    """An empty folder of its own (tmp_path also holds the test database)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture
def released(factory, kit):
    session = factory.live_session()
    kit.contribution(session, "Pool the training budgets.", votes=2)
    services.release_export(session, factory.facilitator, ["pdf", "json"], "de")
    db.session.commit()
    return session


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_released_export_is_written_in_every_format(runner, released, tmp_path, fmt):
    out = tmp_path / f"outcome.{fmt}"
    result = runner.invoke(export_command, [released.code, "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "released" in result.output
    text = readable(fmt, out.read_bytes())
    assert "Pool the training budgets." in text
    assert "Tagesordnung" in text or fmt in ("json", "csv")  # the release's language


def test_draft_uses_current_data_and_the_chosen_language(runner, released, kit, tmp_path):
    kit.contribution(released, "Added after the release.", votes=1)
    out = tmp_path / "draft.json"
    result = runner.invoke(export_command, [released.code.lower(), "--format", "json",
                                            "--out", str(out), "--draft", "--language", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["language"] == "en"
    assert "Added after the release." in out.read_text()


def test_an_unreleased_session_needs_draft(runner, factory, tmp_path):
    session = factory.live_session()
    out = tmp_path / "x.md"
    result = runner.invoke(export_command, [session.code, "--format", "md", "--out", str(out)])
    assert result.exit_code != 0 and "not been released" in result.output
    assert not out.exists()


@pytest.mark.parametrize("args, message", [
    (["NOPE42", "--format", "md"], "No session has the code"),
    (["{code}", "--format", "odt"], "Invalid value for '--format'"),
    (["{code}", "--format", "md", "--language", "fr"], "Invalid value for '--language'"),
    (["{code}", "--format", "md", "--language", "en"], "--draft only"),
])
def test_bad_input_is_a_clear_error_and_writes_nothing(runner, released, out_dir, args,
                                                       message):
    out = out_dir / "out.file"
    args = [arg.replace("{code}", released.code) for arg in args]
    result = runner.invoke(export_command, [*args, "--out", str(out)])
    assert result.exit_code != 0
    assert message in result.output
    assert list(out_dir.iterdir()) == []


def test_a_missing_directory_is_a_clear_error(runner, released, tmp_path):
    out = tmp_path / "missing" / "out.md"
    result = runner.invoke(export_command, [released.code, "--format", "md", "--out", str(out)])
    assert result.exit_code != 0 and "no such directory" in result.output
    assert not out.parent.exists()


def test_a_failed_render_leaves_no_file_behind(runner, released, out_dir, monkeypatch):
    def broken(export):
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(services.FORMATS, "md", services.FORMATS["md"].__class__(
        "md", "Markdown", "text/markdown", "md", broken))
    out = out_dir / "out.md"
    result = runner.invoke(export_command, [released.code, "--format", "md", "--out", str(out)])
    assert result.exit_code != 0
    assert list(out_dir.iterdir()) == []


def test_the_command_is_registered_on_the_dialogue_group():
    from dialogue.cli import cli

    assert cli.commands["export"] is export_command


def test_a_release_withdrawn_by_a_later_redaction_is_refused_and_writes_nothing(
        runner, released, out_dir):
    from dialogue.export.redactions import redact_passage

    (key, passage), = [(key, p) for key, p in services.preview(released).passages().items()
                       if "Pool" in str(p)]
    redact_passage(released, key, passage.digest, 0, 4)
    db.session.commit()
    out = out_dir / "outcome.json"
    result = runner.invoke(export_command, [released.code, "--format", "json", "--out",
                                            str(out)])
    assert result.exit_code != 0 and "released anew" in result.output
    assert not out.exists()
