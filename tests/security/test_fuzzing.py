"""Property-based tests: arbitrary payloads to every socket event and the JSON API, and
schemathesis against the served OpenAPI document. Whatever arrives: no server error, no
unhandled exception, a well-formed answer, and a refusal changes nothing."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from dialogue import rate_limits
from dialogue.extensions import socketio

from ..conftest import csrf_from
from .world import build_world, database_state

FIELDS = ["board", "text", "kind", "confirm", "client_key", "id", "up", "action", "reason",
          "labels", "on", "into", "premoderation", "item", "fields", "contributions",
          "option", "base_version", "field", "side", "argument", "round", "scores", "choice",
          "accept", "status", "options", "from", "last_seq"]
FUZZ = settings(max_examples=400, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(
        max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=8), children, max_size=4),
    max_leaves=12)


def payloads(ids: dict[str, str]):
    """Anything JSON, and objects with the protocol's own keys and real ids (deeper)."""
    near = st.sampled_from(sorted(ids.values())) | st.sampled_from(
        ["approve", "dismiss", "label", "open", "next", "pro", "rating", "consent", "block",
         "parked", "agree", "x" * 70, "0" * 32, "", "k" * 8]) | json_values
    return json_values | st.dictionaries(st.sampled_from(FIELDS), near, max_size=6)


def _well_formed(reply) -> bool:
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        return False
    return reply["ok"] or (isinstance(reply.get("error"), str) and isinstance(
        reply.get("message"), str))


def test_arbitrary_socket_payloads_never_break_a_handler(app, factory):
    world = build_world(app, factory)
    events = sorted(set(socketio.server.handlers["/"]) - {"connect", "disconnect"})
    sockets = {role: world.socket(role) for role in ("participant", "owner")}

    @FUZZ
    @given(role=st.sampled_from(sorted(sockets)), event=st.sampled_from(events),
           data=payloads(world.ids))
    def send(role, event, data):
        rate_limits.reset()
        before = database_state()
        reply = sockets[role].emit(event, data, callback=True)
        assert _well_formed(reply), (event, data, reply)
        if not reply["ok"]:
            assert database_state() == before, (event, data, reply)
        assert sockets[role].is_connected()

    send()
    world.close()


def test_arbitrary_json_bodies_to_the_api_never_cause_a_server_error(app, factory):
    world = build_world(app, factory)
    sid, ids = world.sid, world.ids
    paths = [("post", f"/boards/{ids['board']}/contributions"),
             ("patch", f"/boards/{ids['board']}"),
             ("patch", f"/contributions/{ids['mine']}"),
             ("post", f"/contributions/{ids['mine']}/withdraw"),
             ("post", f"/contributions/{ids['theirs']}/vote"),
             ("post", f"/contributions/{ids['theirs']}/moderation"),
             ("post", f"/contributions/{ids['duplicate']}/merge"), ("post", "/agenda")]
    clients = {role: (world.clients[role], csrf_from(world.clients[role].get("/join")
                                                     .get_data(as_text=True)))
               for role in ("participant", "owner")}

    @FUZZ
    @given(role=st.sampled_from(sorted(clients)), target=st.sampled_from(paths),
           body=payloads(ids), raw=st.booleans())
    def call(role, target, body, raw):
        rate_limits.reset()
        client, token = clients[role]
        method, path = target
        before = database_state()
        kwargs = ({"data": str(body)[:3000], "content_type": "application/json"} if raw
                  else {"json": body})
        response = getattr(client, method)(f"/api/v1/sessions/{sid}{path}",
                                           headers={"X-CSRFToken": token}, **kwargs)
        assert response.status_code < 500, (target, body, response.get_data(as_text=True))
        assert response.is_json
        if response.status_code != 200:
            assert database_state() == before, (target, body, response.json)

    call()
    world.close()


def test_the_api_conforms_to_its_openapi_document(app, factory):
    """Schemathesis generates requests from /api/v1/openapi.json for each operation, as the
    owner and as a participant (cookie and X-CSRFToken), with this session's ids."""
    world = build_world(app, factory)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    ids = world.ids
    cids = [ids["mine"], ids["theirs"], ids["duplicate"], "0" * 32]
    boards = [ids["board"], ids["second_board"], "f" * 32]
    identities = {}  # role -> (its own browser's client: its cookies, the page's token)
    for role in ("participant", "owner"):
        client = world.clients[role]
        identities[role] = (client, {"X-CSRFToken": csrf_from(client.get("/join").get_data(
            as_text=True))})
    checks = [not_a_server_error, status_code_conformance, content_type_conformance,
              response_schema_conformance]
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 10

    for operation in operations:
        @settings(max_examples=20, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(), role=st.sampled_from(sorted(identities)),
               cid=st.sampled_from(cids), board=st.sampled_from(boards))
        def check(case, role, cid, board):
            rate_limits.reset()
            parameters = dict(case.path_parameters or {})
            parameters.update({name: value for name, value in
                               (("sid", world.sid), ("cid", cid), ("board", board))
                               if name in parameters})
            case.path_parameters = parameters
            client, headers = identities[role]
            before = database_state()
            response = case.call(session=client, headers=headers,
                                 base_url="http://dialogue.test/api/v1")
            case.validate_response(response, checks=checks)
            if response.status_code != 200:
                assert database_state() == before

        check()
    world.close()
