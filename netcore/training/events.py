"""What the trainer tells its listener, as plain values (copies, safe to pass between threads),
and the control object another thread uses to pause, resume or stop it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Started:
    network: str
    params: int
    device: str
    device_note: str
    epochs: int
    batch_size: int
    steps_per_epoch: int
    train_samples: int
    val_samples: int
    loss_label: str
    has_accuracy: bool
    # layer id → the weights training starts from (for "same start" replays)
    initial_weights: dict[str, list[np.ndarray]] | None = field(default=None, repr=False)


@dataclass(frozen=True)
class BatchProgress:
    """Coalesced: at most ~20 a second. ``loss``/``accuracy`` are the running epoch averages."""

    epoch: int  # 1-based
    batch: int  # batches done in this epoch
    steps: int
    loss: float
    accuracy: float | None
    samples_per_sec: float
    elapsed: float

    @property
    def epoch_fraction(self) -> float:
        """Position in fractional epochs, e.g. 1.5 = halfway through epoch 2."""
        return self.epoch - 1 + self.batch / self.steps


@dataclass(frozen=True)
class EpochEnd:
    epoch: int  # 1-based
    metrics: dict[str, float]  # loss, accuracy, val_loss, val_accuracy, seconds, ...


@dataclass(frozen=True)
class WeightsSnapshot:
    epoch_fraction: float
    weights: dict[str, list[np.ndarray]]  # layer id → copies of its weight arrays


@dataclass(frozen=True)
class GradientReport:
    """Asked for while training (``TrainingControl.request_gradients``): each layer's kernel and
    its gradient on a probe batch of training examples, and mean |∂L/∂w| per layer, in network
    order."""

    epoch_fraction: float
    sizes: dict[str, float]
    gradients: dict[str, Any]  # layer name -> ∂L/∂kernel (NumPy)
    weights: dict[str, Any]  # layer name -> kernel (NumPy)


@dataclass(frozen=True)
class Paused:
    epoch_fraction: float


@dataclass(frozen=True)
class Resumed:
    epoch_fraction: float


@dataclass(frozen=True)
class Finished:
    """The end of a run that trained (completed, stopped, early-stopped or hit NaN).

    ``reason``: "completed", "stopped", "early_stopping" or "nan"; ``message`` says it in
    words. ``test`` holds test loss/metrics unless evaluation was skipped. For classification,
    ``test_probabilities`` are the model's outputs on the test set (for a confusion matrix).
    """

    reason: str
    message: str
    history: list[dict[str, float]]
    test: dict[str, float] | None
    best_epoch: int | None = None
    stopped_epoch: int | None = None
    test_probabilities: np.ndarray | None = field(default=None, repr=False)
    test_labels: np.ndarray | None = field(default=None, repr=False)
    notes: tuple[str, ...] = ()  # e.g. that XLA could not compile the network
    compiled: str = ""  # how the steps ran, e.g. "compiled with XLA (2.3x faster here)"


@dataclass(frozen=True)
class Failed:
    """A run that could not train. ``kind``: "oom" or "error"."""

    message: str
    kind: str = "error"


Event = (
    Started
    | BatchProgress
    | EpochEnd
    | WeightsSnapshot
    | GradientReport
    | Paused
    | Resumed
    | Finished
    | Failed
)
Listener = Callable[[Event], Any]


STEP_UNITS = ("batch", "epoch")


class TrainingControl:
    """Pause, resume, step and stop a run from another thread; ask for weight snapshots.

    The trainer checks it between compiled calls (each about 100 ms), so a stop or pause takes
    effect within one call and keeps the weights trained so far. ``step`` trains exactly one
    batch (or the rest of the epoch) and pauses again: the way a teacher walks through
    gradient descent.
    """

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._snapshot = threading.Event()
        self._gradients = threading.Event()
        self._lock = threading.Lock()
        self._step: str | None = None
        self.evaluate_after_stop = True
        self.stop_reason = ""

    def step(self, unit: str = "batch") -> None:
        """Train one more batch (or finish the epoch: ``unit="epoch"``), then pause."""
        if unit not in STEP_UNITS:
            raise ValueError(f"step unit must be one of {', '.join(STEP_UNITS)}, got {unit!r}")
        with self._lock:
            self._step = unit
        self._running.set()

    def take_step(self) -> str | None:
        """The step asked for since the last call ("batch"/"epoch"), or None: run freely."""
        with self._lock:
            unit, self._step = self._step, None
        return unit

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def stop(self, evaluate: bool = True, reason: str = "stopped") -> None:
        """Stop after the current batch; ``evaluate=False`` skips the test-set evaluation (for
        closing the app quickly)."""
        self.evaluate_after_stop = evaluate
        if not self._stop.is_set():
            self.stop_reason = reason
        self._stop.set()
        self._running.set()  # a paused run must wake up to stop

    def request_snapshot(self) -> None:
        self._snapshot.set()

    def request_gradients(self) -> None:
        """Ask for a ``GradientReport`` (answered between compiled calls, like snapshots)."""
        self._gradients.set()

    def take_gradient_request(self) -> bool:
        if self._gradients.is_set():
            self._gradients.clear()
            return True
        return False

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def take_snapshot_request(self) -> bool:
        if self._snapshot.is_set():
            self._snapshot.clear()
            return True
        return False

    def wait_while_paused(self) -> bool:
        """Block while paused; True if it did pause."""
        if self._running.is_set():
            return False
        while not self._running.wait(0.05):
            pass
        return True
