"""A large PDF is laid out in two halves in parallel: nothing lost, order and page numbers kept."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from dialogue.export import pdf
from dialogue.export.model import build_export


def test_halves_rendered_in_parallel_join_into_one_numbered_report(factory, kit, monkeypatch):
    session = factory.live_session()
    kit.contribution(session, "Training partnerships need a stable budget line.", votes=7)
    for index in range(4):
        option = kit.option(session, f"Option title {index}", problem=f"Problem text {index}")
        kit.argument(option, "pro", f"Argument for {index}", votes=index)
        kit.rated(session, option, [4, 5], consent=["agree", "block"])
    monkeypatch.setattr(pdf, "PARALLEL_FROM", 2)
    export = build_export(session)
    assert 1 <= pdf._split_point(export) < len(export.options)
    reader = PdfReader(io.BytesIO(pdf.write_pdf(export)))
    pages = [page.extract_text() for page in reader.pages]
    text = "\n".join(pages)
    positions = [text.index(f"Option title {index}") for index in range(4)]
    assert positions == sorted(positions)
    assert text.index("Training partnerships need a stable budget line.") < positions[0]
    assert text.count("Policy options") == 1 and text.count("Annex: method") == 1
    assert text.index("Annex: method") > positions[-1]
    for number, page in enumerate(pages, start=1):  # the stamped page number, last on each
        assert re.search(rf"(^|\s){number}\s*$", page), (number, page[-40:])
    assert "Creat" not in str(dict(reader.metadata or {}))
