"""Small charts for the HTML/PDF report, drawn on the server (no script anywhere).

Kept cheap on purpose: a report of 200 options carries 800 of them, and WeasyPrint pays
for every element, shape and text run on every page. A histogram is one run of block
characters (about a quarter of the layout and drawing time of the smallest SVG); the
consent bar stays a small SVG, since its width must follow the shares exactly.
"""

from __future__ import annotations

from markupsafe import Markup, escape

INK = "#1d2733"
SHADES = ("#1f5f8b", "#6f9fc0", "#d9a441", "#a3262a")  # agree .. block
BLOCKS = "▁▂▃▄▅▆▇█"  # one to eight eighths high
EMPTY = "\u00a0"  # as wide as a block in the chart's monospaced font, and not collapsed


def histogram(counts: list[int]) -> Markup:
    """One column per score (1-5), scaled to the largest count; a count of 0 stays empty.

    Hidden from screen readers: the counts are printed beside it (report.css styles it)."""
    top = max(counts, default=0) or 1
    columns = "".join(BLOCKS[max(1, round(len(BLOCKS) * count / top)) - 1] if count else EMPTY
                      for count in counts)
    return Markup(f'<span class="hist" aria-hidden="true">{columns}</span>')


def stacked_bar(parts: list[tuple[str, int]], title: str, width: int = 240) -> Markup:
    """One bar split by share, in SHADES order (for consent: agree .. block)."""
    total = sum(count for _, count in parts) or 1
    x, shapes = 0, []
    for index, (_label, count) in enumerate(parts):
        length = round(width * count / total)
        if length:
            # no <title> per segment: the counts are printed beside the bar
            shapes.append(f'<rect x="{x}" y="0" width="{length}" height="12" '
                          f'fill="{SHADES[index % len(SHADES)]}"/>')
        x += length
    return Markup(f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
                  f'width="{width}" height="12" viewBox="0 0 {width} 12">'
                  f'<title>{escape(title)}</title>{"".join(shapes)}</svg>')


def text_bar(count: int, top: int, width: int = 20) -> str:
    """A bar as characters, for Markdown and DOCX tables."""
    return "█" * round(width * count / top) if top else ""
