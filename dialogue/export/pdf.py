"""The PDF report: WeasyPrint renders the very HTML the HTML writer produces.

A large report (``PARALLEL_FROM`` options or more) is laid out in two halves at once, one
in this process and one in a child process (`python -m dialogue.export.pdf IN OUT`;
WeasyPrint's layout is single-threaded and takes about 17 s for 200 options on one core),
and the halves are joined with pypdf. The child is a plain subprocess that reads and
writes files, not a process pool: the server runs under gevent's monkey-patching, and
no pipe can fill up while this process is busy laying out its own half. Page numbers
are therefore not WeasyPrint's `@page` counter (the second half cannot know where it
starts before the first is laid out) but stamped on every page of the joined document.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the child imports this module: keep it free of Flask and the models
    from .model import Export

PARALLEL_FROM = 40  # options; below this one process renders the whole report
CHILD_TIMEOUT = 600  # seconds
# Page number: 9 pt, grey (#5b6673), centred in the 2 cm bottom margin of report.css.
NUMBER_SIZE, NUMBER_BASELINE, NUMBER_RGB = 9, 25.5, "0.357 0.4 0.451"
HELVETICA_DIGIT = 0.556  # width of every digit of the standard Helvetica, in em


def write_pdf(export: Export) -> bytes:
    from .html import write_html

    if len(export.options) < PARALLEL_FROM:
        return _numbered([render_html(write_html(export))])
    split = _split_point(export)
    first = write_html(export, part="first", split=split)
    second = write_html(export, part="second", split=split)
    with tempfile.TemporaryDirectory(prefix="dialogue-pdf-") as scratch:
        source, target = Path(scratch) / "second.html", Path(scratch) / "second.pdf"
        source.write_bytes(second)
        with open(Path(scratch) / "errors.txt", "w+b") as errors:
            child = subprocess.Popen([sys.executable, "-m", __name__, str(source),
                                      str(target)], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=errors)
            try:
                parts = [render_html(first)]
                child.wait(timeout=CHILD_TIMEOUT)
            finally:
                if child.poll() is None:
                    child.kill()
                    child.wait()
            if child.returncode != 0:
                errors.seek(0)
                raise RuntimeError("PDF worker failed: "
                                   + errors.read().decode(errors="replace")[-500:])
        parts.append(target.read_bytes())
    return _numbered(parts)


def render_html(html: bytes) -> bytes:
    """One PDF from a report page (runs in the worker too: it needs no app context)."""
    from weasyprint import HTML

    # No base_url and a fetcher that refuses everything: the report loads nothing.
    document = HTML(string=html.decode("utf-8"), url_fetcher=_refuse)
    return document.write_pdf()  # no creation time is written unless asked for


def _split_point(export: Export) -> int:
    """How many options go to the first half so that the halves take about as long.

    The first half also holds the cover and the agenda items; it gets a little more than
    half the text because the worker first has to start and import WeasyPrint."""
    def entries(items) -> int:
        return sum(len(str(e.text)) + 60 for e in items)

    head = sum(entries(s.contributions[:export.report_limit]) + entries(s.answered_questions)
               for s in export.agenda)
    weights = [len(str(o.title)) + sum(len(str(f.text)) + 40 for f in o.fields)
               + entries(o.arguments_pro) + entries(o.arguments_contra)
               + sum(len(str(a.text)) + 40 for a in o.accepted_amendments)
               + 600 * (len(o.rating_rounds) + len(o.consent_rounds)) for o in export.options]
    target, done = 0.53 * (head + sum(weights)), head
    for index, weight in enumerate(weights):
        if done + weight > target:
            return max(1, index)
        done += weight
    return len(weights) - 1


def _numbered(parts: list[bytes]) -> bytes:
    """The parts joined, each page numbered at the foot (1, 2, ... across the parts)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    title = None
    for data in parts:
        reader = PdfReader(io.BytesIO(data))
        title = title or (reader.metadata or {}).get("/Title")
        writer.append(reader)
    if title:
        writer.add_metadata({"/Title": title})
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
        resources = page["/Resources"].get_object()
        if "/Font" not in resources:
            resources[NameObject("/Font")] = DictionaryObject()
        resources["/Font"].get_object()[NameObject("/DlgPageNumber")] = font
        label = str(number)
        x = (float(page.mediabox.width) - HELVETICA_DIGIT * NUMBER_SIZE * len(label)) / 2
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else ArrayObject()
        old = list(contents) if isinstance(contents, ArrayObject) else [page.raw_get(
            "/Contents")]
        page[NameObject("/Contents")] = ArrayObject([save, *old, restore, stream(
            f"BT {NUMBER_RGB} rg /DlgPageNumber {NUMBER_SIZE} Tf {x:.2f} {NUMBER_BASELINE} "
            f"Td ({label}) Tj ET\n".encode())])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _refuse(url: str, *args, **kwargs):
    raise ValueError(f"the report loads no external resources ({url[:40]})")


if __name__ == "__main__":  # the child: one half of a large report, file to file
    Path(sys.argv[2]).write_bytes(render_html(Path(sys.argv[1]).read_bytes()))
