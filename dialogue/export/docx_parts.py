"""The DOCX building blocks shared by the session report (docx.py) and the round report
(round_formats.py): A4 with page numbers, numbered lists that each start at 1, light tables,
headings and styles, the pictures of the charts, and neutral, day-dated document properties.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.image.image import Image

    from .model import Export

RULE_COLOUR = "C5CCD4"  # the report's thin grey rules


def compact(table) -> None:
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


def a4_with_page_numbers(document, language: str) -> None:
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


class Numbered:
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
        paragraph = styled(self.document, text, "ListNumber")
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = self.num_id
        return paragraph


def styled(document, text: str, style_id: str):
    """A paragraph with a style set by id: python-docx's lookup by name scans the whole
    styles part each time, which dominates the time of a 200-option report."""
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


def add_heading(document, text: str, level: int):
    return styled(document, text, "Title" if level == 0 else f"Heading{level}")


# What the document says about where it comes from: only what is true. python-docx's
# template would claim "Microsoft Macintosh Word", Normal.dotm and a print date.
APP_PROPERTIES = (b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Properties "
                  b'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
                  b'properties"><Application>Dialogue</Application></Properties>')


def neutral_properties(document, export: Export) -> None:
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


def dated_to_the_day(data: bytes, date: str) -> bytes:
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


def add_table(document, header: Sequence[str], rows: Sequence[Sequence[object]]):
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


class Pictures:
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
