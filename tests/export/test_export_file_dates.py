"""Every file inside every export is dated to the session's day at most, and each
document's properties say only what is true: made by Dialogue, no template, no author,
no print date, no time of day."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from pypdf import PdfReader

from dialogue.export import services
from dialogue.export.model import build_export

HELD_ON = date(2021, 3, 9)
UNTRUE = ("Microsoft", "Macintosh", "Normal.dotm", "python-docx", "lastPrinted", "Template")


@pytest.fixture
def export(factory, kit):
    session = factory.live_session(held_on=HELD_ON)
    kit.contribution(session, "Pool the training budgets", votes=2)
    kit.option(session, problem="Skills are not recognised")
    return build_export(session)


def test_every_member_of_every_archive_is_dated_to_the_day(export):
    archives = []
    for fmt in sorted(services.FORMATS):
        data = services.render(export, fmt)
        if not zipfile.is_zipfile(io.BytesIO(data)):
            continue
        archives.append(fmt)
        for member in zipfile.ZipFile(io.BytesIO(data)).infolist():
            assert member.date_time == (HELD_ON.year, HELD_ON.month, HELD_ON.day, 0, 0, 0), (
                fmt, member.filename, member.date_time)
            assert not member.extra and not member.comment  # no extended timestamps either
    assert archives == ["csv", "docx"]


def test_the_docx_properties_say_only_what_is_true(export):
    from docx import Document

    data = services.render(export, "docx")
    archive = zipfile.ZipFile(io.BytesIO(data))
    app = archive.read("docProps/app.xml").decode()
    core = archive.read("docProps/core.xml").decode()
    assert "<Application>Dialogue</Application>" in app
    for untrue in UNTRUE:
        assert untrue not in app + core, untrue
    assert "docProps/thumbnail.jpeg" not in archive.namelist()
    times = re.findall(r"\d{4}-\d\d-\d\dT[\d:]+Z", core)
    assert times == ["2021-03-09T00:00:00Z"] * 2  # created and modified: the day, no time
    assert re.search(r"<dc:creator>[^<]+</dc:creator>", core) is None
    properties = Document(io.BytesIO(data)).core_properties  # and Word's library opens it
    assert properties.author == "" and properties.last_printed is None
    assert properties.title == export.title


def test_the_pdf_metadata_names_dialogue_and_no_date(export):
    data = services.render(export, "pdf")
    metadata = dict(PdfReader(io.BytesIO(data)).metadata or {})
    assert metadata == {"/Title": export.title, "/Producer": "Dialogue"}
    # PDF/UA asks for XMP: it holds the PDF/UA part, the producer and the title, no date
    xmp = PdfReader(io.BytesIO(data)).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfuaid:part="1"' in xmp and b'pdf:Producer="Dialogue"' in xmp
    assert re.search(rb"Date|\d{4}-\d\d-\d\d|uuid|WeasyPrint", xmp) is None
    assert b"/CreationDate" not in data and b"/ModDate" not in data
