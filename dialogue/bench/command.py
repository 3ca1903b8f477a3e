"""The `dialogue bench` command. Its work is in bench.runner, imported only when it runs
(so `dialogue run` does not import the load client before gevent patches).

Progress goes to stderr; the table (and with ``--json`` a last line holding one JSON
object) goes to stdout, so ``dialogue bench --json | tail -n 1`` is the machine-readable
result.
"""

from __future__ import annotations

import json

import click


@click.command("bench")
@click.option("--clients", default=100, show_default=True, type=click.IntRange(1))
@click.option("--votes-per-second", default=20.0, show_default=True,
              type=click.FloatRange(0, min_open=True))
@click.option("--duration", default=10.0, show_default=True, type=click.FloatRange(1),
              help="Seconds of load after everyone has joined.")
@click.option("--posts-per-second", default=0.0, show_default=True,
              type=click.FloatRange(0))
@click.option("--baseline", is_flag=True,
              help="Also run the same load against a bare Flask-SocketIO server.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="App processes behind a sticky balancer (needs PostgreSQL and Redis).")
@click.option("--url", help="Load a running server instead; it must use this shell's "
              "DIALOGUE_* configuration (the bench makes its session in that database).")
@click.option("--database-url", envvar="DIALOGUE_DATABASE_URL",
              help="PostgreSQL server for a scratch database [env: DIALOGUE_DATABASE_URL]; "
              "default: SQLite in a scratch folder.")
@click.option("--redis-url", envvar="DIALOGUE_REDIS_URL",
              help="Redis for the Socket.IO message queue [env: DIALOGUE_REDIS_URL].")
@click.option("--client-processes", default=0, show_default="one per 500 clients, "
              "up to the CPU count", type=click.IntRange(0),
              help="Processes that run the load's clients.")
@click.option("--client-scheduling", type=click.Choice(["batch", "normal"]), default="batch",
              show_default=True, help="Linux scheduling policy of the load processes: "
              "batch keeps them from preempting the server on every tally they receive.")
@click.option("--json", "as_json", is_flag=True, help="End with one line of JSON.")
@click.option("--keep", is_flag=True, help="Keep the scratch folder (server logs).")
def bench_command(clients, votes_per_second, duration, posts_per_second, baseline, workers,
                  url, database_url, redis_url, client_processes, client_scheduling, as_json,
                  keep) -> None:
    """Measure what a server holds: N participants join one board and vote at a rate."""
    from . import report, servers
    from .runner import BenchOptions, run_bench

    if workers > 1 and (url or not (database_url or "").startswith("postgresql")
                        or not redis_url):
        raise click.UsageError("--workers needs --database-url postgresql://... and "
                               "--redis-url redis://... (and no --url).")
    options = BenchOptions(clients, votes_per_second, duration, posts_per_second, baseline,
                           workers, url, database_url, redis_url, keep=keep,
                           client_processes=client_processes,
                           batch_clients=client_scheduling == "batch")
    try:
        result = run_bench(options)
    except servers.ServerError as error:
        raise click.ClickException(str(error)) from error
    click.echo(report.table(result, result.get("baseline")))
    for name, figures in (("app", result), ("baseline", result.get("baseline"))):
        if figures and figures["errors"]:
            click.echo(f"{name} errors:")
            click.echo("\n".join(report.error_lines(figures)))
    if as_json:
        click.echo(json.dumps(result, sort_keys=True))
