"""The perceptron learning rule, one example at a time: h_w(x) = step(w·x + b), and after each
example w_i ← w_i + α (y − h_w(x)) x_i (the bias as a weight on a constant 1).

It converges on linearly separable data (AND, OR: an epoch without a mistake) and never settles
on XOR: the weights come back to a state they had before, so the rule cycles for ever — the
lecture's point about linear separability.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netcore.i18n import number, translate
from netcore.numbers import format_number

MAX_EPOCHS = 1000


@dataclass(frozen=True)
class Update:
    """One example seen: what the perceptron said, the error, the change and the new weights."""

    epoch: int  # 1-based
    example: int  # index into the data
    x: tuple[float, ...]
    target: int
    output: int
    error: int  # y − h(x): −1, 0 or 1
    change: tuple[float, ...]  # α·error·x_i for each weight, then α·error for the bias
    weights: tuple[float, ...]
    bias: float


@dataclass(frozen=True)
class PerceptronRun:
    updates: list[Update]
    weights: tuple[float, ...]
    bias: float
    outcome: str  # "converged", "cycling" or "max_epochs"
    epochs: int
    message: str


def step(value: float, at_zero: int = 1) -> int:
    """The perceptron's threshold: 1 above 0, ``at_zero`` at exactly 0 (1 as the lecture writes
    the rule, w·x ≥ 0; 0 for the networks of the app, whose step unit is 1 only where z > 0 and
    whose sigmoid unit says class 1 only where σ(z) > 0.5)."""
    if value == 0:
        return at_zero
    return 1 if value > 0 else 0


def train_perceptron(
    x,
    y,
    weights=None,
    bias: float = 0.0,
    lr: float = 1.0,
    max_epochs: int = 100,
    at_zero: int = 1,
) -> PerceptronRun:
    """Apply the rule example by example, in order, until an epoch has no mistake (converged),
    the weights repeat a state seen at the start of an earlier epoch (cycling), or
    ``max_epochs``.

    Raises:
        ValueError: Shapes, labels other than 0/1, or settings that cannot work.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y).reshape(-1)
    if x.ndim != 2 or len(x) != len(y) or not len(x):
        raise ValueError(translate("Perceptron", "give one row of inputs per 0/1 label"))
    if not np.isin(y, (0, 1)).all():
        raise ValueError(translate("Perceptron", "the perceptron rule needs labels 0 and 1"))
    if not (np.isfinite(lr) and lr > 0):
        raise ValueError(
            translate("Perceptron", "the learning rate must be positive, got {lr}").format(
                lr=format_number(lr)
            )
        )
    if not 1 <= int(max_epochs) <= MAX_EPOCHS:
        raise ValueError(
            translate("Perceptron", "epochs must be from 1 to {limit}").format(
                limit=number(MAX_EPOCHS)
            )
        )
    w = np.zeros(x.shape[1]) if weights is None else np.asarray(weights, dtype=np.float64)
    if w.shape != (x.shape[1],):
        raise ValueError(
            translate("Perceptron", "{need} weights are needed, got {got}").format(
                need=x.shape[1], got=w.size
            )
        )
    b = float(bias)
    updates: list[Update] = []
    seen = {_state(w, b)}
    for epoch in range(1, int(max_epochs) + 1):
        mistakes = 0
        for i, (row, target) in enumerate(zip(x, y, strict=True)):
            output = step(float(row @ w + b), at_zero)
            error = int(target) - output
            change = lr * error * np.append(row, 1.0) + 0.0  # + 0.0: no −0 in the text
            w = w + change[:-1]
            b = b + float(change[-1])
            mistakes += error != 0
            updates.append(
                Update(
                    epoch,
                    i,
                    tuple(row.tolist()),
                    int(target),
                    output,
                    error,
                    tuple(change.tolist()),
                    tuple(w.tolist()),
                    b,
                )
            )
        if not mistakes:
            return PerceptronRun(
                updates,
                tuple(w.tolist()),
                b,
                "converged",
                epoch,
                translate(
                    "Perceptron",
                    "converged in epoch {epoch}: every example is on the right side of the line",
                ).format(epoch=epoch),
            )
        state = _state(w, b)
        if state in seen:
            return PerceptronRun(
                updates,
                tuple(w.tolist()),
                b,
                "cycling",
                epoch,
                translate(
                    "Perceptron",
                    "after epoch {epoch} the weights are back where they were before: the rule "
                    "will cycle for ever. No line separates these classes (not linearly "
                    "separable)",
                ).format(epoch=epoch),
            )
        seen.add(state)
    return PerceptronRun(
        updates,
        tuple(w.tolist()),
        b,
        "max_epochs",
        int(max_epochs),
        translate("Perceptron", "still making mistakes after {epochs} epochs").format(
            epochs=number(max_epochs)
        ),
    )


def _state(w: np.ndarray, b: float) -> tuple:
    return tuple(np.round(np.append(w, b), 9).tolist())


RULE_ACTIVATIONS = ("step", "sigmoid")  # both put the boundary where w·x + b = 0


def at_zero(spec) -> int:
    """What the network's one unit says exactly on its line: 0 for LayerLab's step (1 only
    where z > 0) and for a sigmoid (class 1 only where σ(z) > 0.5). ``spec`` is for the day a
    unit with another threshold is offered."""
    del spec
    return 0


def perceptron_layer(spec) -> str:
    """The id of the one Dense unit the perceptron rule can train.

    Raises:
        ValueError: The network is not a single Dense layer of one step (or sigmoid) unit.
    """
    layers = list(spec.layers)
    if len(layers) != 1 or layers[0].type != "Dense":
        if not layers:
            raise ValueError(
                translate(
                    "Perceptron",
                    "the perceptron rule trains one layer of one unit; this network has none",
                )
            )
        raise ValueError(
            translate(
                "Perceptron",
                "the perceptron rule trains one layer of one unit; this network has {kinds}",
            ).format(kinds=", ".join(layer.type for layer in layers))
        )
    layer = layers[0]
    units = layer.params.get("units")
    activation = layer.params.get("activation", "linear")
    if units != 1:
        raise ValueError(
            translate(
                "Perceptron", "the perceptron rule trains one unit; layer '{layer}' has {units}"
            ).format(layer=layer.id, units=units)
        )
    if activation not in RULE_ACTIVATIONS:
        raise ValueError(
            translate(
                "Perceptron",
                "layer '{layer}' uses {activation}; the perceptron rule is for a step unit "
                "(or sigmoid, whose line w·x + b = 0 is the same)",
            ).format(layer=layer.id, activation=activation)
        )
    return layer.id


def _g(value: float) -> str:
    """A number of the rule's arithmetic, short (``:g``) and the locale's way (0,5 in French)."""
    return format_number(float(f"{value:g}"))


def _signed(value: float) -> str:
    """``_g`` with its sign always written (+0,5, −1), as an update reads."""
    text = _g(value)
    return text if text.startswith("-") else "+" + text


def describe_update(update: Update, lr: float) -> str:
    """One update written out: what the unit said, the error, the change of each weight.

    The sentence is one template per case (right, wrong) with the arithmetic as fields; the
    numbers follow the locale, and between them "; " when the comma is the decimal point.
    """
    sep = "; " if format_number(0.5).startswith("0,") else ", "
    x = sep.join(_g(v) for v in update.x)
    error = f"{update.error:+d}"
    if update.error == 0:
        return translate(
            "Perceptron",
            "epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — right, nothing "
            "changes",
        ).format(
            epoch=update.epoch, example=update.example + 1, x=x, y=update.target, h=update.output
        )
    parts = [
        f"w{i + 1} += {_g(lr)}·({error})·{_g(v)} = {_signed(c)}"
        for i, (v, c) in enumerate(zip(update.x, update.change, strict=False))
    ]
    parts.append(f"b += {_g(lr)}·({error}) = {_signed(update.change[-1])}")
    weights = sep.join(_g(w) for w in update.weights)
    return translate(
        "Perceptron",
        "epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — wrong: {changes} → "
        "w = ({weights}), b = {bias}",
    ).format(
        epoch=update.epoch,
        example=update.example + 1,
        x=x,
        y=update.target,
        h=update.output,
        changes="; ".join(parts),
        weights=weights,
        bias=_g(update.bias),
    )
