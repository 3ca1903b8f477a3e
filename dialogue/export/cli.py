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
