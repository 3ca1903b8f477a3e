"""Every CSV the app writes (the export's tables, the invite list) goes through here, so
no cell runs as a formula when someone opens the file in a spreadsheet (CSV injection)."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable

# A spreadsheet evaluates a cell that starts with one of these (after the characters it
# skips); "\u2212" is the minus sign, which NFKC leaves as it is.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\u2212")


def _first_visible(text: str) -> str:
    """The cell's first character as a spreadsheet may read it: look-alikes folded by NFKC
    (full-width ＝＋－＠, small and superscript signs), spaces and invisible marks skipped."""
    for character in unicodedata.normalize("NFKC", text):
        if character in "\t\r\n":
            return character
        if not (character.isspace() or unicodedata.category(character) in ("Cf", "Zs")):
            return character
    return ""


def neutralise(value: object) -> object:
    """A text cell a spreadsheet would evaluate gets a leading apostrophe; numbers stay."""
    if isinstance(value, str) and _first_visible(value).startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    """The rows as CSV (CRLF line ends, as RFC 4180 has it), every cell neutralised."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(
        [neutralise(cell) for cell in row] for row in rows)
    return text.getvalue()
