"""The HTML report (also the source of the PDF and the body of the facilitator's preview)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from flask import current_app, render_template
from markupsafe import Markup, escape

from .charts import histogram, stacked_bar, top_share
from .model import (
    ConsentRoundResult,
    CriterionResult,
    Export,
    RatingRoundResult,
    moderation_lines,
    poll_lines,
    poll_title,
)
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

    placeholder = str(escape(t("redacted")))
    marked = f'<span class="redacted">{placeholder}</span>'

    def shown(text: str) -> Markup:
        """A text as the reader sees it: line breaks kept, "[redacted]" styled as such."""
        return Markup(str(escape(text)).replace(placeholder, marked).replace("\n", "<br>\n"))

    def round_top(result: RatingRoundResult) -> float:
        return top_share([rating_counts(c) for c in result.criteria if not c.too_few])

    return {"export": export, "t": t, "histogram": histogram, "stacked_bar": stacked_bar,
            "preview": preview, "rating_counts": rating_counts, "round_top": round_top,
            "shown": shown, "moderation_lines": moderation_lines,
            "poll_lines": poll_lines, "poll_title": poll_title,
            "record_title": lambda s: record_title(s.title, t) if s.on_the_record else s.title,
            "consent_rows": consent_rows, "part": part, "br": Markup("<br>\n"),
            "consent_labels": [t(f"choice_{choice}") for choice in CONSENT_CHOICES],
            "options_shown": export.options if part is None else (
                export.options[:split] if part == "first" else export.options[split:])}


def record_title(title: str, t) -> str:
    """An on-the-record item's title with the label once: not again if the title says it
    ("Closing round (on the record)" stays as it is)."""
    label = t("on_the_record")
    said = {label.casefold(), "on the record"}
    return title if any(each in title.casefold() for each in said) else f"{title} – {label}"


@cache
def _stylesheet(static_folder: str) -> Markup:
    """static/css/report.css: linked by the preview page, inlined in the exported file."""
    return Markup((Path(static_folder) / "css" / "report.css").read_text(encoding="utf-8"))


def write_html(export: Export, part: str | None = None, split: int = 0) -> bytes:
    """A standalone page: styles inline, no script, no external resource."""
    return render_template("export/report.html", report_css=_stylesheet(
        current_app.static_folder), **report_context(export, part=part, split=split)
    ).encode("utf-8")
