"""The PDF report: WeasyPrint renders the very HTML the HTML writer produces."""

from __future__ import annotations

from .html import write_html
from .model import Export


def write_pdf(export: Export) -> bytes:
    from weasyprint import HTML

    # No base_url and a fetcher that refuses everything: the report loads nothing.
    document = HTML(string=write_html(export).decode("utf-8"), url_fetcher=_refuse)
    return document.write_pdf()  # no creation time is written unless asked for


def _refuse(url: str, *args, **kwargs):
    raise ValueError(f"the report loads no external resources ({url[:40]})")
