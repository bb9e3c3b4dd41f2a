"""Core layers: Dense, Flatten, Reshape, Activation, and the activations with a parameter:
LeakyReLU (its slope) and ELU (its α)."""

from __future__ import annotations

import math

from netcore.i18n import QT_TRANSLATE_NOOP, translate
from netcore.network.catalog.base import (
    ACTIVATION,
    KERNEL_INIT,
    KERNEL_REG,
    USE_BIAS,
    LayerResult,
    LayerType,
    _act,
    _n,
    _one,
    shape_text,
)
from netcore.network.params import ACTIVATIONS, Param
from netcore.network.problems import LayerProblem

# --------------------------------------------------------------------------- Dense


def _dense_infer(p, inputs):
    shape = _one(inputs)
    n_in, units = shape[-1], p["units"]
    params = n_in * units + (units if p["use_bias"] else 0)
    warnings = ()
    # on a sequence (time steps, features) acting on each step is the point (a Transformer's
    # per-token MLP, a forecaster's output at every step): no warning, see the explanation
    if len(shape) > 2:
        warnings = (
            (
                f"Dense on a {shape_text(shape)} input acts on the last axis only, "
                f"giving {shape_text(shape[:-1] + (units,))}",
                "put a Flatten before it to connect every value to every unit",
            ),
        )
    return LayerResult(shape[:-1] + (units,), params, 0, warnings)


def _dense_explain(p, inputs, r):
    n_in, units = inputs[0][-1], p["units"]
    if len(inputs[0]) == 2:
        steps = inputs[0][0]
        each = f"the same weights at each of the {steps} time steps (like TimeDistributed)"
        bias = f" + {units}" if p["use_bias"] else ""
        return [f"parameters {n_in}·{units}{bias} = {_n(r.trainable)}", each]
    if p["use_bias"]:
        return [f"parameters {n_in}·{units} + {units} = {_n(r.trainable)}"]
    return [f"parameters {n_in}·{units} = {_n(r.trainable)} (no bias)"]


DENSE = LayerType(
    name="Dense",
    category="Core",
    params=(
        Param("units", "int", 10, "number of neurons", minimum=1, required=True),
        ACTIVATION,
        USE_BIAS,
        KERNEL_INIT,
        KERNEL_REG,
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "A fully connected layer: every output neuron computes a weighted sum of all its inputs "
        "plus a bias, then applies the activation. A single Dense unit with a step or sigmoid "
        "activation is the perceptron; stacking Dense layers with non-linear activations gives "
        "a multi-layer perceptron that can learn XOR.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = activation(x·W + b)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = n_in·n_out + n_out"),
    ),
    infer=_dense_infer,
    explain=_dense_explain,
    summary=lambda p: f"{p['units']}{_act(p)}",
)


# --------------------------------------------------------------------------- reshaping


def _flatten_infer(p, inputs):
    shape = _one(inputs)
    return LayerResult((math.prod(shape),))


FLATTEN = LayerType(
    name="Flatten",
    category="Core",
    params=(),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Flatten unrolls a block of values into one long vector, e.g. 5×5×16 feature maps into "
        "400 numbers, so Dense layers can follow. It changes the shape, not the values.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = (h·w·c,)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_flatten_infer,
    explain=lambda p, i, r: [
        f"output {' · '.join(str(d) for d in i[0])} = {_n(r.output_shape[0])}",
        "parameters 0",
    ],
    summary=lambda p: "",
)


def _reshape_infer(p, inputs):
    shape = _one(inputs)
    target = p["target_shape"]
    total = math.prod(shape)
    if -1 in target:
        known = math.prod(d for d in target if d != -1)
        if total % known:
            raise LayerProblem(
                f"cannot reshape {shape_text(shape)} ({total} values) to {list(target)}",
                f"{total} is not divisible by {known}",
            )
        target = tuple(total // known if d == -1 else d for d in target)
    if math.prod(target) != total:
        raise LayerProblem(
            translate(
                "Problems", "cannot reshape {shape} ({total} values) to {target} ({values} values)"
            ).format(
                shape=shape_text(shape),
                total=total,
                target=shape_text(target),
                values=math.prod(target),
            ),
            translate("Problems", "choose a target_shape whose sizes multiply to {total}").format(
                total=total
            ),
        )
    return LayerResult(tuple(target))


RESHAPE = LayerType(
    name="Reshape",
    category="Core",
    params=(
        Param(
            "target_shape",
            "shape",
            (28, 28, 1),
            "new shape without the batch axis; one -1 means 'the rest'",
            required=True,
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Reshape rearranges the same values into a new shape, e.g. a 784-vector into a "
        "28×28×1 image. The number of values must stay the same.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "product of the new sizes = product of the old"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_reshape_infer,
    explain=lambda p, i, r: [
        f"{math.prod(i[0])} values → {shape_text(r.output_shape)}",
        "parameters 0",
    ],
    summary=lambda p: "→ " + "×".join(str(d) for d in p["target_shape"]),
)


# --------------------------------------------------------------------------- activation

ACTIVATION_LAYER = LayerType(
    name="Activation",
    category="Core",
    params=(
        Param(
            "activation",
            "choice",
            "relu",
            "function applied to each value",
            choices=ACTIVATIONS,
            required=True,
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Applies a non-linear function to every value separately. Without non-linearities, "
        "any stack of layers is just one linear map. relu is the usual choice inside networks, "
        "sigmoid for one yes/no output, softmax to turn scores into class probabilities.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "y = f(x), element by element"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=lambda p, i: LayerResult(_one(i)),
    explain=lambda p, i, r: [f"{p['activation']} on each of {_n(math.prod(i[0]))} values"],
    summary=lambda p: p["activation"],
)


LEAKY_RELU = LayerType(
    name="LeakyReLU",
    category="Core",
    params=(
        Param(
            "negative_slope",
            "float",
            0.3,
            "slope for negative inputs (0 gives ReLU)",
            minimum=0.0,
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "ReLU that keeps a small slope for negative inputs, so a unit whose input is negative "
        "still gets a gradient and cannot 'die'. The slope is yours to choose.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "y = x if x > 0, else slope · x"),
        QT_TRANSLATE_NOOP("Catalog", "y' = 1 if x > 0, else slope"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=lambda p, i: LayerResult(_one(i)),
    explain=lambda p, i, r: [
        f"leaky ReLU with slope {p['negative_slope']:g} on each of {_n(math.prod(i[0]))} values"
    ],
    summary=lambda p: f"slope {p['negative_slope']:g}",
)

ELU_LAYER = LayerType(
    name="ELU",
    category="Core",
    params=(
        Param(
            "alpha", "float", 1.0, "how low negative inputs go: the curve tends to −α", minimum=0.0
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Exponential linear unit: x for positive inputs, a smooth curve α(eˣ − 1) down to −α "
        "for negative ones. Its outputs average closer to zero than ReLU's.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "y = x if x > 0, else α(eˣ − 1)"),
        QT_TRANSLATE_NOOP("Catalog", "y' = 1 if x > 0, else α·eˣ"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=lambda p, i: LayerResult(_one(i)),
    explain=lambda p, i, r: [
        f"ELU with α = {p['alpha']:g} on each of {_n(math.prod(i[0]))} values"
    ],
    summary=lambda p: f"α {p['alpha']:g}",
)
