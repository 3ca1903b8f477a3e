"""The OpenAPI 3.1 description of the board API (served at /api/v1/openapi.json)."""

from __future__ import annotations

from ..models.board import CONTRIBUTION_KINDS
from .commands import AGENDA_ACTIONS, MODERATE_ACTIONS
from .moderation import MAX_LABELS, MAX_REASON_LENGTH

ID = {"type": "string", "pattern": "^[0-9a-f]{32}$"}
KEY = {"type": "string", "pattern": "^[A-Za-z0-9_-]{8,64}$",
       "description": "Idempotency key made up by the client; a retry with the same key "
                      "is answered from the first result and applied once."}
TEXT = {"type": "string", "minLength": 1, "maxLength": 5000,
        "description": "Limited further by the session's max_contribution_length."}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _body(properties: dict, required: list[str]) -> dict:
    schema = {"type": "object", "additionalProperties": False,
              "properties": {**properties, "client_key": KEY},
              "required": [*required, "client_key"]}
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _operation(op_id: str, summary: str, who: str, body: dict | None = None,
               reply: str = "Reply") -> dict:
    operation = {
        "operationId": op_id, "summary": summary, "description": f"Who: {who}.",
        "responses": {
            "200": {"description": "Done", "content": {"application/json": {
                "schema": _ref(reply)}}},
            "default": {"description": "Refused; nothing changed", "content": {
                "application/json": {"schema": _ref("Error")}}},
        },
    }
    if body:
        operation["requestBody"] = body
    return operation


def _param(name: str) -> dict:
    return {"name": name, "in": "path", "required": True, "schema": ID}


def document() -> dict:
    sid, cid, board = _param("sid"), _param("cid"), _param("board")
    session = "/sessions/{sid}"
    return {
        "openapi": "3.1.0",
        "info": {"title": "Dialogue board API", "version": "1",
                 "description": "Live boards: the operations of the Socket.IO protocol "
                                "(docs/realtime.md) over HTTP. Auth: the session cookie; "
                                "writes send the page's CSRF token as X-CSRFToken."},
        "servers": [{"url": "/api/v1"}],
        "paths": {
            f"{session}/boards": {"parameters": [sid], "get": _operation(
                "listBoards", "Every board as the caller sees it, and the agenda", "anyone "
                "in the session", reply="Boards")},
            f"{session}/boards/{{board}}/contributions": {"parameters": [sid, board], "post":
                _operation("postContribution", "Post to the open board", "participant",
                           _body({"text": TEXT, "kind": {"enum": list(CONTRIBUTION_KINDS)},
                                  "confirm": {"type": "boolean"},
                                  "attributed": {"type": "boolean", "description":
                                                 "post under one's roster name (an item on "
                                                 "the record only)"}}, ["text"]))},
            f"{session}/boards/{{board}}": {"parameters": [sid, board], "patch": _operation(
                "setPremoderation", "Pre-moderation on or off", "facilitator",
                _body({"premoderation": {"type": "boolean"}}, ["premoderation"]))},
            f"{session}/contributions/{{cid}}": {"parameters": [sid, cid], "patch":
                _operation("editContribution", "Rewrite one's own unanswered item",
                           "participant (author)", _body({"text": TEXT, "confirm": {
                               "type": "boolean"}}, ["text"]))},
            f"{session}/contributions/{{cid}}/withdraw": {"parameters": [sid, cid], "post":
                _operation("withdrawContribution", "Take back one's own unanswered item",
                           "participant (author)", _body({}, []))},
            f"{session}/contributions/{{cid}}/vote": {"parameters": [sid, cid], "post":
                _operation("vote", "Upvote (up: true) or take the vote back", "participant",
                           _body({"up": {"type": "boolean"}}, ["up"]))},
            f"{session}/mine": {"parameters": [sid], "get": _operation(
                "mine", "The caller's own items and votes", "participant", reply="Mine")},
            f"{session}/contributions/{{cid}}/moderation": {"parameters": [sid, cid], "post":
                _operation("moderate", "Approve, dismiss, edit, label, answer, archive, "
                           "spotlight, redact", "facilitator", _body({
                               "action": {"enum": list(MODERATE_ACTIONS)}, "text": TEXT,
                               "reason": {"type": "string", "maxLength": MAX_REASON_LENGTH},
                               "labels": {"type": "array", "maxItems": MAX_LABELS,
                                          "items": {"type": "string", "maxLength": 30}},
                               "on": {"type": "boolean"},
                               "spans": {"type": "array", "maxItems": 20, "items": {
                                   "type": "array", "minItems": 2, "maxItems": 2,
                                   "items": {"type": "integer"}}}}, ["action"]))},
            f"{session}/contributions/{{cid}}/merge": {"parameters": [sid, cid], "post":
                _operation("merge", "Fold this duplicate into another item", "facilitator",
                           _body({"into": ID}, ["into"]))},
            f"{session}/agenda": {"parameters": [sid], "post": _operation(
                "controlAgenda", "Open, lock, unlock, finish an item or open the next",
                "facilitator", _body({"action": {"enum": list(AGENDA_ACTIONS)}, "item": ID},
                                     ["action"]))},
        },
        "components": {"schemas": {
            "Item": {"type": "object", "required": ["id", "board", "text", "votes"],
                     "properties": {
                         "id": ID, "board": ID, "kind": {"enum": list(CONTRIBUTION_KINDS)},
                         "text": {"type": "string"}, "answered": {"type": "boolean"},
                         "labels": {"type": "array", "items": {"type": "string"}},
                         "votes": {"type": "integer"}, "edited": {"type": "boolean"},
                         "spotlight": {"type": "boolean"},
                         "attribution": {"type": ["string", "null"], "description": "Name, "
                                         "Affiliation of a post its author chose to sign"},
                         "status": {"type": "string", "description": "own and moderator "
                                    "views only"},
                         "mine": {"type": "boolean", "description": "own view only"},
                         "reason": {"type": ["string", "null"]},
                         "flags": {"type": "array", "description": "moderator view only"},
                         "similar": {"type": "array", "description": "moderator view only"}}},
            "Reply": {"type": "object", "required": ["ok"], "properties": {
                "ok": {"const": True}, "item": _ref("Item"), "id": ID,
                "voted": {"type": "boolean"},
                "items": {"type": "array", "items": _ref("Item")},
                "agenda": {"type": "object"}}},
            "Mine": {"type": "object", "required": ["ok", "items", "voted"], "properties": {
                "ok": {"const": True}, "items": {"type": "array", "items": _ref("Item")},
                "voted": {"type": "array", "items": ID}}},
            "Boards": {"type": "object", "required": ["ok", "boards", "agenda"], "properties": {
                "ok": {"const": True}, "agenda": {"type": "object"},
                "boards": {"type": "object", "additionalProperties": {
                    "type": "object", "properties": {
                        "premoderation": {"type": "boolean"},
                        "items": {"type": "array", "items": _ref("Item")}}}},
                "voted": {"type": "array", "items": ID}}},
            "Error": {"type": "object", "required": ["error", "message"], "properties": {
                "ok": {"const": False}, "error": {"type": "string"},
                "message": {"type": "string"},
                "spans": {"type": "array", "description": "with error 'flagged': what the "
                          "roster-independent warning found, [{start, end, label}]"}}},
        }},
    }
