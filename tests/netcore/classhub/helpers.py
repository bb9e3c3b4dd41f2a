"""A hub on loopback for the tests: started and stopped inside one ``asyncio.run``."""

from __future__ import annotations

import asyncio
import contextlib
import io
import uuid

import aiohttp
import msgspec

from netcore.classhub import protocol as p
from netcore.classhub.hub import ClassHub
from netcore.classhub.server import HubServer


@contextlib.asynccontextmanager
async def running_hub(folder, limits=None, port=0, **hub_options):
    hub = ClassHub(folder, name="7B", **hub_options)
    server = HubServer(hub, "127.0.0.1", port, limits)
    await server.start()
    try:
        yield hub, server
    finally:
        await server.stop()


async def join(session, server, name, code=None, token=""):
    """A raw student connection: (ws, the hub's first answer)."""
    ws = await session.ws_connect(server.url + "ws")
    await ws.send_str(
        p.write(p.Join(code=code or server.hub.code, name=name, token=token)).decode()
    )
    answer = p.read_hub((await ws.receive(timeout=5)).data)
    return ws, answer


async def next_frame(ws, kind, timeout=5.0):
    """The next message of ``kind`` on ``ws`` (others skipped)."""
    async with asyncio.timeout(timeout):
        while True:
            msg = await ws.receive()
            if msg.type != aiohttp.WSMsgType.TEXT:
                raise AssertionError(f"connection ended: {msg.type} {msg.extra}")
            message = p.read_hub(msg.data)
            if isinstance(message, kind):
                return message


def frame(**fields) -> str:
    return msgspec.json.encode({"v": p.PROTOCOL_VERSION, **fields}).decode()


def png(side=28, ink=200) -> bytes:
    from PIL import Image

    image = Image.new("L", (side, side), 0)
    for i in range(4, side - 4):
        image.putpixel((side // 2, i), ink)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def handin_id() -> str:
    return uuid.uuid4().hex
