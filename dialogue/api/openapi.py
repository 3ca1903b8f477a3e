"""The OpenAPI 3.1 description of the whole JSON API (served at /api/v1/openapi.json):
the board operations (boards/openapi.py) and the set-up operations (api/setup.py), the
two ways to authenticate, and the one error shape on every error response."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from flask import current_app

from ..boards import openapi as boards
from ..models.dialogue_session import AGENDA_STATES, BOARD_KINDS, SESSION_STATUSES
from ..models.options import OPTION_STATUSES
from .fields import MAX_ENTRIES

ID = boards.ID
KEY = boards.KEY
# The board operations only a participant's seat may call: a token acts as a facilitator.
PARTICIPANT_ONLY = {"postContribution", "editContribution", "withdrawContribution", "vote",
                    "mine"}
WRITES = {"post", "patch", "put", "delete"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _text(max_length: int, **extra) -> dict:
    return {"type": "string", "maxLength": max_length, **extra}


def _body(properties: dict, required: Sequence[str] = (), client_key: bool = False) -> dict:
    if client_key:
        properties = {**properties, "client_key": KEY}
        required = [*required, "client_key"]
    schema = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        schema["required"] = list(required)
    return {"required": bool(required), "content": {"application/json": {"schema": schema}}}


def _operation(op_id: str, summary: str, reply: str, body: dict | None = None,
               description: str = "") -> dict:
    operation = {
        "operationId": op_id, "summary": summary,
        "description": f"Who: the session's facilitator. {description}".strip(),
        "tags": ["set-up"],
        "responses": {"200": {"description": "Done", "content": {"application/json": {
            "schema": _ref(reply)}}}},
    }
    if body:
        operation["requestBody"] = body
    return operation


def _param(name: str) -> dict:
    return {"name": name, "in": "path", "required": True, "schema": ID}


SETTINGS = {
    "title": _text(200, minLength=1), "title_de": _text(200),
    "description": _text(2000), "description_de": _text(2000),
    "meets_on": {"type": "string", "description": "YYYY-MM-DD; an empty string clears it"},
    "place": _text(200), "language": {"enum": ["en", "de"]},
    "k_anonymity": {"type": "integer", "minimum": 2, "maximum": 50},
    "max_contribution_length": {"type": "integer", "minimum": 50, "maximum": 5000},
    "participants_may_create_options": {"type": "boolean"},
}
AGENDA_ITEM = {
    "title": _text(200, minLength=1), "title_de": _text(200),
    "question": _text(1000, minLength=1), "question_de": _text(1000),
    "board_kind": {"enum": list(BOARD_KINDS)}, "on_the_record": {"type": "boolean"},
    "premoderation": {"type": "boolean"},
    "minutes": {"type": "integer", "minimum": 1, "maximum": 600},
}
ENTRY = {"name": _text(200, minLength=1), "email": _text(254), "affiliation": _text(200),
         "stakeholder_group": _text(120, description="one of the session's groups (English "
                                    "or German name)"),
         "language": _text(5, description="en, de, or empty for the session's language")}
FIELDS = {"type": "object", "maxProperties": 40, "description": "field key -> text (or a "
          "list of choice keys); the session's option template says which",
          "additionalProperties": {"anyOf": [{"type": "string"}, {
              "type": "array", "maxItems": 20, "items": {"type": "string"}}]}}


def _setup_paths() -> dict:
    sid, item, entry, option = (_param("sid"), _param("item_id"), _param("entry_id"),
                                _param("option_id"))
    session = "/sessions/{sid}"
    return {
        "/templates": {"get": _operation(
            "listTemplates", "The templates a session can be made from", "Templates",
            description="Any facilitator.")},
        "/sessions": {
            "get": _operation("listSessions", "The caller's sessions (with a token: those "
                              "it reaches)", "Sessions", description="Any facilitator."),
            "post": _operation("createSession", "A new draft session from a template",
                               "SessionReply", _body({"template": _text(80)}, ["template"]),
                               "A token must be for all sessions.")},
        session: {"parameters": [sid], "get": _operation(
            "getSession", "The session's settings", "SessionReply"), "patch": _operation(
            "updateSession", "Change settings (any of them)", "SessionReply",
            _body(SETTINGS))},
        f"{session}/agenda/items": {"parameters": [sid], "get": _operation(
            "listAgendaItems", "The agenda", "Agenda"), "post": _operation(
            "addAgendaItem", "Add an item at the end", "Agenda",
            _body(AGENDA_ITEM, ["title", "question"]))},
        f"{session}/agenda/items/{{item_id}}": {"parameters": [sid, item], "patch": _operation(
            "editAgendaItem", "Change an item", "Agenda", _body(AGENDA_ITEM)),
            "delete": _operation("removeAgendaItem", "Remove an item that was never opened",
                                 "Agenda")},
        f"{session}/agenda/items/{{item_id}}/move": {"parameters": [sid, item], "post":
            _operation("moveAgendaItem", "One place up or down", "Agenda", _body(
                {"direction": {"enum": ["up", "down"]}}, ["direction"]))},
        f"{session}/roster": {"parameters": [sid], "get": _operation(
            "listRoster", "The invite list, as the set-up page shows it", "Roster"),
            "post": _operation("addToRoster", "Add people (all or none); answers each "
                               "one's personal link", "RosterAdded", _body({"entries": {
                                   "type": "array", "minItems": 1, "maxItems": MAX_ENTRIES,
                                   "items": {"type": "object", "additionalProperties": False,
                                             "properties": ENTRY, "required": ["name"]}}},
                                   ["entries"]))},
        f"{session}/roster/{{entry_id}}/remove": {"parameters": [sid, entry], "post":
            _operation("removeFromRoster", "Withdraw a person's seat and link",
                       "RosterEntryReply")},
        f"{session}/roster/{{entry_id}}/reissue": {"parameters": [sid, entry], "post":
            _operation("reissueLink", "A new personal link (the old one and its seat stop "
                       "working); the link is in this answer only", "Reissued")},
        f"{session}/invitations": {"parameters": [sid], "get": _operation(
            "invitationsState", "Email set up?, how many not invited, failed deliveries",
            "Invitations"), "post": _operation(
            "sendInvitations", "Email everyone not invited yet (or whose sending failed)",
            "Sent")},
        f"{session}/invitations/{{entry_id}}": {"parameters": [sid, entry], "post":
            _operation("resendInvitation", "Send (again) to one person", "Sent")},
        f"{session}/options": {"parameters": [sid], "get": _operation(
            "listOptions", "The policy options and their fields' template", "Options"),
            "post": _operation("createOption", "Draft a new option (socket event "
                               "option_create)", "OptionCreated", _body({
                                   "fields": FIELDS, "contributions": {
                                       "type": "array", "maxItems": 50, "items": ID}},
                                   ["fields"], client_key=True))},
        f"{session}/options/{{option_id}}": {"parameters": [sid, option], "patch": _operation(
            "editOption", "Edit an option's fields from a base version (option_edit)",
            "OptionVersion", _body({"base_version": {"type": "integer"}, "fields": FIELDS},
                                   ["base_version", "fields"], client_key=True))},
        f"{session}/options/{{option_id}}/status": {"parameters": [sid, option], "post":
            _operation("setOptionStatus", "Set an option's status (option_status)",
                       "OptionStatus", _body({"status": {"enum": list(OPTION_STATUSES)}},
                                             ["status"], client_key=True))},
    }


def _ok(properties: dict, required: list[str]) -> dict:
    return {"type": "object", "required": ["ok", *required],
            "properties": {"ok": {"const": True}, **properties}}


def _list(name: str) -> dict:
    return {"type": "array", "items": _ref(name)}


def _setup_schemas() -> dict:
    summary = {"id": ID, "code": {"type": "string"}, "status": {"enum": list(
        SESSION_STATUSES)}, "title": {"type": "string"}, "title_de": {"type": "string"},
        "held_on": {"type": "string", "format": "date"}}
    entry = {"id": ID, "name": {"type": "string"}, "affiliation": {"type": "string"},
             "stakeholder_group": {"type": "string"}, "walk_in": {"type": "boolean"},
             "status": {"enum": ["invited", "joined", "removed"]}}
    link = {"type": ["string", "null"], "description": "the personal link (null for a "
            "walk-in); shown in this answer only"}
    failed = {"type": "object", "required": ["id", "name", "email", "error"],
              "properties": {"id": ID, "name": {"type": "string"},
                             "email": {"type": "string"},
                             "error": {"type": ["string", "null"]}}}
    return {
        "Template": {"type": "object", "required": ["slug", "title"], "properties": {
            "slug": {"type": "string"}, "title": {"type": "string"},
            "title_de": {"type": "string"}, "description": {"type": "string"},
            "description_de": {"type": "string"}, "language": {"type": "string"},
            "rule": {"type": "string"}, "agenda_items": {"type": "integer"}}},
        "Templates": _ok({"templates": _list("Template")}, ["templates"]),
        "SessionSummary": {"type": "object", "required": list(summary),
                           "additionalProperties": False, "properties": summary},
        "Sessions": _ok({"sessions": _list("SessionSummary")}, ["sessions"]),
        "Session": {"type": "object", "required": [*summary, "join_url"], "properties": {
            **summary, **SETTINGS, "title": {"type": "string"},
            "meets_on": {"type": ["string", "null"], "format": "date"},
            "template": {"type": "string"}, "rule": {"type": "string"},
            "round": {"type": ["string", "null"]}, "join_url": {"type": "string"},
            "stakeholder_groups": {"type": "array", "items": {"type": "object", "properties": {
                "name": {"type": "string"}, "name_de": {"type": "string"}}}}}},
        "SessionReply": _ok({"session": _ref("Session")}, ["session"]),
        "AgendaItem": {"type": "object", "required": ["id", "position", "title", "state"],
                       "properties": {**AGENDA_ITEM, "id": ID, "position": {"type": "integer"},
                                      "title": {"type": "string"},
                                      "question": {"type": "string"},
                                      "minutes": {"type": ["integer", "null"]},
                                      "state": {"enum": list(AGENDA_STATES)}}},
        "Agenda": _ok({"items": _list("AgendaItem"), "item": _ref("AgendaItem")}, ["items"]),
        "RosterEntry": {"type": "object", "required": list(entry),
                        "additionalProperties": False, "properties": entry},
        "Roster": _ok({"entries": _list("RosterEntry")}, ["entries"]),
        "RosterAdded": _ok({"entries": {"type": "array", "items": {
            "type": "object", "required": [*entry, "link"], "additionalProperties": False,
            "properties": {**entry, "link": link}}}}, ["entries"]),
        "RosterEntryReply": _ok({"entry": _ref("RosterEntry")}, ["entry"]),
        "Reissued": _ok({"entry": _ref("RosterEntry"), "link": link}, ["entry", "link"]),
        "FailedDelivery": failed,
        "Invitations": _ok({"configured": {"type": "boolean"}, "unsent": {"type": "integer"},
                            "failed": _list("FailedDelivery")},
                           ["configured", "unsent", "failed"]),
        "Sent": _ok({"sent": {"type": "integer"}, "failed": _list("FailedDelivery")},
                    ["sent", "failed"]),
        "Option": {"type": "object", "required": ["id", "status", "version", "fields"],
                   "properties": {"id": ID, "status": {"enum": list(OPTION_STATUSES)},
                                  "version": {"type": "integer"}, "fields": {"type": "object"},
                                  "carried_over": {"type": "boolean"}}},
        "Options": _ok({"template": {"type": "array", "items": {"type": "object"}},
                        "items": _list("Option")}, ["template", "items"]),
        "OptionCreated": _ok({"option": ID, "version": {"type": "integer"},
                              "replayed": {"type": "boolean"}}, ["option", "version"]),
        "OptionVersion": _ok({"version": {"type": "integer"}, "replayed": {"type": "boolean"}},
                             ["version"]),
        "OptionStatus": _ok({"status": {"enum": list(OPTION_STATUSES)},
                             "replayed": {"type": "boolean"}}, ["status"]),
    }


ERROR = {
    "type": "object", "required": ["ok", "error", "message"],
    "description": "The one shape of every refusal and error, on HTTP as on the sockets. "
                   "Nothing was changed.",
    "properties": {
        "ok": {"const": False},
        "error": {"type": "string", "description": "a stable code for programs "
                  "(docs/realtime.md, \"Replies, errors and limits\"); it maps to one HTTP "
                  "status"},
        "message": {"type": "string", "description": "what went wrong, for a person, in "
                    "their language"},
        "reference": {"type": "string", "description": "finds the server's log line"},
        "problems": {"type": "array", "items": {"type": "string"},
                     "description": "with addToRoster: up to 20 problems, entry by entry"},
        "spans": {"type": "array", "description": "with error 'flagged': what the "
                  "roster-independent warning found, [{start, end, label}]"}},
}


def _security_schemes() -> dict:
    cookie = current_app.config.get("SESSION_COOKIE_NAME", "session")
    return {
        "bearerToken": {
            "type": "http", "scheme": "bearer", "bearerFormat": "dlg_<id>_<secret>",
            "description": "A facilitator's API token, made on the API tokens page "
                           "(/facilitate/api-tokens) and shown once. It acts as that "
                           "facilitator on the sessions it is scoped to; no CSRF token is "
                           "needed. It never works for a participant's operations, on a "
                           "page or on a socket."},
        "browserSession": {
            "type": "apiKey", "in": "cookie", "name": cookie,
            "description": "The browser's session cookie: a participant's seat or the "
                           "facilitator's login."},
        "csrfHeader": {
            "type": "apiKey", "in": "header", "name": "X-CSRFToken",
            "description": "With the cookie, every write sends the CSRF token of a page "
                           "(its csrf-token meta tag)."},
    }


def _secure(paths: dict) -> None:
    """Put ``security`` and the error responses on every operation."""
    for path_item in paths.values():
        for method, operation in path_item.items():
            if method == "parameters":
                continue
            cookie: dict[str, list] = ({"browserSession": [], "csrfHeader": []}
                                       if method in WRITES else {"browserSession": []})
            operation["security"] = ([cookie] if operation["operationId"] in PARTICIPANT_ONLY
                                     else [{"bearerToken": []}, cookie])
            responses = operation["responses"]
            responses.pop("default", None)
            responses["4XX"] = {"$ref": "#/components/responses/Refused"}
            responses["default"] = {"$ref": "#/components/responses/Refused"}


def document() -> dict:
    doc = copy.deepcopy(boards.document())
    doc["info"] = {
        "title": "Dialogue API", "version": "1",
        "description": "Live boards (the operations of the Socket.IO protocol in "
                       "docs/realtime.md) and the facilitator's set-up (sessions, agenda, "
                       "roster, invitations, options) over HTTP; guide: docs/api.md. "
                       "Authenticate with a facilitator's API token (Authorization: Bearer) "
                       "or the browser's cookie, whose writes send X-CSRFToken. Every "
                       "error has the shape of the Error schema and changes nothing."}
    for operation in (op for item in doc["paths"].values() for method, op in item.items()
                      if method != "parameters"):
        operation.setdefault("tags", ["boards"])
    doc["paths"].update(_setup_paths())
    _secure(doc["paths"])
    components = doc["components"]
    components["schemas"].update(_setup_schemas())
    components["schemas"]["Error"] = ERROR
    components["responses"] = {"Refused": {
        "description": "Refused, or an error; nothing changed", "content": {
            "application/json": {"schema": _ref("Error")}}}}
    components["securitySchemes"] = _security_schemes()
    doc["tags"] = [{"name": "boards", "description": "Live boards and the agenda"},
                   {"name": "set-up", "description": "The facilitator's set-up"}]
    return doc
