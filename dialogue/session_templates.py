"""Session template files (``sessions/*.toml``) and their strict parser.

A template describes one facilitated session: title, description, rule (Chatham House
or on the record), stakeholder groups, the agenda with its guiding questions, the
criteria for rating policy options and optional extra option fields.  Every text a
person reads is given in English and German (``title = {en = "…", de = "…"}`` or
``title.en = "…"`` / ``title.de = "…"``); a missing language is an error.  The format is
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

from .session_template_lines import Locator

BUILTIN_OPTION_FIELDS = frozenset({"title", "problem", "measure", "actors", "level",
                                   "time_frame", "costs_risks", "open_questions"})
LANGUAGES, RULES, BOARDS = ("en", "de"), ("chatham_house", "on_the_record"), \
    ("contributions", "questions")
_KEY_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_SLUG_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# Schema: key -> (kind, required, limit, default).  Kinds: "line" (one-line text, limit =
# max length), "text" (may span lines), "key" (identifier), "int" (limit = (lo, hi)),
# "bool", "choice" (limit = allowed values; the default is the first), "line2"/"text2"
# (a "line"/"text" in each of LANGUAGES, written as a table {en = "…", de = "…"}).
_TOP = {
    "title": ("line2", True, 200, None), "description": ("text2", True, 2000, None),
    "language": ("choice", False, LANGUAGES, None), "rule": ("choice", False, RULES, None),
    "round": ("line", False, 200, None), "k_anonymity": ("int", False, (2, 50), 5),
    "participants_may_create_options": ("bool", False, None, False),
    "max_contribution_length": ("int", False, (50, 5000), 1000),
}
_LISTS = ("stakeholder_groups", "agenda", "criteria", "option_fields")
_AGENDA = {
    "title": ("line2", True, 200, None), "question": ("text2", True, 1000, None),
    "board": ("choice", False, BOARDS, None), "on_the_record": ("bool", False, None, False),
    "minutes": ("int", False, (1, 600), None), "premoderation": ("bool", False, None, False),
}
_CRITERION = {"key": ("key", True, 32, None), "label": ("line2", True, 80, None),
              "description": ("text2", False, 500, None),
              "low": ("line2", False, 80, None), "high": ("line2", False, 80, None)}
_OPTION_FIELD = {"key": ("key", True, 32, None), "label": ("line2", True, 80, None),
                 "help": ("text2", False, 500, None)}
_TYPES = {"line": str, "text": str, "key": str, "choice": str, "int": int, "bool": bool,
          "line2": dict, "text2": dict}
_LANGUAGE_NAMES = {"en": "English", "de": "German"}
_TYPE_NAMES = {str: "a string", int: "an integer", float: "a float", bool: "a boolean",
               list: "an array", dict: "a table"}


@dataclass(frozen=True)
class Text:
    """One text in English and German."""

    en: str = ""
    de: str = ""

    def __getitem__(self, language: str) -> str:
        return self.de if language == "de" else self.en


NO_TEXT = Text()


@dataclass(frozen=True)
class AgendaItemTemplate:
    title: Text
    question: Text
    board: str = "contributions"
    on_the_record: bool = False
    minutes: int | None = None
    premoderation: bool = False


@dataclass(frozen=True)
class CriterionTemplate:
    key: str
    label: Text
    description: Text = NO_TEXT
    low: Text = NO_TEXT  # the words for 1 and 5 on its scale
    high: Text = NO_TEXT


@dataclass(frozen=True)
class OptionFieldTemplate:
    key: str
    label: Text
    help: Text = NO_TEXT


@dataclass(frozen=True)
class SessionTemplate:
    slug: str
    title: Text
    description: Text
    language: str
    rule: str
    round: str | None
    k_anonymity: int
    participants_may_create_options: bool
    max_contribution_length: int
    stakeholder_groups: tuple[Text, ...]
    agenda: tuple[AgendaItemTemplate, ...]
    criteria: tuple[CriterionTemplate, ...]
    option_fields: tuple[OptionFieldTemplate, ...]


class TemplateError(ValueError):
    """A template file is malformed; ``str(e)`` is ``path:line: field: message``."""

    def __init__(self, path: str, line: int | None, field: str | None, message: str):
        self.path, self.line, self.field, self.message = str(path), line, field, message
        head = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{head}: {field}: {message}" if field else f"{head}: {message}")


def _field(where: tuple[str | int, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where).lstrip(".")


class _Checker:
    def __init__(self, path: str, text: str):
        self.path, self.locator = path, Locator(text)

    def fail(self, where: tuple[str | int, ...], message: str) -> NoReturn:
        raise TemplateError(self.path, self.locator.line(where), _field(where), message)

    def typed(self, value: Any, where: tuple, kind: type) -> Any:
        if type(value) is not kind:  # type(), not isinstance(): True is not an integer
            got = _TYPE_NAMES.get(type(value), f"a {type(value).__name__}")
            self.fail(where, f"must be {_TYPE_NAMES[kind]}, not {got}")
        return value

    def text(self, value: Any, where: tuple, kind: str, limit: int) -> Text:
        """A text in every language: ``{en = "…", de = "…"}``; a plain string is refused."""
        if isinstance(value, str):
            self.fail(where, 'must be given in English and German: {en = "…", de = "…"}')
        value = self.typed(value, where, dict)
        for language in value:
            if language not in LANGUAGES:
                self.fail((*where, language), "unknown language; allowed: "
                          + ", ".join(LANGUAGES))
        for language in LANGUAGES:
            if language not in value:
                self.fail((*where, language), f"is required: the {_LANGUAGE_NAMES[language]} "
                          f"text is missing")
        return Text(**{language: self.value(value[language], (*where, language), kind, limit)
                       for language in LANGUAGES})

    def value(self, value: Any, where: tuple, kind: str, limit: Any) -> Any:
        if kind in ("line2", "text2"):
            return self.text(value, where, kind[:-1], limit)
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
                out[key] = limit[0] if kind == "choice" else NO_TEXT if kind in (
                    "line2", "text2") else default
        return out

    def array(self, data: dict, key: str, lo: int, hi: int, tables: bool = True) -> list:
        """An array of tables (``[[key]]``), or an inline array of texts when not ``tables``."""
        if key not in data:
            if lo:
                self.fail((key,), f"is required: add at least one [[{key}]] table" if tables
                          else "is required")
            return []
        if isinstance(data[key], dict):
            self.fail((key,), f"must be an array of tables, written [[{key}]]" if tables
                      else "must be an array")
        items = self.typed(data[key], (key,), list)
        if not lo <= len(items) <= hi:
            self.fail((key,), f"must have between {lo} and {hi} entries (got {len(items)})")
        return [self.typed(item, (key, i), dict) if tables else item
                for i, item in enumerate(items)]

    def unique(self, values: list[str], where: tuple, what: str = "") -> None:
        first: dict[str, int] = {}
        for i, value in enumerate(values):
            at = (*where, i, what) if what else (*where, i)
            if value.casefold() in first:
                earlier = (*where, first[value.casefold()], *([what] if what else []))
                self.fail(at, f"{value!r} repeats {_field(earlier)}")
            first[value.casefold()] = i


def _build(c: _Checker, data: dict, slug: str) -> SessionTemplate:
    top = c.section(data, (), _TOP, _LISTS)
    groups = [c.text(g, ("stakeholder_groups", i), "line", 100) for i, g in
              enumerate(c.array(data, "stakeholder_groups", 1, 20, tables=False))]
    for language in LANGUAGES:
        c.unique([g[language] for g in groups], ("stakeholder_groups",), language)
    agenda = [AgendaItemTemplate(**c.section(item, ("agenda", i), _AGENDA))
              for i, item in enumerate(c.array(data, "agenda", 1, 50))]
    criteria = [CriterionTemplate(**c.section(item, ("criteria", i), _CRITERION))
                for i, item in enumerate(c.array(data, "criteria", 1, 10))]
    c.unique([x.key for x in criteria], ("criteria",), "key")
    fields = [OptionFieldTemplate(**c.section(item, ("option_fields", i), _OPTION_FIELD))
              for i, item in enumerate(c.array(data, "option_fields", 0, 20))]
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
