"""Training in the background, as a ``Job`` (``desktop.widgets.jobs``, the one background
pattern): ``train`` runs netcore's engine in the job's thread and passes its events on through
the job, bundled by the one throttle. The Keras model never reaches this side: netcore's
``train_outcome`` hands back the trained weights as arrays and the model as ``.keras`` bytes.

One training at a time. Closing stops the run and waits for its thread, so a running QThread
is never destroyed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np
from PySide6.QtCore import QObject, Signal

from desktop.widgets.jobs import Job, JobContext
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


@dataclass
class SetupFailed:
    """The run could not start: the dataset or the network/settings, in words."""

    message: str


def _urgent(event, epochs: int) -> bool:
    """Progress (batch and epoch ends) may wait for its bundle; anything else (a pause, a
    snapshot, the end) and a run's last epoch go at once."""
    if isinstance(event, EpochEnd):
        return event.epoch >= epochs
    return not isinstance(event, BatchProgress)


def train(
    job: JobContext,
    spec: NetworkSpec,
    dataset: DatasetSource,
    config: TrainConfig,
    initial_weights: dict | None,
    control: TrainingControl,
) -> RunResult | SetupFailed | None:
    """One training, run by the session's job in its thread; never touches widgets. Each
    engine event goes to ``job.event(0, event)``; None when stopped before it began."""
    try:
        data = dataset.load()
        prepared = prepare(spec, data, config, initial_weights=initial_weights)
    except (DatasetError, SetupError) as exc:
        return SetupFailed(str(exc))
    if control.stopped:
        return None
    epochs = [0]

    def relay(event) -> None:
        if isinstance(event, Started):
            epochs[0] = event.epochs
        job.event(0, event, _urgent(event, epochs[0]))

    outcome = train_outcome(prepared, relay, control)
    data = prepared.dataset
    return RunResult(
        final=outcome.final,
        config=config,
        dataset_title=data.title,
        class_names=list(data.class_names),
        x_test=data.x_test if data.is_image else None,
        model_bytes=outcome.model_bytes,
        weights=outcome.weights,
        record=outcome.record,
    )


class TrainingSession(QObject):
    """Starts, controls and cleanly ends training runs for the window, as a ``Job``.

    Signals (GUI thread):
        event(object): a netcore training event (Started, EpochEnd, Paused, Finished, ...),
            in order; progress arrives in bundles (``desktop.widgets.throttle``).
        setup_failed(str): the run could not start (dataset or network/settings mismatch).
        result(object): a RunResult at the end of a run that started, after its events.
        running_changed(bool): a run began, or its thread has ended (always last).
    """

    event = Signal(object)
    setup_failed = Signal(str)
    result = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.job = Job("training", self)
        self.job.events.connect(self._on_job_events)
        self.job.finished.connect(self._on_job_finished)
        self.job.running_changed.connect(self._on_job_running_changed)
        self._control: TrainingControl | None = None

    @property
    def running(self) -> bool:
        return self.job.running

    @property
    def control(self) -> TrainingControl | None:
        return self._control

    def start(
        self,
        spec: NetworkSpec,
        dataset: DatasetSource,
        config: TrainConfig,
        initial_weights: dict | None = None,
    ) -> bool:
        if self.running:
            return False
        control = TrainingControl()
        work = partial(train, spec=spec.copy(), dataset=dataset, config=config,
                       initial_weights=initial_weights, control=control)  # fmt: skip
        self._control = control
        if not self.job.start(work, on_cancel=lambda: control.stop(evaluate=False)):
            self._control = None
            return False
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
        return self.job.shutdown(timeout_ms / 1000)

    def _on_job_events(self, events: list) -> None:
        for _n, event in events:
            self.event.emit(event)

    def _on_job_finished(self, outcome) -> None:
        if isinstance(outcome, SetupFailed):
            self.setup_failed.emit(outcome.message)
        elif isinstance(outcome, Exception):
            self.setup_failed.emit(f"training could not run: {type(outcome).__name__}: {outcome}")
        elif outcome is not None:
            self.result.emit(outcome)

    def _on_job_running_changed(self, running: bool) -> None:
        if not running:
            self._control = None
        self.running_changed.emit(running)
