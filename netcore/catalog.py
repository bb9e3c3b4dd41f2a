"""The layer catalog: every layer type LayerLab offers, with its parameters, its shape and
parameter-count rules, an explanation for students, and its formulas.

Shape rules work on shapes without the batch axis, e.g. ``(28, 28, 1)``, in pure Python (no
Keras import), and agree exactly with Keras 3 (channels-last); ``tests/netcore`` checks them
against real Keras models.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from netcore.params import ACTIVATIONS, INITIALIZERS, PADDINGS, Param
from netcore.problems import LayerProblem

Shape = tuple[int, ...]

CATEGORIES = ("Core", "Convolution", "Pooling", "Regularization", "Merge")


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
                f"{layer} needs an image input (height, width, channels); got {shape_text(shape)}",
                hint,
            )
        raise LayerProblem(
            f"{layer} needs a 3-D input (height, width, channels); got {shape_text(shape)}", hint
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
    return f"{value:,}"


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


# --------------------------------------------------------------------------- Dense


def _dense_infer(p, inputs):
    shape = _one(inputs)
    n_in, units = shape[-1], p["units"]
    params = n_in * units + (units if p["use_bias"] else 0)
    warnings = ()
    if len(shape) > 1:
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
    explanation=(
        "A fully connected layer: every output neuron computes a weighted sum of all its inputs "
        "plus a bias, then applies the activation. A single Dense unit with a step or sigmoid "
        "activation is the perceptron; stacking Dense layers with non-linear activations gives "
        "a multi-layer perceptron that can learn XOR."
    ),
    formulas=("output = activation(x·W + b)", "parameters = n_in·n_out + n_out"),
    infer=_dense_infer,
    explain=_dense_explain,
    summary=lambda p: f"{p['units']}{_act(p)}",
)


# --------------------------------------------------------------------------- Conv2D


def _conv_infer(p, inputs):
    shape = _one(inputs)
    _need_image("Conv2D", shape)
    k, s, padding = p["kernel_size"], p["strides"], p["padding"]
    if padding == "valid" and (k[0] > shape[0] or k[1] > shape[1]):
        raise LayerProblem(
            f"kernel {size_text(k)} does not fit its {size_text(shape[:2])} input",
            "use padding='same' or a smaller kernel",
        )
    out = (
        _window_out(shape[0], k[0], s[0], padding),
        _window_out(shape[1], k[1], s[1], padding),
        p["filters"],
    )
    c_in = shape[2]
    params = k[0] * k[1] * c_in * p["filters"] + (p["filters"] if p["use_bias"] else 0)
    return LayerResult(out, params)


def _conv_explain(p, inputs, r):
    shape = inputs[0]
    k, f = p["kernel_size"], p["filters"]
    lines = _spatial_explain("output", shape, k, p["strides"], p["padding"], r.output_shape)
    bias = " + 1" if p["use_bias"] else ""
    lines.append(f"parameters ({k[0]}·{k[1]}·{shape[2]}{bias})·{f} = {_n(r.trainable)}")
    return lines


def _conv_summary(p):
    text = f"{p['filters']} · {size_text(p['kernel_size'])}"
    strides = p["strides"]
    if strides != (1, 1):
        text += f" · stride {strides[0] if strides[0] == strides[1] else size_text(strides)}"
    if p["padding"] == "same":
        text += " · same"
    return text + _act(p)


CONV2D = LayerType(
    name="Conv2D",
    category="Convolution",
    params=(
        Param(
            "filters", "int", 16, "number of kernels = output channels", minimum=1, required=True
        ),
        Param(
            "kernel_size", "size2", (3, 3), "kernel height × width, e.g. 3 or [3, 3]", required=True
        ),
        Param("strides", "size2", (1, 1), "step between kernel positions"),
        PADDING,
        ACTIVATION,
        USE_BIAS,
        KERNEL_INIT,
        KERNEL_REG,
    ),
    explanation=(
        "A convolution slides small learned kernels over the image. Each kernel looks at a "
        "small window through all input channels and produces one feature map, so the same "
        "weights detect the same pattern (an edge, a curve) anywhere in the image. Padding "
        "'same' keeps the size; a stride above 1 skips positions and shrinks the output."
    ),
    formulas=(
        "output size = ⌊(n + 2p − f)/s⌋ + 1",
        "parameters = (f·f·c_in + 1)·c_out",
    ),
    infer=_conv_infer,
    explain=_conv_explain,
    summary=_conv_summary,
)


# --------------------------------------------------------------------------- pooling


def _pool_infer(p, inputs, kind="MaxPooling2D"):
    shape = _one(inputs)
    _need_image(kind, shape)
    k = p["pool_size"]
    s = p["strides"] or k
    padding = p["padding"]
    if padding == "valid" and (k[0] > shape[0] or k[1] > shape[1]):
        raise LayerProblem(
            f"pool {size_text(k)} does not fit its {size_text(shape[:2])} input",
            "use padding='same' or a smaller pool_size",
        )
    out = (
        _window_out(shape[0], k[0], s[0], padding),
        _window_out(shape[1], k[1], s[1], padding),
        shape[2],
    )
    return LayerResult(out)


def _pool_explain(p, inputs, r):
    k = p["pool_size"]
    s = p["strides"] or k
    lines = _spatial_explain("output", inputs[0], k, s, p["padding"], r.output_shape)
    lines.append("parameters 0 (pooling has nothing to learn)")
    return lines


def _pool_summary(p):
    text = size_text(p["pool_size"])
    if p["strides"] and p["strides"] != p["pool_size"]:
        text += f" · stride {size_text(p['strides'])}"
    if p["padding"] == "same":
        text += " · same"
    return text


def _pool_params():
    return (
        Param("pool_size", "size2", (2, 2), "window height × width"),
        Param("strides", "optional_size2", None, "step between windows (default: the pool size)"),
        PADDING,
    )


MAXPOOL = LayerType(
    name="MaxPooling2D",
    category="Pooling",
    params=_pool_params(),
    explanation=(
        "Max pooling keeps the largest value of each window in every channel. It shrinks the "
        "feature maps (2×2 halves height and width), keeps the strongest responses, and makes "
        "the network tolerant of small shifts. It has no weights."
    ),
    formulas=("output size = ⌊(n − f)/s⌋ + 1", "parameters = 0"),
    infer=lambda p, i: _pool_infer(p, i, "MaxPooling2D"),
    explain=_pool_explain,
    summary=_pool_summary,
)

AVGPOOL = LayerType(
    name="AveragePooling2D",
    category="Pooling",
    params=_pool_params(),
    explanation=(
        "Average pooling replaces each window by its mean in every channel, shrinking the "
        "feature maps smoothly (LeNet-5 used it). It has no weights."
    ),
    formulas=("output size = ⌊(n − f)/s⌋ + 1", "parameters = 0"),
    infer=lambda p, i: _pool_infer(p, i, "AveragePooling2D"),
    explain=_pool_explain,
    summary=_pool_summary,
)


def _global_infer(kind):
    def infer(p, inputs):
        shape = _one(inputs)
        _need_image(kind, shape)
        out = (1, 1, shape[2]) if p["keepdims"] else (shape[2],)
        return LayerResult(out)

    return infer


def _global_explain(op):
    def explain(p, inputs, r):
        h, w, c = inputs[0]
        return [f"each of the {c} channels: {op} over {h}×{w} = {h * w} values", "parameters 0"]

    return explain


KEEPDIMS = Param("keepdims", "bool", False, "keep height and width as 1×1")

GLOBALAVG = LayerType(
    name="GlobalAveragePooling2D",
    category="Pooling",
    params=(KEEPDIMS,),
    explanation=(
        "Global average pooling reduces each feature map to its mean, one number per channel. "
        "ResNet uses it instead of Flatten + big Dense layers: far fewer parameters and any "
        "image size works."
    ),
    formulas=("output = (channels,)", "parameters = 0"),
    infer=_global_infer("GlobalAveragePooling2D"),
    explain=_global_explain("mean"),
    summary=lambda p: "",
)

GLOBALMAX = LayerType(
    name="GlobalMaxPooling2D",
    category="Pooling",
    params=(KEEPDIMS,),
    explanation=(
        "Global max pooling reduces each feature map to its largest value: 'was this pattern "
        "anywhere in the image?', one number per channel."
    ),
    formulas=("output = (channels,)", "parameters = 0"),
    infer=_global_infer("GlobalMaxPooling2D"),
    explain=_global_explain("max"),
    summary=lambda p: "",
)


# --------------------------------------------------------------------------- reshaping


def _flatten_infer(p, inputs):
    shape = _one(inputs)
    return LayerResult((math.prod(shape),))


FLATTEN = LayerType(
    name="Flatten",
    category="Core",
    params=(),
    explanation=(
        "Flatten unrolls a block of values into one long vector, e.g. 5×5×16 feature maps into "
        "400 numbers, so Dense layers can follow. It changes the shape, not the values."
    ),
    formulas=("output = (h·w·c,)", "parameters = 0"),
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
            f"cannot reshape {shape_text(shape)} ({total} values) "
            f"to {shape_text(target)} ({math.prod(target)} values)",
            f"choose a target_shape whose sizes multiply to {total}",
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
    explanation=(
        "Reshape rearranges the same values into a new shape, e.g. a 784-vector into a "
        "28×28×1 image. The number of values must stay the same."
    ),
    formulas=("product of the new sizes = product of the old", "parameters = 0"),
    infer=_reshape_infer,
    explain=lambda p, i, r: [
        f"{math.prod(i[0])} values → {shape_text(r.output_shape)}",
        "parameters 0",
    ],
    summary=lambda p: "→ " + "×".join(str(d) for d in p["target_shape"]),
)


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
    explanation=(
        "During training, Dropout sets a random fraction of its inputs to zero at every step "
        "(and scales the rest up), so no unit can rely on any single other unit; this reduces "
        "overfitting. At test time it passes everything through."
    ),
    formulas=("training: y = x·mask/(1 − rate)", "parameters = 0"),
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
    explanation=(
        "Batch normalization standardises each channel over the mini-batch (mean 0, variance "
        "1), then applies a learned scale γ and offset β. It keeps activations well-scaled, "
        "allows larger learning rates and speeds up training. At test time it uses moving "
        "averages gathered during training."
    ),
    formulas=("y = γ·(x − μ)/√(σ² + ε) + β", "parameters = 4·channels (2 trained, 2 not)"),
    infer=_bn_infer,
    explain=_bn_explain,
    summary=lambda p: "",
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
    explanation=(
        "Applies a non-linear function to every value separately. Without non-linearities, "
        "any stack of layers is just one linear map. relu is the usual choice inside networks, "
        "sigmoid for one yes/no output, softmax to turn scores into class probabilities."
    ),
    formulas=("y = f(x), element by element", "parameters = 0"),
    infer=lambda p, i: LayerResult(_one(i)),
    explain=lambda p, i, r: [f"{p['activation']} on each of {_n(math.prod(i[0]))} values"],
    summary=lambda p: p["activation"],
)


# --------------------------------------------------------------------------- merges


def _add_infer(p, inputs):
    first = inputs[0]
    for other in inputs[1:]:
        if other != first:
            listed = " and ".join(shape_text(s) for s in inputs)
            raise LayerProblem(
                f"inputs have shapes {listed}; Add needs equal shapes",
                "make the branches end in the same shape (e.g. a 1×1 Conv2D with matching "
                "filters and strides on the shortcut), or use Concatenate",
            )
    return LayerResult(first)


def _concat_infer(p, inputs):
    rank = len(inputs[0])
    axis = p["axis"]
    if any(len(s) != rank for s in inputs):
        listed = " and ".join(shape_text(s) for s in inputs)
        raise LayerProblem(
            f"inputs have shapes {listed}; Concatenate needs inputs of the same rank",
            "Flatten or Reshape the branches first",
        )
    if axis == 0 or not -rank <= axis <= rank:
        raise LayerProblem(
            f"axis {axis} is not an axis of {shape_text(inputs[0])}",
            f"use -1 (the last axis) or 1..{rank}; axis 0 is the batch",
        )
    idx = axis - 1 if axis > 0 else rank + axis
    for other in inputs[1:]:
        if any(a != b for i, (a, b) in enumerate(zip(inputs[0], other, strict=True)) if i != idx):
            listed = " and ".join(shape_text(s) for s in inputs)
            raise LayerProblem(
                f"inputs have shapes {listed}; Concatenate along axis {axis} needs all "
                "other sizes equal",
                "resize the branches (padding='same', pooling) so they match",
            )
    out = list(inputs[0])
    out[idx] = sum(s[idx] for s in inputs)
    return LayerResult(tuple(out))


ADD = LayerType(
    name="Add",
    category="Merge",
    params=(),
    explanation=(
        "Adds its inputs element by element. This is the skip connection of ResNet: a block "
        "learns only a correction F(x) to its input, y = x + F(x), which lets very deep "
        "networks train. All inputs must have the same shape."
    ),
    formulas=("y = x₁ + x₂ + …", "parameters = 0"),
    infer=_add_infer,
    explain=lambda p, i, r: [f"{len(i)} inputs of {shape_text(i[0])} added", "parameters 0"],
    summary=lambda p: "",
    min_inputs=2,
    max_inputs=None,
)

CONCATENATE = LayerType(
    name="Concatenate",
    category="Merge",
    params=(Param("axis", "int", -1, "the axis to join along (-1: channels)"),),
    explanation=(
        "Joins its inputs side by side along one axis, usually the channels: the Inception "
        "block runs 1×1, 3×3 and 5×5 convolutions in parallel and concatenates their maps."
    ),
    formulas=("channels out = c₁ + c₂ + …", "parameters = 0"),
    infer=_concat_infer,
    explain=lambda p, i, r: [
        "output "
        + " + ".join(str(s[p["axis"] - 1 if p["axis"] > 0 else p["axis"]]) for s in i)
        + f" = {shape_text(r.output_shape)}",
        "parameters 0",
    ],
    summary=lambda p: "" if p["axis"] == -1 else f"axis {p['axis']}",
    min_inputs=2,
    max_inputs=None,
)


CATALOG: dict[str, LayerType] = {
    t.name: t
    for t in (
        DENSE,
        ACTIVATION_LAYER,
        FLATTEN,
        RESHAPE,
        CONV2D,
        MAXPOOL,
        AVGPOOL,
        GLOBALAVG,
        GLOBALMAX,
        DROPOUT,
        BATCHNORM,
        ADD,
        CONCATENATE,
    )
}


def layer_type(name: str) -> LayerType:
    """The catalog entry for a Keras class name; KeyError if LayerLab does not offer it."""
    return CATALOG[name]


def by_category() -> dict[str, list[LayerType]]:
    """Catalog entries grouped for the palette, in ``CATEGORIES`` order."""
    groups: dict[str, list[LayerType]] = {c: [] for c in CATEGORIES}
    for entry in CATALOG.values():
        groups[entry.category].append(entry)
    return groups
