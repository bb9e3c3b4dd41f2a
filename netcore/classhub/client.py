"""A student's app connected to the hub (aiohttp): joins, shares, hands in, hears the teacher.

Losing the hub is normal: the client reconnects by itself with a bounded exponential backoff
(``backoff``, jittered so thirty apps do not knock at once) and comes back as the same student
with the token the hub gave it. What the student shares keeps only its latest state, sent on
reconnection; hand-ins wait in an outbox (in memory, and in ``outbox`` on disk when given, so a
closed app still sends them later) until the hub acknowledges them; each has an id, so one sent
twice counts once. A refusal (wrong code, a name taken, another protocol version) stops the
client: trying again would not help.

``share`` and ``hand_in`` may be called from any thread (the window's); everything else runs in
the client's event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from netcore.classhub import protocol as p
from netcore.fileio import atomic_write_bytes, read_bytes_limited
from netcore.i18n import translate

#: Seconds before the first retry, and the most between two retries.
BACKOFF = (0.5, 30.0)
MAX_OUTBOX = 500  # hand-ins waiting at once: a whole lesson's drawings several times over


@dataclass
class HandIn:
    id: str
    kind: str
    data: bytes
    label: int | None = None


class HubClient:
    """One student's connection.

    Args:
        url: The hub's address, ``http://HOST:PORT/``.
        code: The class code.
        name: The student's name.
        token: A token from an earlier join, to come back as the same student.
        outbox: A folder where hand-ins wait until the hub has them (None: memory only).
        on_message: Called in the client's loop with each message from the hub (``Push``,
            ``Note``, ``ChallengeState``, ``Feed`` with a result, ``Error``, ``Refused``).
        backoff: (first, longest) delay between reconnection attempts, in seconds.
        max_attempts: Failed connections in a row before giving up (None: never).
    """

    def __init__(
        self,
        url: str,
        code: str,
        name: str,
        token: str = "",
        outbox: Path | None = None,
        on_message: Callable[[p.Message], None] | None = None,
        backoff: tuple[float, float] = BACKOFF,
        max_attempts: int | None = None,
    ) -> None:
        self.url = url.rstrip("/") + "/"
        self.code, self.name, self.token = code, name, token
        self.outbox_dir = outbox
        self.on_message = on_message or (lambda message: None)
        self.backoff, self.max_attempts = backoff, max_attempts
        self.state = "offline"  # offline, online, refused, closed
        self.reason = ""
        self.student: int | None = None
        self._latest: dict[str, p.Message] = {}
        self._outbox: dict[str, HandIn] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._session: aiohttp.ClientSession | None = None
        self._closing = asyncio.Event()
        self._online = asyncio.Event()
        self._wake = asyncio.Event()
        self.connections = 0
        #: The last push received (sent on reconnection: the hub resends only what was missed).
        self.seen_push = 0
        self._sending: set[asyncio.Future] = set()
        if outbox is not None:
            self._read_outbox()

    # -- from any thread ----------------------------------------------------------------

    def share(self, message: p.Progress | p.RunShare) -> None:
        """Share progress or a run: sent now when online, else the latest on reconnection."""
        self._in_loop(self._share, message)

    def hand_in(self, kind: str, data: bytes, label: int | None = None) -> str:
        """Queue a hand-in (``project``, ``model``, ``drawing`` with its label); returns its id."""
        if len(self._outbox) >= MAX_OUTBOX:
            raise ValueError(
                translate("Class hub", "{count} hand-ins are waiting for the hub already").format(
                    count=len(self._outbox)
                )
            )
        item = HandIn(uuid.uuid4().hex, kind, data, label)
        if self.outbox_dir is not None:
            atomic_write_bytes(self.outbox_dir / _outbox_name(item), data)
        self._in_loop(self._queue, item)
        return item.id

    @property
    def pending(self) -> list[str]:
        """Ids of the hand-ins the hub has not acknowledged yet."""
        return list(self._outbox)

    def _in_loop(self, function, *args) -> None:
        loop = self._loop
        if loop is None or not loop.is_running():
            function(*args)
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            function(*args)
        else:
            loop.call_soon_threadsafe(function, *args)

    # -- in the loop ---------------------------------------------------------------------

    def _share(self, message: p.Message) -> None:
        kind = "progress" if isinstance(message, p.Progress) else "run"
        self._latest[kind] = message
        self._send(message)

    def _queue(self, item: HandIn) -> None:
        self._outbox[item.id] = item
        self._wake.set()

    def _send(self, message: p.Message) -> None:
        ws = self._ws
        if ws is not None and not ws.closed and self.state == "online":
            task = asyncio.ensure_future(_quiet(ws.send_str(p.write(message).decode())))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)

    async def run(self) -> None:
        """Stay connected until ``close`` or a refusal (or ``max_attempts`` failures)."""
        self._loop = asyncio.get_running_loop()
        failures = 0
        async with aiohttp.ClientSession() as session:
            self._session = session
            sender = asyncio.create_task(self._send_handins(session))
            try:
                while not self._closing.is_set() and self.state != "refused":
                    if await self._connect(session):
                        failures = 0
                    else:
                        failures += 1
                    if self.state == "refused" or self._closing.is_set():
                        break
                    if self.max_attempts is not None and failures >= self.max_attempts:
                        self.reason = self.reason or translate("Class hub", "the hub is gone")
                        break
                    first, longest = self.backoff
                    delay = min(longest, first * 2 ** min(failures, 16)) * random.uniform(0.5, 1)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._closing.wait(), delay)
            finally:
                sender.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await sender
                self._session = None
                if self.state != "refused":
                    self.state = "closed"

    async def _connect(self, session: aiohttp.ClientSession) -> bool:
        """One connection, until it ends; True if it got as far as joining."""
        joined = False
        try:
            async with session.ws_connect(
                self.url + "ws", max_msg_size=p.MAX_FRAME, heartbeat=30.0
            ) as ws:
                join = p.Join(
                    code=self.code, name=self.name, token=self.token, seen_push=self.seen_push
                )
                await ws.send_str(p.write(join).decode())
                async for msg in ws:
                    if msg.type != aiohttp.WSMsgType.TEXT:
                        break
                    try:
                        message = p.read_hub(msg.data)
                    except p.ProtocolError as exc:
                        self.on_message(p.Error(reason=str(exc)))
                        continue
                    if isinstance(message, p.Welcome):
                        joined = self._welcomed(ws, message)
                    elif isinstance(message, p.Push):
                        if message.push <= self.seen_push:
                            continue  # already had it
                        self.seen_push = message.push
                    elif isinstance(message, p.Refused):
                        self.state, self.reason = "refused", message.reason
                    self.on_message(message)
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            self.reason = str(exc) or type(exc).__name__
        finally:
            self._ws = None
            self._online.clear()
            if self.state == "online":
                self.state = "offline"
        return joined

    def _welcomed(self, ws, welcome: p.Welcome) -> bool:
        self.token, self.student, self.name = welcome.token, welcome.student, welcome.name
        self._ws, self.state, self.reason = ws, "online", ""
        self.connections += 1
        for message in self._latest.values():
            self._send(message)
        self._online.set()
        self._wake.set()
        return True

    async def _send_handins(self, session: aiohttp.ClientSession) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            for item in list(self._outbox.values()):
                if self.state != "online":
                    break
                await self._post(session, item)

    async def _post(self, session: aiohttp.ClientSession, item: HandIn) -> None:
        query = {"id": item.id, **({"label": str(item.label)} if item.label is not None else {})}
        try:
            async with session.post(
                f"{self.url}api/handin/{item.kind}",
                params=query,
                data=io.BytesIO(item.data),
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=aiohttp.ClientTimeout(total=120),
            ) as response:
                body = await response.json(content_type=None)
                status = response.status
        except (aiohttp.ClientError, OSError, TimeoutError, ValueError):
            return  # kept: sent again after the next connection
        if status == 200 or 400 <= status < 500 and status not in (401, 408, 429):
            self._outbox.pop(item.id, None)
            if self.outbox_dir is not None:
                with contextlib.suppress(OSError):
                    (self.outbox_dir / _outbox_name(item)).unlink()
        if status != 200 and isinstance(body, dict):
            self.on_message(p.Error(reason=str(body.get("error", status))))
        elif status == 200:
            self.on_message(p.Feed(event="handed in", data=body))

    async def fetch_push(self, push: p.Push, limit: int = 64 << 20) -> bytes:
        """A pushed lesson, project or network's bytes (at most ``limit``)."""
        if self._session is None:
            raise ConnectionError(translate("Class hub", "not connected to the hub"))
        async with self._session.get(
            self.url + push.url.lstrip("/"), headers={"Authorization": f"Bearer {self.token}"}
        ) as response:
            response.raise_for_status()
            data = await response.content.read(limit + 1)
        if len(data) > limit:
            raise ValueError(f"a push of more than {limit:,} bytes")
        return data

    async def wait_online(self, timeout: float) -> bool:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._online.wait(), timeout)
        return self._online.is_set()

    async def close(self) -> None:
        self._closing.set()
        ws = self._ws
        if ws is not None:
            await ws.close()

    def _read_outbox(self) -> None:
        folder = self.outbox_dir
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.handin")):
            parts = path.name.split(".")
            if len(parts) != 4 or parts[1] not in ("project", "model", "drawing"):
                continue
            label = int(parts[2]) if parts[2].isdigit() else None
            with contextlib.suppress(OSError):
                data = read_bytes_limited(path, 64 << 20, "hand-in")
                self._outbox[parts[0]] = HandIn(parts[0], parts[1], data, label)


def _outbox_name(item: HandIn) -> str:
    return f"{item.id}.{item.kind}.{item.label if item.label is not None else 'x'}.handin"


async def _quiet(send) -> None:
    with contextlib.suppress(ConnectionError, RuntimeError, aiohttp.ClientError):
        await send
