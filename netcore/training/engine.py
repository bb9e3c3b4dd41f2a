"""The training engine: Keras ``fit`` with live events, pause/resume/stop, NaN and
out-of-memory handling, device choice and seeds.

``prepare`` checks everything that can be checked before TensorFlow is touched and raises
``SetupError`` with a message a student can act on; ``run`` trains and reports through the
listener. Neither prints anything (``verbose=0`` everywhere): a windowed app has no stdout.
"""

from __future__ import annotations

import contextlib
import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from netcore.datasets.dataset import Dataset
from netcore.models import tfruntime
from netcore.network.analysis import Analysis, analyze
from netcore.network.spec import NetworkSpec
from netcore.training.config import ConfigError, TrainConfig
from netcore.training.devices import DevicePlan, plan_devices
from netcore.training.events import (
    BatchProgress,
    EpochEnd,
    Failed,
    Finished,
    Listener,
    Paused,
    Resumed,
    Started,
    TrainingControl,
    WeightsSnapshot,
)
from netcore.training.plan import PlanError, TaskPlan, check_memory, plan_task

EVENTS_PER_SECOND = 20


class SetupError(ValueError):
    """Network, dataset and settings cannot train together (one problem per line)."""


@dataclass
class Prepared:
    """Everything checked and decided before building the model."""

    spec: NetworkSpec
    analysis: Analysis
    dataset: Dataset  # with its validation split applied
    config: TrainConfig
    plan: TaskPlan
    batch_size: int
    memory_bytes: int
    devices: DevicePlan | None = None
    initial_weights: dict[str, list[np.ndarray]] | None = None  # e.g. set by hand


def prepare(
    spec: NetworkSpec,
    dataset: Dataset,
    config: TrainConfig,
    devices: DevicePlan | None = None,
    initial_weights: dict[str, list[np.ndarray]] | None = None,
) -> Prepared:
    """Validate settings, network and dataset together; split off validation data.

    Raises:
        SetupError: Anything that would make training fail or meaningless, said plainly.
    """
    try:
        config.validate()
    except ConfigError as exc:
        raise SetupError(str(exc)) from None
    analysis = analyze(spec)
    if analysis.errors:
        raise SetupError("\n".join(str(p) for p in analysis.errors))
    try:
        target_width = 1 if dataset.y_train.ndim == 1 else int(dataset.y_train.shape[1])
        plan = plan_task(
            analysis,
            dataset.input_shape,
            dataset.task,
            dataset.num_classes,
            target_width,
            config,
            dataset.title,
        )
        split = dataset.with_validation(config.validation_split, config.seed)
        if len(split.x_train) == 0:
            raise PlanError(f"{dataset.title} has no training examples")
        batch = config.batch_for(len(split.x_train))
        memory = check_memory(analysis, batch, config)
    except PlanError as exc:
        raise SetupError(str(exc)) from None
    return Prepared(spec, analysis, split, config, plan, batch, memory, devices, initial_weights)


def make_targets(y: np.ndarray, plan: TaskPlan, num_classes: int) -> np.ndarray:
    if plan.targets == "binary":
        return y.astype(np.float32).reshape(-1, 1)
    if plan.targets == "onehot":
        return np.eye(num_classes, dtype=np.float32)[y]
    if plan.targets == "values":
        return y.astype(np.float32)
    return y.astype(np.int32)


def make_optimizer(config: TrainConfig):
    keras = tfruntime.keras()

    lr = config.lr
    if config.optimizer == "sgd":
        return keras.optimizers.SGD(lr, momentum=config.momentum, nesterov=config.nesterov)
    if config.optimizer == "rmsprop":
        return keras.optimizers.RMSprop(lr)
    if config.optimizer == "adagrad":
        return keras.optimizers.Adagrad(lr)
    return keras.optimizers.Adam(lr)


def make_metrics(plan: TaskPlan) -> list:
    keras = tfruntime.keras()

    accuracy = {
        "sparse": keras.metrics.SparseCategoricalAccuracy,
        "binary": keras.metrics.BinaryAccuracy,
        "onehot": keras.metrics.CategoricalAccuracy,
    }
    metrics = []
    for name in plan.metrics:
        if name == "accuracy":
            metrics.append(accuracy[plan.targets](name="accuracy"))
        elif name == "mae":
            metrics.append(keras.metrics.MeanAbsoluteError(name="mae"))
        elif name == "mse":
            metrics.append(keras.metrics.MeanSquaredError(name="mse"))
    return metrics


def visible_gpus() -> list[str]:
    tf = tfruntime.tensorflow()
    return [d.name for d in tf.config.list_physical_devices("GPU")]


def in_memory(array: np.ndarray) -> np.ndarray:
    """The array itself, or a copy in RAM when it is a view of a memory-mapped file (what a
    user's own arrays would be; the benchmarks give plain ``fit`` such arrays)."""
    import mmap

    base = array
    while base is not None:
        if isinstance(base, (np.memmap, mmap.mmap)):
            return np.array(array, copy=True)
        base = getattr(base, "base", None)
    return array


def as_tensor(array: np.ndarray, chunk_bytes: int = 8 << 20):
    """A NumPy array (often a view of the memory-mapped dataset cache) as a CPU tensor, made
    in slices of ~8 MB.

    Handing NumPy arrays to ``fit`` makes TensorFlow convert them in one piece while holding
    Python's GIL, reading the memory map page by page: on MNIST the window stopped for half a
    second when a run started. Slices hold the GIL for a few milliseconds each, and the
    concatenation runs in TensorFlow without it. The result lives in memory, so epochs never
    wait on the disk either (the kernel drops cold page cache; whole epochs ran at half speed).
    """
    tf = tfruntime.tensorflow()
    array = np.asarray(array)
    row_bytes = max(int(array[:1].nbytes), 1)
    rows = max(1, chunk_bytes // row_bytes)
    with tf.device("/CPU:0"):
        parts = [tf.convert_to_tensor(array[i : i + rows]) for i in range(0, len(array), rows)]
        if not parts:
            return tf.convert_to_tensor(array)
        return parts[0] if len(parts) == 1 else tf.concat(parts, axis=0)


def warm_up() -> None:
    """Train a two-unit model for one step on four examples.

    The first training in a process pays for TensorFlow's lazy imports and one-time set-up
    (tf.data, optimizers, tracing machinery), part of it while holding Python's GIL. Doing
    this once in a background thread at start-up keeps that stall out of the first real run
    (and out of a GUI thread waiting for the GIL).
    """
    keras = tfruntime.keras()
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="sparse_categorical_crossentropy")
    x = np.zeros((4, 2), dtype=np.float32)
    y = np.zeros(4, dtype=np.int32)
    model.fit(x, y, batch_size=2, epochs=1, verbose=0, validation_data=(x, y))
    model.predict(x, verbose=0)


def apply_weights(model, weights: dict[str, list[np.ndarray]]) -> None:
    """Copy weights by layer id into a model; layers not named keep theirs."""
    for layer in model.layers:
        arrays = weights.get(layer.name)
        if arrays is not None and [np.shape(a) for a in arrays] == [
            tuple(w.shape) for w in layer.weights
        ]:
            layer.set_weights(arrays)


def snapshot_weights(model) -> dict[str, list[np.ndarray]]:
    """Copies of every layer's weights, keyed by layer name (= spec id)."""
    return {
        layer.name: [np.array(w, copy=True) for w in layer.get_weights()]
        for layer in model.layers
        if layer.weights
    }


def _callbacks(listener: Listener, control: TrainingControl, steps: int, batch: int):
    """Two Keras callbacks: one synchronous at batch begin (pause, stop, snapshots, in the
    training thread), one asynchronous at batch end (events; Keras runs it off the training
    thread, so reading the logs never stalls the next step)."""
    keras = tfruntime.keras()

    state = {"epoch": 1, "t_epoch": 0.0, "paused_for": 0.0, "t0": 0.0, "last": 0.0, "done": 0}
    history: list[dict[str, float]] = []

    class Control(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            state["epoch"] = epoch + 1
            state["t_epoch"] = time.perf_counter()

        def on_train_batch_begin(self, batch_index, logs=None):
            if control.stopped:
                self.model.stop_training = True
                return
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
            if control.take_snapshot_request():
                fraction = state["epoch"] - 1 + batch_index / steps
                listener(WeightsSnapshot(fraction, snapshot_weights(self.model)))

        def on_epoch_end(self, epoch, logs=None):
            metrics = {k: float(v) for k, v in (logs or {}).items()}
            metrics["seconds"] = time.perf_counter() - state["t_epoch"]
            history.append(dict(metrics))
            listener(EpochEnd(epoch + 1, metrics))

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


def run(
    prepared: Prepared,
    listener: Listener | None = None,
    control: TrainingControl | None = None,
):
    """Train and report through ``listener``; returns (model or None, final event).

    Never raises for training problems: out-of-memory and other failures end in a ``Failed``
    event; NaN loss ends in ``Finished`` with reason "nan".
    """
    listener = listener or (lambda event: None)
    control = control or TrainingControl()
    try:
        return _run(prepared, listener, control)
    except Exception as exc:  # noqa: BLE001 - turned into a message, never a crash
        event = _failure(exc, prepared)
        listener(event)
        return None, event


def _failure(exc: Exception, prepared: Prepared) -> Failed:
    tf = tfruntime.tensorflow()

    if isinstance(exc, tf.errors.ResourceExhaustedError | MemoryError):
        return Failed(
            f"out of memory while training {prepared.analysis.total_params:,} parameters with "
            f"batch size {prepared.batch_size}; use a smaller batch size or a smaller network",
            kind="oom",
        )
    text = str(exc).strip().splitlines()
    return Failed(f"training failed: {type(exc).__name__}: {text[0] if text else ''}", "error")


def _run(prepared: Prepared, listener: Listener, control: TrainingControl):
    keras = tfruntime.keras()

    from netcore.models.builder import build_model
    from netcore.training.devices import strategy_scope

    cfg, ds, plan = prepared.config, prepared.dataset, prepared.plan
    devices = prepared.devices or plan_devices(cfg.device, visible_gpus())
    keras.utils.set_random_seed(cfg.seed)
    with strategy_scope(devices):
        model = build_model(prepared.spec, prepared.analysis)
        model.compile(optimizer=make_optimizer(cfg), loss=plan.loss, metrics=make_metrics(plan))
        if prepared.initial_weights:
            apply_weights(model, prepared.initial_weights)
        if cfg.zero_init:
            for layer in model.layers:
                layer.set_weights([np.zeros_like(w) for w in layer.get_weights()])
    y_train = make_targets(ds.y_train, plan, ds.num_classes)
    validation = None
    if ds.x_val is not None and len(ds.x_val):
        validation = (ds.x_val, make_targets(ds.y_val, plan, ds.num_classes))
    steps = math.ceil(len(ds.x_train) / prepared.batch_size)
    listener(
        Started(
            network=prepared.spec.name,
            params=prepared.analysis.total_params,
            device=devices.label,
            device_note=devices.note,
            epochs=cfg.epochs,
            batch_size=prepared.batch_size,
            steps_per_epoch=steps,
            train_samples=len(ds.x_train),
            val_samples=0 if validation is None else len(validation[0]),
            loss_label=plan.loss_label,
            has_accuracy=plan.has_accuracy,
        )
    )
    callbacks, history = _callbacks(listener, control, steps, prepared.batch_size)
    early = None
    if cfg.early_stopping:
        early = keras.callbacks.EarlyStopping(
            monitor="val_loss" if validation else "loss",
            patience=cfg.early_stopping,
            restore_best_weights=cfg.restore_best_weights,
        )
        callbacks.append(early)
    if cfg.tensorboard_dir:
        callbacks.append(
            keras.callbacks.TensorBoard(
                log_dir=str(cfg.tensorboard_dir), histogram_freq=1, write_graph=False
            )
        )
    x_train = as_tensor(ds.x_train)
    if validation is not None:
        validation = (as_tensor(validation[0]), validation[1])
    # a mirrored model carries its strategy; a single device is pinned around fit as well
    with contextlib.nullcontext() if devices.mirrored else strategy_scope(devices):
        model.fit(
            x_train,
            y_train,
            batch_size=prepared.batch_size,
            epochs=cfg.epochs,
            validation_data=validation,
            shuffle=True,
            callbacks=callbacks,
            verbose=0,
        )
    reason, message, best, stopped_at = _outcome(control, early, history, cfg)
    test = probabilities = None
    evaluate = reason != "nan" and (reason != "stopped" or control.evaluate_after_stop)
    if evaluate and len(ds.x_test):
        y_test = make_targets(ds.y_test, plan, ds.num_classes)
        x_test = as_tensor(ds.x_test)
        scores = model.evaluate(x_test, y_test, batch_size=1024, verbose=0, return_dict=True)
        test = {k: float(v) for k, v in scores.items()}
        if ds.task == "classification":
            probabilities = np.asarray(model.predict(x_test, batch_size=1024, verbose=0))
    event = Finished(
        reason=reason,
        message=message,
        history=history,
        test=test,
        best_epoch=best,
        stopped_epoch=stopped_at,
        test_probabilities=probabilities,
        test_labels=None if probabilities is None else np.array(ds.y_test, copy=True),
    )
    listener(event)
    return model, event


def _outcome(control: TrainingControl, early, history, cfg: TrainConfig):
    done = len(history)
    if control.stopped and control.stop_reason == "nan":
        return (
            "nan",
            f"the loss became NaN/infinite in epoch {max(done, 1)}: the weights blew up. "
            f"The learning rate {cfg.lr:g} is probably too high; try {cfg.lr / 10:g} or lower",
            None,
            max(done, 1),
        )
    if control.stopped:
        return (
            "stopped",
            f"stopped after {done} epoch(s); the weights trained so far are kept",
            None,
            done,
        )
    if early is not None and early.stopped_epoch > 0:
        best = int(early.best_epoch) + 1 if early.best_epoch is not None else None
        restored = " and its weights restored" if cfg.restore_best_weights else ""
        return (
            "early_stopping",
            f"early stopping after epoch {done}: no improvement for {cfg.early_stopping} "
            f"epoch(s); best epoch {best}{restored}",
            best,
            done,
        )
    return "completed", f"trained {done} epoch(s)", None, None


def train(
    spec: NetworkSpec,
    dataset: Dataset,
    config: TrainConfig,
    listener: Listener | None = None,
    control: TrainingControl | None = None,
    devices: DevicePlan | None = None,
) -> tuple[Any, Finished | Failed]:
    """``prepare`` then ``run``. Raises SetupError before any training starts."""
    return run(prepare(spec, dataset, config, devices), listener, control)
