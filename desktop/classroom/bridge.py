"""The window's side of the class hub: the hub runs in an asyncio loop of its own thread
(``LoopThread``); the window never waits for it. Every call is submitted to the loop and its
answer comes back to the GUI thread as a queued signal, so a slow disk or a busy hub never
freezes the teacher's screen. The hub's events arrive the same way (``feed``)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

from netcore.classhub.runner import LoopThread

STOP_SECONDS = 3.0  # the window's close waits at most this for the hub to stop


def local_addresses() -> list[str]:
    """The machine's IPv4 addresses a classroom can reach (the school network first), then
    loopback for a class on this machine only."""
    found = []
    for address in QNetworkInterface.allAddresses():
        if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            continue
        if address.isLoopback() or address.isEqual(QHostAddress("0.0.0.0")):
            continue
        found.append(address.toString())
    return [*dict.fromkeys(found), "127.0.0.1"]


class LoopBridge(QObject):
    """Calls into an asyncio loop thread and hears the answers in the GUI thread."""

    _answered = Signal(object, object, object)  # callback, result, error

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loop: LoopThread | None = None
        self._answered.connect(self._on_answered)

    def run(
        self,
        function: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """``function(*args)`` in the loop; ``done(result)`` or ``failed(error)`` here later."""
        if self.loop is None:
            if failed is not None:
                failed(RuntimeError(self.tr("the class hub is not running")))
            return
        future = self.loop.submit(function, *args)

        def finished(f) -> None:
            error = f.exception() if not f.cancelled() else RuntimeError("cancelled")
            # a signal from the loop's thread: queued into the GUI thread
            with contextlib.suppress(RuntimeError):  # the window is gone
                self._answered.emit((done, failed), None if error else f.result(), error)

        future.add_done_callback(finished)

    def _on_answered(self, callbacks, result, error) -> None:
        done, failed = callbacks
        if error is not None:
            if failed is not None:
                failed(error)
        elif done is not None:
            done(result)


class TeacherHub(LoopBridge):
    """The teacher's class, served from this window.

    Signals:
        feed(object): every event of the class (a ``protocol.Feed``), in the GUI thread.
        started(): the hub listens (``url``, ``code`` are set).
        failed(str): the hub could not start, and why.
        stopped(): the class was ended.
    """

    feed = Signal(object)
    started = Signal()
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hub = None
        self.server = None
        self.announcer = None
        self.folder: Path | None = None
        self.code = self.url = self.address = self.class_name = ""

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(
        self, folder: str | Path, name: str, host: str, port: int = 0, announce=True, **hub_options
    ):
        """Start the class (resumes the same class and code from an existing folder)."""
        if self.running:
            return
        from netcore.classhub.discovery import Announcer
        from netcore.classhub.hub import ClassHub
        from netcore.classhub.server import HubServer

        self.loop = LoopThread()
        relay = self.feed.emit

        async def begin():
            hub = ClassHub(folder, name, **hub_options)
            server = HubServer(hub, host, port)
            try:
                await server.start()
            except BaseException:
                await hub.stop()
                raise
            hub.listen(relay)
            announcer = None
            if announce:
                announcer = Announcer(hub.class_name, server.port, [host])
                try:
                    await announcer.start()
                except Exception:  # noqa: BLE001 - students can still type the address
                    announcer = None
            return hub, server, announcer

        self.run(begin, done=self._on_started, failed=self._on_failed)

    def _on_started(self, made) -> None:
        self.hub, self.server, self.announcer = made
        self.folder = self.hub.folder
        self.code, self.url = self.hub.code, self.server.url
        self.address, self.class_name = self.server.address, self.hub.class_name
        self.started.emit()

    def _on_failed(self, error: Exception) -> None:
        loop, self.loop = self.loop, None
        if loop is not None:
            loop.stop()
        self.failed.emit(str(error) or type(error).__name__)

    def stop(self) -> None:
        """End the class (the state stays in its folder: starting again resumes it)."""
        if self.loop is None:
            return
        server, announcer, loop = self.server, self.announcer, self.loop

        async def end():
            if announcer is not None:
                await announcer.stop()
            if server is not None:
                await server.stop()

        with contextlib.suppress(Exception):
            loop.call(end, timeout=STOP_SECONDS)
        loop.stop(STOP_SECONDS)
        self.loop = self.hub = self.server = self.announcer = None
        self.stopped.emit()

    # -- the teacher's actions (answers come back through done / failed) ------------------

    def status(self, done) -> None:
        self.run(lambda: (self.hub.status(), self.hub.store.items()), done=done)

    def set_predictor(self, predictor, name: str) -> None:
        def assign():
            self.hub.predictor, self.hub.predictor_name = predictor, name

        self.run(assign)
