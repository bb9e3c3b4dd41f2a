"""The one throttle: a stream of items, pushed from any thread, reaches the GUI thread in lists,
at most one delivery every ``interval_ms`` (the idea of pyqtgraph's ``SignalProxy``, but
thread-safe and without losing items).

A toy network trains thousands of epochs a second and t-SNE reports after every few iterations;
one queued signal each would keep the window busy with bookkeeping. The first item after a quiet
spell goes out at once (the window answers without delay); what follows within the interval
waits and goes in one list. An urgent item (a pause, the end of a run) sends what waits, and
itself, at once. Nothing polls: a quiet stream costs nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class Throttle(QObject):
    """Coalesces items into lists delivered in this object's thread.

    Args:
        interval_ms: Shortest time between two deliveries.
        deliver: Called with the list of items waiting, oldest first, never empty.
        parent: The QObject that owns the throttle (its thread is where ``deliver`` runs).
    """

    _wake = Signal()

    def __init__(self, interval_ms: int, deliver: Callable[[list], None], parent=None):
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self._deliver = deliver
        self._lock = threading.Lock()
        self._items: list = []
        self._armed = False  # a wake-up is on its way or the timer runs
        self._urgent = False
        self._last = -1e9
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._wake.connect(self._on_wake, Qt.ConnectionType.QueuedConnection)

    def push(self, item, urgent: bool = False) -> None:
        """Add an item (any thread); ``urgent`` sends it, and what waits, without delay."""
        with self._lock:
            self._items.append(item)
            wake = not self._armed or (urgent and not self._urgent)
            self._armed = True
            self._urgent = self._urgent or urgent
        if wake:
            self._wake.emit()

    def flush(self) -> None:
        """Deliver what waits now (this object's thread)."""
        self._timer.stop()
        with self._lock:
            items, self._items = self._items, []
            self._armed = self._urgent = False
        self._last = time.perf_counter()
        if items:
            self._deliver(items)

    def pending(self) -> int:
        with self._lock:
            return len(self._items)

    def _on_wake(self) -> None:
        with self._lock:
            urgent, armed = self._urgent, self._armed
        if not armed:
            return  # flushed meanwhile
        wait = 0.0 if urgent else self._last + self.interval - time.perf_counter()
        if wait <= 0:
            self.flush()
        elif not self._timer.isActive():
            self._timer.start(max(1, round(wait * 1000)))
