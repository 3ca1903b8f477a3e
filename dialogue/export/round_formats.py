"""The round report as DOCX and as CSV tables (a zip), beside round.py's HTML, PDF,
Markdown and JSON.

DOCX: the session report's building blocks (docx.py): A4 with page numbers, lists that
start at 1, light tables, consent bars as PNGs of the very shapes the HTML/PDF draws.
CSV: through the project's one CSV writer (``spreadsheet.csv_text``), one file per table,
members dated to the round's last session day.
"""

from __future__ import annotations

import io
import zipfile
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from ..spreadsheet import csv_text
from .charts import BAR_W, consent_png
from .html import CONSENT_CHOICES

if TYPE_CHECKING:
    from .model import Export, Passage
    from .round import RoundExport


def round_date(report: RoundExport) -> str:
    """The round report's day: its last session's (the files are dated to it)."""
    return report.sessions[-1].date if report.sessions else "1970-01-01"


def write_round_docx(report: RoundExport) -> bytes:
    from docx import Document

    from .docx_parts import (
        Numbered,
        Pictures,
        a4_with_page_numbers,
        add_heading,
        add_table,
        dated_to_the_day,
        neutral_properties,
        styled,
    )
    from .round import _consent_text, _rating_lines
    from .strings import text_for

    t = text_for(report.language)
    document = Document()
    # the properties need only a day and a title
    neutral_properties(document, cast("Export", SimpleNamespace(
        date=round_date(report), title=report.round_name)))
    a4_with_page_numbers(document, report.language)
    document.add_paragraph(t("round_report"))
    add_heading(document, report.round_name, level=0)
    add_heading(document, t("round_sessions"), level=1)
    listed = Numbered(document)
    for s in report.sessions:
        listed.add(f"{s.title} ({t.date(s.date)})")
    add_heading(document, t("round_options"), level=1)
    if not report.options:
        document.add_paragraph(t("round_none"))
    pictures = Pictures(document)
    if any(s.consent and not s.consent.too_few for o in report.options for s in o.support):
        _consent_key(document, t)

    def consent_cell(result):
        text = _consent_text(result, t)
        if result is None or result.too_few:
            return text
        counts = [result.distribution.get(choice, 0) for choice in CONSENT_CHOICES]

        def fill(paragraph) -> None:
            pictures.place(consent_png(counts), BAR_W)(paragraph)
            paragraph.add_run("\n" + text)
        return fill

    for o in report.options:
        add_heading(document, f"{t('option', n=o.number)}: {o.title}", level=2)
        line = document.add_paragraph(f"{t('final_status')}: ")
        line.paragraph_format.keep_with_next = True
        line.add_run(t("status_" + o.final_status)).bold = True
        line.add_run(" · " + (t("round_only", n=o.first_session)
                              if o.first_session == o.last_session else
                              t("round_span", first=o.first_session, last=o.last_session)))
        add_heading(document, t("support_by_session"), level=3)
        _support_table(add_table(document, [t("session_col"), t("status"),
                                         t("summary_consent"), t("summary_support")],
                              [[str(s.session), t("status_" + s.status),
                                consent_cell(s.consent), "\n".join(_rating_lines(s.rating, t))]
                               for s in o.support]))
        add_heading(document, t("changes"), level=3)
        if o.changes:
            for c in o.changes:
                styled(document, t("changed_in", n=c.session, fields=", ".join(c.fields)),
                        "ListBullet")
            wordings: list[tuple[str | None, int, Passage | None, list]] = [
                ("first_wording", o.first_session, o.first_title, o.first_fields),
                ("latest_wording", o.last_session, o.title, o.latest_fields)]
        else:
            document.add_paragraph().add_run(t("unchanged")).italic = True
            wordings = [(None, o.last_session, None, o.latest_fields)]
        for key, number, title, fields in wordings:
            if key is not None:
                add_heading(document, t(key, n=number), level=3)
                heading = document.add_paragraph()
                heading.add_run(str(title)).bold = True
                heading.paragraph_format.keep_with_next = True
            for f in fields:
                label = document.add_paragraph()
                label.add_run(f.label).bold = True
                label.paragraph_format.keep_with_next = True
                document.add_paragraph(str(f.text))
    add_heading(document, t("annex"), level=1)
    document.add_paragraph(t("round_method"))
    document.add_paragraph(t("method_consent"))
    out = io.BytesIO()
    document.save(out)
    return dated_to_the_day(out.getvalue(), round_date(report))


def _support_table(table) -> None:
    """Column widths that leave the figures room; a row never splits across pages."""
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt

    widths = [Cm(1.8), Cm(3.0), Cm(6.3), Cm(5.9)]  # 17 cm: A4 less the 2 cm margins
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
    last = len(table.rows) - 1
    for index, row in enumerate(table.rows):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
                # the table stays in one piece (a row per session: short)
                paragraph.paragraph_format.keep_with_next = index < last
                for run in paragraph.runs:
                    run.font.size = Pt(8.5)


def _consent_key(document, t) -> None:
    """The consent bars' colours, keyed once (as in the HTML/PDF report)."""
    from docx.shared import RGBColor

    from .charts import SHADES

    key = document.add_paragraph(t("consent_key"))
    for index, choice in enumerate(CONSENT_CHOICES):
        square = key.add_run(" ■")
        square.font.color.rgb = RGBColor.from_string(SHADES[index].lstrip("#").upper())
        key.add_run(f" {t('choice_' + choice)}" + ("" if index == len(CONSENT_CHOICES) - 1
                                                   else " ·"))


Rows = list[list[object]]


def round_tables(report: RoundExport) -> dict[str, Rows]:
    """The round report as tables (first row the header); options and sessions by their
    number in the report, nothing else."""
    round_rows: Rows = [["round", "language", "date"],
                        [report.round_name, report.language, round_date(report)]]
    sessions: Rows = [["session", "title", "date"]]
    sessions += [[s.number, s.title, s.date] for s in report.sessions]
    options: Rows = [["option", "title", "final_status", "first_session", "last_session"]]
    wording: Rows = [["option", "wording", "session", "field", "label", "text"]]
    changes: Rows = [["option", "session", "fields"]]
    consent: Rows = [["option", "session", "status", "round", "n", *CONSENT_CHOICES,
                      "consenting", "blocks", "too_few", "reached"]]
    ratings: Rows = [["option", "session", "round", "criterion", "n", "median", "too_few"]]
    for o in report.options:
        options.append([o.number, str(o.title), o.final_status, o.first_session,
                        o.last_session])
        for which, number, title, fields in (
                ("first", o.first_session, o.first_title, o.first_fields),
                ("latest", o.last_session, o.title, o.latest_fields)):
            wording.append([o.number, which, number, "title", "", str(title)])
            wording += [[o.number, which, number, f.key, f.label, str(f.text)]
                        for f in fields]
        changes += [[o.number, c.session, "; ".join(c.fields)] for c in o.changes]
        for s in o.support:
            c = s.consent
            if c is None:
                consent.append([o.number, s.session, s.status, *[""] * (len(consent[0]) - 3)])
            else:
                figures = [c.n, *(c.distribution.get(x, 0) for x in CONSENT_CHOICES),
                           c.consenting, c.blocks]
                consent.append([o.number, s.session, s.status, c.round,
                                *([""] * len(figures) if c.too_few else figures),
                                c.too_few, "" if c.reached is None else c.reached])
            if s.rating is not None:
                ratings += [[o.number, s.session, s.rating.round, x.label,
                             "" if x.too_few else x.n, "" if x.too_few else x.median,
                             x.too_few] for x in s.rating.criteria]
    return {"round": round_rows, "sessions": sessions, "options": options,
            "wording": wording, "changes": changes, "consent": consent, "ratings": ratings}


def write_round_csv_zip(report: RoundExport) -> bytes:
    year, month, day = (int(part) for part in round_date(report).split("-"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in round_tables(report).items():
            member = zipfile.ZipInfo(f"{name}.csv", date_time=(year, month, day, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, csv_text(rows).encode("utf-8-sig"))
    return out.getvalue()
