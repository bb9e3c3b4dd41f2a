"""The phone page the hub serves: a phone or tablet on the school network joins with the code
from the QR code, draws a digit with a finger, sends it to the class dataset and sees what the
teacher's current network predicts for it.

The page is three plain files shipped in ``resources/phone`` (no build step, nothing fetched
from elsewhere), served with a Content-Security-Policy that allows only the hub itself: a name
that slipped through unescaped could still not load or run anything. The page joins over the
same WebSocket as the app (``/ws``) and hands in over the same ``/api/handin/drawing``; the
only route of its own is ``/api/phone/predict``.
"""

from __future__ import annotations

import asyncio
import html
import io
from pathlib import Path

from aiohttp import web

from netcore.classhub.connections import read_body
from netcore.classhub.received import HandinError, clean_drawing
from netcore.i18n import translate

PAGE_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "phone"
FILES = {
    "/": ("index.html", "text/html"),
    "/phone.js": ("phone.js", "text/javascript"),
    "/phone.css": ("phone.css", "text/css"),
}
#: Only the hub itself: no outside script, style, font or image, no frame around the page.
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
#: A drawing to predict: a phone's canvas as a PNG is a few KB.
MAX_PREDICT_BYTES = 1 << 20
#: Seconds a prediction may take (one image through a small network takes milliseconds).
PREDICT_SECONDS = 10.0


def routes(server) -> list[web.RouteDef]:
    """The page's routes for ``server`` (a ``HubServer``)."""

    async def page(request: web.Request) -> web.Response:
        name, kind = FILES[request.path]
        try:
            body = (PAGE_FOLDER / name).read_bytes()
        except OSError:
            return web.Response(status=500, text="the phone page is missing from this LayerLab")
        if name == "index.html":  # the class's name, escaped, in the title and heading
            body = body.replace(b"{{class}}", html.escape(server.hub.class_name).encode())
        return web.Response(
            body=body,
            content_type=kind,
            charset="utf-8",
            headers={
                "Content-Security-Policy": POLICY,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-store",
            },
        )

    async def predict(request: web.Request) -> web.Response:
        student = server._student_of(request)
        if student is None:
            return _error(401, translate("Class hub", "join the class first (no valid token)"))
        predictor = server.hub.predictor
        if predictor is None:
            return _error(
                503, translate("Class hub", "the teacher has no network to answer with yet")
            )
        try:
            data = await read_body(request, MAX_PREDICT_BYTES, "drawing")
            loop = asyncio.get_running_loop()
            image = await loop.run_in_executor(None, prepared, data)
        except HandinError as exc:
            return _error(400, str(exc))
        if image is None:
            return _error(400, translate("Class hub", "the drawing is empty"))
        try:
            values = await asyncio.wait_for(
                loop.run_in_executor(None, predictor, image), PREDICT_SECONDS
            )
        except Exception as exc:  # noqa: BLE001 - whatever the network does, the page is told
            return _error(
                503,
                translate("Class hub", "the teacher's network could not answer: {problem}").format(
                    problem=str(exc)[:200] or type(exc).__name__
                ),
            )
        values = [float(v) for v in list(values)[:10]]
        best = max(range(len(values)), key=values.__getitem__) if values else None
        return web.json_response(
            {"digit": best, "probabilities": values, "model": server.hub.predictor_name[:120]}
        )

    return [
        *(web.get(path, page) for path in FILES),
        web.post("/api/phone/predict", predict),
    ]


def prepared(data: bytes):
    """A received drawing as MNIST's 28×28 in 0…1 (None when it has no ink). Raises
    HandinError for anything that is not a sane PNG (the hand-in's own checks)."""
    import numpy as np
    from PIL import Image

    from netcore.digits.preprocessing import mnist_style

    clean = clean_drawing(data)
    grey = np.asarray(Image.open(io.BytesIO(clean)).convert("L"), dtype=np.float32) / 255
    return mnist_style(grey)


def _error(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)
