"""Small generated datasets a teacher uses on the board: 2-D classification shapes (linear vs
non-linear boundaries), 1-D/2-D regression, and logic-gate truth tables.

Everything is deterministic for a seed. Points lie roughly in [-1, 1]², the range the decision
boundary view shows.
"""

from __future__ import annotations

import numpy as np

from netcore.datasets.dataset import Dataset, split_indices
from netcore.datasets.errors import DatasetError

TOY_DEFAULTS = {"n": 400, "noise": 0.1, "seed": 0, "test_fraction": 0.25}


def _xor(rng, n, noise):
    x = rng.uniform(-1, 1, size=(n, 2))
    x += np.sign(x) * 0.05  # a small margin around the axes, as in TF Playground
    y = (x[:, 0] * x[:, 1] < 0).astype(np.int32)
    return x + rng.normal(0, noise, x.shape), y


def _circles(rng, n, noise):
    half = n // 2
    r = np.concatenate([rng.uniform(0, 0.45, half), rng.uniform(0.65, 1.0, n - half)])
    angle = rng.uniform(0, 2 * np.pi, n)
    x = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    y = np.concatenate([np.zeros(half), np.ones(n - half)]).astype(np.int32)
    return x + rng.normal(0, noise, x.shape), y


def _gaussians(rng, n, noise):
    half = n // 2
    spread = 0.25 + noise
    a = rng.normal((-0.5, -0.5), spread, size=(half, 2))
    b = rng.normal((0.5, 0.5), spread, size=(n - half, 2))
    y = np.concatenate([np.zeros(half), np.ones(n - half)]).astype(np.int32)
    return np.concatenate([a, b]), y


def _spirals(rng, n, noise):
    half = n // 2
    parts, labels = [], []
    for cls, offset in ((0, 0.0), (1, np.pi)):
        m = half if cls == 0 else n - half
        t = np.sqrt(rng.uniform(0, 1, m)) * 1.75 * 2 * np.pi  # denser near the centre
        r = t / (1.75 * 2 * np.pi)
        pts = np.stack([r * np.sin(t + offset), r * np.cos(t + offset)], axis=1)
        parts.append(pts)
        labels.append(np.full(m, cls))
    x = np.concatenate(parts)
    return x + rng.normal(0, noise, x.shape), np.concatenate(labels).astype(np.int32)


def _moons(rng, n, noise):
    half = n // 2
    t0 = rng.uniform(0, np.pi, half)
    t1 = rng.uniform(0, np.pi, n - half)
    upper = np.stack([np.cos(t0), np.sin(t0)], axis=1)
    lower = np.stack([1 - np.cos(t1), 0.5 - np.sin(t1)], axis=1)
    x = (np.concatenate([upper, lower]) - (0.5, 0.25)) * (0.65, 0.9)
    y = np.concatenate([np.zeros(half), np.ones(n - half)]).astype(np.int32)
    return x + rng.normal(0, noise, x.shape), y


def _sine(rng, n, noise):
    x = rng.uniform(-1, 1, size=(n, 1))
    return x, (np.sin(np.pi * x[:, 0]) + rng.normal(0, noise, n))


def _plane(rng, n, noise):
    x = rng.uniform(-1, 1, size=(n, 2))
    return x, (0.8 * x[:, 0] - 0.5 * x[:, 1] + 0.2 + rng.normal(0, noise, n))


CLASSIFICATION_TOYS = {
    "xor": (
        _xor,
        "XOR quadrants",
        "Opposite corners share a class: no single line separates them.",
    ),
    "circles": (_circles, "Circles", "A disc inside a ring: needs a curved boundary."),
    "gaussians": (_gaussians, "Two Gaussians", "Two blobs: one straight line separates them."),
    "spirals": (_spirals, "Spirals", "Two interleaved spirals: the hardest of the toy shapes."),
    "moons": (_moons, "Moons", "Two interleaving half circles."),
}
REGRESSION_TOYS = {
    "sine": (_sine, "Noisy sine", "y = sin(πx) + noise on [-1, 1]: fit a curve."),
    "plane": (_plane, "Noisy plane", "y = 0.8·x₁ − 0.5·x₂ + 0.2 + noise: linear regression."),
}


def _options(options: dict) -> dict:
    merged = {**TOY_DEFAULTS, **options}
    unknown = set(options) - set(TOY_DEFAULTS)
    if unknown:
        raise DatasetError(
            f"unknown option {sorted(unknown)[0]!r} for a toy dataset; "
            f"options: {', '.join(TOY_DEFAULTS)}"
        )
    n, noise, frac = merged["n"], merged["noise"], merged["test_fraction"]
    if not isinstance(n, int) or isinstance(n, bool) or not 8 <= n <= 1_000_000:
        raise DatasetError(f"n must be a whole number from 8 to 1,000,000, got {n!r}")
    if not isinstance(noise, int | float) or not 0 <= noise <= 2:
        raise DatasetError(f"noise must be a number from 0 to 2, got {noise!r}")
    if not isinstance(frac, int | float) or not 0 < frac < 1:
        raise DatasetError(f"test_fraction must be between 0 and 1, got {frac!r}")
    seed = merged["seed"]
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**32:
        raise DatasetError(f"seed must be a whole number ≥ 0, got {seed!r}")
    return merged


def make_toy(name: str, **options) -> Dataset:
    """A generated 2-D (or 1-D) dataset; options: n, noise, seed, test_fraction."""
    opts = _options(options)
    rng = np.random.default_rng(opts["seed"])
    if name in CLASSIFICATION_TOYS:
        make, title, about = CLASSIFICATION_TOYS[name]
        task, class_names = "classification", ["class 0", "class 1"]
    elif name in REGRESSION_TOYS:
        make, title, about = REGRESSION_TOYS[name]
        task, class_names = "regression", []
    else:
        raise DatasetError(f"unknown toy dataset {name!r}")
    x, y = make(rng, opts["n"], opts["noise"])
    x = x.astype(np.float32)
    y = y.astype(np.int32 if task == "classification" else np.float32)
    stratify = y if task == "classification" else None
    train, test = split_indices(len(x), opts["test_fraction"], opts["seed"] + 1, stratify)
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
        feature_names=["x₁", "x₂"][: x.shape[1]] if x.shape[1] == 2 else ["x"],
        notes=[about],
    )


GATES = {
    "and_gate": ("AND", lambda a, b: a & b),
    "or_gate": ("OR", lambda a, b: a | b),
    "nand_gate": ("NAND", lambda a, b: 1 - (a & b)),
    "xor_gate": ("XOR", lambda a, b: a ^ b),
    "xnor_gate": ("XNOR", lambda a, b: 1 - (a ^ b)),
    "not_gate": ("NOT", None),
}


def make_gate(name: str) -> Dataset:
    """A logic gate's truth table; training and test sets are the same table."""
    if name not in GATES:
        raise DatasetError(f"unknown logic gate {name!r}")
    title, rule = GATES[name]
    if rule is None:
        x = np.array([[0], [1]], dtype=np.int32)
        y = 1 - x[:, 0]
        features = ["a"]
    else:
        x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.int32)
        y = rule(x[:, 0], x[:, 1])
        features = ["a", "b"]
    x = x.astype(np.float32)
    y = y.astype(np.int32)
    return Dataset(
        name=name,
        title=f"{title} gate",
        task="classification",
        x_train=x,
        y_train=y,
        x_test=x.copy(),
        y_test=y.copy(),
        class_names=["0", "1"],
        normalization={"kind": "none"},
        feature_names=features,
        notes=[f"The {title} truth table ({len(x)} rows); training and test are the same table."],
    )
