"""No cell of any CSV the app writes runs as a formula in a spreadsheet: the invite list
and the export's tables, with full-width and other look-alike signs too."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest

from dialogue.export import services
from dialogue.export.model import build_export
from dialogue.spreadsheet import neutralise

from ..conftest import ROOT
from ..export.conftest import ExportKit

FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1+1", "－1+1",
            "＠SUM(A1)", "﹦1+1", "⁼1+1", "\u22121+1", " =1+1", "\u00a0=1+1", "\u200b=1+1",
            "\ufeff=1+1", '=HYPERLINK("http://evil.example","x")']


def runs_as_formula(cell: str) -> bool:
    """What a spreadsheet might evaluate: after spaces and invisible marks, and with
    look-alikes folded, a formula sign or a tab or line break first."""
    folded = unicodedata.normalize("NFKC", cell).lstrip(" \u00a0\u200b\ufeff\u3000")
    return folded[:1] in ("=", "+", "-", "@", "\t", "\r", "\n", "\u2212")


def cells_of(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@pytest.mark.parametrize("formula", FORMULAS)
def test_neutralise_defuses_every_formula_start(formula):
    assert neutralise(formula) == "'" + formula
    assert not runs_as_formula(neutralise(formula))


def test_neutralise_leaves_ordinary_text_and_numbers():
    for kept in ("plain", "a=b", "e-mail", "Müller", "€5", -3, 2.5, True, None):
        assert neutralise(kept) == kept


def test_the_invite_list_defuses_formulas_in_names_and_emails(factory, facilitator_browser):
    session = factory.session()
    for number, formula in enumerate(FORMULAS):
        factory.roster_entry(session, name=formula, email=f"=cmd{number}@example.org")
    response = facilitator_browser.get(f"/facilitate/{session.public_id}/invites.csv")
    assert response.status_code == 200
    cells = cells_of(response.get_data(as_text=True))
    assert not [cell for cell in cells if runs_as_formula(cell)]
    assert "'＝1+1" in cells and "'=cmd0@example.org" in cells


def test_every_export_table_defuses_formulas(factory):
    kit = ExportKit(factory)
    session = factory.live_session()
    for formula in FORMULAS:
        kit.contribution(session, formula, votes=1)
    kit.option(session, title="＝1+1", problem="＠SUM(A1)")
    archive = zipfile.ZipFile(io.BytesIO(services.render(build_export(session), "csv")))
    cells = [cell for name in archive.namelist()
             for cell in cells_of(archive.read(name).decode("utf-8-sig"))]
    assert not [cell for cell in cells if runs_as_formula(cell)]
    assert "'＝1+1" in cells and "'＠SUM(A1)" in cells


def test_no_module_writes_csv_but_the_one_that_defuses_formulas():
    writers = [path.relative_to(ROOT) for path in Path(ROOT, "dialogue").rglob("*.py")
               if re.search(r"csv\.(writer|DictWriter)\(", path.read_text())]
    assert writers == [Path("dialogue/spreadsheet.py")]
