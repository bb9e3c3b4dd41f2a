"""The one way LayerLab works in the background: a ``Job``.

Training, the experiment board, t-SNE, activation maximisation and the device probe each run as
a Job: the work is a plain function, called with a ``JobContext``, on a worker object moved to a
QThread of its own (Qt's worker-object pattern). The work reports progress and numbered events
through the context and asks it whether to stop; the Job turns them into signals in the GUI
thread, through the one throttle (``desktop.widgets.throttle``). The work never touches widgets
and never shares a Keras model with the GUI thread: it gets plain values, or its own copy of a
model (``netcore.introspection.ModelCopy``).

Every running Job is in one registry, so the window can end them all when it closes
(``stop_all``): cancel every one first (they stop side by side), then wait for their threads
within one deadline. A QThread is never destroyed while it runs ("QThread: Destroyed while
thread is still running" aborts the process): the registry holds each running Job and its
thread until the thread has ended, even if the widget that started it is gone.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from desktop.widgets.throttle import Throttle

REPORT_MS = 40  # progress and events reach the window in bundles, 25 a second at most

_RUNNING: set[Job] = set()  # every Job whose thread has not ended yet


class JobContext:
    """What the work is given: ways to report, and whether it should stop.

    Safe to call from the work's thread; nothing here touches a widget.
    """

    def __init__(self, stop: threading.Event, progress: Throttle, events: Throttle):
        self._stop, self._progress, self._events = stop, progress, events

    def progress(self, fraction: float) -> None:
        """0…1; the window shows the latest, a few times a second."""
        self._progress.push(float(fraction))

    def event(self, n: int, payload, urgent: bool = False) -> None:
        """A numbered event (e.g. a training event of run ``n``), delivered in order;
        ``urgent`` ones go at once, the others in bundles."""
        self._events.push((n, payload), urgent)

    def stopping(self) -> bool:
        """Whether the job was cancelled: the work ends soon after it reads True."""
        return self._stop.is_set()


class _Worker(QObject):
    """Runs the work in its thread; never touches widgets."""

    done = Signal()

    def __init__(self, work: Callable[[JobContext], object], context: JobContext):
        super().__init__()
        self.work, self.context = work, context
        self.result: object = None

    @Slot()
    def run(self) -> None:
        try:
            self.result = self.work(self.context)
        except Exception as exc:  # noqa: BLE001 - the view says it; never a crash
            self.result = exc
        finally:
            self.work = None  # what the work held goes now, in its own thread
            app = QCoreApplication.instance()
            if app is not None:  # handed back, so the GUI thread may delete it
                self.moveToThread(app.thread())
            self.done.emit()


class Job(QObject):
    """One kind of background work a view or the window starts, one run at a time.

    Signals (delivered in the GUI thread):
        progress(float): the latest fraction done, 0…1, throttled.
        events(list): ``(n, payload)`` pairs in the order the work sent them, bundled.
        finished(object): the work's result, or the exception it raised; its thread has
            ended, and every progress and event was delivered before it.
        running_changed(bool): started, or ended (also when ended by ``shutdown``).
    """

    progress = Signal(float)
    events = Signal(list)
    finished = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.name = name
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._stop = threading.Event()
        self._on_cancel: Callable[[], None] | None = None
        self._progress = Throttle(REPORT_MS, lambda items: self.progress.emit(items[-1]), self)
        self._events = Throttle(REPORT_MS, self.events.emit, self)

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def thread(self) -> QThread | None:
        """The running job's thread (None when idle)."""
        return self._thread

    def start(
        self,
        work: Callable[[JobContext], object],
        on_cancel: Callable[[], None] | None = None,
    ) -> bool:
        """Run ``work(context)`` in a thread of its own; False when this job is running.

        Args:
            work: The work; its return value (or exception) is what ``finished`` carries.
            on_cancel: Also called (GUI thread) on ``cancel``, e.g. to stop a training
                control the work is waiting on.
        """
        if self.running:
            return False
        self._stop = threading.Event()
        self._on_cancel = on_cancel
        context = JobContext(self._stop, self._progress, self._events)
        thread = QThread()
        thread.setObjectName(self.name)
        worker = _Worker(work, context)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit from the work's own thread: the GUI thread may be the one waiting for it
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        _RUNNING.add(self)
        thread.start()
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Ask the work to stop; ``finished`` follows when it has."""
        if not self.running:
            return
        self._stop.set()
        if self._on_cancel is not None:
            self._on_cancel()

    def stopping(self) -> bool:
        return self._stop.is_set()

    def wait(self, seconds: float = 120) -> bool:
        """Wait for the work to end and deliver its end now; True if it ended in time."""
        thread = self._thread
        if thread is None:
            return True
        if not thread.wait(max(0, round(seconds * 1000))):
            return False
        self._end(deliver=True)
        return True

    def shutdown(self, seconds: float = 1.0) -> bool:
        """Cancel and wait, without delivering the result (the window is closing)."""
        self.cancel()
        thread = self._thread
        if thread is None:
            return True
        if not thread.wait(max(0, round(seconds * 1000))):
            return False
        self._end(deliver=False)
        return True

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None and self._thread.isFinished():
            self._end(deliver=True)

    def _end(self, deliver: bool) -> None:
        thread, worker = self._thread, self._worker
        if thread is None:
            return
        thread.wait()  # finished is emitted just before the thread really ends
        self._thread = self._worker = None
        self._on_cancel = None
        _RUNNING.discard(self)
        result = worker.result if worker is not None else None
        self._progress.flush()
        self._events.flush()
        if deliver:
            self.finished.emit(result)
        self.running_changed.emit(False)


def running_jobs() -> list[Job]:
    """Every Job whose thread has not ended."""
    return sorted(_RUNNING, key=lambda job: job.name)


def stop_all(seconds: float = 1.0) -> list[Job]:
    """End every running job: cancel all, then wait for all within ``seconds`` in total.

    Returns:
        The jobs still running after the deadline (empty when all ended).
    """
    jobs = running_jobs()
    for job in jobs:
        job.cancel()
    deadline = time.perf_counter() + seconds
    late = []
    for job in jobs:
        if not job.shutdown(max(0.0, deadline - time.perf_counter())):
            late.append(job)
    return late
