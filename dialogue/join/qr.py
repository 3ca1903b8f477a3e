"""The QR code that takes a phone to the session's join page."""

from __future__ import annotations

import io

import qrcode
import qrcode.image.svg


def join_qr_svg(url: str) -> bytes:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12,
                        border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()
