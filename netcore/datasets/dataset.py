"""The ``Dataset`` value every loader returns: arrays ready for ``fit`` plus what the GUI and
the trainer need to know about them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from netcore.datasets.errors import DatasetError

Task = Literal["classification", "regression", "segmentation"]


@dataclass
class Dataset:
    """A dataset split into train / validation / test.

    Inputs are float32 with shape ``(n, *input_shape)``; classification targets are int32 class
    indices, regression targets float32 of shape ``(n,)`` or ``(n, k)``.

    Attributes:
        name: Registry name or file name, e.g. "mnist".
        title: Human title, e.g. "MNIST handwritten digits".
        task: "classification", "regression" or "segmentation" (a mask per example).
        class_names: One name per class (empty for regression).
        normalization: How inputs were scaled, e.g. {"kind": "scale", "factor": 1/255} or
            {"kind": "standardize", "mean": [...], "std": [...]} (needed to feed new inputs).
        notes: What the loader skipped or changed (e.g. unreadable images), for the user.
        credit: Where the data comes from and its license.
    """

    name: str
    title: str
    task: Task
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    x_val: np.ndarray | None = None
    y_val: np.ndarray | None = None
    class_names: list[str] = field(default_factory=list)
    normalization: dict = field(default_factory=dict)
    feature_names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    credit: str = ""

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(int(d) for d in self.x_train.shape[1:])

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def is_image(self) -> bool:
        return len(self.input_shape) == 3

    @property
    def output_size(self) -> int:
        """Units a matching output layer needs (1 for binary or scalar regression)."""
        if self.task == "classification":
            return 1 if self.num_classes == 2 else self.num_classes
        if self.task == "segmentation":
            return 1  # one channel: ink or not
        return 1 if self.y_train.ndim == 1 else int(self.y_train.shape[1])

    def class_counts(self, split: str = "train") -> list[int]:
        y = getattr(self, f"y_{split}")
        if self.task != "classification" or y is None:
            return []
        return np.bincount(y, minlength=self.num_classes).astype(int).tolist()

    def sizes(self) -> dict[str, int]:
        return {
            "train": len(self.x_train),
            "validation": 0 if self.x_val is None else len(self.x_val),
            "test": len(self.x_test),
        }

    def with_validation(self, fraction: float, seed: int = 0) -> Dataset:
        """A copy whose validation set is ``fraction`` of the training set (stratified for
        classification), drawn with ``seed``. Validation data already split off goes back to
        the training set first, so calling it twice does not shrink the data."""
        if not 0 <= fraction < 1:
            raise DatasetError(f"validation fraction must be in [0, 1), got {fraction}")
        x, y = self.x_train, self.y_train
        has_val = self.x_val is not None and len(self.x_val)
        if fraction == 0 and not has_val:
            return self  # nothing to split: no copy of a large training set
        if has_val:
            x, y = np.concatenate([x, self.x_val]), np.concatenate([y, self.y_val])
        stratify = y if self.task == "classification" else None
        train_idx, val_idx = split_indices(len(x), fraction, seed, stratify)
        return Dataset(
            **{
                **self.__dict__,
                "x_train": x[train_idx],
                "y_train": y[train_idx],
                "x_val": x[val_idx] if len(val_idx) else None,
                "y_val": y[val_idx] if len(val_idx) else None,
            }
        )


def split_indices(
    n: int, fraction: float, seed: int, stratify: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Split ``range(n)`` into (keep, held_out) with ``fraction`` held out.

    With ``stratify`` (class labels), each class contributes the same fraction (rounded), so a
    validation set of a balanced dataset stays balanced. Deterministic for a seed.
    """
    if not isinstance(fraction, int | float) or isinstance(fraction, bool) or not 0 <= fraction < 1:
        raise DatasetError(f"test_fraction must be from 0 up to 1 (not 1), got {fraction!r}")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise DatasetError(f"seed must be a whole number ≥ 0, got {seed!r}")
    rng = np.random.default_rng(seed)
    if fraction <= 0 or n == 0:
        return np.arange(n), np.arange(0)
    if stratify is None:
        perm = rng.permutation(n)
        k = min(max(1, round(n * fraction)), n - 1) if n > 1 else 0
        return np.sort(perm[k:]), np.sort(perm[:k])
    held: list[np.ndarray] = []
    for cls in np.unique(stratify):
        members = np.flatnonzero(stratify == cls)
        members = members[rng.permutation(len(members))]
        # at least one of each class held out, at least one kept (a class of one stays)
        k = min(max(round(len(members) * fraction), 1), len(members) - 1)
        held.append(members[:k])
    held_idx = np.sort(np.concatenate(held)) if held else np.arange(0)
    mask = np.ones(n, dtype=bool)
    mask[held_idx] = False
    return np.flatnonzero(mask), held_idx


def scale_uint8(images: np.ndarray) -> np.ndarray:
    """uint8 pixels → float32 in [0, 1] without a float64 temporary."""
    out = np.empty(images.shape, dtype=np.float32)
    np.multiply(images, np.float32(1 / 255), out=out, casting="unsafe")
    return out


def standardize(x_train: np.ndarray, *others: np.ndarray) -> tuple[list[np.ndarray], dict]:
    """Standardise features with the training set's mean and standard deviation."""
    mean = x_train.mean(axis=0)
    std = x_train.std(axis=0)
    std = np.where(std > 0, std, 1.0)
    arrays = [((a - mean) / std).astype(np.float32) for a in (x_train, *others)]
    info = {"kind": "standardize", "mean": mean.tolist(), "std": std.tolist()}
    return arrays, info
