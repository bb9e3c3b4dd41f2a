"""One record of a training run, the same for the command line (``--history``), the window and
the project file: the epochs, the test scores, the settings, the dataset, the class names, the
confusion matrix and why the run ended. The latest run of a project also keeps its test
predictions (labels and probabilities), so the mistakes gallery comes back on reopening."""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from netcore.fileio import atomic_write_text
from netcore.training.evaluation import confusion_matrix, predicted_classes

REASONS = ("completed", "stopped", "early_stopping", "nan", "failed")
KEPT_STARTS = 5  # the latest runs keep their initial weights, for "same start" replays


class HistoryError(ValueError):
    """A history record that cannot be read, naming the field."""


@dataclass
class RunRecord:
    """One training run.

    Attributes:
        epochs: One dict of metrics per epoch (loss, accuracy, val_loss, seconds, ...).
        test: Test scores (loss, accuracy, ...) or None when the run was cut short.
        config: The training settings (``TrainConfig.to_dict()``).
        dataset: The dataset's title.
        class_names: One name per class (empty for regression).
        confusion: counts[true][predicted] on the test set, or None.
        reason: Why the run ended (one of ``REASONS``).
        label: A short description for plot legends ("sgd lr 0.1, batch 32").
        test_labels, test_probabilities: The test predictions (kept for the latest run only).
        start: The weights the run started from, layer id → arrays (kept for the latest
            ``KEPT_STARTS`` runs): a replay from them differs only in what the student changed.
        batches: Per-batch points (epoch fraction, smoothed loss, smoothed accuracy) the run
            gathered while it was live: the light curve under the epochs. Not saved: a project
            file keeps the epochs.
    """

    epochs: list[dict[str, float]] = field(default_factory=list)
    test: dict[str, float] | None = None
    config: dict[str, Any] = field(default_factory=dict)
    dataset: str = ""
    class_names: list[str] = field(default_factory=list)
    confusion: list[list[int]] | None = None
    reason: str = "completed"
    label: str = ""
    test_labels: np.ndarray | None = field(default=None, repr=False, compare=False)
    test_probabilities: np.ndarray | None = field(default=None, repr=False, compare=False)
    start: dict[str, list[np.ndarray]] | None = field(default=None, repr=False, compare=False)
    batches: list[tuple[float, float | None, float | None]] = field(
        default_factory=list, repr=False, compare=False
    )

    @property
    def seed(self) -> int:
        seed = self.config.get("seed", 0)
        return seed if isinstance(seed, int) and not isinstance(seed, bool) and seed >= 0 else 0

    @classmethod
    def from_finished(cls, final, config, dataset_title: str, class_names, start=None) -> RunRecord:
        """From the engine's ``Finished`` event, the run's ``TrainConfig`` and the weights it
        started from (``Started.initial_weights``)."""
        confusion = None
        if final.test_probabilities is not None and class_names:
            predicted = predicted_classes(final.test_probabilities)
            confusion = confusion_matrix(final.test_labels, predicted, len(class_names)).tolist()
        return cls(
            epochs=[dict(row) for row in final.history],
            test=dict(final.test) if final.test else None,
            config=config.to_dict(),
            dataset=dataset_title,
            class_names=list(class_names),
            confusion=confusion,
            reason=final.reason,
            label=run_label(config),
            test_labels=final.test_labels,
            test_probabilities=final.test_probabilities,
            start=start,
        )

    def take_end(self, final: RunRecord) -> None:
        """Become the finished run ``final`` describes, keeping this record's identity and its
        batch points: the live record that the plots followed is the run the project keeps,
        so nothing is drawn twice."""
        for name in ("epochs", "test", "config", "dataset", "class_names", "confusion",
                     "reason", "label", "test_labels", "test_probabilities", "start"):  # fmt: skip
            setattr(self, name, getattr(final, name))

    @property
    def has_predictions(self) -> bool:
        return self.test_labels is not None and self.test_probabilities is not None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (without the prediction arrays, which go beside it as NumPy)."""
        return {
            "epochs": self.epochs,
            "test": self.test,
            "config": self.config,
            "dataset": self.dataset,
            "class_names": self.class_names,
            "confusion": self.confusion,
            "reason": self.reason,
            "label": self.label,
        }

    @classmethod
    def from_dict(cls, data: Any, where: str = "history") -> RunRecord:
        """Read a record, checking every field; old records (only epochs/test/config) are fine.

        Raises:
            HistoryError: Naming the field that is wrong.
        """
        if not isinstance(data, dict):
            raise HistoryError(f"{where}: a run must be an object, got {type(data).__name__}")
        epochs = data.get("epochs", [])
        if not isinstance(epochs, list) or not all(_metrics(row) for row in epochs):
            raise HistoryError(f"{where}: 'epochs' must be a list of {{metric: number}} rows")
        test = data.get("test")
        if test is not None and not _metrics(test):
            raise HistoryError(f"{where}: 'test' must be {{metric: number}}")
        config = data.get("config") or {}
        if not isinstance(config, dict):
            raise HistoryError(f"{where}: 'config' must be an object")
        class_names = data.get("class_names") or []
        if not isinstance(class_names, list) or not all(isinstance(c, str) for c in class_names):
            raise HistoryError(f"{where}: 'class_names' must be a list of text")
        confusion = data.get("confusion")
        k = len(class_names)
        if confusion is not None and not (
            isinstance(confusion, list)
            and len(confusion) == k
            and all(
                isinstance(row, list)
                and len(row) == k
                and all(isinstance(c, int) and not isinstance(c, bool) and c >= 0 for c in row)
                for row in confusion
            )
        ):
            raise HistoryError(
                f"{where}: 'confusion' must be a {k}×{k} table of counts (one row per class)"
            )
        reason = data.get("reason", "completed")
        if reason not in REASONS:
            raise HistoryError(f"{where}: 'reason' must be one of {', '.join(REASONS)}")
        dataset, label = data.get("dataset", ""), data.get("label", "")
        if not isinstance(dataset, str) or not isinstance(label, str):
            raise HistoryError(f"{where}: 'dataset' and 'label' must be text")
        return cls(epochs, test, config, dataset, class_names, confusion, reason, label)


def run_label(config) -> str:
    """What a plot legend says about a run's settings."""
    schedule = "" if config.schedule == "constant" else f" ({config.schedule})"
    text = f"{config.optimizer} lr {config.lr:g}{schedule}, batch {config.batch_size}"
    if config.momentum:
        text += f", momentum {config.momentum:g}"
    return text


def _metrics(row: Any) -> bool:
    return isinstance(row, dict) and all(
        isinstance(k, str)
        and isinstance(v, int | float)
        and not isinstance(v, bool)
        and (math.isfinite(v) or math.isnan(v))
        for k, v in row.items()
    )


def save_history(path: str | os.PathLike, record: RunRecord) -> Path:
    """The run as a JSON file (``layerlab train --history``), written atomically."""
    path = Path(path)
    atomic_write_text(path, json.dumps(record.to_dict(), indent=2) + "\n")
    return path


def keep_latest_starts(runs: list[RunRecord]) -> None:
    """Drop the initial weights of all but the latest ``KEPT_STARTS`` runs (they can be large:
    a replay of an old run is rarely wanted, a project file should stay small)."""
    for run in runs[:-KEPT_STARTS]:
        run.start = None
