"""Small horizontal bar charts as inline SVG, drawn on the server (no script anywhere)."""

from __future__ import annotations

from markupsafe import Markup, escape

ROW = 18
LABEL_WIDTH = 120
BAR_WIDTH = 200
COUNT_WIDTH = 40


def bar_chart(rows: list[tuple[str, int]], title: str) -> Markup:
    """One bar per (label, count), scaled to the largest count; ``title`` names the figure."""
    top = max((count for _, count in rows), default=0) or 1
    height = ROW * len(rows) + 4
    width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
             f"<title>{escape(title)}</title>"]
    for index, (label, count) in enumerate(rows):
        y = index * ROW + 2
        length = round(BAR_WIDTH * count / top)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 12}" text-anchor="end" '
            f'font-size="11" fill="#1d2733">{escape(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 2}" width="{length}" height="{ROW - 6}" '
            f'fill="#1f5f8b"/>'
            f'<text x="{LABEL_WIDTH + length + 4}" y="{y + 12}" font-size="11" '
            f'fill="#1d2733">{int(count)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def text_bar(count: int, top: int, width: int = 20) -> str:
    """The same bar as characters, for Markdown and DOCX tables."""
    return "█" * round(width * count / top) if top else ""
