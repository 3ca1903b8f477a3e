"""Small charts as inline SVG, drawn on the server (no script anywhere).

Kept tiny on purpose: a report of 200 options carries hundreds of them, and WeasyPrint
pays for every shape on every page.
"""

from __future__ import annotations

from markupsafe import Markup, escape

INK = "#1d2733"
SHADES = ("#1f5f8b", "#6f9fc0", "#d9a441", "#a3262a")  # agree .. block


def histogram(counts: list[int], title: str) -> Markup:
    """One column per score (1-5), scaled to the largest count: one path, one axis."""
    top = max(counts, default=0) or 1
    width, height, bar = 14 * len(counts), 20, 10
    columns = "".join(
        f"M{index * 14 + 2} {height - round(height * count / top)}h{bar}V{height}h-{bar}z"
        for index, count in enumerate(counts) if count)
    return Markup(f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
                  f'width="{width}" height="{height + 1}" viewBox="0 0 {width} {height + 1}">'
                  f'<title>{escape(title)}</title><path d="{columns}" fill="{SHADES[0]}"/>'
                  f'<rect x="0" y="{height}" width="{width}" height="1" fill="{INK}"/></svg>')


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
