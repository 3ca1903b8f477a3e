"""The characters the app accepts from anyone, in one place: forms, JSON, sockets, CSV.

Text is what a person can type. Refused, with a message that says so: control characters
(C0, DEL and C1: NUL breaks PostgreSQL, the rest breaks exports and terminals) and lone
UTF-16 surrogates (no character at all; they cannot be stored or sent back). Multi-line
text may hold tabs and line breaks; a carriage return is only ever half of a line break,
so CRLF and a lone CR become LF (browsers send a textarea's breaks as CRLF). A one-line
field (a title, a name, a code, an id) holds no tab, CR or LF at all.
"""

from __future__ import annotations

import re
import unicodedata

from flask import Flask, abort, request
from flask_babel import gettext as _
from flask_wtf import FlaskForm
from wtforms import TextAreaField

_REFUSED_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_REFUSED_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def normalise_line_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _describe(character: str) -> str:
    if "\ud800" <= character <= "\udfff":
        return _("a broken character (a lone surrogate)")
    name = {"\x00": "NUL", "\t": "tab", "\n": "line break", "\r": "carriage return"}.get(
        character) or unicodedata.name(character, "") or f"U+{ord(character):04X}"
    return _("the control character %(name)s", name=name)


def refusal(text: str, multiline: bool = True) -> str | None:
    """Why ``text`` is refused (a message for the person), or None if it is fine.
    Multi-line text is checked after its line breaks are normalised."""
    found = (_REFUSED_IN_TEXT if multiline else _REFUSED_IN_LINE).search(
        normalise_line_breaks(text) if multiline else text)
    if found is None:
        return None
    return _("This contains %(what)s; please remove it.", what=_describe(found.group()))


def is_plain(text: str, multiline: bool = True) -> bool:
    return refusal(text, multiline) is None


class Form(FlaskForm):
    """Every form of the app: each text it carries (fields, choices, hidden values) is
    checked here, so no form can forget it. Text areas are multi-line, the rest one line."""

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        for field in self:
            multiline = isinstance(field, TextAreaField)
            if multiline and isinstance(field.data, str):
                field.data = normalise_line_breaks(field.data)
            texts = field.data if isinstance(field.data, list) else [field.data]
            for text in texts:
                message = refusal(text, multiline) if isinstance(text, str) else None
                if message:
                    field.errors = [*field.errors, message]
                    valid = False
                    break
        return valid


def refuse_addresses_with_control_characters() -> None:
    """An address (path or query) never holds control characters: 404 for a path, 400 for
    a query, before any view looks them up in the database."""
    if any(isinstance(value, str) and not is_plain(value, multiline=False)
           for value in (request.view_args or {}).values()):
        abort(404)
    if any(not is_plain(key + value, multiline=False)
           for key, value in request.args.items(multi=True)):
        abort(400, _("The address contains control characters."))


def init_app(app: Flask) -> None:
    app.before_request(refuse_addresses_with_control_characters)
