"""The DOCX report (python-docx): the copy facilitators edit.

A4 with page numbers in the footer; every numbered list starts at 1 (each is its own
numbering instance); tables with thin grey rules instead of the template's black header;
charts as PNG images of the very shapes the HTML/PDF report draws (charts.py).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from .charts import BAR_W, HIST_SCALE, HIST_W, consent_png, histogram_png, top_share
from .html import CONSENT_CHOICES, SCALE, record_title
from .model import Entry, Export, moderation_lines, poll_lines, poll_title
from .strings import text_for

if TYPE_CHECKING:
    from docx.image.image import Image

RULE_COLOUR = "C5CCD4"  # the report's thin grey rules


def write_docx(export: Export) -> bytes:
    from docx import Document

    t = text_for(export.language)
    document = Document()
    _neutral_properties(document, export)
    _a4_with_page_numbers(document, export.language)
    document.add_paragraph(t("report"))
    _heading(document, export.title, level=0)
    document.add_paragraph(f"{t('date')}: {t.date(export.date)}")
    rule = document.add_paragraph()
    rule.add_run(t("rule") if export.rule == "chatham_house" else t("rule_on_record")).bold = True
    if export.rule == "chatham_house":
        document.add_paragraph(t("rule_explained"))

    _summary(document, export, t)
    attendance = export.attendance
    # A new page, set on the heading: a page-break paragraph after a full summary page
    # would leave a blank page behind it.
    _heading(document, t("participation"), level=1).paragraph_format.page_break_before = True
    _table(document, [t("group"), t("participants")], [
        [g.group or t("no_group"), attendance.count_text(g.count, g.reason, t)]
        for g in attendance.groups] + [[t("total"), attendance.count_text(
            attendance.total, attendance.total_reason, t)]])
    _heading(document, t("agenda"), level=1)
    numbered = _Numbered(document)
    for s in export.agenda:
        numbered.add(record_title(s.title, t) if s.on_the_record else s.title)

    for s in export.agenda:
        _heading(document, f"{t('item', n=s.number)}: {s.title}", level=1)
        if s.on_the_record:
            document.add_paragraph().add_run(t("on_the_record")).bold = True
            document.add_paragraph(t("on_the_record_explained"))
        if s.question:
            document.add_paragraph().add_run(s.question).italic = True
        if s.contributions:
            _heading(document, t("contributions"), level=2)
            _entries(document, s.contributions[:export.report_limit], t)
            if len(s.contributions) > export.report_limit:
                document.add_paragraph(t("more_contributions",
                                         n=len(s.contributions) - export.report_limit))
        else:
            document.add_paragraph(t("no_contributions"))
        if s.answered_questions:
            _heading(document, t("questions"), level=2)
            _entries(document, s.answered_questions, t)

    _heading(document, t("open_questions"), level=1)
    if export.open_questions:
        document.add_paragraph(t("open_questions_intro"))
        for s in export.open_questions:
            _heading(document, f"{t('item', n=s.number)}: {s.title}", level=2)
            _entries(document, s.open_questions[:export.report_limit], t)
    else:
        document.add_paragraph(t("open_questions_none"))

    if export.polls:  # quick polls (dialogue/polls): the lines every format shares
        _heading(document, t("polls"), level=1)
        document.add_paragraph(t("polls_explained", k=attendance.k))
        for poll in export.polls:
            _heading(document, poll_title(poll, t), level=2)
            document.add_paragraph(t(f"poll_kind_{poll.kind}")).runs[0].italic = True
            for line in poll_lines(poll, t):
                document.add_paragraph(line)

    if export.options:
        _heading(document, t("options"), level=1)
    pictures = _Pictures(document)
    for o in export.options:
        _option(document, o, t, pictures)

    _heading(document, t("annex"), level=1)
    for key in ("method_ratings", "method_consent", "method_status", "method_groups",
                "method_order", "method_redaction"):
        document.add_paragraph(t(key, k=attendance.k) if key == "method_groups" else t(key))
    _heading(document, t("moderation"), level=2)
    moderated = moderation_lines(export, t)
    document.add_paragraph(t("moderation_explained") if moderated else t("moderation_none"))
    for line in moderated:
        _styled(document, line, "ListBullet")
    _inputs(document, export, t)
    _heading(document, t("on_record_items"), level=2)
    if export.on_the_record:
        document.add_paragraph(t("on_the_record_explained"))
    for s in export.on_the_record:
        _styled(document, f"{t('item', n=s.number)}: {s.title}", "ListBullet")
    if not export.on_the_record:
        document.add_paragraph(t("on_record_none"))
    out = io.BytesIO()
    document.save(out)
    return _dated_to_the_day(out.getvalue(), export.date)


def _inputs(document, export: Export, t) -> None:
    """The annex's briefing inputs (dialogue/inputs/report.py), by agenda item."""
    from ..inputs.report import annex_groups, file_line, headline

    _heading(document, t("inputs"), level=2)
    document.add_paragraph(t("inputs_explained") if export.inputs else t("inputs_none"))
    for heading, entries in annex_groups(export):
        _heading(document, heading, level=3)
        for entry in entries:
            _styled(document, headline(entry, t), "ListBullet")
            for line in (str(entry.url), file_line(entry, t) if entry.kind == "pdf" else "",
                         str(entry.text)):
                if line:
                    document.add_paragraph(line)


def _consent_text(r, t) -> str:
    verdict = t("consent_reached") if r.reached else t("consent_not_reached")
    return (f"{t('consenting', c=r.consenting, n=r.n)} · "
            f"{t('blocked_of', b=r.blocks, n=r.n)} · {verdict}")


def _summary(document, export: Export, t) -> None:
    _heading(document, t("summary"), level=1)
    if export.question:
        _heading(document, t("session_question"), level=2)
        document.add_paragraph(export.question)
    _heading(document, t("options"), level=2)
    if not export.options:
        document.add_paragraph(t("summary_none"))
    else:
        rows = []
        for o in export.options:
            status = t(f"status_{o.status}")
            if o.status_contradicts:
                status += "\n" + t(f"status_against_{o.status}")
            c, r = o.latest_consent, o.latest_rating
            consent = (t("no_consent_result") if c is None else t("too_few") if c.too_few
                       else t("summary_consent_cell", c=c.consenting, n=c.n, b=c.blocks) + "\n"
                       + (t("consent_reached") if c.reached else t("consent_not_reached")))
            support = t("no_rating_result") if r is None else "\n".join(
                f"{x.label}: {t('too_few')}" if x.too_few else
                t("summary_median", label=x.label, m=t.number(x.median), n=x.n).replace(
                    " (n = ", "\u00a0(n\u00a0=\u00a0")  # "(n = 20)" never wraps
                for x in r.criteria)
            rows.append([f"{o.number}. {o.title}", status, consent, support])
        table = _table(document, [t("summary_option"), t("status"), t("summary_consent"),
                                  t("summary_support")], rows)
        _compact(table)
    _heading(document, t("next_steps"), level=2)
    document.add_paragraph(str(export.next_steps) or t("next_steps_none"))


def _compact(table) -> None:
    """The summary's table as in the PDF: 8.5 pt, no space after its paragraphs, and
    column widths that leave the figures room (so the summary fits its page)."""
    from docx.shared import Cm, Pt

    widths = [Cm(4.6), Cm(3.0), Cm(4.4), Cm(5.0)]  # 17 cm: A4 less the 2 cm margins
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width  # the grid (LibreOffice reads it), beside each cell's width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
                for run in paragraph.runs:
                    run.font.size = Pt(8.5)


def _a4_with_page_numbers(document, language: str) -> None:
    """A4 with the report's margins, the language set, and the page number centred in
    the footer (a PAGE field: Word and LibreOffice fill it in)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin, section.bottom_margin = Cm(1.8), Cm(2)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        footer._p.append(field)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10)
    # The document's language (spelling, hyphenation, screen readers).
    rpr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(
        qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), {"de": "de-DE"}.get(language, "en-GB"))


class _Numbered:
    """One numbered list: a numbering instance of its own, so it starts at 1."""

    def __init__(self, document):
        numbering = document.part.numbering_part.element
        style = document.styles.element.get_by_id("ListNumber")
        abstract = numbering.num_having_numId(style.pPr.numPr.numId.val).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        self.num_id = num.numId
        self.document = document

    def add(self, text: str):
        paragraph = _styled(self.document, text, "ListNumber")
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = self.num_id
        return paragraph


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
    numbered = _Numbered(document)
    for entry in items:
        paragraph = numbered.add(str(entry.text))
        if entry.attribution:  # its author chose to post it under their name (on the record)
            paragraph.add_run(f" — {entry.attribution}")
        paragraph.add_run(_votes(entry.votes, t)).italic = True
    return len(items)


def _votes(votes: int, t) -> str:
    """"  (12 votes)", never broken inside (a lone "votes)" on a line of its own)."""
    return "  (" + t("votes", n=votes).replace(" ", "\u00a0") + ")"


def _table(document, header: Sequence[str], rows: Sequence[Sequence[object]]):
    """A light table: a thin grey rule under the header and between rows, no fill, no
    vertical lines. A cell is text or a callable that fills its paragraph (a chart)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    rules = "".join(f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="{RULE_COLOUR}"/>'
                    for edge in ("top", "bottom", "insideH"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{rules}"
                                      "</w:tblBorders>"))
    for index, (cells, row) in enumerate(zip(table.rows, [header, *rows], strict=True)):
        for cell, value in zip(cells.cells, row, strict=True):
            paragraph = cell.paragraphs[0]
            if callable(value):
                value(paragraph)
            else:
                paragraph.add_run(str(value)).bold = index == 0
    return table


class _Pictures:
    """Charts as inline pictures, each distinct PNG stored once. python-docx's own
    ``add_picture`` finds the next shape id by searching the whole document and the next
    image name by scanning every image, once per picture: quadratic, ~20 s for the 800
    charts of a 200-option report. Here both are counters."""

    def __init__(self, document):
        self.part = document.part
        self.by_data: dict[bytes, tuple[str, Image]] = {}
        self.shape_id = 0

    def place(self, data: bytes, width_units: float):
        from docx.shared import Emu

        def place(paragraph) -> None:
            from docx.image.image import Image
            from docx.opc.constants import RELATIONSHIP_TYPE as RT
            from docx.opc.packuri import PackURI
            from docx.oxml.shape import CT_Inline
            from docx.parts.image import ImagePart

            if data not in self.by_data:
                image = Image.from_blob(data)
                part = ImagePart.from_image(image, PackURI(
                    f"/word/media/chart{len(self.by_data) + 1}.png"))
                self.by_data[data] = (self.part.relate_to(part, RT.IMAGE), image)
            rel_id, image = self.by_data[data]
            # 1 CSS px = 9525 EMU: as wide as in the PDF (at 96 px per inch).
            cx, cy = image.scaled_dimensions(Emu(int(width_units * 9525)), None)
            self.shape_id += 1
            inline = CT_Inline.new_pic_inline(self.shape_id, rel_id, image.filename, cx, cy)
            paragraph.add_run()._r.add_drawing(inline)
        return place


def _option(document, o, t, pictures: _Pictures) -> None:
    _heading(document, f"{t('option', n=o.number)}: {o.title}", level=2)
    status = document.add_paragraph(f"{t('status')}: ")
    status.add_run(t(f"status_{o.status}")).bold = True
    if o.consent_reached is not None:
        status.add_run(" · " + (t("consent_reached") if o.consent_reached
                                else t("consent_not_reached")))
    if o.status_contradicts or str(o.status_reason):
        line = document.add_paragraph()
        if o.status_contradicts:
            line.add_run(t(f"status_against_{o.status}") + " ").bold = True
        line.add_run(f"{t('status_reason')}: {o.status_reason}" if str(o.status_reason)
                     else t("status_reason_missing"))
    for f in o.fields:
        label = document.add_paragraph()
        label.add_run(f.label).bold = True
        label.paragraph_format.keep_with_next = True  # a label never ends a page
        document.add_paragraph(str(f.text))
    if o.empty_fields:
        document.add_paragraph().add_run(
            t("empty_fields", fields=", ".join(o.empty_fields))).italic = True
    for side, items in (("arguments_pro", o.arguments_pro),
                        ("arguments_contra", o.arguments_contra)):
        if items:
            _heading(document, t(side), level=3)
            for entry in items:
                paragraph = _styled(document, str(entry.text), "ListBullet")
                paragraph.add_run(_votes(entry.votes, t)).italic = True
    if o.accepted_amendments:
        _heading(document, t("amendments"), level=3)
        for label, text in o.amendments_shown():
            document.add_paragraph().add_run(label).bold = True
            if text is None:
                document.add_paragraph().add_run(t("amendment_in_text")).italic = True
            else:
                document.add_paragraph(str(text))
    for r in o.rating_rounds:
        _heading(document, t("ratings", n=r.round), level=3)
        counts = {id(c): [c.distribution.get(score, 0) for score in SCALE] for c in r.criteria}
        top = top_share([counts[id(c)] for c in r.criteria if not c.too_few])
        for c in r.criteria:  # as in the PDF: a line per criterion, the chart first
            line = document.add_paragraph()
            line.paragraph_format.keep_with_next = c is not r.criteria[-1]  # one block
            if c.too_few:
                line.add_run(c.label).bold = True
                line.add_run(f" · {t('too_few')}")
                continue
            pictures.place(histogram_png(counts[id(c)], top), HIST_W * HIST_SCALE)(line)
            line.add_run(f"  {c.label}").bold = True
            line.add_run(f" · {c.n} {t('answers')} · 1–5: "
                         f"{' · '.join(map(str, counts[id(c)]))} · {t('median')} "
                         f"{t.number(c.median)} · {t('spread')} {t.number(c.iqr)}")
    for r in o.consent_rounds:
        _heading(document, t("consent", n=r.round), level=3)
        if r.too_few:
            document.add_paragraph(t("too_few"))
            continue
        choices = [r.distribution.get(choice, 0) for choice in CONSENT_CHOICES]
        bar = document.add_paragraph()
        pictures.place(consent_png(choices), BAR_W)(bar)
        bar.paragraph_format.keep_with_next = True  # the bar stays with its figures
        document.add_paragraph(_consent_text(r, t)).paragraph_format.keep_with_next = True
        document.add_paragraph(" · ".join(f"{t('choice_' + choice)} {count}"
                                          for choice, count in zip(CONSENT_CHOICES, choices,
                                                                   strict=True)))
        if r.block_reasons:
            document.add_paragraph().add_run(t("block_reasons")).bold = True
            for reason in r.block_reasons:
                _styled(document, str(reason), "ListBullet")
