"""The DOCX report (python-docx). Results appear as tables with text bars."""

from __future__ import annotations

import io
import zipfile
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
    _heading(document, export.title, level=0)
    document.add_paragraph(f"{t('date')}: {t.date(export.date)}")
    rule = document.add_paragraph()
    rule.add_run(t("rule") if export.rule == "chatham_house" else t("rule_on_record")).bold = True
    if export.rule == "chatham_house":
        document.add_paragraph(t("rule_explained"))

    attendance = export.attendance
    _heading(document, t("participation"), level=1)
    _table(document, [t("group"), t("participants")], [
        [g.group or t("no_group"), attendance.count_text(g.count, g.reason, t)]
        for g in attendance.groups] + [[t("total"), attendance.count_text(
            attendance.total, attendance.total_reason, t)]])
    _heading(document, t("agenda"), level=1)
    for s in export.agenda:
        record = f" – {t('on_the_record')}" if s.on_the_record else ""
        _styled(document, f"{s.title}{record}", "ListNumber")

    for s in export.agenda:
        _heading(document, f"{t('item', n=s.number)}: {s.title}", level=1)
        if s.on_the_record:
            document.add_paragraph().add_run(t("on_the_record")).bold = True
        if s.question:
            document.add_paragraph().add_run(s.question).italic = True
        _heading(document, t("contributions"), level=2)
        _entries(document, s.contributions[:export.report_limit], t) or document.add_paragraph(
            t("none"))
        if len(s.contributions) > export.report_limit:
            document.add_paragraph(t("more_contributions",
                                     n=len(s.contributions) - export.report_limit))
        if s.answered_questions:
            _heading(document, t("questions"), level=2)
            _entries(document, s.answered_questions, t)

    if export.options:
        _heading(document, t("options"), level=1)
    for o in export.options:
        _option(document, o, t)

    _heading(document, t("annex"), level=1)
    for key in ("method_ratings", "method_consent", "method_groups", "method_order",
                "method_redaction"):
        document.add_paragraph(t(key, k=attendance.k) if key == "method_groups" else t(key))
    _heading(document, t("on_record_items"), level=2)
    for s in export.on_the_record:
        _styled(document, f"{t('item', n=s.number)}: {s.title}", "ListBullet")
    if not export.on_the_record:
        document.add_paragraph(t("on_record_none"))
    out = io.BytesIO()
    document.save(out)
    return _dated_to_the_day(out.getvalue(), export.date)


def _styled(document, text: str, style_id: str):
    """A paragraph with a style set by id: python-docx's lookup by name scans the whole
    styles part each time, which dominates the time of a 200-option report."""
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


def _heading(document, text: str, level: int):
    return _styled(document, text, "Title" if level == 0 else f"Heading{level}")


# What the document says about where it comes from: only what is true. python-docx's
# template would claim "Microsoft Macintosh Word", Normal.dotm and a print date.
APP_PROPERTIES = (b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Properties "
                  b'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
                  b'properties"><Application>Dialogue</Application></Properties>')


def _neutral_properties(document, export: Export) -> None:
    """No author, no editing or print time, no template, no thumbnail of the template."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    props = document.core_properties
    day = datetime.fromisoformat(export.date)
    props.author = props.last_modified_by = props.comments = props.keywords = ""
    props.title = export.title
    props.created = props.modified = day
    props.revision = 1
    for printed in props._element.findall(qn("cp:lastPrinted")):
        props._element.remove(printed)
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_PROPERTIES


def _dated_to_the_day(data: bytes, date: str) -> bytes:
    """The same package with every member dated to the session's day at 00:00 (the zip
    writer stamps each with the time of saving, to the second)."""
    year, month, day = (int(part) for part in date.split("-"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(
            out, "w", zipfile.ZIP_DEFLATED) as dated:
        for member in source.infolist():
            copy = zipfile.ZipInfo(member.filename, date_time=(year, month, day, 0, 0, 0))
            copy.compress_type = zipfile.ZIP_DEFLATED
            dated.writestr(copy, source.read(member))
    return out.getvalue()


def _entries(document, items: list[Entry], t) -> int:
    for entry in items:
        paragraph = _styled(document, str(entry.text), "ListNumber")
        paragraph.add_run(f"  ({t('votes', n=entry.votes)})").italic = True
    return len(items)


def _table(document, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    table._tbl.tblPr.style = "LightList"
    for cells, row in zip(table.rows, [header, *rows], strict=True):
        for cell, text in zip(cells.cells, row, strict=True):
            cell.text = text


def _option(document, o, t) -> None:
    _heading(document, f"{t('option', n=o.number)}: {o.title}", level=2)
    status = document.add_paragraph(f"{t('status')}: ")
    status.add_run(t(f"status_{o.status}")).bold = True
    for f in o.fields:
        document.add_paragraph().add_run(f.label).bold = True
        document.add_paragraph(str(f.text))
    for side, items in (("arguments_pro", o.arguments_pro),
                        ("arguments_contra", o.arguments_contra)):
        if items:
            _heading(document, t(side), level=3)
            _entries(document, items, t)
    if o.accepted_amendments:
        _heading(document, t("amendments"), level=3)
        for a in o.accepted_amendments:
            document.add_paragraph().add_run(a.label).bold = True
            document.add_paragraph(str(a.text))
    for r in o.rating_rounds:
        _heading(document, t("ratings", n=r.round), level=3)
        for c in r.criteria:
            if c.too_few:
                document.add_paragraph(f"{c.label}: {t('too_few')}")
                continue
            summary = (f" · {t('median')} {t.number(c.median)} · {t('spread')} {t.number(c.iqr)}"
                       if c.median is not None else "")
            document.add_paragraph(f"{c.label}: {c.n} {t('answers')}{summary}")
            top = max(c.distribution.values(), default=0)
            _table(document, [t("score"), t("answers"), ""], [
                [score, str(c.distribution.get(score, 0)),
                 text_bar(c.distribution.get(score, 0), top)] for score in SCALE])
    for r in o.consent_rounds:
        _heading(document, t("consent", n=r.round), level=3)
        if r.too_few:
            document.add_paragraph(t("too_few"))
            continue
        document.add_paragraph(f"{t('consenting', c=r.consenting, n=r.n)} · "
                               f"{t('n_blocks', n=r.blocks)}")
        top = max(r.distribution.values(), default=0)
        _table(document, ["", t("answers"), ""], [
            [t(f"choice_{choice}"), str(r.distribution.get(choice, 0)),
             text_bar(r.distribution.get(choice, 0), top)] for choice in CONSENT_CHOICES])
