"""Training through Keras's own ``fit``, for a model mirrored over several GPUs
(``tf.distribute.MirroredStrategy``): the compiled loop (``loop.py``) drives one device; a
strategy's replicas are best left to ``fit``. Callbacks turn ``fit`` into the same events and
honour the same control (pause, stop, snapshots, steps)."""

from __future__ import annotations

import math
import time

from netcore.models import tfruntime
from netcore.training.events import (
    BatchProgress,
    EpochEnd,
    Listener,
    Paused,
    Resumed,
    TrainingControl,
    WeightsSnapshot,
)
from netcore.training.kerasparts import snapshot_weights
from netcore.training.loop import EVENTS_PER_SECOND


def _callbacks(listener: Listener, control: TrainingControl, steps: int, batch: int):
    """Two Keras callbacks: one synchronous at batch begin (pause, stop, snapshots, in the
    training thread), one asynchronous at batch end (events; Keras runs it off the training
    thread, so reading the logs never stalls the next step)."""
    keras = tfruntime.keras()

    state = {"epoch": 1, "t_epoch": 0.0, "paused_for": 0.0, "t0": 0.0, "last": 0.0, "done": 0}
    step = {"pause_next_batch": False, "pause_after_epoch": False}
    history: list[dict[str, float]] = []

    class Control(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            state["epoch"] = epoch + 1
            state["t_epoch"] = time.perf_counter()

        def on_train_batch_begin(self, batch_index, logs=None):
            if control.stopped:
                self.model.stop_training = True
                return
            if step["pause_next_batch"]:  # the step's one batch is done
                step["pause_next_batch"] = False
                control.pause()
                listener(
                    WeightsSnapshot(
                        state["epoch"] - 1 + batch_index / steps, snapshot_weights(self.model)
                    )
                )
            if control.paused:
                fraction = state["epoch"] - 1 + batch_index / steps
                listener(Paused(fraction))
                t = time.perf_counter()
                control.wait_while_paused()
                pause = time.perf_counter() - t
                state["paused_for"] += pause
                state["t_epoch"] += pause
                if control.stopped:
                    self.model.stop_training = True
                    return
                listener(Resumed(fraction))
            unit = control.take_step()
            step["pause_next_batch"] = unit == "batch"
            step["pause_after_epoch"] = step["pause_after_epoch"] or unit == "epoch"
            if control.take_snapshot_request():
                fraction = state["epoch"] - 1 + batch_index / steps
                listener(WeightsSnapshot(fraction, snapshot_weights(self.model)))

        def on_epoch_end(self, epoch, logs=None):
            metrics = {k: float(v) for k, v in (logs or {}).items()}
            metrics["seconds"] = time.perf_counter() - state["t_epoch"]
            history.append(dict(metrics))
            listener(EpochEnd(epoch + 1, metrics))
            if step["pause_after_epoch"]:
                step["pause_after_epoch"] = False
                control.pause()

    class Progress(keras.callbacks.Callback):
        async_safe = True  # Keras may call on_train_batch_end from a worker thread

        def on_train_begin(self, logs=None):
            state["t0"] = state["last"] = time.perf_counter()

        def on_train_batch_end(self, batch_index, logs=None):
            state["done"] += 1
            loss = float(logs["loss"]) if logs and "loss" in logs else float("nan")
            if not math.isfinite(loss):
                control.stop(evaluate=False, reason="nan")
                self.model.stop_training = True
            now = time.perf_counter()
            last_of_epoch = batch_index + 1 >= steps
            if now - state["last"] < 1 / EVENTS_PER_SECOND and not last_of_epoch:
                return
            elapsed = now - state["t0"] - state["paused_for"]
            accuracy = logs.get("accuracy") if logs else None
            listener(
                BatchProgress(
                    epoch=state["epoch"],
                    batch=batch_index + 1,
                    steps=steps,
                    loss=loss,
                    accuracy=None if accuracy is None else float(accuracy),
                    samples_per_sec=state["done"] * batch / max(elapsed, 1e-9),
                    elapsed=elapsed,
                )
            )
            state["last"] = now

    return [Control(), Progress()], history


def fit_with_keras(
    model,
    x,
    y,
    validation,
    batch_size: int,
    epochs: int,
    listener: Listener,
    control: TrainingControl,
    callbacks: list,
) -> list[dict[str, float]]:
    """``model.fit`` with the events and control of the compiled loop; returns the history."""
    steps = math.ceil(int(x.shape[0]) / batch_size)
    ours, history = _callbacks(listener, control, steps, batch_size)
    model.fit(
        x,
        y,
        batch_size=batch_size,
        epochs=epochs,
        validation_data=validation,
        shuffle=True,
        callbacks=ours + list(callbacks),
        verbose=0,
    )
    return history
