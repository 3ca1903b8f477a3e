"""QR codes that take a phone to a join page or a personal invitation: SVG and PNG."""

from __future__ import annotations

import base64
import io

import qrcode
import qrcode.image.svg
from qrcode.image.pil import PilImage


def join_qr_svg(url: str) -> bytes:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12,
                        border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()


def join_qr_png(url: str, box_size: int = 20) -> bytes:
    """A PNG large enough to print on a poster or put on a slide (box_size px per module)."""
    image = qrcode.make(url, box_size=box_size, border=4, image_factory=PilImage)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def qr_svg_data_uri(url: str) -> str:
    """The SVG as a data: URI, for an <img> in a page that shows many codes (CSP allows it)."""
    return "data:image/svg+xml;base64," + base64.b64encode(join_qr_svg(url)).decode("ascii")
