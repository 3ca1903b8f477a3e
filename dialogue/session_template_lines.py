"""Source line numbers for the fields of a session template file (for its error messages)."""

from __future__ import annotations

import re


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
_KEY_LINE = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))"""
                       r"""\s*(?:\.\s*([A-Za-z0-9_-]+)\s*)?[.=]""")


class Locator:
    """Maps field paths such as ``("agenda", 2, "question")`` to source line numbers."""

    def __init__(self, text: str):
        self.top: dict[str, int] = {}  # top-level key or table name -> first line
        self.arrays: dict[str, list[tuple[int, dict[str, int]]]] = {}  # [[name]] tables
        self.elements: dict[str, list[int]] = {}  # top-level inline array -> element lines
        self.tables: dict[str, dict[str, int]] = {}  # top-level [name] table -> key lines
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
                    elif len(parts) == 1:  # [description] with en = / de = inside
                        keys = self.tables.setdefault(parts[0], keys)
                    elif len(parts) > 1 and self.arrays.get(parts[0]):  # [agenda.sub]
                        self.arrays[parts[0]][-1][1].setdefault(parts[1], no)
                elif m := _KEY_LINE.match(src):
                    key = next(g for g in m.groups()[:3] if g is not None)
                    keys.setdefault(key, no)
                    if m.group(4):  # a dotted key: title.de = "…"
                        keys.setdefault(f"{key}.{m.group(4)}", no)
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
            if len(where) > 3 and f"{where[2]}.{where[3]}" in keys:  # title.de = "…"
                return keys[f"{where[2]}.{where[3]}"]
            return keys.get(str(where[2]), header) if len(where) > 2 else header
        elements = self.elements.get(name, [])
        if isinstance(index, int) and index < len(elements):  # inline array element
            return elements[index]
        if isinstance(index, str):  # a language of a top-level text
            found = self.top.get(f"{name}.{index}") or self.tables.get(name, {}).get(index)
            if found:
                return found
        return self.top.get(name, 1)
