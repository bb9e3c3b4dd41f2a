"""The training engine: compiled steps (``compiled.py``) driven by a loop with live events,
pause/step/stop, NaN and out-of-memory handling (``loop.py``), device choice and seeds; Keras's
``fit`` for a model mirrored over several GPUs (``fitloop.py``).

``prepare`` checks everything that can be checked before TensorFlow is touched and raises
``SetupError`` with a message a student can act on; ``run`` trains and reports through the
listener. Neither prints anything (``verbose=0`` everywhere): a windowed app has no stdout.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np

from netcore.datasets.dataset import Dataset
from netcore.i18n import translate
from netcore.models import tfruntime
from netcore.network.analysis import Analysis, analyze
from netcore.network.spec import NetworkSpec
from netcore.training import xlachoice
from netcore.training.config import ConfigError, TrainConfig
from netcore.training.devices import DevicePlan, plan_devices
from netcore.training.events import Failed, Finished, Listener, Started, TrainingControl
from netcore.training.kerasparts import (
    apply_weights,
    as_tensor,
    compile_model,
    main_output,
    make_optimizer,
    make_targets,
    snapshot_weights,
    visible_gpus,
)
from netcore.training.plan import PlanError, TaskPlan, check_memory, plan_task

#: How long the end of a run waits for XLA's background compilation (none: a Stop or the
#: last epoch is answered at once; the process waits for it on exit).
XLA_SETTLE_SECONDS = 0.0

__all__ = ["Prepared", "SetupError", "prepare", "run", "snapshot_weights", "train"]


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
    from netcore.training.compiled import CompiledSteps, build_state
    from netcore.training.devices import precision_scope, strategy_scope
    from netcore.training.fitloop import fit_with_keras
    from netcore.training.loop import TrainingLoop

    cfg, ds, plan = prepared.config, prepared.dataset, prepared.plan
    devices = prepared.devices or plan_devices(cfg.device, visible_gpus())
    keras.utils.set_random_seed(cfg.seed)
    with strategy_scope(devices):
        with precision_scope(devices):
            model = build_model(prepared.spec, prepared.analysis)
        run_steps = cfg.epochs * math.ceil(len(ds.x_train) / prepared.batch_size)
        compile_model(model, prepared.analysis, plan, make_optimizer(cfg, run_steps))
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
            initial_weights=snapshot_weights(model),
        )
    )
    callbacks, early = _keras_callbacks(cfg, validation is not None)
    x_train = as_tensor(ds.x_train)
    if validation is not None:
        validation = (as_tensor(validation[0]), validation[1])
    notes: list[str] = []
    compiled = "Keras fit over the mirrored devices"
    if devices.mirrored:  # the model carries its strategy
        history = fit_with_keras(
            model,
            x_train,
            y_train,
            validation,
            prepared.batch_size,
            cfg.epochs,
            listener,
            control,
            callbacks,
        )
    else:
        with strategy_scope(devices):
            fanned = getattr(model, "layerlab_targets", lambda y: y)
            build_state(model, x_train[:1], fanned(y_train[:1]))
            xla = _xla_plan(prepared, devices, len(ds.x_train))
            steps_ = CompiledSteps(
                model,
                x_train,
                y_train,
                validation,
                prepared.batch_size,
                xla.mode,
                devices.devices[0],
            )
            if xla.key is not None:
                steps_.on_decided = partial(xlachoice.remember, xla.key)
            loop = TrainingLoop(steps_, cfg.epochs, cfg.seed, listener, control, callbacks)
            history = loop.run()
            steps_.wait_for_xla(XLA_SETTLE_SECONDS)
        notes.extend(note for note in (xla.note, steps_.xla_note) if note)
        compiled = loop.pace.choice or _compiled_words(steps_, xla)
    reason, message, best, stopped_at = _outcome(control, early, history, cfg)
    test = probabilities = None
    evaluate = reason != "nan" and (reason != "stopped" or control.evaluate_after_stop)
    if evaluate and len(ds.x_test):
        y_test = make_targets(ds.y_test, plan, ds.num_classes)
        x_test = as_tensor(ds.x_test)
        test, probabilities = _test_scores(model, x_test, y_test, ds.task == "classification")
    event = Finished(
        reason=reason,
        message=message,
        history=history,
        test=test,
        best_epoch=best,
        stopped_epoch=stopped_at,
        test_probabilities=probabilities,
        test_labels=None if probabilities is None else np.array(ds.y_test, copy=True),
        notes=tuple(notes),
        compiled=compiled,
    )
    listener(event)
    return model, event


def _xla_plan(prepared: Prepared, devices: DevicePlan, n: int) -> xlachoice.Plan:
    """Whether this run tries XLA, takes it (remembered faster) or goes without: decided and
    remembered per device (the same network can gain on a GPU and lose on the CPU)."""
    ds = prepared.dataset
    n_val = 0 if ds.x_val is None else len(ds.x_val)
    key = xlachoice.signature(
        prepared.spec.to_dict(),
        prepared.batch_size,
        prepared.config.optimizer,
        n,
        n_val,
        f"{devices.devices[0]}{' mixed' if devices.mixed_precision else ''}",
    )
    convolutional = any("Conv" in info.type for info in prepared.analysis.layers.values())
    return xlachoice.plan(key, prepared.config.xla, convolutional, devices.on_cpu)


def _compiled_words(steps, xla: xlachoice.Plan) -> str:
    """How the run was compiled, when no trial decided it during the run."""
    if steps.xla:
        return f"compiled with XLA ({xla.reason})" if xla.reason else "compiled with XLA"
    if xla.mode != "off" and steps.xla_note and steps._compiler is None:
        return f"compiled without XLA ({steps.xla_note})"
    if xla.mode == "try" or (xla.mode == "on" and not steps.xla_ready.is_set()):
        return str(
            translate(
                "engine", "compiled without XLA (the run ended before XLA was ready and measured)"
            )
        )
    return f"compiled without XLA ({xla.reason})" if xla.reason else "compiled without XLA"


def _test_scores(model, x, y, classification: bool, batch: int = 1024):
    """The test set's scores (and the main output's probabilities for a classification), as
    ``evaluate`` and ``predict`` give them with batches of ``batch``, computed step by step
    without compiling: ``evaluate`` and ``predict`` each traced a function first, most of
    the end of a short run (0.4-0.6 s of the toy's 300 epochs)."""
    tf = tfruntime.tensorflow()

    model.reset_metrics()
    parts = []
    for i in range(0, int(x.shape[0]), batch):
        xb, yb = x[i : i + batch], y[i : i + batch]
        model.test_step((xb, tf.convert_to_tensor(yb)))
        if classification:
            outputs = main_output(model(xb, training=False))
            parts.append(np.asarray(outputs, dtype=np.float32))  # float16 on a GPU
    scores = {k: float(v) for k, v in model.get_metrics_result().items()}
    model.reset_metrics()
    return scores, (np.concatenate(parts) if parts else None)


def _keras_callbacks(cfg: TrainConfig, validated: bool):
    """Keras's early stopping and TensorBoard logging, when asked for: (callbacks, early)."""
    keras = tfruntime.keras()

    callbacks, early = [], None
    if cfg.early_stopping:
        early = keras.callbacks.EarlyStopping(
            monitor="val_loss" if validated else "loss",
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
    return callbacks, early


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
