"""Hostile text stays text: HTML escaped, Markdown escaped, CSV formulas neutralised."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from html.parser import HTMLParser

import pytest

from dialogue.export import services
from dialogue.export.markdown import escape_md
from dialogue.export.model import build_export
from dialogue.spreadsheet import neutralise

XSS = [
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "[click me](javascript:alert(document.cookie))",
    "<a href='javascript:alert(1)'>link</a>",
    "![img](pic)",
    "<!-- comment --><iframe src=x>",
    "&lt;script&gt; entity",
    "# heading\n- list\n1. number\n    code\n```fence```",
]
FORMULAS = ["=HYPERLINK(\"pic\",\"x\")", "+1+1", "-2+3", "@(A1)+2",
            "\tTabbed", "=1+1"]


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]


@pytest.fixture
def hostile(factory, kit):
    session = factory.live_session()
    for index, text in enumerate(XSS + FORMULAS):
        kit.contribution(session, text, votes=index)
    option = kit.option(session, "<b>bold</b> title", problem=XSS[1], measure=XSS[2])
    kit.argument(option, "pro", XSS[0], votes=1)
    kit.argument(option, "contra", FORMULAS[0], votes=1)
    return session


def test_html_and_pdf_source_carry_hostile_text_as_text(hostile):
    html = services.render(build_export(hostile), "html").decode()
    parser = Tags()
    parser.feed(html)
    assert not {"script", "img", "iframe", "a", "b"} & set(parser.tags)
    assert "onerror" not in parser.attributes and "src" not in parser.attributes
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&amp;lt;script&amp;gt; entity" in html


def test_the_preview_escapes_hostile_text_too(hostile, facilitator_browser):
    page = facilitator_browser.get(f"/facilitate/{hostile.public_id}/export").get_data(
        as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in page


def _markdown_html(markdown: str) -> str:
    """The Markdown as a viewer renders it (CommonMark with GFM tables and strikethrough;
    raw HTML allowed, as GitHub and most viewers allow some)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(
        markdown)


TEXT_TAGS = {"p", "br", "h1", "h2", "h3", "h4", "strong", "em", "ol", "ul", "li", "table",
             "thead", "tbody", "tr", "th", "td"}


@pytest.mark.parametrize("text", [*XSS, "a_b _c_ *d* ~~e~~ `f` | g", "\\* 2 < 3 & 4 > 1",
                                  "[x]: http://example.org", "1) one\n= two\n> quote"])
def test_markdown_escaping_leaves_no_markup(text):
    html = _markdown_html(escape_md(text))
    parser = Tags()
    parser.feed(html)
    assert set(parser.tags) <= {"p", "br"}, (text, html)
    # and it reads back as written, line by line
    from html import unescape

    shown = unescape(re.sub(r"<[^>]+>", "", html)).strip()
    assert shown.split("\n") == [line.strip() for line in text.split("\n") if line.strip()]


def test_markdown_escapes_only_what_would_be_markup():
    assert escape_md("[redacted] (Länder) 50% of #1, a+b=c, 3 > 2") == (
        "[redacted] (Länder) 50% of #1, a+b=c, 3 > 2")
    assert escape_md("[click](javascript:x)") == "\\[click\\](javascript:x)"


def test_markdown_report_escapes_every_text(hostile):
    markdown = services.render(build_export(hostile), "md").decode()
    html = _markdown_html(markdown)
    parser = Tags()
    parser.feed(html)
    assert set(parser.tags) <= TEXT_TAGS, set(parser.tags) - TEXT_TAGS
    assert not parser.attributes or set(parser.attributes) <= {"style", "start"}
    assert "\\[click me\\](javascript:alert(document.cookie))" in markdown
    assert "\\<b>bold\\</b> title" in markdown
    assert "\n- list" not in markdown and "\n    code" not in markdown


def test_csv_cells_that_would_run_as_formulas_are_neutralised(hostile):
    archive = zipfile.ZipFile(io.BytesIO(services.render(build_export(hostile), "csv")))
    cells = []
    for name in archive.namelist():
        rows = csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig")))
        cells += [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'=HYPERLINK(\"pic\",\"x\")" in cells
    assert "'@(A1)+2" in cells and "'\tTabbed" in cells
    assert neutralise(-3) == -3 and neutralise("plain") == "plain"


def test_json_holds_the_text_verbatim(hostile):
    data = json.loads(services.render(build_export(hostile), "json"))
    texts = [entry["text"] for entry in data["agenda"][0]["contributions"]]
    assert set(XSS) <= set(texts)


def test_docx_holds_hostile_text_and_control_characters_safely(factory, kit):
    session = factory.live_session()
    kit.contribution(session, "Bell\x07 and null\x00 and <w:t>xml</w:t>", votes=1)
    data = services.render(build_export(session), "docx")
    from .conftest import readable

    assert "Bell and null and <w:t>xml</w:t>" in readable("docx", data)
