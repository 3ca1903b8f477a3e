"""Reading an invite list file into rows: CSV (comma, semicolon or tab; UTF-8 or
Windows-1252, a BOM tolerated) or an Excel workbook (.xlsx, its first sheet)."""

from __future__ import annotations

import csv
import io
import zipfile

from flask_babel import gettext as _

DELIMITERS = (",", ";", "\t")
XLSX_MAGIC = b"PK\x03\x04"  # an .xlsx file is a zip archive


class RosterFileError(ValueError):
    """The file cannot be read as a table; the message says why, for the facilitator."""


def read_rows(data: bytes) -> list[tuple[int, list[str]]]:
    """The file's non-empty rows with their line numbers, header first, cells stripped."""
    rows = _xlsx_rows(data) if data.startswith(XLSX_MAGIC) else _csv_rows(decode(data))
    return [(number, row) for number, row in enumerate(rows, start=1)
            if any(cell for cell in row)]


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) if it is that, else Windows-1252 (what Excel writes)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise RosterFileError(
            _("The file is neither UTF-8 nor Windows-1252 text (bad byte at position "
              "%(position)d). Save it as 'CSV UTF-8' or as an Excel workbook (.xlsx) and "
              "try again.", position=exc.start)) from exc
    if "\x00" in text:
        raise RosterFileError(_("The file is not a text file. Upload a CSV file or an Excel "
                                "workbook (.xlsx)."))
    return text


def _delimiter(text: str) -> str:
    """The separator the header line uses most: German Excel writes semicolons."""
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _csv_rows(text: str) -> list[list[str]]:
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        return [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:
        raise RosterFileError(_("The file is not valid CSV: %(error)s.", error=exc)) from exc


def _xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise RosterFileError(_("The file looks like an Excel workbook but cannot be read. "
                                "Save it again as .xlsx or as CSV.")) from exc
    try:
        sheet = workbook.worksheets[0]
        return [["" if cell is None else str(cell).strip() for cell in row]
                for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
