"""The DOCX report (python-docx). Results appear as tables with text bars."""

from __future__ import annotations

import io
from datetime import datetime

from .charts import text_bar
from .html import CONSENT_CHOICES, SCALE
from .model import Entry, Export
from .strings import text_for


def write_docx(export: Export) -> bytes:
    from docx import Document

    t = text_for(export.language)
    document = Document()
    _neutral_properties(document, export)
    document.add_paragraph(t("report"))
    document.add_heading(export.title, level=0)
    document.add_paragraph(f"{t('date')}: {export.date}")
    rule = document.add_paragraph()
    rule.add_run(t("rule") if export.rule == "chatham_house" else t("rule_on_record")).bold = True
    if export.rule == "chatham_house":
        document.add_paragraph(t("rule_explained"))

    attendance = export.attendance
    document.add_heading(t("participation"), level=1)
    _table(document, [t("group"), t("participants")], [
        [g.group or t("no_group"), t("fewer_than", k=attendance.k) if g.suppressed
         else str(g.count)] for g in attendance.groups] + [[t("total"), str(attendance.total)]])
    document.add_heading(t("agenda"), level=1)
    for s in export.agenda:
        record = f" ({t('on_the_record')})" if s.on_the_record else ""
        document.add_paragraph(f"{s.title}{record}", style="List Number")

    for s in export.agenda:
        document.add_heading(f"{t('item', n=s.number)}: {s.title}", level=1)
        if s.on_the_record:
            document.add_paragraph().add_run(t("on_the_record")).bold = True
        if s.question:
            document.add_paragraph().add_run(s.question).italic = True
        document.add_heading(t("contributions"), level=2)
        _entries(document, s.contributions[:export.report_limit], t) or document.add_paragraph(
            t("none"))
        if len(s.contributions) > export.report_limit:
            document.add_paragraph(t("more_contributions",
                                     n=len(s.contributions) - export.report_limit))
        if s.answered_questions:
            document.add_heading(t("questions"), level=2)
            _entries(document, s.answered_questions, t)

    if export.options:
        document.add_heading(t("options"), level=1)
    for o in export.options:
        _option(document, o, t)

    document.add_heading(t("annex"), level=1)
    for key in ("method_ratings", "method_consent", "method_groups", "method_order",
                "method_redaction"):
        document.add_paragraph(t(key, k=attendance.k) if key == "method_groups" else t(key))
    document.add_heading(t("on_record_items"), level=2)
    for s in export.on_the_record:
        document.add_paragraph(f"{t('item', n=s.number)}: {s.title}", style="List Bullet")
    if not export.on_the_record:
        document.add_paragraph(t("on_record_none"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _neutral_properties(document, export: Export) -> None:
    """No author, no editing time: the template's and the library's defaults would leak."""
    props = document.core_properties
    day = datetime.fromisoformat(export.date)
    props.author = props.last_modified_by = props.comments = props.keywords = ""
    props.title = export.title
    props.created = props.modified = day
    props.last_printed = day
    props.revision = 1


def _entries(document, items: list[Entry], t) -> int:
    for entry in items:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(str(entry.text))
        paragraph.add_run(f"  ({entry.votes} {t('votes', n=entry.votes)})").italic = True
    return len(items)


def _table(document, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light List"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def _option(document, o, t) -> None:
    document.add_heading(f"{t('option', n=o.number)}: {o.title}", level=2)
    status = document.add_paragraph(f"{t('status')}: ")
    status.add_run(t(f"status_{o.status}")).bold = True
    for f in o.fields:
        document.add_paragraph().add_run(f.label).bold = True
        document.add_paragraph(str(f.text))
    for side, items in (("arguments_pro", o.arguments_pro),
                        ("arguments_contra", o.arguments_contra)):
        if items:
            document.add_heading(t(side), level=3)
            _entries(document, items, t)
    if o.accepted_amendments:
        document.add_heading(t("amendments"), level=3)
        for a in o.accepted_amendments:
            document.add_paragraph().add_run(a.label).bold = True
            document.add_paragraph(str(a.text))
    for r in o.rating_rounds:
        document.add_heading(t("ratings", n=r.round), level=3)
        for c in r.criteria:
            summary = (f" · {t('median')} {c.median} · {t('spread')} {c.iqr}"
                       if c.median is not None else "")
            document.add_paragraph(f"{c.label}: {c.n} {t('answers')}{summary}")
            top = max(c.distribution.values(), default=0)
            _table(document, [t("score"), t("answers"), ""], [
                [score, str(c.distribution.get(score, 0)),
                 text_bar(c.distribution.get(score, 0), top)] for score in SCALE])
    for r in o.consent_rounds:
        document.add_heading(t("consent", n=r.round), level=3)
        document.add_paragraph(f"{t('consenting', c=r.consenting, n=r.n)} · "
                               f"{t('blocks')}: {r.blocks}")
        top = max(r.distribution.values(), default=0)
        _table(document, ["", t("answers"), ""], [
            [t(f"choice_{choice}"), str(r.distribution.get(choice, 0)),
             text_bar(r.distribution.get(choice, 0), top)] for choice in CONSENT_CHOICES])
