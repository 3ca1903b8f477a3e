"""The HTML report (also the source of the PDF and the body of the facilitator's preview)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from flask import current_app, render_template
from markupsafe import Markup

from .charts import histogram, stacked_bar
from .model import ConsentRoundResult, CriterionResult, Export
from .strings import text_for

SCALE = ("1", "2", "3", "4", "5")
CONSENT_CHOICES = ("agree", "live_with", "disagree", "block")


def report_context(export: Export, preview: bool = False, part: str | None = None,
                   split: int = 0) -> dict:
    """What the report templates need, beside the export itself.

    ``part`` renders half of the report for the PDF writer, which lays the halves out in
    parallel: "first" is the cover, the agenda items and options[:split]; "second" is
    options[split:] and the annex. None (the default) is the whole report."""
    t = text_for(export.language)

    def rating_counts(result: CriterionResult) -> list[int]:
        return [result.distribution.get(score, 0) for score in SCALE]

    def consent_rows(result: ConsentRoundResult) -> list[tuple[str, int]]:
        return [(t(f"choice_{choice}"), result.distribution.get(choice, 0))
                for choice in CONSENT_CHOICES]

    return {"export": export, "t": t, "histogram": histogram, "stacked_bar": stacked_bar,
            "preview": preview, "rating_counts": rating_counts,
            "consent_rows": consent_rows, "part": part, "br": Markup("<br>\n"),
            "consent_labels": [t(f"choice_{choice}") for choice in CONSENT_CHOICES],
            "options_shown": export.options if part is None else (
                export.options[:split] if part == "first" else export.options[split:])}


@cache
def _stylesheet(static_folder: str) -> Markup:
    """static/css/report.css: linked by the preview page, inlined in the exported file."""
    return Markup((Path(static_folder) / "css" / "report.css").read_text(encoding="utf-8"))


def write_html(export: Export, part: str | None = None, split: int = 0) -> bytes:
    """A standalone page: styles inline, no script, no external resource."""
    return render_template("export/report.html", report_css=_stylesheet(
        current_app.static_folder), **report_context(export, part=part, split=split)
    ).encode("utf-8")
