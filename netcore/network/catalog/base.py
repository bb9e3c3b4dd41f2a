"""The catalog's building blocks: the LayerType record, shape helpers and shared
parameters. The catalog: every layer type LayerLab offers, with its parameters, its shape and
parameter-count rules, an explanation for students, and its formulas.

Shape rules work on shapes without the batch axis, e.g. ``(28, 28, 1)``, in pure Python (no
Keras import), and agree exactly with Keras 3 (channels-last); ``tests/netcore`` checks them
against real Keras models.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from netcore.i18n import QT_TRANSLATE_NOOP, number, translate
from netcore.network.params import ACTIVATIONS, INITIALIZERS, PADDINGS, Param
from netcore.network.problems import LayerProblem

Shape = tuple[int, ...]

CATEGORIES = (
    QT_TRANSLATE_NOOP("Catalog", "Core"),
    QT_TRANSLATE_NOOP("Catalog", "Convolution"),
    QT_TRANSLATE_NOOP("Catalog", "Pooling"),
    QT_TRANSLATE_NOOP("Catalog", "Regularization"),
    QT_TRANSLATE_NOOP("Catalog", "Merge"),
    QT_TRANSLATE_NOOP("Catalog", "Sequence"),
)


@dataclass(frozen=True)
class LayerResult:
    """What a shape rule computes for one layer."""

    output_shape: Shape
    trainable: int = 0
    non_trainable: int = 0
    warnings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LayerType:
    """One entry of the catalog.

    Args:
        name: The Keras class name, used as ``type`` in specs.
        category: Palette group (one of ``CATEGORIES``).
        params: The accepted constructor arguments.
        explanation: One paragraph for students.
        formulas: The general formulas, for tooltips.
        infer: Shape rule: (params, input shapes) -> LayerResult; raises LayerProblem.
        explain: The formulas with this layer's own numbers: (params, input shapes, result).
        summary: Short text of the key parameters for a node, e.g. "16 · 5×5 · relu".
        min_inputs: Fewest inputs (Add and Concatenate: 2).
        max_inputs: Most inputs (None: no limit).
    """

    name: str
    category: str
    params: tuple[Param, ...]
    explanation: str
    formulas: tuple[str, ...]
    infer: Callable[[dict[str, Any], list[Shape]], LayerResult]
    explain: Callable[[dict[str, Any], list[Shape], LayerResult], list[str]]
    summary: Callable[[dict[str, Any]], str]
    min_inputs: int = 1
    max_inputs: int | None = 1
    param_names: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "param_names", tuple(p.name for p in self.params))

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        """The arguments a freshly dropped layer gets (required ones filled with an example)."""
        return {p.name: p.default for p in self.params if p.required}


# --------------------------------------------------------------------------- helpers


def shape_text(shape: Shape | None) -> str:
    """(28, 28, 1) as students see it in Keras summaries, without the batch axis."""
    if shape is None:
        return "?"
    if len(shape) == 1:
        return f"({shape[0]},)"
    return "(" + ", ".join(str(d) for d in shape) + ")"


def size_text(pair: tuple[int, int]) -> str:
    return f"{pair[0]}×{pair[1]}"


def _one(inputs: list[Shape]) -> Shape:
    return inputs[0]


def _need_image(layer: str, shape: Shape) -> None:
    if len(shape) != 3:
        hint = "put a Reshape before it, e.g. to (28, 28, 1), or use an image dataset"
        if len(shape) == 1:
            raise LayerProblem(
                translate(
                    "Problems",
                    "{layer} needs an image input (height, width, channels); got {shape}",
                ).format(layer=layer, shape=shape_text(shape)),
                hint,
            )
        raise LayerProblem(
            translate(
                "Problems", "{layer} needs a 3-D input (height, width, channels); got {shape}"
            ).format(layer=layer, shape=shape_text(shape)),
            hint,
        )


def _window_out(n: int, k: int, s: int, padding: str) -> int:
    """Output length of a sliding window (Keras: valid ⌊(n − k)/s⌋ + 1, same ⌈n/s⌉)."""
    if padding == "same":
        return (n + s - 1) // s
    return (n - k) // s + 1


def _same_pad(n: int, k: int, s: int) -> int:
    """Total zero padding TensorFlow adds for padding='same'."""
    out = (n + s - 1) // s
    return max((out - 1) * s + k - n, 0)


def _window_formula(n: int, k: int, s: int, padding: str) -> str:
    if padding == "valid":
        return f"⌊({n} + 2·0 − {k})/{s}⌋ + 1"
    pad = _same_pad(n, k, s)
    if pad % 2 == 0:
        return f"⌊({n} + 2·{pad // 2} − {k})/{s}⌋ + 1  (padding 'same' adds {pad // 2} each side)"
    return (
        f"⌈{n}/{s}⌉  (padding 'same' adds {pad} in all, {pad // 2} before, {pad - pad // 2} after)"
    )


def _spatial_explain(kind: str, shape: Shape, k, s, padding, out: Shape) -> list[str]:
    rows = _window_formula(shape[0], k[0], s[0], padding)
    if shape[0] == shape[1] and k[0] == k[1] and s[0] == s[1]:
        return [f"{kind} {out[0]} = {rows}"]
    cols = _window_formula(shape[1], k[1], s[1], padding)
    return [f"{kind} height {out[0]} = {rows}", f"{kind} width {out[1]} = {cols}"]


def _act(p: dict[str, Any]) -> str:
    act = p.get("activation", "linear")
    return "" if act == "linear" else f" · {act}"


def _n(value: int) -> str:
    return number(value)


# --------------------------------------------------------------------------- shared params

ACTIVATION = Param(
    "activation", "choice", "linear", "function applied to each output", choices=ACTIVATIONS
)
USE_BIAS = Param("use_bias", "bool", True, "add a learned bias to each output")
KERNEL_INIT = Param(
    "kernel_initializer",
    "choice",
    "glorot_uniform",
    "how the weights start before training",
    choices=INITIALIZERS,
)
KERNEL_REG = Param(
    "kernel_regularizer", "regularizer", None, "L1/L2 penalty on the weights, added to the loss"
)
PADDING = Param(
    "padding",
    "choice",
    "valid",
    "'valid': no padding, the output shrinks; 'same': zeros around the border",
    choices=PADDINGS,
)
