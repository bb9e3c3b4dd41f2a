"""The training configuration: what the student chooses, checked where it enters."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from netcore.network.params import did_you_mean

OPTIMIZERS = ("sgd", "rmsprop", "adam", "adagrad")
LOSSES = ("auto", "categorical_crossentropy", "binary_crossentropy", "mse", "mae")
DEVICES = ("auto", "cpu", "gpu")
METRICS = ("accuracy", "mae", "mse")
DEFAULT_LR = {"sgd": 0.01, "rmsprop": 0.001, "adam": 0.001, "adagrad": 0.01}
FULL_BATCH = "full"
INITIAL_WEIGHTS = ("random", "zeros", "hand")
#: How the learning rate moves during a run: "constant", or "cosine": from the learning rate
#: down to zero at the run's last step along half a cosine wave (big steps while far from a
#: minimum, small ones to settle into it at the end).
SCHEDULES = ("constant", "cosine")
#: The settings a network file may recommend (``recommended``): how to train it, never where
#: to write or on which device.
RECOMMENDABLE = (
    "optimizer",
    "learning_rate",
    "schedule",
    "momentum",
    "nesterov",
    "batch_size",
    "epochs",
    "validation_split",
    "early_stopping",
)


class ConfigError(ValueError):
    """A training setting that cannot work; the message names the setting and what would."""


def parse_batch(text: str) -> int | str:
    """A batch size as a student types it: "32", "1 — stochastic", "full batch".

    Raises:
        ConfigError: Not a whole number ≥ 1 or "full".
    """
    text = str(text).strip().lower()
    if text.startswith("full"):
        return FULL_BATCH
    head = text.split()[0] if text.split() else ""
    try:
        value = int(head)
    except ValueError:
        raise ConfigError(
            f"batch size '{text}' is not a whole number or 'full batch'; e.g. 32"
        ) from None
    if value < 1:
        raise ConfigError(f"batch size must be at least 1, got {value}")
    return value


@dataclass
class TrainConfig:
    """How to train.

    Attributes:
        optimizer: "sgd" (with ``momentum`` and ``nesterov``), "rmsprop", "adam", "adagrad".
        learning_rate: None means the optimizer's usual default (SGD 0.01, Adam 0.001, ...).
        schedule: "constant" keeps the learning rate; "cosine" lowers it to zero over the run
            (``SCHEDULES``).
        batch_size: Examples per step: 1 is stochastic gradient descent, "full" (the whole
            training set per step) is batch gradient descent, anything between is mini-batch.
        loss: "auto" picks what fits the task and output layer.
        metrics: Extra metrics; "auto" (empty) means accuracy for classification, MAE for
            regression.
        validation_split: Fraction of the training set held out for validation.
        early_stopping: Patience in epochs (None: off); the best weights are restored when
            ``restore_best_weights``.
        seed: Makes runs repeatable on the CPU (weights, shuffling, dropout, validation split).
        device: "auto", "cpu" or "gpu" (falls back to the CPU with a note when there is none).
        memory_budget_mb: Networks whose estimated training memory exceeds this are refused
            before building.
        initial_weights: Where training starts: "random" (Keras's initialisers), "zeros" (every
            weight and bias at zero, to see why that fails: all units of a layer stay
            identical) or "hand" (the weights set by hand, passed to the engine).
        tensorboard_dir: Write TensorBoard event files (loss/metric scalars, weight
            histograms per epoch) into this folder; None: off.
        xla: Compile the training steps with XLA (faster; a network XLA cannot compile
            trains without it, with a note).
    """

    optimizer: str = "adam"
    learning_rate: float | None = None
    schedule: str = "constant"
    momentum: float = 0.0
    nesterov: bool = False
    batch_size: int | str = 32
    epochs: int = 5
    loss: str = "auto"
    metrics: list[str] = field(default_factory=list)
    validation_split: float = 0.1
    early_stopping: int | None = None
    restore_best_weights: bool = True
    seed: int = 0
    device: str = "auto"
    memory_budget_mb: float = 4096.0
    initial_weights: str = "random"
    tensorboard_dir: str | None = None
    xla: bool = True

    @property
    def zero_init(self) -> bool:
        return self.initial_weights == "zeros"

    @property
    def lr(self) -> float:
        return DEFAULT_LR[self.optimizer] if self.learning_rate is None else self.learning_rate

    def batch_for(self, n_train: int) -> int:
        return n_train if self.batch_size == FULL_BATCH else min(int(self.batch_size), n_train)

    def validate(self) -> TrainConfig:
        """Check every setting; raise ConfigError listing all that are wrong."""
        problems = []
        if self.optimizer not in OPTIMIZERS:
            problems.append(
                f"optimizer {self.optimizer!r} is not available"
                f"{did_you_mean(str(self.optimizer), OPTIMIZERS)}; "
                f"use one of {', '.join(OPTIMIZERS)}"
            )
        if self.learning_rate is not None and not _positive(self.learning_rate):
            problems.append(
                f"learning rate must be a positive number, got {self.learning_rate!r}; e.g. 0.01"
            )
        if self.schedule not in SCHEDULES:
            problems.append(
                f"learning rate schedule {self.schedule!r} is not available"
                f"{did_you_mean(str(self.schedule), SCHEDULES)}; use one of {', '.join(SCHEDULES)}"
            )
        if not _number(self.momentum) or not 0 <= self.momentum < 1:
            problems.append(f"momentum must be in [0, 1), got {self.momentum!r}; e.g. 0.9")
        if self.momentum and self.optimizer != "sgd":
            problems.append(
                f"momentum is a setting of SGD; {self.optimizer} has its own (use optimizer 'sgd')"
            )
        if self.nesterov and (self.optimizer != "sgd" or not self.momentum):
            problems.append("nesterov needs optimizer 'sgd' with a momentum above 0, e.g. 0.9")
        if self.batch_size != FULL_BATCH and (
            not isinstance(self.batch_size, int)
            or isinstance(self.batch_size, bool)
            or self.batch_size < 1
        ):
            problems.append(
                f"batch size must be a whole number ≥ 1 or 'full', got {self.batch_size!r}"
            )
        if (
            not isinstance(self.epochs, int)
            or isinstance(self.epochs, bool)
            or not 1 <= self.epochs <= 100_000
        ):
            problems.append(f"epochs must be a whole number from 1 to 100000, got {self.epochs!r}")
        if self.loss not in LOSSES:
            problems.append(
                f"loss {self.loss!r} is not available{did_you_mean(str(self.loss), LOSSES)}; "
                f"use one of {', '.join(LOSSES)}"
            )
        for metric in self.metrics:
            if metric not in METRICS:
                problems.append(f"metric {metric!r} is not available; use {', '.join(METRICS)}")
        if not _number(self.validation_split) or not 0 <= self.validation_split < 1:
            problems.append(
                f"validation split must be in [0, 1), got {self.validation_split!r}; e.g. 0.1"
            )
        if self.early_stopping is not None and (
            not isinstance(self.early_stopping, int) or self.early_stopping < 1
        ):
            problems.append(
                f"early stopping patience must be a whole number ≥ 1, got {self.early_stopping!r}"
            )
        if not isinstance(self.seed, int) or isinstance(self.seed, bool) or self.seed < 0:
            problems.append(f"seed must be a whole number ≥ 0, got {self.seed!r}")
        if self.device not in DEVICES:
            problems.append(f"device must be one of {', '.join(DEVICES)}, got {self.device!r}")
        if self.initial_weights not in INITIAL_WEIGHTS:
            problems.append(
                f"initial weights must be one of {', '.join(INITIAL_WEIGHTS)}, "
                f"got {self.initial_weights!r}"
            )
        if not isinstance(self.xla, bool):
            problems.append(f"xla must be true or false, got {self.xla!r}")
        if not _positive(self.memory_budget_mb):
            problems.append(f"memory budget must be positive, got {self.memory_budget_mb!r}")
        if self.tensorboard_dir is not None:
            import os

            folder = os.path.abspath(str(self.tensorboard_dir))
            if os.path.exists(folder) and not os.path.isdir(folder):
                problems.append(f"TensorBoard folder {self.tensorboard_dir}: a file is in the way")
        if problems:
            raise ConfigError("\n".join(problems))
        return self

    def with_settings(self, settings: Any, source: str = "training settings") -> TrainConfig:
        """These settings with ``settings`` (a dict of ``RECOMMENDABLE`` keys) put in, checked.
        A new optimizer without its own learning rate takes that optimizer's default (Adam's
        0.001 is no rate for SGD), and leaves SGD's momentum behind.

        Raises:
            ConfigError: Not an object, a key that is not a training setting a file may give
                (where to write or which device is the student's choice), or a value that
                cannot work; the message starts with ``source``.
        """
        if not isinstance(settings, dict):
            raise ConfigError(
                f"{source}: the training settings must be an object such as "
                f'{{"optimizer": "adam", "epochs": 5}}, not {type(settings).__name__}'
            )
        for key in settings:
            if key not in RECOMMENDABLE:
                raise ConfigError(
                    f"{source}: {key!r} is not a training setting a network file can give"
                    f"{did_you_mean(str(key), RECOMMENDABLE)}; it can give "
                    f"{', '.join(RECOMMENDABLE)}"
                )
        own = {}
        if settings.get("optimizer", self.optimizer) != self.optimizer:
            own = {"learning_rate": None, "momentum": 0.0, "nesterov": False}
        try:
            return replace(self, **{**own, **settings}).validate()
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["learning_rate"] = self.lr
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """Settings from a file, checked (ConfigError); older files' keys are migrated."""
        if not isinstance(data, dict):
            raise ConfigError(f"training settings must be an object, got {type(data).__name__}")
        data = dict(data)
        if "zero_init" in data:  # LayerLab 0.1 projects
            zero = data.pop("zero_init")
            data.setdefault("initial_weights", "zeros" if zero else "random")
        known = {f.name for f in fields(cls)}
        unknown = [k for k in data if k not in known]
        if unknown:
            raise ConfigError(
                f"unknown training setting {unknown[0]!r}{did_you_mean(unknown[0], sorted(known))}"
            )
        return cls(**data).validate()


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _positive(value: Any) -> bool:
    return _number(value) and value > 0
