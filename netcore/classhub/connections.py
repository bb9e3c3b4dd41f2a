"""What the hub allows one client: its limits, a message budget (token bucket), an outgoing
queue that drops a reader too slow to keep up, and request bodies read never past a limit."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass

from aiohttp import web

from netcore.classhub import protocol as p
from netcore.classhub.received import LIMITS, HandinError, too_large


@dataclass(frozen=True)
class HubLimits:
    """What one client may do; each far above a class's needs (40 students, a phone each)."""

    max_connections: int = 300
    per_address: int = 64
    messages_per_second: float = 10.0
    message_burst: int = 40
    #: Messages over budget before the connection is closed (a flood, not a burst).
    flood_close: int = 200
    wrong_codes_per_minute: int = 10
    join_seconds: float = 10.0
    send_queue: int = 256
    #: The teacher's feed hears every student: 40 students × 3 events a second, for a minute.
    teacher_queue: int = 10_000
    send_seconds: float = 10.0
    handins_per_second: float = 2.0
    handin_burst: int = 20


class Bucket:
    """A token bucket: ``rate`` actions a second on average, ``burst`` at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.stamp = float(burst), time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class Peer:
    """One open WebSocket with its outgoing queue (a slow reader is dropped, never buffered)."""

    def __init__(self, ws: web.WebSocketResponse, limits: HubLimits, student=None) -> None:
        self.ws, self.limits, self.student = ws, limits, student
        size = limits.send_queue if student is not None else limits.teacher_queue
        self.queue: asyncio.Queue[str] = asyncio.Queue(size)
        self.writer = asyncio.create_task(self._write())
        self.closing: asyncio.Task | None = None

    def send(self, message: p.Message) -> None:
        try:
            self.queue.put_nowait(p.write(message).decode())
        except asyncio.QueueFull:
            self.writer.cancel()
            self.closing = asyncio.create_task(
                self.ws.close(message=b"too slow to read the class's messages")
            )

    async def _write(self) -> None:
        with contextlib.suppress(ConnectionError, RuntimeError):
            while True:
                frame = await self.queue.get()
                try:
                    await asyncio.wait_for(self.ws.send_str(frame), self.limits.send_seconds)
                except TimeoutError:
                    await self.ws.close(message=b"too slow to read the class's messages")
                    return

    async def close(self) -> None:
        self.writer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.writer


async def read_body(request: web.Request, limit: int, kind: str) -> bytes:
    """The request's body, read in pieces and never past ``limit``. Raises HandinError."""
    if request.content_length is not None and request.content_length > limit:
        raise _too_large(kind, request.content_length, limit)
    chunks, size = [], 0
    async for chunk in request.content.iter_chunked(1 << 16):
        size += len(chunk)
        if size > limit:
            raise _too_large(kind, size, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(kind: str, size: int, limit: int) -> HandinError:
    if kind in LIMITS:
        return too_large(kind, size)
    return HandinError(f"a {kind} of {size:,} bytes; the hub takes at most {limit:,}")
