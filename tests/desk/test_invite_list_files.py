"""Invite lists as German Excel writes them: semicolons, Windows-1252, or an .xlsx workbook."""

import io

import sqlalchemy as sa
from openpyxl import Workbook

from dialogue.extensions import db
from dialogue.models import RosterEntry

from ..test_roster_import import _roster_count, _upload


def _names() -> list[str]:
    return sorted(db.session.scalars(sa.select(RosterEntry.name)))


def test_semicolon_separated_windows_1252_file_as_german_excel_saves_it(
        facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    content = ("Name;E-Mail;Affiliation;Stakeholder_Group\r\n".replace("E-Mail", "email")
               + f"Jörg Weiß;jorg@example.org;Auswärtiges Amt;{group}\r\n"
               f"\"Okafor; Chidi\";chidi@example.org;Botschaft;{group}\r\n").encode("cp1252")
    response = _upload(facilitator_browser, session, content)
    assert response.status_code == 302, response.get_data(as_text=True)
    assert _names() == ["Jörg Weiß", "Okafor; Chidi"]
    assert db.session.scalar(sa.select(RosterEntry.affiliation).filter_by(
        email="jorg@example.org")) == "Auswärtiges Amt"


def test_semicolon_file_in_utf8_with_a_bom_is_read(facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    content = ("\ufeffname;email;affiliation;stakeholder_group;language\n"
               f"Anna Müller;anna@example.org;BMZ;{group};de\n").encode()
    assert _upload(facilitator_browser, session, content).status_code == 302
    entry = db.session.scalar(sa.select(RosterEntry))
    assert (entry.name, entry.language) == ("Anna Müller", "de")


def test_semicolon_file_with_a_wrong_header_names_what_was_found(facilitator_browser, factory):
    session = factory.session()
    response = _upload(facilitator_browser, session,
                       b"Vorname;Mail;Organisation\nA;a@example.org;X\n")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "&#39;vorname&#39;, &#39;mail&#39;, &#39;organisation&#39;" in page
    assert "Expected: name, email, affiliation, stakeholder_group" in page
    assert _roster_count() == 0


def _xlsx(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_excel_workbook_is_imported(facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    content = _xlsx([["name", "email", "affiliation", "stakeholder_group"],
                     ["Zoë Ødegaard", "zoe@example.org", "BMI", group],
                     [None, None, None, None],
                     ["Li Wei", None, "GIZ", group]])
    response = _upload(facilitator_browser, session, content, filename="invites.xlsx")
    assert response.status_code == 302, response.get_data(as_text=True)
    assert _names() == ["Li Wei", "Zoë Ødegaard"]


def test_excel_workbook_with_bad_rows_imports_nothing(facilitator_browser, factory):
    session = factory.session()
    content = _xlsx([["name", "email", "affiliation", "stakeholder_group"],
                     ["A", "not-an-email", "BMI", "Aliens"]])
    response = _upload(facilitator_browser, session, content, filename="invites.xlsx")
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Row 2" in page and "Aliens" in page
    assert _roster_count() == 0


def test_broken_workbook_gets_a_clear_message(facilitator_browser, factory):
    session = factory.session()
    response = _upload(facilitator_browser, session, b"PK\x03\x04 not really a zip",
                       filename="invites.xlsx")
    assert response.status_code == 400
    assert "cannot be read" in response.get_data(as_text=True)
    assert _roster_count() == 0


def test_unknown_language_in_the_list_is_refused(facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    content = ("name,email,affiliation,stakeholder_group,language\n"
               f"A,a@example.org,X,{group},fr\n").encode()
    response = _upload(facilitator_browser, session, content)
    assert response.status_code == 400 and "language &#39;fr&#39;" in response.get_data(
        as_text=True)
    assert _roster_count() == 0


def test_row_numbers_in_errors_match_the_spreadsheet_despite_blank_rows(
        facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    content = _xlsx([["name", "email", "affiliation", "stakeholder_group"],
                     ["Good", "good@example.org", "BMI", group],
                     [None, None, None, None],
                     ["Bad", "not-an-email", "BMI", group]])
    response = _upload(facilitator_browser, session, content, filename="invites.xlsx")
    assert response.status_code == 400
    assert "Row 4: &#39;not-an-email&#39;" in response.get_data(as_text=True)
