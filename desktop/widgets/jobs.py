"""Work that takes seconds (t-SNE, activation maximisation, the experiment board) in a
background thread, reported back to the GUI thread through signals; stoppable, never
freezing the window. The work gets the job: ``job.progress.emit(f)``, ``job.stopping()``."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class Job(QObject):
    """Signals (delivered in the GUI thread):
    progress(float): 0…1.
    event(int, object): a numbered event (e.g. training events of run n).
    finished(object): the work's result, or the exception it raised.
    """

    progress = Signal(float)
    event = Signal(int, object)
    finished = Signal(object)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.name = name
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.finished.connect(self._on_finished)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, work: Callable[[Job], object]) -> bool:
        """Run ``work(job)`` in the background; False when a run is still going."""
        if self.running:
            return False
        self._stop.clear()

        def run():
            try:
                result = work(self)
            except Exception as exc:  # noqa: BLE001 - the view says it; never a crash
                result = exc
            self.finished.emit(result)

        self._thread = threading.Thread(target=run, name=self.name, daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stop.set()

    def stopping(self) -> bool:
        return self._stop.is_set()

    def wait(self, seconds: float = 120) -> None:
        """Let a running job end (tests, closing)."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _on_finished(self, _result) -> None:
        self._thread = None
