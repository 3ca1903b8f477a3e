"""Importing the invite list from CSV or Excel: all rows or none."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from email_validator import EmailNotValidError, validate_email
from flask_babel import gettext as _

from ..extensions import db
from ..models import DialogueSession, RosterEntry
from ..plain_text import refusal
from .roster_files import RosterFileError, read_rows
from .services import require_open

REQUIRED_COLUMNS = ("name", "email", "affiliation", "stakeholder_group")
OPTIONAL_COLUMNS = ("language",)
LANGUAGES = ("en", "de")
MAX_ROWS = 2000


class RosterImportError(ValueError):
    """The file cannot be imported; ``problems`` says where and why, row by row."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    added: int


def _check_row(number: int, row: dict[str, str], groups: dict[str, str],
               seen: set[str]) -> tuple[list[str], dict[str, str]]:
    """``groups`` maps each group's English and German name to its English (stored) name."""
    problems = []
    values = {column: (row.get(column) or "").strip()
              for column in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
    for column, value in values.items():
        if message := refusal(value, multiline=False):
            problems.append(_("Row %(number)d, %(column)s: %(problem)s", number=number,
                              column=column, problem=message))
            values[column] = ""  # checked no further: it is never stored or echoed
    values["language"] = values["language"].lower()
    if values["language"] not in ("", *LANGUAGES):
        problems.append(_("Row %(number)d: language '%(language)s' is not one of %(languages)s "
                          "(or empty for the session's language).", number=number,
                          language=values["language"][:20], languages=", ".join(LANGUAGES)))
    if not values["name"]:
        problems.append(_("Row %(number)d: the name is empty.", number=number))
    elif len(values["name"]) > 200:
        problems.append(_("Row %(number)d: the name is longer than 200 characters.",
                           number=number))
    if values["email"]:
        try:
            values["email"] = validate_email(
                values["email"], check_deliverability=False).normalized.lower()
        except EmailNotValidError:
            problems.append(_("Row %(number)d: '%(email)s' is not an email address.",
                               number=number, email=values["email"][:80]))
        if values["email"] in seen:
            problems.append(_("Row %(number)d: %(email)s is already on the invite list.",
                               number=number, email=values["email"]))
        seen.add(values["email"])
    if len(values["affiliation"]) > 200:
        problems.append(_("Row %(number)d: the affiliation is longer than 200 characters.",
                           number=number))
    if groups and values["stakeholder_group"] in groups:
        values["stakeholder_group"] = groups[values["stakeholder_group"]]
    elif groups:
        problems.append(
            _("Row %(number)d: stakeholder group '%(group)s' is not one of this session's "
              "groups (%(groups)s).", number=number, group=values["stakeholder_group"][:80],
              groups=", ".join(dict.fromkeys(groups.values())))
        )
    return problems, values


def _table(data: bytes) -> list[tuple[int, dict[str, str]]]:
    """The file's rows (with their row numbers) as dicts keyed by the lower-cased header."""
    try:
        rows = read_rows(data)
    except RosterFileError as exc:
        raise RosterImportError([str(exc)]) from exc
    if not rows:
        raise RosterImportError([_("The file is empty.")])
    header = [column.strip().lower() for column in rows[0][1]]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise RosterImportError(
            [_("The header is missing the column(s): %(missing)s. Found: %(found)s. "
               "Expected: %(expected)s (separated by commas or semicolons; '%(optional)s' "
               "may follow).", missing=", ".join(missing),
               found=", ".join(f"'{column[:40]}'" for column in header[:12]) or "-",
               expected=", ".join(REQUIRED_COLUMNS), optional=", ".join(OPTIONAL_COLUMNS))]
        )
    return [(number, dict(zip(header, row, strict=False))) for number, row in rows[1:]]


def import_roster(session: DialogueSession, data: bytes) -> ImportResult:
    """Add every row of the file to the roster, or raise and add nothing."""
    require_open(session)
    rows = _table(data)
    if not rows:
        raise RosterImportError([_("The file has a header but no participants.")])
    if len(rows) > MAX_ROWS:
        raise RosterImportError([_("At most %(count)d participants can be imported at once.",
                                   count=MAX_ROWS)])
    return ImportResult(added=len(add_rows(session, rows)))


def add_rows(session: DialogueSession, rows: list[tuple[int, dict[str, str]]]
             ) -> list[RosterEntry]:
    """Add each (row number, {column: value}) to the roster with the file import's checks
    (the API's roster operation sends its entries here too), or raise and add nothing."""
    require_open(session)
    seen = set(db.session.scalars(
        sa.select(RosterEntry.email).where(RosterEntry.session_id == session.id,
                                           RosterEntry.email != "")
    ))
    german = list(session.stakeholder_groups_de or [])
    groups = {german[i]: name for i, name in enumerate(session.stakeholder_groups)
              if i < len(german) and german[i]}
    groups.update({name: name for name in session.stakeholder_groups})
    problems: list[str] = []
    entries = []
    for number, row in rows:
        row_problems, values = _check_row(number, row, groups, seen)
        problems.extend(row_problems)
        entries.append(RosterEntry(session_id=session.id, **values))
    if problems:
        raise RosterImportError(problems[:20])
    db.session.add_all(entries)
    return entries
