"""A small schema for socket and JSON payloads: shape and size, before any rule runs.

``validate(spec, data)`` returns the cleaned values or raises ``Refused`` with a code
and a message for the person; unknown keys, wrong types and oversized values are refused,
so a handler only ever sees what it declared.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from flask_babel import gettext as _

from ..plain_text import is_plain, normalise_line_breaks, refusal
from ..refusals import Refused

MAX_PAYLOAD_CHARS = 16_000
MAX_DEPTH = 8  # no payload of the protocol nests deeper than 3
_PUBLIC_ID = re.compile(r"[0-9a-f]{32}")
_CLIENT_KEY = re.compile(r"[A-Za-z0-9_-]{8,64}")


@dataclass(frozen=True)
class Text:
    """Multi-line text (line breaks as LF); the length rule that matters is the service's."""

    max_length: int = 5000
    required: bool = True

    def clean(self, name: str, value: object) -> str:
        if not isinstance(value, str):
            raise Refused("malformed", _("%(field)s must be text.", field=name))
        if len(value) > self.max_length:
            raise Refused("too_long", _("%(field)s is too long.", field=name))
        return normalise_line_breaks(value)


@dataclass(frozen=True)
class Flag:
    required: bool = False

    def clean(self, name: str, value: object) -> bool:
        if not isinstance(value, bool):
            raise Refused("malformed", _("%(field)s must be true or false.", field=name))
        return value


@dataclass(frozen=True)
class OneOf:
    """One of a few words. ``code``: "invalid" where the word names an action (an unknown
    action is a rule broken, not a malformed request: docs/realtime.md)."""

    values: tuple[str, ...]
    required: bool = True
    code: str = "malformed"

    def clean(self, name: str, value: object) -> str:
        if not isinstance(value, str):
            raise Refused("malformed", _("%(field)s must be text.", field=name))
        if value not in self.values:
            raise Refused(self.code, _("%(field)s must be one of: %(values)s.",
                                              field=name, values=", ".join(self.values)))
        return value


@dataclass(frozen=True)
class Integer:
    """A whole number from ``minimum`` up (a sequence number, a version)."""

    minimum: int = 0
    required: bool = True

    def clean(self, name: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not (
                self.minimum <= value <= 2**53):
            raise Refused("malformed", _("%(field)s must be a whole number.", field=name))
        return value


@dataclass(frozen=True)
class PublicId:
    """A random public id (32 hex characters): never a row number."""

    required: bool = True

    def clean(self, name: str, value: object) -> str:
        if not isinstance(value, str) or not _PUBLIC_ID.fullmatch(value):
            raise Refused("malformed", _("%(field)s is not a valid id.", field=name))
        return value


@dataclass(frozen=True)
class ClientKey:
    """The idempotency key a client makes up per write (8-64 URL-safe characters)."""

    required: bool = True

    def clean(self, name: str, value: object) -> str:
        if not isinstance(value, str) or not _CLIENT_KEY.fullmatch(value):
            raise Refused("malformed", _("%(field)s must be 8 to 64 letters, digits, "
                                              "'-' or '_'.", field=name))
        return value


@dataclass(frozen=True)
class Words:
    """A short list of short strings (labels): not a list of one-line texts is malformed;
    too many or too long is ``invalid``, the rule's own code."""

    max_items: int = 10
    max_length: int = 30
    required: bool = True

    def clean(self, name: str, value: object) -> list[str]:
        if not isinstance(value, list) or not all(
                isinstance(each, str) and is_plain(each, multiline=False) for each in value):
            raise Refused("malformed", _("%(field)s must be a short list of short texts.",
                                         field=name))
        if len(value) > self.max_items:
            raise Refused("invalid", _("At most %(max)d labels.", max=self.max_items))
        if any(len(each) > self.max_length for each in value):
            raise Refused("invalid", _("Labels are 1 to %(max)d characters long.",
                                       max=self.max_length))
        return value


@dataclass(frozen=True)
class Spans:
    """A short list of [start, end] pairs of whole numbers (passages of a text)."""

    max_items: int = 20
    required: bool = True

    def clean(self, name: str, value: object) -> list[tuple[int, int]]:
        if not isinstance(value, list) or not 0 < len(value) <= self.max_items or not all(
                isinstance(pair, list) and len(pair) == 2
                and all(isinstance(n, int) and not isinstance(n, bool) for n in pair)
                for pair in value):
            raise Refused("malformed", _("%(field)s must be a list of [start, end] "
                                              "pairs.", field=name))
        return [(pair[0], pair[1]) for pair in value]


class Field(Protocol):
    """A field of a payload: cleans its value or raises ``Refused`` (features add theirs)."""

    @property
    def required(self) -> bool: ...

    def clean(self, name: str, value: object) -> Any: ...


def _refuse_what_is_not_text(data: object) -> None:
    """Every key and string anywhere in the payload is plain text, and the payload is not
    nested deeper than the protocol ever nests (walked without recursion)."""
    pending = [(data, 0)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise Refused("malformed", _("The request is nested too deeply."))
        if isinstance(value, str):
            message = refusal(value)
            if message:
                raise Refused("malformed", message)
        elif isinstance(value, dict):
            pending += [(each, depth + 1) for pair in value.items() for each in pair]
        elif isinstance(value, list | tuple):
            pending += [(each, depth + 1) for each in value]


def validate(spec: Mapping[str, Field], data: object) -> dict:
    """Check ``data`` against ``spec``; absent optional fields are left out of the result."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise Refused("malformed", _("Send an object with the fields of this request."))
    _refuse_what_is_not_text(data)
    try:
        # Measured as a client writes it (compact, characters not escaped), so text in any
        # script counts by its characters, as the limit is documented.
        size = len(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    except (TypeError, ValueError, RecursionError) as exc:
        raise Refused("malformed", _("The request could not be read.")) from exc
    if size > MAX_PAYLOAD_CHARS:
        raise Refused("too_large", _("The request is too large."))
    unknown = sorted(set(data) - set(spec))
    if unknown:
        raise Refused("malformed", _("Unexpected field: %(field)s.", field=unknown[0]))
    values: dict = {}
    for name, field in spec.items():
        if name not in data or data[name] is None:
            if field.required:
                raise Refused("malformed", _("%(field)s is missing.", field=name))
            continue
        values[name] = field.clean(name, data[name])
    return values


MALFORMED_JSON = "<malformed JSON>"  # a non-object: ``validate`` refuses it as malformed


def request_json() -> object:
    """An HTTP request's JSON body for ``validate`` (an empty body is an empty object); what
    is not JSON, or nests deeper than the parser goes, is refused as malformed."""
    from flask import request

    if not request.data:
        return {}
    try:
        data = request.get_json(silent=True)
    except RecursionError:
        return MALFORMED_JSON
    return data if data is not None else MALFORMED_JSON
