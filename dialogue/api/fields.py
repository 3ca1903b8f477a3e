"""Reading a JSON request body, and the fields of the set-up operations' payloads.

The fields follow ``realtime.schema``'s protocol (``required``, ``clean(name, value)``
raising ``Refused``); ``realtime.schema.validate`` checks the whole body: an object, plain
text only, at most 16,000 characters, no unknown field. The limits are the set-up forms'
(facilitate/forms.py), so a page and the API refuse the same things.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from flask_babel import gettext as _

from ..plain_text import refusal
from ..realtime import schema
from ..realtime.schema import request_json
from ..refusals import Refused

MAX_ENTRIES = 100  # roster entries per request (the CSV import on the page takes 2,000)


def values(spec: Mapping[str, schema.Field], data: object | None = None) -> dict[str, Any]:
    """The cleaned values of the request's body (or ``data``), or Refused."""
    return schema.validate(spec, request_json() if data is None else data)


@dataclass(frozen=True)
class Line:
    """One line of text (a title, a name): no line break or tab; at most ``max_length``;
    ``blank`` says whether it may be empty. Surrounding spaces are dropped."""

    max_length: int
    required: bool = True
    blank: bool = False

    def clean(self, name: str, value: object) -> str:
        if not isinstance(value, str):
            raise Refused("malformed", _("%(field)s must be text.", field=name))
        if message := refusal(value, multiline=False):
            raise Refused("malformed", f"{name}: {message}")
        value = value.strip()
        if len(value) > self.max_length:
            raise Refused("too_long", _("%(field)s is longer than %(max)d characters.",
                                        field=name, max=self.max_length))
        if not value and not self.blank:
            raise Refused("empty", _("%(field)s must not be empty.", field=name))
        return value


@dataclass(frozen=True)
class Paragraphs:
    """Multi-line text (a description, a question), at most ``max_length`` characters."""

    max_length: int
    required: bool = True
    blank: bool = True

    def clean(self, name: str, value: object) -> str:
        text = schema.Text(self.max_length).clean(name, value)
        if len(text) > self.max_length:  # line breaks normalised: measured again
            raise Refused("too_long", _("%(field)s is longer than %(max)d characters.",
                                        field=name, max=self.max_length))
        if not text.strip() and not self.blank:
            raise Refused("empty", _("%(field)s must not be empty.", field=name))
        return text


@dataclass(frozen=True)
class Whole:
    """A whole number from ``minimum`` to ``maximum``."""

    minimum: int
    maximum: int
    required: bool = True

    def clean(self, name: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Refused("malformed", _("%(field)s must be a whole number.", field=name))
        if not self.minimum <= value <= self.maximum:
            raise Refused("out_of_range", _("%(field)s must be from %(min)d to %(max)d.",
                                            field=name, min=self.minimum, max=self.maximum))
        return value


@dataclass(frozen=True)
class Day:
    """A day as ``YYYY-MM-DD``; an empty string clears it (None)."""

    required: bool = False

    def clean(self, name: str, value: object) -> date | None:
        if value == "":
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise Refused("malformed", _("%(field)s must be a day written as YYYY-MM-DD.",
                                         field=name)) from None


@dataclass(frozen=True)
class Objects:
    """A list of 1 to ``max_items`` objects, each checked against ``spec``; a problem is
    refused with the item's number (1 for the first)."""

    spec: dict
    max_items: int
    required: bool = True

    def clean(self, name: str, value: object) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not value:
            raise Refused("malformed", _("%(field)s must be a list of objects.", field=name))
        if len(value) > self.max_items:
            raise Refused("too_large", _("At most %(max)d %(field)s at once.",
                                         max=self.max_items, field=name))
        cleaned = []
        for number, each in enumerate(value, start=1):
            try:
                cleaned.append(schema.validate(self.spec, each))
            except Refused as refused:
                raise Refused(refused.code, _("%(field)s %(number)d: %(problem)s",
                                              field=name, number=number,
                                              problem=refused.message)) from None
        return cleaned
