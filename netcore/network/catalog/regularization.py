"""Regularisation and normalisation: Dropout, BatchNormalization, LayerNormalization."""

from __future__ import annotations

from netcore.i18n import QT_TRANSLATE_NOOP
from netcore.network.catalog.base import (
    LayerResult,
    LayerType,
    _n,
    _one,
    shape_text,
)
from netcore.network.params import Param
from netcore.network.problems import LayerProblem

# --------------------------------------------------------------------------- regularization

DROPOUT = LayerType(
    name="Dropout",
    category="Regularization",
    params=(
        Param(
            "rate",
            "float",
            0.5,
            "fraction of inputs set to zero during training",
            minimum=0.0,
            maximum=1.0,
            exclusive_max=True,
            required=True,
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "During training, Dropout sets a random fraction of its inputs to zero at every step "
        "(and scales the rest up), so no unit can rely on any single other unit; this reduces "
        "overfitting. At test time it passes everything through.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "training: y = x·mask/(1 − rate)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=lambda p, i: LayerResult(_one(i)),
    explain=lambda p, i, r: [f"keeps {1 - p['rate']:.0%} of the values while training"],
    summary=lambda p: f"rate {p['rate']:g}",
)


def _bn_infer(p, inputs):
    shape = _one(inputs)
    axis = p["axis"]
    if not -len(shape) <= axis <= len(shape) or axis == 0:
        raise LayerProblem(
            f"axis {axis} is outside the input {shape_text(shape)}",
            "use -1 (the channels), or 1.." + str(len(shape)),
        )
    c = shape[axis - 1] if axis > 0 else shape[axis]
    trainable = c * (int(p["center"]) + int(p["scale"]))
    return LayerResult(shape, trainable, 2 * c)


def _bn_explain(p, inputs, r):
    c = r.non_trainable // 2
    return [
        f"parameters {_n(r.trainable)} trained (γ, β for {c} channels) "
        f"+ {_n(r.non_trainable)} not trained (moving mean and variance)"
    ]


BATCHNORM = LayerType(
    name="BatchNormalization",
    category="Regularization",
    params=(
        Param("axis", "int", -1, "the feature axis to normalise (-1: channels)"),
        Param("momentum", "float", 0.99, "for the moving averages", minimum=0.0, maximum=1.0),
        Param("epsilon", "float", 0.001, "added to the variance", minimum=0.0, exclusive_min=True),
        Param("center", "bool", True, "learn an offset β"),
        Param("scale", "bool", True, "learn a scale γ"),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Batch normalization standardises each channel over the mini-batch (mean 0, variance "
        "1), then applies a learned scale γ and offset β. It keeps activations well-scaled, "
        "allows larger learning rates and speeds up training. At test time it uses moving "
        "averages gathered during training.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "y = γ·(x − μ)/√(σ² + ε) + β"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 4·channels (2 trained, 2 not)"),
    ),
    infer=_bn_infer,
    explain=_bn_explain,
    summary=lambda p: "",
)


def _ln_infer(p, inputs):
    shape = _one(inputs)
    axis = p["axis"]
    if not -len(shape) <= axis <= len(shape) or axis == 0:
        raise LayerProblem(
            f"axis {axis} is outside the input {shape_text(shape)}",
            "use -1 (the last axis), or 1.." + str(len(shape)),
        )
    c = shape[axis - 1] if axis > 0 else shape[axis]
    return LayerResult(shape, c * (int(p["center"]) + int(p["scale"])))


LAYERNORM = LayerType(
    name="LayerNormalization",
    category="Regularization",
    params=(
        Param("axis", "int", -1, "the axis to normalise over (-1: the last)"),
        Param("epsilon", "float", 0.001, "added to the variance", minimum=0.0, exclusive_min=True),
        Param("center", "bool", True, "learn an offset β"),
        Param("scale", "bool", True, "learn a scale γ"),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Layer normalization standardises each example on its own, over its features (mean 0, "
        "variance 1), then applies a learned scale γ and offset β per feature. Unlike batch "
        "normalization it does not depend on the other examples of the batch, so it behaves "
        "the same in training and at test time; transformers use it.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "y = γ·(x − μ)/√(σ² + ε) + β, μ and σ² of one example"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 2·features"),
    ),
    infer=_ln_infer,
    explain=lambda p, i, r: [f"parameters {_n(r.trainable)} (γ and β for each feature)"],
    summary=lambda p: "",
)
