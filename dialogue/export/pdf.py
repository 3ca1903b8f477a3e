"""The PDF report: WeasyPrint renders the very HTML the HTML writer produces.

WeasyPrint lays a page out in pure Python for seconds, and the server is one gevent
process: laid out here, a report would stall every participant's socket meanwhile. So
this process only writes the HTML and joins the result; the layout happens in child
processes (``python -P .../pdf.py IN OUT``, by path so the child imports neither Flask
nor the app), which a monkey-patched ``subprocess`` waits for without blocking the loop.
Files, not pipes, carry the pages. A large report (``PARALLEL_FROM`` options or more) is
laid out as two halves by two children at once (WeasyPrint is single-threaded) and the
halves are joined with pypdf. Page numbers are therefore not WeasyPrint's `@page`
counter (the second half cannot know where it starts) but stamped on every page of the
joined document, for every report, so that small and large ones look the same.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the child runs this file: keep it free of Flask and the models
    from pypdf.generic import DictionaryObject

    from .model import Export

PARALLEL_FROM = 40  # options; below this one child renders the whole report
CHILD_TIMEOUT = 600  # seconds, for all children together
# Page number: 9 pt, grey (#5b6673), centred in the 2 cm bottom margin of report.css.
NUMBER_SIZE, NUMBER_BASELINE, NUMBER_RGB = 9, 25.5, "0.357 0.4 0.451"
HELVETICA_DIGIT = 0.556  # width of every digit of the standard Helvetica, in em


def write_pdf(export: Export, tagged: bool = False) -> bytes:
    """The report as a PDF. In one piece (fewer than PARALLEL_FROM options: every session
    of the usual size) it is a tagged PDF/UA-1 in the report's language. A larger report
    is laid out as two halves at once and joined; those halves are not tagged, since
    joining two structure trees with pypdf costs more than the split saves (measured:
    ~11 CPU seconds for the bench report), but the joined file still names its language.

    ``tagged``: always in one piece, so always tagged, whatever its size. A release's PDF
    is rendered so (once, then stored): the copy that is circulated is accessible. For
    the bench report that is ~19 CPU seconds in one child instead of two halves at once
    (tagging itself costs WeasyPrint next to nothing: docs/export.md, Speed)."""
    from .html import write_html

    if tagged or len(export.options) < PARALLEL_FROM:
        return _numbered(render_apart([write_html(export)], tagged=True), export.language)
    split = _split_point(export)
    pages = [write_html(export, part=part, split=split) for part in ("first", "second")]
    return _numbered(render_apart(pages), export.language)


def render_apart(pages: list[bytes], tagged: bool = False) -> list[bytes]:
    """One PDF per report page, each laid out by its own child process, all at once."""
    with tempfile.TemporaryDirectory(prefix="dialogue-pdf-") as scratch:
        folder = Path(scratch)
        children = []
        try:
            for index, html in enumerate(pages):
                (folder / f"{index}.html").write_bytes(html)
                with open(folder / f"{index}.err", "wb") as errors:
                    children.append(subprocess.Popen(
                        # faulthandler: a child that crashes in C code (a segfault)
                        # still says where, in its error file
                        [sys.executable, "-P", "-X", "faulthandler", __file__,
                         str(folder / f"{index}.html"),
                         str(folder / f"{index}.pdf"), *(["--tagged"] if tagged else [])],
                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors))
            import pypdf  # noqa: F401 - imported for the join while the children work

            deadline = time.monotonic() + CHILD_TIMEOUT
            for child in children:
                child.wait(timeout=max(0.0, deadline - time.monotonic()))
        finally:
            for child in children:
                if child.poll() is None:
                    child.kill()
                    child.wait()
        for index, child in enumerate(children):
            if child.returncode != 0:
                raise RuntimeError(
                    f"PDF worker failed (exit status {child.returncode}): "
                    + (folder / f"{index}.err").read_text(errors="replace")[-500:])
        return [(folder / f"{index}.pdf").read_bytes() for index in range(len(pages))]


def render_html(html: bytes, tagged: bool = False) -> bytes:
    """One PDF from a report page (what a child process does)."""
    from weasyprint import HTML

    # No base_url and a fetcher that refuses everything: the report loads nothing.
    document = HTML(string=html.decode("utf-8"), url_fetcher=_refuse)
    # Tagged: a structure tree in reading order, alt texts and the document's language
    # from <html lang> (PDF/UA-1). No creation time is written unless asked for.
    return document.write_pdf(pdf_variant="pdf/ua-1" if tagged else None)


def _split_point(export: Export) -> int:
    """How many options go to the first half so that the halves take about as long.

    The first half also holds the cover, the summary and the agenda items. Both children
    pay the same start-up, so each gets half the weighed text (for the bench session the
    weights put the agenda at ~14 options' worth; callgrind counted ~15)."""
    def entries(items) -> int:
        return sum(len(str(e.text)) + 60 for e in items)

    head: float = sum(entries(s.contributions[:export.report_limit])
                      + entries(s.answered_questions) for s in export.agenda)
    weights = [len(str(o.title)) + sum(len(str(f.text)) + 40 for f in o.fields)
               + entries(o.arguments_pro) + entries(o.arguments_contra)
               + sum(len(str(a.text)) + 40 for a in o.accepted_amendments)
               + 600 * (len(o.rating_rounds) + len(o.consent_rounds)) for o in export.options]
    # The summary, also in the first half, holds a row per option: ~0.14 of an option's
    # layout and drawing each (fitted on the bench report: its halves then take as long).
    head += 0.14 * sum(weights)
    target, done = 0.5 * (head + sum(weights)), head
    for index, weight in enumerate(weights):
        if done + weight > target:
            return max(1, index)
        done += weight
    return len(weights) - 1


def _numbered(parts: list[bytes], language: str = "en") -> bytes:
    """The parts joined, each page numbered at the foot (1, 2, ... across the parts).

    A single tagged part is cloned whole (its catalog holds the structure tree, the
    language, the viewer preferences and the XMP a tagged PDF needs), and the numbers are
    marked as pagination artifacts; halves are appended page by page."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        TextStringObject,
    )

    readers = [PdfReader(io.BytesIO(data)) for data in parts]
    tagged = len(readers) == 1 and "/StructTreeRoot" in readers[0].root_object
    if tagged:
        writer = PdfWriter(clone_from=readers[0])
        writer.pdf_header = readers[0].pdf_header  # PDF 1.7, as PDF/UA-1 asks
    else:
        writer = PdfWriter()
        for reader in readers:
            writer.append(reader)
        writer._root_object[NameObject("/Lang")] = TextStringObject(language)
    metadata = readers[0].metadata
    title = str(metadata.get("/Title") or "") if metadata else ""
    # Only what is true, and no dates (the parts' own producer lines are not carried over).
    writer._info = None
    writer.add_metadata({"/Title": title, "/Producer": "Dialogue"})
    if tagged:
        _set_xmp(writer, title)
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))

    def stream(data: bytes):
        made = DecodedStreamObject()
        made.set_data(data)
        return writer._add_object(made)

    save, restore = stream(b"q\n"), stream(b"\nQ\n")
    for number, page in enumerate(writer.pages, start=1):
        resources = _dictionary(page["/Resources"], "/Resources")
        if "/Font" not in resources:
            resources[NameObject("/Font")] = DictionaryObject()
        _dictionary(resources["/Font"], "/Font")[NameObject("/DlgPageNumber")] = font
        label = str(number)
        x = (float(page.mediabox.width) - HELVETICA_DIGIT * NUMBER_SIZE * len(label)) / 2
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else ArrayObject()
        old = list(contents) if isinstance(contents, ArrayObject) else [page.raw_get(
            "/Contents")]
        # A page number is pagination, not content: an artifact for assistive technology.
        page[NameObject("/Contents")] = ArrayObject([save, *old, restore, stream(
            f"/Artifact <</Type /Pagination /Subtype /Footer>> BDC BT {NUMBER_RGB} rg "
            f"/DlgPageNumber {NUMBER_SIZE} Tf {x:.2f} {NUMBER_BASELINE} Td ({label}) Tj ET "
            f"EMC\n".encode())])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _dictionary(value, name: str) -> DictionaryObject:
    """``value`` (a page's /Resources or their /Font) resolved: a dictionary, as the PDF
    standard has it. pypdf types a resolved object only as ``PdfObject | None``."""
    from pypdf.generic import DictionaryObject

    resolved = value.get_object()
    if not isinstance(resolved, DictionaryObject):
        raise RuntimeError(f"PDF page {name} is not a dictionary")
    return resolved


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" pdfuaid:part="1"/>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="Dialogue"/>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt>
<rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title></rdf:Description>
</rdf:RDF></x:xmpmeta>
<?xpacket end="r"?>"""


def _set_xmp(writer, title: str) -> None:
    """The XMP metadata PDF/UA asks for: the PDF/UA part, the producer and the title;
    no dates, no ids."""
    from xml.sax.saxutils import escape

    from pypdf.generic import DecodedStreamObject, NameObject

    stream = DecodedStreamObject()
    stream.set_data(XMP.format(title=escape(title)).encode("utf-8"))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(stream)


def _refuse(url: str, *args, **kwargs):
    raise ValueError(f"the report loads no external resources ({url[:40]})")


if __name__ == "__main__":  # a child: one report page, file to file
    import os

    Path(sys.argv[2]).write_bytes(render_html(Path(sys.argv[1]).read_bytes(),
                                              tagged="--tagged" in sys.argv[3:]))
    # The PDF is written and closed. Leave without the interpreter's finalisation: CI saw a
    # child die of a segfault with "<no Python frame>" (so after this script's last line, in
    # the native libraries' teardown) and once with an empty error file; nothing is left
    # for that teardown to do.
    sys.stderr.flush()
    os._exit(0)
