"""Session template files (``sessions/*.toml``) and their strict parser.

A template describes one facilitated session: title, description, rule (Chatham House
or on the record), stakeholder groups, the agenda with its guiding questions, the
criteria for rating policy options and optional extra option fields.  The format is
documented in ``docs/session-templates.md``.

The parser is deliberately strict: unknown keys, wrong types, out-of-range numbers and
duplicate keys are errors, reported as :class:`TemplateError` whose ``str`` reads
``path:line: field: message`` so that a facilitator editing a file can jump to the
mistake.  Pure stdlib (``tomllib`` + dataclasses); no Flask, no database.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

BUILTIN_OPTION_FIELDS = frozenset({"title", "problem", "measure", "actors", "level",
                                   "time_frame", "costs_risks", "open_questions"})
LANGUAGES, RULES, BOARDS = ("en", "de"), ("chatham_house", "on_the_record"), \
    ("contributions", "questions")
_KEY_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_SLUG_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# Schema: key -> (kind, required, limit, default).  Kinds: "line" (one-line text, limit =
# max length), "text" (may span lines), "key" (identifier), "int" (limit = (lo, hi)),
# "bool", "choice" (limit = allowed values; the default is the first).
_TOP = {
    "title": ("line", True, 200, None), "description": ("text", True, 2000, None),
    "language": ("choice", False, LANGUAGES, None), "rule": ("choice", False, RULES, None),
    "round": ("line", False, 200, None), "k_anonymity": ("int", False, (2, 50), 5),
    "participants_may_create_options": ("bool", False, None, False),
    "max_contribution_length": ("int", False, (50, 5000), 1000),
}
_LISTS = ("stakeholder_groups", "agenda", "criteria", "option_fields")
_AGENDA = {
    "title": ("line", True, 200, None), "question": ("text", True, 1000, None),
    "board": ("choice", False, BOARDS, None), "on_the_record": ("bool", False, None, False),
    "minutes": ("int", False, (1, 600), None), "premoderation": ("bool", False, None, False),
}
_CRITERION = {"key": ("key", True, 32, None), "label": ("line", True, 80, None),
              "description": ("text", False, 500, "")}
_OPTION_FIELD = {"key": ("key", True, 32, None), "label": ("line", True, 80, None),
                 "help": ("text", False, 500, "")}
_TYPES = {"line": str, "text": str, "key": str, "choice": str, "int": int, "bool": bool}
_TYPE_NAMES = {str: "a string", int: "an integer", float: "a float", bool: "a boolean",
               list: "an array", dict: "a table"}


@dataclass(frozen=True)
class AgendaItemTemplate:
    title: str
    question: str
    board: str = "contributions"
    on_the_record: bool = False
    minutes: int | None = None
    premoderation: bool = False


@dataclass(frozen=True)
class CriterionTemplate:
    key: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class OptionFieldTemplate:
    key: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class SessionTemplate:
    slug: str
    title: str
    description: str
    language: str
    rule: str
    round: str | None
    k_anonymity: int
    participants_may_create_options: bool
    max_contribution_length: int
    stakeholder_groups: tuple[str, ...]
    agenda: tuple[AgendaItemTemplate, ...]
    criteria: tuple[CriterionTemplate, ...]
    option_fields: tuple[OptionFieldTemplate, ...]


class TemplateError(ValueError):
    """A template file is malformed; ``str(e)`` is ``path:line: field: message``."""

    def __init__(self, path: str, line: int | None, field: str | None, message: str):
        self.path, self.line, self.field, self.message = str(path), line, field, message
        head = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{head}: {field}: {message}" if field else f"{head}: {message}")


def _tokens(text: str):
    """Yield ``(kind, line)`` for valid TOML: ``"nl"`` at each real line start (never inside
    a multi-line string), ``[ ] { } , =``, and ``"value"`` for strings and bare words."""
    pos, line, n = 0, 1, len(text)
    yield "nl", 1
    while pos < n:
        c = text[pos]
        if c == "\n":
            line += 1
            pos += 1
            yield "nl", line
        elif c == "#":
            pos = n if (end := text.find("\n", pos)) < 0 else end
        elif c in " \t\r":
            pos += 1
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, pos) else c
            yield "value", line
            end = pos + len(quote)
            while end < n and not text.startswith(quote, end):
                end += 2 if text[end] == "\\" and c == '"' else 1
            end += len(quote)
            while len(quote) == 3 and end < n and text[end] == c:  # """a"""" ends in a quote
                end += 1
            line += text.count("\n", pos, end)
            pos = end
        elif c in "[]{},=":
            pos += 1
            yield c, line
        else:
            yield "value", line
            while pos < n and text[pos] not in " \t\r\n#[]{},=\"'":
                pos += 1


_HEADER_LINE = re.compile(r"\s*(\[\[?)([^\[\]]+)\]")
_KEY_LINE = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*[.=]""")


class _Locator:
    """Maps field paths such as ``("agenda", 2, "question")`` to source line numbers."""

    def __init__(self, text: str):
        self.top: dict[str, int] = {}  # top-level key or table name -> first line
        self.arrays: dict[str, list[tuple[int, dict[str, int]]]] = {}  # [[name]] tables
        self.elements: dict[str, list[int]] = {}  # top-level inline array -> element lines
        lines, depth, keys, elements, expecting = text.split("\n"), 0, self.top, None, False
        for kind, no in _tokens(text):
            if kind == "nl" and depth == 0:
                src, elements = lines[no - 1], None
                if m := _HEADER_LINE.match(src):
                    parts = [p.strip().strip("\"'") for p in m.group(2).split(".")]
                    self.top.setdefault(parts[0], no)
                    keys = {}
                    if m.group(1) == "[[" and len(parts) == 1:
                        self.arrays.setdefault(parts[0], []).append((no, keys))
                    elif len(parts) > 1 and self.arrays.get(parts[0]):  # [agenda.sub]
                        self.arrays[parts[0]][-1][1].setdefault(parts[1], no)
                elif m := _KEY_LINE.match(src):
                    key = next(g for g in m.groups() if g is not None)
                    keys.setdefault(key, no)
                    if keys is self.top:
                        elements = self.elements.setdefault(key, [])
            elif kind in ("value", "[", "{") and depth == 1 and expecting:
                if elements is not None:
                    elements.append(no)
                expecting = False
            if kind in "[{":
                depth += 1
                expecting = depth == 1
            elif kind in "]}":
                depth -= 1
            elif kind == ",":
                expecting = depth == 1

    def line(self, where: tuple[str | int, ...]) -> int:
        name, index = str(where[0]), where[1] if len(where) > 1 else None
        tables = self.arrays.get(name, [])
        if isinstance(index, int) and index < len(tables):
            header, keys = tables[index]
            return keys.get(str(where[2]), header) if len(where) > 2 else header
        elements = self.elements.get(name, [])
        if isinstance(index, int) and index < len(elements):  # inline array element
            return elements[index]
        return self.top.get(name, 1)


def _field(where: tuple[str | int, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where).lstrip(".")


class _Checker:
    def __init__(self, path: str, text: str):
        self.path, self.locator = path, _Locator(text)

    def fail(self, where: tuple[str | int, ...], message: str) -> NoReturn:
        raise TemplateError(self.path, self.locator.line(where), _field(where), message)

    def typed(self, value: Any, where: tuple, kind: type) -> Any:
        if type(value) is not kind:  # type(), not isinstance(): True is not an integer
            got = _TYPE_NAMES.get(type(value), f"a {type(value).__name__}")
            self.fail(where, f"must be {_TYPE_NAMES[kind]}, not {got}")
        return value

    def value(self, value: Any, where: tuple, kind: str, limit: Any) -> Any:
        value = self.typed(value, where, _TYPES[kind])
        if kind == "int":
            if not limit[0] <= value <= limit[1]:
                self.fail(where, f"must be between {limit[0]} and {limit[1]} (got {value})")
            return value
        if kind == "bool":
            return value
        value = value.strip()
        if not value:
            self.fail(where, "must not be empty")
        if kind == "choice" and value not in limit:
            self.fail(where, f"must be one of {', '.join(map(repr, limit))} (got {value!r})")
        if kind == "key" and not _KEY_RE.fullmatch(value):
            self.fail(where, f"must match [a-z][a-z0-9_]{{0,31}} (got {value!r})")
        if kind in ("line", "text") and len(value) > limit:
            self.fail(where, f"must be at most {limit} characters (got {len(value)})")
        allowed = "\n\t" if kind == "text" else ""
        if any((ord(ch) < 32 or ch == "\x7f") and ch not in allowed for ch in value):
            self.fail(where, "must be a single line" if "\n" in value else
                      "must not contain control characters")
        return value

    def section(self, table: dict, where: tuple, schema: dict, extra: tuple = ()) -> dict:
        """Validate one table against ``schema``; unknown keys first, to catch typos."""
        allowed = (*schema, *extra)
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean {close[0]!r}?" if close else "allowed: " + ", ".join(allowed)
                self.fail((*where, key), f"unknown key; {hint}")
        out = {}
        for key, (kind, required, limit, default) in schema.items():
            if key in table:
                out[key] = self.value(table[key], (*where, key), kind, limit)
            elif required:
                self.fail((*where, key), "is required")
            else:
                out[key] = limit[0] if kind == "choice" else default
        return out

    def array(self, data: dict, key: str, lo: int, hi: int, kind: type) -> list:
        if key not in data:
            if lo:
                self.fail((key,), "is required" if kind is str else
                          f"is required: add at least one [[{key}]] table")
            return []
        if isinstance(data[key], dict):
            self.fail((key,), f"must be an array of tables, written [[{key}]]")
        items = self.typed(data[key], (key,), list)
        if not lo <= len(items) <= hi:
            self.fail((key,), f"must have between {lo} and {hi} entries (got {len(items)})")
        return [self.typed(item, (key, i), kind) for i, item in enumerate(items)]

    def unique(self, values: list[str], where: tuple, what: str = "") -> None:
        first: dict[str, int] = {}
        for i, value in enumerate(values):
            at = (*where, i, what) if what else (*where, i)
            if value.casefold() in first:
                self.fail(at, f"{value!r} repeats {_field((*where, first[value.casefold()]))}")
            first[value.casefold()] = i


def _build(c: _Checker, data: dict, slug: str) -> SessionTemplate:
    top = c.section(data, (), _TOP, _LISTS)
    groups = [c.value(g, ("stakeholder_groups", i), "line", 100) for i, g in
              enumerate(c.array(data, "stakeholder_groups", 1, 20, str))]
    c.unique(groups, ("stakeholder_groups",))
    agenda = [AgendaItemTemplate(**c.section(item, ("agenda", i), _AGENDA))
              for i, item in enumerate(c.array(data, "agenda", 1, 50, dict))]
    criteria = [CriterionTemplate(**c.section(item, ("criteria", i), _CRITERION))
                for i, item in enumerate(c.array(data, "criteria", 1, 10, dict))]
    c.unique([x.key for x in criteria], ("criteria",), "key")
    fields = [OptionFieldTemplate(**c.section(item, ("option_fields", i), _OPTION_FIELD))
              for i, item in enumerate(c.array(data, "option_fields", 0, 20, dict))]
    c.unique([x.key for x in fields], ("option_fields",), "key")
    for i, field in enumerate(fields):
        if field.key in BUILTIN_OPTION_FIELDS:
            c.fail(("option_fields", i, "key"), f"{field.key!r} is a built-in option field")
    return SessionTemplate(slug=slug, stakeholder_groups=tuple(groups), agenda=tuple(agenda),
                           criteria=tuple(criteria), option_fields=tuple(fields), **top)


def parse_template(text: str, path: str = "<string>") -> SessionTemplate:
    """Parse and validate template source ``text``; ``path`` is used for the slug and errors."""
    path = str(path)
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\s*\(at line (\d+), column \d+\)$", msg)
        if m:
            raise TemplateError(path, int(m.group(1)), None, msg[: m.start()]) from None
        line = max(1, len(text.splitlines())) if "(at end of document)" in msg else None
        raise TemplateError(path, line, None, msg.replace(" (at end of document)", "")) from None
    return _build(_Checker(path, text), data, Path(path).stem)


def load_template(path: str | Path) -> SessionTemplate:
    """Read and parse one template file; the file stem becomes the slug."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise TemplateError(str(path), line, None, f"file is not valid UTF-8 "
                            f"(byte 0x{raw[exc.start]:02x})") from None
    if not _SLUG_RE.fullmatch(path.stem):
        raise TemplateError(str(path), None, None, "file name must be a slug: lower-case "
                            "letters, digits, '-' or '_', then .toml")
    return parse_template(text, str(path))


def list_templates(directory: str | Path) -> list[SessionTemplate]:
    """Load every ``*.toml`` in ``directory``, sorted by slug; the first bad file raises."""
    return [load_template(p) for p in sorted(Path(directory).glob("*.toml"), key=lambda p: p.stem)]
