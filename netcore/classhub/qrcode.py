"""The QR code of the phone page's address (segno), as data: the window draws it big enough for
the back of the room ([7/8]); the command line prints it in the terminal."""

from __future__ import annotations

import io

import segno


def phone_url(hub_url: str) -> str:
    """The phone page's address (the hub's root: the page asks for the code itself, so the
    code never travels in a picture on the projector's screenshots)."""
    return hub_url.rstrip("/") + "/"


def qr(url: str) -> segno.QRCode:
    """The QR code of ``url`` (error correction M: readable from a projector at a distance)."""
    return segno.make(url, error="m", boost_error=False, micro=False)


def qr_matrix(url: str, border: int = 4) -> list[list[bool]]:
    """Rows of dark (True) and light modules, with a quiet zone of ``border`` modules."""
    return [[bool(v) for v in row] for row in qr(url).matrix_iter(border=border)]


def qr_png(url: str, scale: int = 10) -> bytes:
    """The QR code as a PNG (``scale`` pixels a module)."""
    out = io.BytesIO()
    qr(url).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def qr_text(url: str) -> str:
    """The QR code in text blocks, for a terminal (two rows per line)."""
    rows = qr_matrix(url, border=2)
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    chars = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}
    return "\n".join(
        "".join(chars[top[i], bottom[i]] for i in range(len(top)))
        for top, bottom in zip(rows[::2], rows[1::2], strict=True)
    )
