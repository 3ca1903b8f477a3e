"""The one OpenAPI document: both ways to authenticate, ``security`` on every operation,
the one error shape on every error response; and any Authorization header at all is
answered in that shape (never a server error)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue.api.openapi import PARTICIPANT_ONLY
from dialogue.extensions import db

from .conftest import issue


def _operations(document: dict):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method != "parameters":
                yield path, method, operation


def test_the_document_names_its_security_schemes_and_every_operation_uses_them(client):
    document = client.get("/api/v1/openapi.json").json
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearerToken"] == {**schemes["bearerToken"], "type": "http",
                                      "scheme": "bearer"}
    assert schemes["browserSession"]["in"] == "cookie"
    assert schemes["csrfHeader"] == {**schemes["csrfHeader"], "in": "header",
                                     "name": "X-CSRFToken"}
    operations = list(_operations(document))
    assert len(operations) == 31
    for path, method, operation in operations:
        security = operation["security"]
        cookie = next(each for each in security if "browserSession" in each)
        # a write with the cookie needs the CSRF header; a read does not
        assert ("csrfHeader" in cookie) == (method != "get"), (path, method)
        # a token acts as a facilitator: never for a participant's own operations
        assert ({"bearerToken": []} in security) == (
            operation["operationId"] not in PARTICIPANT_ONLY), (path, method)


def test_every_error_response_is_the_one_error_shape(client):
    document = client.get("/api/v1/openapi.json").json
    refused = document["components"]["responses"]["Refused"]
    assert refused["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"}
    error = document["components"]["schemas"]["Error"]
    assert error["required"] == ["ok", "error", "message"]
    assert error["properties"]["ok"] == {"const": False}
    for path, method, operation in _operations(document):
        for status, response in operation["responses"].items():
            if status != "200":
                assert response == {"$ref": "#/components/responses/Refused"}, (
                    path, method, status)
        assert {"4XX", "default"} <= set(operation["responses"]), (path, method)


def test_the_document_is_public_even_with_a_bad_token(app, client, factory):
    """The same for everyone: a revoked or wrong token does not stand in its way."""
    for header in ("Bearer nonsense", f"Bearer {issue(factory.facilitator)}x"):
        response = client.get("/api/v1/openapi.json", headers={"Authorization": header})
        assert response.status_code == 200 and response.json["openapi"] == "3.1.0"


printable_headers = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126),
                            max_size=120)


def test_any_authorization_header_is_refused_in_the_one_shape(app, factory):
    session = factory.session()
    title = session.title

    @settings(max_examples=150, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(header=printable_headers
           | st.builds(lambda tail: f"Bearer dlg_{'0' * 32}_{tail}", printable_headers)
           | st.builds(lambda tail: f"Bearer {tail}", printable_headers))
    def send(header):
        response = app.test_client().patch(f"/api/v1/sessions/{session.public_id}",
                                           json={"title": "Hijacked"},
                                           headers={"Authorization": header})
        assert response.status_code == 401, (header, response.status_code)
        assert response.json["ok"] is False and response.json["error"] == "unauthorized"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")

    send()
    db.session.refresh(session)
    assert session.title == title
