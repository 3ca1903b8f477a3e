"""The report's charts, drawn on the server (no script anywhere), once for every format.

A chart is first a list of rectangles (``Shape``) in a fixed coordinate box; the HTML/PDF
report draws them as a small SVG and the DOCX report as a PNG of the very same shapes
(``png``, written here with zlib: no imaging library), so both show the same chart.

Rating histograms are **comparable at a glance**: every histogram of a rating round has
the same size and the same scale (a column's height is its share of the answers, and the
tallest share of the whole round fills the box), and the report sets them in one table,
one criterion per row, so the columns line up across criteria. The consent bar is split
by share (agree .. block) at a fixed width.

Kept cheap on purpose: a report of 200 options carries 800 of them, and WeasyPrint pays
for every element: one ``<path>`` per chart and colour.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

INK = "#1d2733"
AXIS = "#5b6673"
BAR = "#1f5f8b"
SHADES = ("#1f5f8b", "#6f9fc0", "#d9a441", "#a3262a")  # agree .. block

# Coordinate boxes (user units; the SVG is drawn at these sizes in CSS px, the PNG at
# PNG_SCALE pixels per unit).
HIST_W, HIST_H, HIST_COLUMN, HIST_GAP = 60, 18, 10, 2
BAR_W, BAR_H = 160, 10
PNG_SCALE = 4
HIST_SCALE = 1.5  # the histogram's drawn size: 90 x 27 CSS px


@dataclass(frozen=True)
class Shape:
    x: int
    y: int
    w: int
    h: int
    colour: str


def histogram_shapes(counts: list[int], top_share: float) -> list[Shape]:
    """Columns for the scores 1-5, each as high as its share of the answers relative to
    ``top_share`` (the largest share in the round, so the round's histograms share one
    scale), and a one-unit axis along the bottom. A score nobody gave has no column."""
    n = sum(counts)
    shapes = []
    for index, count in enumerate(counts):
        if not count or not n or not top_share:
            continue
        height = max(1, round((HIST_H - 1) * (count / n) / top_share))
        shapes.append(Shape(index * (HIST_COLUMN + HIST_GAP), HIST_H - 1 - height,
                            HIST_COLUMN, height, BAR))
    shapes.append(Shape(0, HIST_H - 1, HIST_W, 1, AXIS))
    return shapes


def top_share(distributions: list[list[int]]) -> float:
    """The largest share of any score in any of ``distributions`` (one rating round)."""
    return max((count / sum(counts) for counts in distributions if sum(counts)
                for count in counts), default=0.0)


def consent_shapes(counts: list[int]) -> list[Shape]:
    """One bar split by share, in SHADES order (agree .. block)."""
    total = sum(counts) or 1
    x, shapes = 0, []
    for index, count in enumerate(counts):
        length = round(BAR_W * count / total)
        if length:
            shapes.append(Shape(x, 0, length, BAR_H, SHADES[index % len(SHADES)]))
        x += length
    return shapes


def svg(shapes: list[Shape], width: int, height: int, title: str, css: str,
        scale: float = 1) -> Markup:
    """The shapes as one small SVG: one path per colour, drawn at ``scale`` times its box."""
    paths: dict[str, list[str]] = {}
    for s in shapes:
        paths.setdefault(s.colour, []).append(f"M{s.x} {s.y}h{s.w}v{s.h}h-{s.w}z")
    drawn = "".join(f'<path fill="{colour}" d="{"".join(d)}"/>' for colour, d in paths.items())
    return Markup(f'<svg class="{css}" xmlns="http://www.w3.org/2000/svg" role="img" '
                  f'width="{width * scale:g}" height="{height * scale:g}" '
                  f'viewBox="0 0 {width} {height}">'
                  f'<title>{escape(title)}</title>{drawn}</svg>')


def histogram(counts: list[int], top: float, title: str) -> Markup:
    """An SVG histogram for the HTML/PDF report (the counts are printed beside it)."""
    return svg(histogram_shapes(counts, top), HIST_W, HIST_H, title, "chart hist", HIST_SCALE)


def stacked_bar(parts: list[tuple[str, int]], title: str) -> Markup:
    """The consent bar for the HTML/PDF report."""
    return svg(consent_shapes([count for _, count in parts]), BAR_W, BAR_H, title,
               "chart bar")


def histogram_png(counts: list[int], top: float) -> bytes:
    return png(tuple(histogram_shapes(counts, top)), HIST_W, HIST_H)


def consent_png(counts: list[int]) -> bytes:
    return png(tuple(consent_shapes(counts)), BAR_W, BAR_H)


@lru_cache(maxsize=512)
def png(shapes: tuple[Shape, ...], width: int, height: int) -> bytes:
    """The shapes as an RGB PNG on white, PNG_SCALE pixels per unit (cached: a report
    repeats the same few charts often)."""
    w, h = width * PNG_SCALE, height * PNG_SCALE
    white = b"\xff\xff\xff"
    rows = [bytearray(white * w) for _ in range(h)]
    for s in shapes:
        colour = bytes.fromhex(s.colour[1:])
        x0, x1 = s.x * PNG_SCALE, min(w, (s.x + s.w) * PNG_SCALE)
        run = colour * (x1 - x0)
        for y in range(s.y * PNG_SCALE, min(h, (s.y + s.h) * PNG_SCALE)):
            rows[y][x0 * 3:x1 * 3] = run
    raw = b"".join(b"\x00" + bytes(row) for row in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    # pHYs: 4 px per unit at 96 units per inch -> 384 dpi (15118 px per metre).
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", 15118, 15118, 1))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def text_bar(count: int, top: int, width: int = 20) -> str:
    """A bar as characters, for Markdown tables."""
    return "█" * round(width * count / top) if top else ""
