"""`dialogue run` on PostgreSQL keeps no transaction open between requests.

A transaction left "idle in transaction" holds back PostgreSQL's xmin horizon for the life
of the server: no VACUUM could then remove a dead row, and a closed session's key and
author refs would stay readable in the table files (issue 12).
"""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from dialogue.bench import scratch, servers

from .conftest import POSTGRES_URL, postgres_available, require_service

pytestmark = pytest.mark.services


def _open_transactions(database_url: str) -> list[tuple]:
    engine = sa.create_engine(database_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text(
                "SELECT pid, state, query FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND state LIKE 'idle in transaction%'")).all()
    finally:
        engine.dispose()


def test_the_server_leaves_no_transaction_idle_between_requests(tmp_path: Path):
    require_service(postgres_available(), "PostgreSQL")
    database_url, name = scratch.scratch_postgres(POSTGRES_URL)
    instance = tmp_path / "instance"
    instance.mkdir()
    env = {"DIALOGUE_INSTANCE_PATH": str(instance), "DIALOGUE_SECRET_KEY":
           secrets.token_urlsafe(48), "DIALOGUE_DATABASE_URL": database_url,
           "DIALOGUE_LOG_LEVEL": "WARNING", "PATH": "/usr/bin:/bin"}
    port = servers.free_port()
    # With the demo session, as an operator trying it out starts it.
    server = servers.ServerProcess("app", servers.APP_COMMAND + ["run", "--port", str(port)],
                                   port, tmp_path / "app.log", env, ready_path="/join")
    try:
        server.start()
        server.wait_ready()
        facilitator = requests.Session()
        page = facilitator.get(f"{server.url}/facilitate/login", timeout=10).text
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        credentials = json.loads((instance / "demo-credentials.json").read_text())
        response = facilitator.post(f"{server.url}/facilitate/login", timeout=10, data={
            "csrf_token": token, **credentials})
        assert response.status_code == 200 and "/facilitate/login" not in response.url
        assert facilitator.get(f"{server.url}/facilitate/", timeout=10).status_code == 200
        assert requests.get(f"{server.url}/join", timeout=10).status_code == 200
        assert _open_transactions(database_url) == []
    finally:
        server.stop()
        scratch.drop_postgres(database_url, name)
