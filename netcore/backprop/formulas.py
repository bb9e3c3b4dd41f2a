"""The lecture's formulas written out with the numbers of one backprop step, for the tooltips of
the backprop view, and the chain-rule products computed from the shown numbers (which the tests
compare with TensorFlow's gradients).

Stages of a step, in the order the view reveals them: the weights, the forward pass, the loss,
the backward pass one layer at a time (from the output back), the update.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netcore.backprop.dense import BackpropStep

MAX_TERMS = 6  # a sum longer than this is shortened with "…"

DERIVATIVES = {
    "sigmoid": "σ'(z) = σ(z)(1 − σ(z))",
    "tanh": "tanh'(z) = 1 − tanh²(z)",
    "relu": "ReLU'(z) = 1 if z > 0 else 0",
    "linear": "g(z) = z, so g'(z) = 1",
    "step": "the step function is flat: g'(z) = 0 (why the perceptron rule is used instead)",
    "leaky_relu": "g'(z) = 1 if z > 0 else the slope",
    "elu": "g'(z) = 1 if z > 0 else α·eᶻ",
    "softplus": "softplus'(z) = σ(z)",
}


@dataclass(frozen=True)
class Stage:
    kind: str  # "weights", "forward", "loss", "backward", "update"
    layer: int | None  # for "backward": the layer index whose δ is now known
    title: str


def stages(step: BackpropStep) -> list[Stage]:
    """Forward → Loss → Backward layer by layer (output first) → Update."""
    result = [
        Stage("weights", None, "The weights before the step"),
        Stage("forward", None, "Forward: z = Σ wᵢ·aᵢ + b and a = g(z), layer by layer"),
        Stage("loss", None, f"Loss: {step.loss_name} of the output and the target"),
    ]
    for i in reversed(range(len(step.layers))):
        name = step.layers[i].name
        result.append(Stage("backward", i, f"Backward through '{name}': ∂L/∂a, g'(z), δ, ∂L/∂w"))
    result.append(Stage("update", None, f"Update: w ← w − α·∂L/∂w with α = {step.lr:g}"))
    return result


def num(value: float) -> str:
    return f"{float(value):.4g}"


def _signed(value: float) -> str:
    return f"({num(value)})" if value < 0 else num(value)


def _sum(terms: list[str]) -> str:
    if len(terms) > MAX_TERMS:
        terms = [*terms[: MAX_TERMS - 1], "…", terms[-1]]
    return " + ".join(terms)


def input_names(step: BackpropStep, layer: int) -> list[str]:
    if layer == 0:
        return [f"x{i + 1}" for i in range(len(step.layers[0].inputs))]
    return [f"a{i + 1}" for i in range(len(step.layers[layer - 1].a))]


def z_text(step: BackpropStep, layer: int, unit: int) -> str:
    s = step.layers[layer]
    names = input_names(step, layer)
    terms = [f"{_signed(s.kernel[i, unit])}·{_signed(v)}" for i, v in enumerate(s.inputs)]
    symbols = _sum([f"w{i + 1}·{n}" for i, n in enumerate(names)])
    return f"z = {symbols} + b\n  = {_sum(terms)} + {_signed(s.bias[unit])}\n  = {num(s.z[unit])}"


def a_text(step: BackpropStep, layer: int, unit: int) -> str:
    s = step.layers[layer]
    if s.activation == "softmax":
        return (
            f"a = softmax(z)_{unit + 1} = e^z{unit + 1} / Σₖ e^zₖ = e^{num(s.z[unit])} / "
            f"{num(np.exp(s.z - s.z.max()).sum() * np.exp(s.z.max()))} = {num(s.a[unit])}"
        )
    return f"a = {s.activation}(z) = {s.activation}({num(s.z[unit])}) = {num(s.a[unit])}"


def grad_a_text(step: BackpropStep, layer: int, unit: int) -> str:
    s = step.layers[layer]
    if layer == len(step.layers) - 1:
        return (
            f"∂L/∂a = the derivative of {step.loss_name} at a = {num(s.a[unit])}, "
            f"target {num(step.target[unit])}\n  = {num(s.grad_a[unit])} (from TensorFlow)"
        )
    after = step.layers[layer + 1]
    terms = [f"{_signed(after.kernel[unit, k])}·{_signed(d)}" for k, d in enumerate(after.delta)]
    return (
        f"∂L/∂a{unit + 1} = Σₖ w{unit + 1}ₖ·δₖ (the weights to the next layer times its δ)\n"
        f"  = {_sum(terms)}\n  = {num(s.grad_a[unit])}"
    )


def g_prime_text(step: BackpropStep, layer: int, unit: int) -> str:
    s = step.layers[layer]
    if s.g_prime is None:
        return "softmax: each a depends on every z, so δ comes with the loss (see δ)"
    rule = DERIVATIVES.get(s.activation, f"the derivative of {s.activation}")
    return f"g'(z) with {rule}\n  at z = {num(s.z[unit])}: g'(z) = {num(s.g_prime[unit])}"


def delta_text(step: BackpropStep, layer: int, unit: int) -> str:
    s = step.layers[layer]
    if s.g_prime is None:
        crossentropy = step.loss_name == "categorical_crossentropy"
        shortcut = (
            f"\n  with cross-entropy this is a − t = {num(s.a[unit])} − {num(step.target[unit])}"
            if crossentropy
            else ""
        )
        return f"δ = ∂L/∂z = Σₖ ∂L/∂aₖ·∂aₖ/∂z{shortcut}\n  = {num(s.delta[unit])}"
    return (
        f"δ = g'(z)·∂L/∂a = {_signed(s.g_prime[unit])}·{_signed(s.grad_a[unit])}\n"
        f"  = {num(s.delta[unit])}"
    )


def grad_w_text(step: BackpropStep, layer: int, i: int, j: int) -> str:
    s = step.layers[layer]
    name = input_names(step, layer)[i]
    return (
        f"∂L/∂w = {name}·δ{j + 1} = {_signed(s.inputs[i])}·{_signed(s.delta[j])}\n"
        f"  = {num(s.grad_kernel[i, j])}"
    )


def update_text(step: BackpropStep, layer: int, i: int | None, j: int) -> str:
    """The update of weight (i, j), or of bias j when ``i`` is None."""
    s = step.layers[layer]
    if i is None:
        old, grad, new, what = s.bias[j], s.grad_bias[j], s.new_bias[j], "b"
    else:
        old, grad, new, what = s.kernel[i, j], s.grad_kernel[i, j], s.new_kernel[i, j], "w"
    return (
        f"{what} ← {what} − α·∂L/∂{what} = {num(old)} − {num(step.lr)}·{_signed(grad)}\n"
        f"  = {num(new)}"
    )


def chain_rule(step: BackpropStep) -> list[dict[str, np.ndarray]]:
    """Per layer, the lecture's products computed from the numbers the view shows: δ =
    g'(z)·∂L/∂a (element-wise layers), ∂L/∂a = W_next·δ_next (hidden layers), ∂L/∂W = aᵢ·δⱼ,
    ∂L/∂b = δ, new = old − α·gradient."""
    result = []
    for index, s in enumerate(step.layers):
        products = {
            "grad_kernel": np.outer(s.inputs, s.delta),
            "grad_bias": s.delta.copy(),
            "new_kernel": s.kernel - step.lr * np.outer(s.inputs, s.delta),
            "new_bias": s.bias - step.lr * s.delta,
        }
        if s.g_prime is not None:
            products["delta"] = s.g_prime * s.grad_a
        if index + 1 < len(step.layers):
            after = step.layers[index + 1]
            products["grad_a"] = after.kernel @ after.delta
        result.append(products)
    return result
