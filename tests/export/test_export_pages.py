"""What was fixed after looking at the pages (docs/export.md, "Pages looked at"): the
summary fits its page, nothing of a result is stranded, the DOCX leaves no blank page."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from dialogue.export import services
from dialogue.export.model import build_export

from .test_export_outcome import consent


@pytest.fixture
def five_options(factory, kit):
    session = factory.live_session(k_anonymity=5)
    for index in range(5):
        option = kit.option(session, f"Option number {index} with a title of some length",
                            problem="Recognition takes eight to fourteen months.",
                            measure="One recognition desk per Land, staffed by 2027.")
        kit.argument(option, "pro", "Faster for everyone.", votes=index)
        kit.rated(session, option, [3, 4] * 10)  # n = 20, median 3.5
        blocks = [("block", "No staff for it.")] * 2 if index == 0 else [("live_with", "")] * 2
        consent(session, option, [("agree", "")] * 16 + blocks + [("live_with", "")] * 2)
        # statuses against the result take more lines in the summary
        option.status = {0: "endorsed", 4: "parked"}.get(index, option.status)
        option.status_reason = "The steering group decided so." if index in (0, 4) else ""
    session.next_steps = "The secretariat drafts a paper by March.\nThe Länder report."
    return session


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_pdf_summary_with_five_options_fits_its_page(five_options, language):
    from pypdf import PdfReader

    data = services.render(build_export(five_options, language), "pdf")
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    # the summary's figures: a criterion's median and its n on one line, never "(n =" / "20)"
    medians = [line for line in texts[0].splitlines() if "(n" in line]
    assert len(medians) == 15 and all(re.search(r"\d\s\(n\s=\s20\)", line)
                                      for line in medians), medians
    pages = [" ".join(text.split()) for text in texts]
    steps = "Vereinbarte nächste Schritte" if language == "de" else "Agreed next steps"
    assert steps in pages[0] and "The Länder report." in pages[0]
    assert pages[1].startswith("Teilnahme" if language == "de" else "Participation")
    assert "(n = 20)" in pages[0].replace("\u00a0", " ")  # never wrapped apart


def test_the_docx_starts_participation_on_a_new_page_without_a_break_paragraph(
        five_options):
    from docx import Document

    data = services.render(build_export(five_options), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode()
    assert 'w:type="page"' not in body  # a page-break paragraph could leave a blank page
    document = Document(io.BytesIO(data))
    (participation,) = [p for p in document.paragraphs if p.text == "Participation"]
    assert participation.paragraph_format.page_break_before
    labels = [p for p in document.paragraphs if p.text == "Problem it addresses"]
    assert len(labels) == 5 and all(p.paragraph_format.keep_with_next for p in labels)
    # a round's criteria and the consent bar stay with what follows
    lines = [p for p in document.paragraphs if re.match(r"^\s*(Support|Feasibility|Impact) ·",
                                                        p.text)]
    assert lines and [p.paragraph_format.keep_with_next for p in lines[:3]] == [
        True, True, False]
    assert all("votes)" not in p.text or "\u00a0votes)" in p.text
               for p in document.paragraphs)
    # the summary table: column widths in its grid, 8.5 pt
    summary = document.tables[0]
    assert [round(c.width.cm, 1) for c in summary.columns] == [4.6, 3.0, 4.4, 5.0]
    assert {run.font.size.pt for cell in summary.rows[1].cells for p in cell.paragraphs
            for run in p.runs} == {8.5}


def test_a_released_pdf_is_tagged_even_when_large(factory, kit, monkeypatch):
    """A report of PARALLEL_FROM options or more is laid out in halves and untagged as a
    draft; its release is laid out in one piece, tagged and in its language."""
    from pypdf import PdfReader

    from dialogue.export import pdf
    from dialogue.extensions import db

    from .test_export_pdf_tagged import _check_tagged

    session = factory.live_session()
    for index in range(4):
        option = kit.option(session, f"Option title {index}", problem=f"Problem text {index}")
        kit.rated(session, option, [4, 5, 4, 3, 5], consent=["agree"] * 5)
    monkeypatch.setattr(pdf, "PARALLEL_FROM", 2)
    draft = PdfReader(io.BytesIO(services.render(build_export(session, "de"), "pdf")))
    assert "/StructTreeRoot" not in draft.trailer["/Root"]  # halves, as before
    services.redact_undecided(session)
    release = services.release_export(session, session.owner, ["pdf"], "de")
    db.session.commit()
    reader = _check_tagged(services.release_file(release, "pdf"), "de")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert all(f"Option title {index}" in text for index in range(4))
