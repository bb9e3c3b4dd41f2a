"""Training in the background: a worker QObject in a QThread runs netcore's engine and turns
its events into queued signals. The Keras model never reaches this side: netcore's
``train_outcome`` hands back the trained weights as arrays and the model as ``.keras`` bytes.

One training at a time. Closing stops the run, quits the thread and waits for it, so a running
QThread is never destroyed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from netcore.datasets.errors import DatasetError
from netcore.datasets.sources import DatasetSource
from netcore.network.spec import NetworkSpec
from netcore.training.config import TrainConfig
from netcore.training.engine import SetupError, prepare
from netcore.training.events import (
    BatchProgress,
    EpochEnd,
    Failed,
    Finished,
    Started,
    TrainingControl,
)
from netcore.training.history import RunRecord
from netcore.training.outcome import train_outcome

BUNDLE_SECONDS = 0.04  # progress of a fast run reaches the window in bundles, 25 a second


@dataclass
class RunResult:
    """What the GUI keeps of a finished run (plain values)."""

    final: Finished | Failed
    config: TrainConfig
    dataset_title: str
    class_names: list[str]
    x_test: np.ndarray | None = None  # read-only view, for the mistakes gallery
    model_bytes: bytes | None = None
    weights: dict | None = None  # layer id → copies of the trained arrays, for the viewers
    record: RunRecord | None = None  # the run as the project keeps it (None if it failed)


class EventRelay:
    """Passes the engine's events on, bundling progress: a toy trains thousands of epochs a
    second, and one queued signal per epoch would keep the window busy with bookkeeping.
    Progress (batch and epoch ends) goes in lists at most every ``BUNDLE_SECONDS``; any other
    event first sends what is waiting, then itself; the run's last epoch goes at once."""

    def __init__(self, send_one, send_many):
        self.send_one, self.send_many = send_one, send_many
        self.waiting: list = []
        self.last = 0.0
        self.epochs = 0

    def __call__(self, event) -> None:
        if isinstance(event, Started):
            self.epochs = event.epochs
        if isinstance(event, BatchProgress | EpochEnd):
            self.waiting.append(event)
            now = time.perf_counter()
            last_epoch = isinstance(event, EpochEnd) and event.epoch >= self.epochs
            if now - self.last >= BUNDLE_SECONDS or last_epoch:
                self.flush()
            return
        self.flush()
        self.send_one(event)

    def flush(self) -> None:
        if self.waiting:
            waiting, self.waiting = self.waiting, []
            self.send_many(waiting)
        self.last = time.perf_counter()


class TrainingWorker(QObject):
    """Runs one training in its thread. Never touches widgets.

    Signals:
        event(object): a netcore training event (Started, Paused, Finished, ...).
        events(list): progress events (BatchProgress, EpochEnd) in order, bundled.
        setup_failed(str): the run could not start (dataset or network/settings mismatch).
        result(object): a RunResult at the end of a run that started.
        finished(): the worker is done (always last).
    """

    event = Signal(object)
    events = Signal(list)
    setup_failed = Signal(str)
    result = Signal(object)
    finished = Signal()

    def __init__(
        self,
        spec: NetworkSpec,
        dataset: DatasetSource,
        config: TrainConfig,
        initial_weights: dict | None = None,
    ):
        super().__init__()
        self.spec = spec.copy()
        self.initial_weights = initial_weights
        self.dataset = dataset
        self.config = config
        self.control = TrainingControl()

    @Slot()
    def run(self) -> None:
        try:
            self._run()
        except Exception as exc:  # noqa: BLE001 - a message in the panel, never a crash
            self.setup_failed.emit(f"training could not run: {type(exc).__name__}: {exc}")
        finally:
            self.finished.emit()

    def _run(self) -> None:
        try:
            dataset = self.dataset.load()
            prepared = prepare(
                self.spec, dataset, self.config, initial_weights=self.initial_weights
            )
        except (DatasetError, SetupError) as exc:
            self.setup_failed.emit(str(exc))
            return
        if self.control.stopped:
            return
        relay = EventRelay(self.event.emit, self.events.emit)
        outcome = train_outcome(prepared, relay, self.control)
        relay.flush()
        data = prepared.dataset
        self.result.emit(
            RunResult(
                final=outcome.final,
                config=self.config,
                dataset_title=data.title,
                class_names=list(data.class_names),
                x_test=data.x_test if data.is_image else None,
                model_bytes=outcome.model_bytes,
                weights=outcome.weights,
                record=outcome.record,
            )
        )


class TrainingSession(QObject):
    """Starts, controls and cleanly ends training runs for the window.

    Signals mirror the worker's, delivered in the GUI thread; ``running_changed(bool)``.
    """

    event = Signal(object)
    setup_failed = Signal(str)
    result = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def control(self) -> TrainingControl | None:
        return self._worker.control if self._worker else None

    def start(
        self,
        spec: NetworkSpec,
        dataset: DatasetSource,
        config: TrainConfig,
        initial_weights: dict | None = None,
    ) -> bool:
        if self.running:
            return False
        thread = QThread(self)
        worker = TrainingWorker(spec, dataset, config, initial_weights)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.event.connect(self.event)
        worker.events.connect(self._on_worker_events)
        worker.setup_failed.connect(self.setup_failed)
        worker.result.connect(self.result)
        worker.finished.connect(thread.quit)
        worker.finished.connect(worker.deleteLater)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()
        self.running_changed.emit(True)
        return True

    def pause(self) -> None:
        if self.control:
            self.control.pause()

    def resume(self) -> None:
        if self.control:
            self.control.resume()

    def step(self, unit: str) -> None:
        """Train one batch or one epoch ("batch"/"epoch"), then pause."""
        if self.control:
            self.control.step(unit)

    def stop(self, evaluate: bool = True) -> None:
        if self.control:
            self.control.stop(evaluate=evaluate)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop without evaluating and wait for the thread; True if it ended in time."""
        if not self.running:
            return True
        self.stop(evaluate=False)
        thread = self._thread
        thread.quit()
        ended = thread.wait(timeout_ms)
        if ended:
            self._on_thread_finished()
        return ended

    def _on_worker_events(self, events: list) -> None:
        for event in events:
            self.event.emit(event)

    def _on_thread_finished(self) -> None:
        if self._thread is None:
            return
        self._thread.deleteLater()
        self._thread = None
        self._worker = None
        self.running_changed.emit(False)
