"""The `dialogue` command: run the app, manage facilitators and sessions, and more."""

from __future__ import annotations

import json
import os
import secrets
import sys
from pathlib import Path

import click
import sqlalchemy as sa
from flask import Flask, current_app
from flask.cli import FlaskGroup, routes_command, shell_command, with_appcontext

from . import create_app


def _app_factory():
    return create_app()


cli = FlaskGroup(create_app=_app_factory, add_default_commands=False,
                 help="Dialogue: facilitated policy dialogues under the Chatham House Rule.")
cli.add_command(shell_command)
cli.add_command(routes_command)

DEMO_EMAIL = "demo@dialogue.example"


def _current_app() -> Flask:
    """The application behind the ``current_app`` proxy, to hand to code outside this
    context (the server). Flask types the proxy as the application itself, so the proxy's
    own method is unknown to the type checker."""
    return current_app._get_current_object()  # type: ignore[attr-defined]


def upgrade_database() -> None:
    """Apply the Alembic migrations (the app's schema) to the configured database."""
    from flask_migrate import upgrade

    from . import MIGRATIONS_DIR

    upgrade(directory=MIGRATIONS_DIR)


def ensure_demo() -> tuple[str, str, str] | None:
    """Create the demo facilitator and the demo session once; return (email, password, code)."""
    from .auth.services import create_facilitator
    from .extensions import db
    from .facilitate.services import create_session
    from .models import DialogueSession, Facilitator
    from .session_templates import load_template

    credentials = Path(current_app.instance_path) / "demo-credentials.json"
    facilitator = db.session.scalar(sa.select(Facilitator).filter_by(email=DEMO_EMAIL))
    if facilitator is None:
        password = secrets.token_urlsafe(12)
        facilitator = create_facilitator(DEMO_EMAIL, password, "Demo facilitator")
        fd = os.open(credentials, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump({"email": DEMO_EMAIL, "password": password}, handle)
    elif not credentials.exists():
        return None
    password = json.loads(credentials.read_text())["password"]
    session = db.session.scalar(sa.select(DialogueSession).filter_by(
        owner_id=facilitator.id, template_slug="demo"))
    if session is None:
        template = load_template(Path(current_app.config["SESSIONS_DIR"]) / "demo.toml")
        session = create_session(facilitator, template)
    code = session.code
    db.session.commit()
    return DEMO_EMAIL, password, code


@cli.command("run")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--no-demo", is_flag=True, help="Do not create the demo facilitator and session.")
@with_appcontext
def run_command(host: str, port: int, no_demo: bool) -> None:
    """Apply migrations, load the demo session, and serve the app with live updates."""
    from .extensions import db
    from .serving import serve
    from .startup import StartupError, check_configuration

    upgrade_database()
    try:
        check_configuration(_current_app())
    except StartupError as error:
        raise click.ClickException(str(error)) from error
    url = f"http://{host}:{port}"
    if not no_demo:
        demo = ensure_demo()
        if demo:
            email, password, code = demo
            click.echo(f"\n  Dialogue is running at {url}\n"
                       f"  Facilitator login: {url}/facilitate/login\n"
                       f"    email:    {email}\n    password: {password}\n"
                       f"  Participants join at {url}/join with the code {code}\n")
    # This app context lives as long as the server: a transaction left open in it would
    # stay "idle in transaction" for good, and PostgreSQL's VACUUM could remove nothing.
    db.session.remove()
    serve(_current_app(), host=host, port=port)


@cli.command("create-facilitator")
@click.option("--email", required=True)
@click.option("--name", default="")
@click.password_option(help="At least 12 characters. Prompted for if not given.")
@with_appcontext
def create_facilitator_command(email: str, name: str, password: str) -> None:
    """Create a facilitator account."""
    from .auth.services import AccountError, create_facilitator
    from .extensions import db

    try:
        facilitator = create_facilitator(email, password, name)
    except AccountError as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Created facilitator {facilitator.email}.")


@cli.group("session")
def session_group() -> None:
    """Session templates and sessions."""


@session_group.command("load")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--owner", help="The facilitator's email (default: the only facilitator).")
@with_appcontext
def session_load(path: Path, owner: str | None) -> None:
    """Create a session from the template file PATH."""
    from .extensions import db
    from .facilitate.services import create_session
    from .models import Facilitator
    from .session_templates import TemplateError, load_template

    if not path.exists():
        raise click.ClickException(f"{path}: no such file.")
    try:
        template = load_template(path)
    except TemplateError as error:
        raise click.ClickException(str(error)) from error
    query = sa.select(Facilitator)
    if owner:
        query = query.filter_by(email=owner.strip().lower())
    facilitators = list(db.session.scalars(query.limit(2)))
    if len(facilitators) != 1:
        raise click.ClickException(
            f"No facilitator with the email {owner}." if owner else
            "Name the owner with --owner EMAIL (there is not exactly one facilitator).")
    session = create_session(facilitators[0], template)
    db.session.commit()
    click.echo(f"Loaded '{session.title}' with the code {session.code} "
               f"({len(session.agenda)} agenda items).")


@session_group.command("list")
@with_appcontext
def session_list() -> None:
    """List sessions with their codes and status."""
    from .extensions import db
    from .models import DialogueSession

    for session in db.session.scalars(sa.select(DialogueSession).order_by(DialogueSession.id)):
        click.echo(f"{session.code}  {session.status:7}  {session.title}")


@cli.command("check")
@with_appcontext
def check_command() -> None:
    """Check the configuration (secret key, database, SQLite pragmas, migrations), and
    retry the erasure of closed sessions whose erasure is pending; list those still pending."""
    from . import erasure
    from .extensions import db
    from .models import DialogueSession
    from .startup import StartupError, check_configuration

    try:
        for line in check_configuration(_current_app()):
            click.echo(f"ok: {line}")
    except StartupError as error:
        raise click.ClickException(str(error)) from error
    from .networking import services as networking

    networking.purge_expired()  # shared contacts past NETWORK_KEEP_DAYS (docs/security.md)
    networking.compact()
    click.echo("ok: shared contacts kept no longer than "
               f"{_current_app().config['NETWORK_KEEP_DAYS']} days after close")
    pending = erasure.retry_pending()
    for mark in pending:
        session = db.session.get_one(DialogueSession, mark.session_id)
        click.echo(f"erasure pending: session {session.code} ({session.title}), closed "
                   f"{mark.since:%Y-%m-%d}: {erasure.reason_text(mark.reason)}")
    if pending:
        raise click.ClickException(f"Erasure is pending for {len(pending)} closed session(s): "
                                   "their key or author references may still be in the "
                                   "database's files (see docs/security.md).")
    click.echo("ok: no closed session's erasure is pending")


@cli.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(path: Path) -> None:
    """Write a consistent online backup of the SQLite database to PATH and check it."""
    from .backup import BackupError, backup_sqlite

    try:
        result = backup_sqlite(path)
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Backed up {result['sessions']} sessions to {result['path']} "
               f"(integrity: {result['integrity']}).")


def _register_feature_commands() -> None:
    from .bench.command import bench_command
    from .deid.command import deid_command
    from .export.cli import export_command, export_round_command

    cli.add_command(bench_command)
    cli.add_command(deid_command)
    cli.add_command(export_command)
    cli.add_command(export_round_command)


_register_feature_commands()


def main() -> None:
    """Console entry point. `run` serves with gevent, which must patch before anything else."""
    # DIALOGUE_ASYNC_MODE=gevent set by hand must patch too, or gevent serves unpatched I/O.
    mode = os.environ.get("DIALOGUE_ASYNC_MODE") or "gevent"
    if len(sys.argv) > 1 and sys.argv[1] == "run" and mode == "gevent":
        from gevent import monkey

        monkey.patch_all()
        os.environ["DIALOGUE_ASYNC_MODE"] = "gevent"
    cli.main(prog_name="dialogue")
