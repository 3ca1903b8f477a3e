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
    # the summary names every option first; the options themselves follow the agenda
    summary = [text.index(f"Option title {index}") for index in range(4)]
    assert summary == sorted(summary) and summary[-1] < text.index("Participation")
    body = text.index("Open questions")
    positions = [text.index(f"Option title {index}", body) for index in range(4)]
    assert positions == sorted(positions)
    assert text.index("Training partnerships need a stable budget line.") < positions[0]
    assert text.count("Policy options") == 2 and text.count("Annex: method") == 1
    assert text.index("Annex: method") > positions[-1]
    for number, page in enumerate(pages, start=1):  # the stamped page number, last on each
        assert re.search(rf"(^|\s){number}\s*$", page), (number, page[-40:])
    assert "Creat" not in str(dict(reader.metadata or {}))


def test_the_calling_process_lays_out_nothing(factory, kit, monkeypatch):
    """The server's process only writes HTML and joins: a child lays every page out."""
    session = factory.live_session()
    kit.contribution(session, "Pool the training budgets.", votes=3)

    def refused(html):
        raise AssertionError("laid out in the calling process")

    monkeypatch.setattr(pdf, "render_html", refused)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        pdf.write_pdf(build_export(session)))).pages)
    assert "Pool the training budgets." in text


def test_a_failing_child_is_reported():
    try:
        pdf.render_apart([b"\xff not utf-8"])
    except RuntimeError as failure:
        assert "PDF worker failed" in str(failure) and "UnicodeDecodeError" in str(failure)
    else:
        raise AssertionError("no error")


GEVENT_RENDER = """
from gevent import monkey
monkey.patch_all()
import gevent
import pypdf, weasyprint  # imported already, as in a server that exported before
from dialogue.export import pdf

ticks = []
def tick():
    while True:
        ticks.append(1)
        gevent.sleep(0.005)
ticker = gevent.spawn(tick)
gevent.sleep(0)
before = len(ticks)
data = pdf.render_apart([b"<p>Pool the training budgets.</p>" * 400])[0]
print(data[:5].decode(), len(ticks) - before)
"""


def test_under_gevent_the_loop_keeps_running_while_a_pdf_renders():
    """What the server's other greenlets see: the loop ticks on during the render (laid
    out in this process instead, it would tick once)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", GEVENT_RENDER], capture_output=True,
                          text=True, timeout=120, check=True)
    header, ticks = done.stdout.split()
    assert header == "%PDF-" and int(ticks) > 10, done.stdout
