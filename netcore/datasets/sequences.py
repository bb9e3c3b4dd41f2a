"""Small sequence datasets, generated offline, for networks with memory: each example is a
(time steps, features) array that a recurrent layer or attention reads step by step.

* ``sine_wave`` — the last ``steps`` values of a sine wave; the target is the next value (a
  forecaster must have seen where in the period it is).
* ``parity`` — a string of bits; the class is whether the number of 1s is odd. No single step
  tells the answer: the network must carry one bit of memory through the whole sequence.
* ``counting`` — the same bits; the class is how many 1s there are (0 … steps).
* ``mnist_rows`` — the MNIST digits read row by row: 28 time steps of 28 pixels.

Everything is deterministic for a seed.
"""

from __future__ import annotations

import numpy as np

from netcore.datasets.dataset import Dataset, split_indices
from netcore.datasets.errors import DatasetError

SEQUENCE_DEFAULTS = {"n": 2000, "steps": 12, "noise": 0.0, "seed": 0, "test_fraction": 0.25}
MAX_STEPS = 1000
#: One period of the sine wave, in time steps: a window of 12 steps sees more than half of it.
SINE_PERIOD = 20

SEQUENCES = {
    "sine_wave": (
        "Sine wave to continue",
        "The last values of a sine wave (one period every 20 steps); the target is the next "
        "value. A forecaster must work out where in the period the window ends.",
    ),
    "parity": (
        "Parity of bits (memory)",
        "A string of 0s and 1s; the class is whether it has an odd number of 1s. Changing any "
        "one bit changes the answer, so the network must remember through the whole sequence.",
    ),
    "counting": (
        "Counting 1s (memory)",
        "A string of 0s and 1s; the class is how many 1s it holds. A recurrent layer can keep a "
        "running count in its state.",
    ),
}


def check_options(name: str, options: dict) -> dict:
    """The options with their defaults, checked (a lesson's ``dataset_options`` too)."""
    return _options(name, options)


def _options(name: str, options: dict) -> dict:
    merged = {**SEQUENCE_DEFAULTS, **options}
    unknown = set(options) - set(SEQUENCE_DEFAULTS)
    if unknown:
        raise DatasetError(
            f"unknown option {sorted(unknown)[0]!r} for the {name} dataset; "
            f"options: {', '.join(SEQUENCE_DEFAULTS)}"
        )
    n, steps = merged["n"], merged["steps"]
    noise, frac, seed = merged["noise"], merged["test_fraction"], merged["seed"]
    if not isinstance(n, int) or isinstance(n, bool) or not 8 <= n <= 200_000:
        raise DatasetError(f"n must be a whole number from 8 to 200,000, got {n!r}")
    if not isinstance(steps, int) or isinstance(steps, bool) or not 2 <= steps <= MAX_STEPS:
        raise DatasetError(f"steps must be a whole number from 2 to {MAX_STEPS}, got {steps!r}")
    if n * steps > 20_000_000:
        raise DatasetError(
            f"n × steps = {n * steps:,} values is more than a classroom machine needs "
            "(at most 20,000,000); use fewer examples or shorter sequences"
        )
    if isinstance(noise, bool) or not isinstance(noise, int | float) or not 0 <= noise <= 2:
        raise DatasetError(f"noise must be a number from 0 to 2, got {noise!r}")
    if isinstance(frac, bool) or not isinstance(frac, int | float) or not 0 < frac < 1:
        raise DatasetError(f"test_fraction must be between 0 and 1, got {frac!r}")
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**32:
        raise DatasetError(f"seed must be a whole number ≥ 0, got {seed!r}")
    return merged


def _sine(rng, n: int, steps: int, noise: float):
    start = rng.uniform(0, SINE_PERIOD, size=(n, 1))
    t = start + np.arange(steps + 1)
    wave = np.sin(2 * np.pi * t / SINE_PERIOD) + rng.normal(0, noise, t.shape)
    return wave[:, :steps, None], wave[:, steps]


def _bits(rng, n: int, steps: int):
    return rng.integers(0, 2, size=(n, steps, 1))


def make_sequence(name: str, **options) -> Dataset:
    """A generated sequence dataset; options: n, steps, noise (sine_wave), seed, test_fraction."""
    if name not in SEQUENCES:
        raise DatasetError(f"unknown sequence dataset {name!r}; known: {', '.join(SEQUENCES)}")
    opts = _options(name, options)
    rng = np.random.default_rng(opts["seed"])
    n, steps = opts["n"], opts["steps"]
    title, about = SEQUENCES[name]
    if name == "sine_wave":
        x, y = _sine(rng, n, steps, opts["noise"])
        task, class_names, y = "regression", [], y.astype(np.float32)
    else:
        bits = _bits(rng, n, steps)
        ones = bits[:, :, 0].sum(axis=1)
        if name == "parity":
            y, class_names = ones % 2, ["even", "odd"]
        else:
            y, class_names = ones, [str(k) for k in range(steps + 1)]
        x, task, y = bits, "classification", y.astype(np.int32)
    x = x.astype(np.float32)
    stratify = y if task == "classification" and name == "parity" else None
    train, test = split_indices(n, opts["test_fraction"], opts["seed"] + 1, stratify)
    return Dataset(
        name=name,
        title=title,
        task=task,
        x_train=x[train],
        y_train=y[train],
        x_test=x[test],
        y_test=y[test],
        class_names=class_names,
        normalization={"kind": "none"},
        feature_names=["value" if name == "sine_wave" else "bit"],
        notes=[about, f"{steps} time steps of 1 value each"],
    )


def mnist_rows(digits: Dataset) -> Dataset:
    """MNIST as sequences: each 28×28 digit becomes 28 time steps of 28 pixels (its rows, top
    to bottom) — the classic task for a recurrent digit reader."""

    def rows(x):
        return None if x is None else x.reshape(len(x), 28, 28)

    return Dataset(
        name="mnist_rows",
        title="MNIST read row by row",
        task="classification",
        x_train=rows(digits.x_train),
        y_train=digits.y_train,
        x_test=rows(digits.x_test),
        y_test=digits.y_test,
        x_val=rows(digits.x_val),
        y_val=digits.y_val,
        class_names=digits.class_names,
        normalization=digits.normalization,
        notes=["each digit is 28 time steps (its rows, top to bottom) of 28 pixels"],
        credit=digits.credit,
    )
