"""`dialogue export`: the outcome of a session in one format, from the command line."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click
import sqlalchemy as sa
from flask.cli import with_appcontext

FORMAT_NAMES = ("pdf", "docx", "html", "md", "json", "csv")


@click.command("export")
@click.argument("code")
@click.option("--format", "fmt", required=True, type=click.Choice(FORMAT_NAMES),
              help="Report (pdf, docx, html, md) or data (json, csv as a zip).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (replaced if it exists).")
@click.option("--draft", is_flag=True,
              help="Build from the current data (undecided flags redacted) instead of the "
                   "released export.")
@click.option("--language", type=click.Choice(("en", "de")),
              help="Report language for --draft (default: the session's language).")
@with_appcontext
def export_command(code: str, fmt: str, out: Path, draft: bool, language: str | None) -> None:
    """Write the released outcome of the session CODE to OUT."""
    from ..extensions import db
    from ..facilitate.services import normalise_code
    from ..models import DialogueSession
    from . import services

    session = db.session.scalar(sa.select(DialogueSession).filter_by(code=normalise_code(code)))
    if session is None:
        raise click.ClickException(f"No session has the code {code[:20]!r}.")
    if not out.parent.is_dir():
        raise click.ClickException(f"{out.parent}: no such directory.")
    if draft:
        data = services.render(services.build_export(
            session, services.language_for(session, language)), fmt)
    else:
        release = services.latest_release(session)
        if release is None:
            raise click.ClickException("This session's outcome has not been released; "
                                       "release it first, or pass --draft.")
        if language and language != release.language:
            raise click.ClickException(f"The release is in {release.language!r}; "
                                       "--language applies to --draft only.")
        try:
            data = services.release_file(release, fmt)
        except services.ExportError as refused:  # withdrawn by a later redaction
            raise click.ClickException(str(refused)) from refused
    _write_atomically(out, data)
    click.echo(f"Wrote {out} ({len(data):,} bytes, {'draft' if draft else 'released'}).")


@click.command("export-round")
@click.argument("round_name")
@click.option("--owner", required=True, help="The email of the facilitator of the round.")
@click.option("--format", "fmt", required=True,
              type=click.Choice(("pdf", "docx", "html", "md", "json", "csv")),
              help="Report (pdf, docx, html, md) or data (json, csv as a zip).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--language", type=click.Choice(("en", "de")), default="en", show_default=True)
@with_appcontext
def export_round_command(round_name: str, owner: str, fmt: str, out: Path,
                         language: str) -> None:
    """Write the round report of ROUND_NAME (every session of the round, as each session's
    review leaves it: undecided flags redacted) to OUT."""
    from ..extensions import db
    from ..models import Facilitator
    from .round import build_round, render_round

    facilitator = db.session.scalar(sa.select(Facilitator).filter_by(
        email=owner.strip().lower()[:320]))
    if facilitator is None:
        raise click.ClickException(f"No facilitator has the email {owner[:60]!r}.")
    if not out.parent.is_dir():
        raise click.ClickException(f"{out.parent}: no such directory.")
    try:
        report = build_round(facilitator.id, round_name[:200], language)
    except ValueError as refused:
        raise click.ClickException(f"{facilitator.email} has no session in the round "
                                   f"{round_name[:60]!r}.") from refused
    data = render_round(report, fmt)
    _write_atomically(out, data)
    click.echo(f"Wrote {out} ({len(data):,} bytes, {len(report.sessions)} sessions, "
               f"{len(report.options)} options).")


def _write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename: a failure leaves no partial file behind."""
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".export-")
    except OSError as error:
        raise click.ClickException(f"{path}: cannot write there ({error.strerror}).") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise click.ClickException(f"{path}: cannot write there ({error.strerror}).") from error
