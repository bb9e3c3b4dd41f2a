"""A loss made concrete for one example: logits → softmax probabilities → the one-hot target →
each term of the loss → the loss, with the numbers.

Keras (and LayerLab's training) use the natural logarithm; the lecture's slide writes
L_BC(0.73, 1) = −log 0.73 = 0.14 with the base-10 logarithm. Both are given for the
cross-entropies: they differ by the constant factor ln 10, so they rank predictions alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

LOSSES = ("categorical_crossentropy", "binary_crossentropy", "mse", "mae")
EPSILON = 1e-7  # Keras's clip for log(0)


@dataclass(frozen=True)
class LossExplained:
    loss: str
    logits: tuple[float, ...] | None  # when the outputs were given as logits
    probabilities: tuple[float, ...]  # the network's outputs (softmax of the logits)
    target: tuple[float, ...]  # one value per output (one-hot for classes)
    terms: tuple[float, ...]  # the loss's term for each output
    value: float  # natural logarithm, as Keras trains
    value_log10: float | None  # the same cross-entropy with log10 (as on the slides)
    formula: str


def softmax(logits) -> np.ndarray:
    z = np.asarray(logits, dtype=np.float64)
    e = np.exp(z - z.max())
    return e / e.sum()


def explain_loss(outputs, target, loss: str, logits: bool = False) -> LossExplained:
    """The loss of one example, term by term.

    Args:
        outputs: The network's outputs (probabilities), or its logits when ``logits``.
        target: One value per output, or a class number for several outputs.
        loss: One of ``LOSSES``.

    Raises:
        ValueError: Sizes, probabilities outside [0, 1], an unknown loss.
    """
    if loss not in LOSSES:
        raise ValueError(f"loss '{loss}' is not one of {', '.join(LOSSES)}")
    raw = np.asarray(outputs, dtype=np.float64).reshape(-1)
    if not raw.size or not np.isfinite(raw).all():
        raise ValueError("give the outputs as finite numbers")
    p = raw
    if logits:  # several outputs: softmax; one: the sigmoid
        p = softmax(raw) if raw.size > 1 else 1 / (1 + np.exp(-raw))
    t = np.asarray(target, dtype=np.float64).reshape(-1)
    if t.size == 1 and p.size > 1:
        k = t[0]
        if not (float(k).is_integer() and 0 <= k < p.size):
            raise ValueError(f"class {k:g} is not one of 0…{p.size - 1}")
        t = np.eye(p.size)[int(k)]
    if t.shape != p.shape:
        raise ValueError(f"{t.size} target value(s) for {p.size} output(s)")
    if loss in ("categorical_crossentropy", "binary_crossentropy") and (
        (p < 0).any() or (p > 1).any()
    ):
        raise ValueError("cross-entropy needs probabilities between 0 and 1 (or give logits)")
    q = np.clip(p, EPSILON, 1 - EPSILON)
    if loss == "categorical_crossentropy":
        terms = -t * np.log(q)
        value, ten = float(terms.sum()), float((-t * np.log10(q)).sum())
        formula = "L = −Σ_k t_k · log p_k"
    elif loss == "binary_crossentropy":
        terms = -(t * np.log(q) + (1 - t) * np.log(1 - q))
        value = float(terms.mean())
        ten = float((-(t * np.log10(q) + (1 - t) * np.log10(1 - q))).mean())
        formula = "L = −[t · log p + (1 − t) · log(1 − p)]"
    elif loss == "mse":
        terms = (p - t) ** 2
        value, ten, formula = float(terms.mean()), None, "L = mean (p − t)²"
    else:
        terms = np.abs(p - t)
        value, ten, formula = float(terms.mean()), None, "L = mean |p − t|"
    return LossExplained(
        loss,
        tuple(raw.tolist()) if logits else None,
        tuple(p.tolist()),
        tuple(t.tolist()),
        tuple(terms.tolist()),
        value,
        ten,
        formula,
    )


def log10_factor() -> float:
    """ln 10: natural-log cross-entropy = log10 cross-entropy × this."""
    return math.log(10)


def describe(explained: LossExplained) -> list[str]:
    """The loss written out line by line, as the view shows it."""

    def row(values) -> str:
        return "(" + ", ".join(f"{v:.3g}" for v in values) + ")"

    lines = []
    if explained.logits is not None:
        lines.append(f"logits z = {row(explained.logits)}")
    lines.append(f"outputs p = {row(explained.probabilities)}")
    lines.append(f"target t = {row(explained.target)}")
    lines.append(f"{explained.formula}")
    lines.append(f"terms = {row(explained.terms)}")
    value = f"L = {explained.value:.4g}"
    if explained.value_log10 is not None:
        value += f"  (with log10, as on the slides: {explained.value_log10:.3g})"
    lines.append(value)
    return lines


def example_summary(outputs, target, class_names=None, logits=None) -> str:
    """One example's loss in a line for the feature-map view: the true class's probability (from
    the logits by softmax when given), the one-hot target and the cross-entropy; binary
    cross-entropy for one sigmoid output; squared error for a regression output."""
    p = np.asarray(outputs, dtype=np.float64).reshape(-1)
    if p.size > 1:
        k = int(target)
        names = list(class_names or range(p.size))
        explained = explain_loss(
            p if logits is None else logits,
            k,
            "categorical_crossentropy",
            logits=logits is not None,
        )
        q = explained.probabilities[k]
        start = ""
        if logits is not None:
            z = np.asarray(logits, dtype=np.float64).reshape(-1)
            start = f"logit z<sub>{names[k]}</sub> = {z[k]:.3g} → softmax → "
        return (
            f"Cross-entropy for this example: {start}p({names[k]}) = {q:.3g}; the one-hot target "
            f"keeps only that term: L = −ln {q:.3g} = <b>{explained.value:.3g}</b>"
            f" (with log10 as on the slides: {explained.value_log10:.3g})"
        )
    if class_names is not None:  # one sigmoid unit
        explained = explain_loss(p, float(target), "binary_crossentropy")
        t = int(target)
        term = f"ln {p[0]:.3g}" if t == 1 else f"ln(1 − {p[0]:.3g})"
        return (
            f"Binary cross-entropy for this example: p = {p[0]:.3g}, target {t}: "
            f"L = −{term} = <b>{explained.value:.3g}</b>"
        )
    explained = explain_loss(p, float(target), "mse")
    return (
        f"Squared error for this example: (output − target)² = ({p[0]:.3g} − {float(target):.3g})²"
        f" = <b>{explained.value:.3g}</b>"
    )
