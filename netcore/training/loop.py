"""The loop around the compiled calls: epochs, events, pause / step / stop, snapshots, NaN,
and Keras's own callbacks (early stopping, TensorBoard) at each epoch's end.

Each call is sized to take about ``TARGET_CALL_SECONDS`` (``LIVE_CALL_SECONDS`` while someone
asks for weight snapshots, e.g. a live decision boundary: a snapshot is taken between calls, so
the call's length bounds how often a picture can change): long enough that Python's overhead
vanishes, short enough that pause, stop and snapshot requests are answered within one call.
Epochs shorter than half of that run several at a time, validation included (the small-data
path); longer ones run in groups of steps. The semantics are ``fit``'s: metrics reset at each
epoch, the epoch's logs are running means, validation after each epoch with the training batch
size, a stop or NaN ends the epoch after the current call (it is still validated and logged).
"""

from __future__ import annotations

import time

import numpy as np

from netcore.backprop.gradient_flow import PROBE_EXAMPLES, layer_gradients
from netcore.models import tfruntime
from netcore.training.compiled import MAX_EPOCHS_PER_CALL, CompiledSteps, epoch_order
from netcore.training.events import (
    BatchProgress,
    EpochEnd,
    GradientReport,
    Listener,
    Paused,
    Resumed,
    TrainingControl,
    WeightsSnapshot,
)
from netcore.training.kerasparts import snapshot_weights
from netcore.training.pacing import LIVE_CALL_SECONDS, TARGET_CALL_SECONDS, Pacing

EVENTS_PER_SECOND = 20
WATCHED_SECONDS = 1.0  # a snapshot request keeps the calls short this long
SMALL_DATA_BYTES = 4 << 20  # start with whole epochs per call below this
SMALL_DATA_STEPS = 500  # ... and this many steps per epoch (then measure)


class TrainingLoop:
    """Runs ``epochs`` epochs of ``steps`` (a CompiledSteps) and reports to ``listener``.

    Args:
        callbacks: Keras callbacks called at train begin/end and each epoch's begin/end (they
            may set ``model.stop_training``); with any, epochs run one per call.
        seed: Sample orders come from ``epoch_order(seed, epoch, n)``.
    """

    def __init__(
        self,
        steps: CompiledSteps,
        epochs: int,
        seed: int,
        listener: Listener,
        control: TrainingControl,
        callbacks: list | None = None,
    ):
        self.s = steps
        steps.planned_steps = epochs * steps.steps  # a short run never compiles XLA
        self.model = steps.model
        self.epochs = epochs
        self.seed = seed
        self.listener = listener
        self.control = control
        self.callbacks = list(callbacks or [])
        self.history: list[dict[str, float]] = []
        self.epoch = 0  # 0-based: the epoch being trained
        self.pace = Pacing(steps, TARGET_CALL_SECONDS)
        self._t0 = self._last_event = 0.0
        self._paused_for = 0.0
        self._trained_steps = 0
        self._position = 0.0  # in epochs, e.g. 1.5 = halfway through the second
        self._i = 0  # steps done in the current epoch
        self._probe_at = 0  # where the next gradient report's examples start
        self._watched_until = 0.0  # shorter calls until then: snapshots are being asked for
        self._order = None
        self._logs: dict[str, float] = {}
        self._epoch_started = self._epoch_paused = 0.0
        data_bytes = int(steps.x.shape.num_elements() or 0) * 4
        short = steps.steps + steps.val_steps <= SMALL_DATA_STEPS
        self._small = data_bytes <= SMALL_DATA_BYTES and short

    # ----------------------------------------------------------------- the run

    def run(self) -> list[dict[str, float]]:
        keras = tfruntime.keras()

        self.model.stop_training = False
        hooks = keras.callbacks.CallbackList(self.callbacks, model=self.model)
        hooks.on_train_begin()
        self._t0 = self._last_event = time.perf_counter()
        while self.epoch < self.epochs and not self.model.stop_training:
            if not self._wait_if_paused(self._position):
                break
            unit = self.control.take_step()
            k = 0 if unit or self._i else self._epochs_per_call()
            if k:
                self._run_epochs(k, hooks)
            else:
                self._run_steps(hooks, unit)
        hooks.on_train_end()
        return self.history

    def _epochs_per_call(self) -> int:
        """How many whole epochs the next call runs (0: this epoch goes in groups of steps)."""
        guess = self.pace.epoch_seconds()
        if guess is None:
            return 1 if self._small else 0
        if guess > self.pace.target / 2:
            return 0
        if self.callbacks or not self.pace.warm("epochs"):
            return 1  # callbacks look at every epoch's end; a first call compiles
        fit = int(self.pace.target / max(guess, 1e-6))
        return max(1, min(fit, MAX_EPOCHS_PER_CALL, self.epochs - self.epoch))

    # ----------------------------------------------------------------- whole epochs per call

    def _run_epochs(self, k: int, hooks) -> None:
        n = self.s.n
        for e in range(k):
            hooks.on_epoch_begin(self.epoch + e)
        orders = [epoch_order(self.seed, self.epoch + e, n) for e in range(k)]
        t, cpu = time.perf_counter(), time.process_time()
        done, finite, rows = self.s.epochs(orders)
        seconds = time.perf_counter() - t
        self.pace.record("epochs", seconds, done, time.process_time() - cpu)
        self._trained_steps += done * self.s.steps
        for row in rows:
            row["seconds"] = seconds / max(done, 1)
            self._end_epoch(row, hooks)
        if self.history:  # the run's last epoch is always reported
            last = self.epoch >= self.epochs or not finite
            self._progress(self.epoch, self.s.steps, self.history[-1], force=last)
        if not finite:
            self.control.stop(evaluate=False, reason="nan")
            self.model.stop_training = True
        self._answer_snapshot()

    # ----------------------------------------------------------------- one epoch in groups of steps

    def _run_steps(self, hooks, unit: str | None) -> None:
        """Train the current epoch on in groups of steps: one batch for a batch step, to its
        end otherwise (or until a pause, stop or NaN); validate and log it when it ends."""
        if self._i == 0:
            hooks.on_epoch_begin(self.epoch)
            self.model.reset_metrics()
            self._order = epoch_order(self.seed, self.epoch, self.s.n)
            self._epoch_started = time.perf_counter()
            self._epoch_paused = self._paused_for
        finite = True
        while self._i < self.s.steps:
            count = 1 if unit == "batch" else self.pace.steps_per_call("train")
            t, cpu = time.perf_counter(), time.process_time()
            before = self._i
            self._i, finite, self._logs = self.s.train_steps(self._order, self._i, count)
            seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
            self.pace.record("train", seconds, self._i - before, cpu)
            self._trained_steps += self._i - before
            self._position = self.epoch + self._i / self.s.steps
            force = unit is not None or self._i >= self.s.steps
            self._progress(self.epoch + 1, self._i, self._logs, force)
            if not finite or unit == "batch" or self.control.stopped:
                break
            self._answer_snapshot()
            if self._i < self.s.steps and not unit:
                if not self._wait_if_paused(self._position):
                    break
                unit = self.control.take_step()  # a batch step: the next call is one batch
        if not finite:
            self.control.stop(evaluate=False, reason="nan")
        if self.control.stopped:
            self.model.stop_training = True
        if self._i < self.s.steps and not self.model.stop_training:
            if unit == "batch":  # one batch: pause in the middle of the epoch
                self.control.pause()
                self._snapshot()
            return
        row = dict(self._logs)
        row.update(self._validate())
        seconds = time.perf_counter() - self._epoch_started
        row["seconds"] = seconds - (self._paused_for - self._epoch_paused)
        self._i = 0
        self._end_epoch(row, hooks)
        if unit:
            self.control.pause()
            self._snapshot()
        else:
            self._answer_snapshot()

    def _validate(self) -> dict[str, float]:
        if not self.s.n_val:
            return {}
        self.model.reset_metrics()
        j, logs = 0, {}
        while j < self.s.val_steps:
            if self.control.stopped and not self.control.evaluate_after_stop:
                return {}  # closing: no time for validation
            count = self.pace.steps_per_call("val")
            t = time.perf_counter()
            before = j
            j, logs = self.s.validate(j, count)
            self.pace.record("val", time.perf_counter() - t, j - before)
        return {f"val_{k}": v for k, v in logs.items()}

    # ----------------------------------------------------------------- shared

    def _end_epoch(self, row: dict[str, float], hooks) -> None:
        self.history.append(dict(row))
        self.listener(EpochEnd(self.epoch + 1, dict(row)))
        logs = {k: v for k, v in row.items() if k != "seconds"}
        hooks.on_epoch_end(self.epoch, logs)
        self.epoch += 1
        self._position = float(self.epoch)

    def _progress(self, epoch: int, batch: int, logs: dict, force: bool) -> None:
        """A BatchProgress for ``batch`` steps done in the 1-based ``epoch``, at most
        EVENTS_PER_SECOND a second unless ``force``."""
        now = time.perf_counter()
        if not force and now - self._last_event < 1 / EVENTS_PER_SECOND:
            return
        self._last_event = now
        elapsed = now - self._t0 - self._paused_for
        accuracy = logs.get("accuracy")
        self.listener(
            BatchProgress(
                epoch=epoch,
                batch=batch,
                steps=self.s.steps,
                loss=float(logs.get("loss", float("nan"))),
                accuracy=None if accuracy is None else float(accuracy),
                samples_per_sec=self._trained_steps * self.s.batch / max(elapsed, 1e-9),
                elapsed=elapsed,
            )
        )

    def _wait_if_paused(self, fraction: float) -> bool:
        """Honour pause; False when the run is to stop."""
        control = self.control
        if control.stopped:
            self.model.stop_training = True
            return False
        if control.paused:
            self.listener(Paused(fraction))
            t = time.perf_counter()
            control.wait_while_paused()
            self._paused_for += time.perf_counter() - t
            if control.stopped:
                self.model.stop_training = True
                return False
            self.listener(Resumed(fraction))
        return True

    def _answer_snapshot(self) -> None:
        now = time.perf_counter()
        if self.control.take_snapshot_request():
            self._watched_until = now + WATCHED_SECONDS
            self._snapshot()
        watched = now < self._watched_until
        self.pace.target = LIVE_CALL_SECONDS if watched else TARGET_CALL_SECONDS
        if self.control.take_gradient_request():
            self._report_gradients()

    def _report_gradients(self) -> None:
        """Gradients on the next PROBE_EXAMPLES training examples (a window that moves on with
        each report, so the readings cover the data)."""
        tf = tfruntime.tensorflow()

        n = self.s.n
        size = min(PROBE_EXAMPLES, n)
        idx = (np.arange(size) + self._probe_at) % n
        self._probe_at = (self._probe_at + size) % n
        x, y = tf.gather(self.s.x, idx), tf.gather(self.s.y, idx)
        try:
            sizes, grads, kernels = layer_gradients(self.model, x, y, self.model.loss)
        except (TypeError, ValueError):  # a loss per output: not shown layer by layer
            return
        self.listener(GradientReport(self._position, sizes, grads, kernels))

    def _snapshot(self) -> None:
        self.listener(WeightsSnapshot(self._position, snapshot_weights(self.model)))
