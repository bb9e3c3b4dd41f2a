"""Convolution layers: Conv2D, Conv2DTranspose, DepthwiseConv2D, SeparableConv2D."""

from __future__ import annotations

from netcore.i18n import QT_TRANSLATE_NOOP, translate
from netcore.network.catalog.base import (
    ACTIVATION,
    KERNEL_INIT,
    KERNEL_REG,
    PADDING,
    USE_BIAS,
    LayerResult,
    LayerType,
    _act,
    _n,
    _need_image,
    _one,
    _spatial_explain,
    _window_out,
    size_text,
)
from netcore.network.params import Param
from netcore.network.problems import LayerProblem

# --------------------------------------------------------------------------- Conv2D


def _conv_infer(p, inputs):
    shape = _one(inputs)
    _need_image("Conv2D", shape)
    k, s, padding = p["kernel_size"], p["strides"], p["padding"]
    if padding == "valid" and (k[0] > shape[0] or k[1] > shape[1]):
        raise LayerProblem(
            translate("Problems", "kernel {kernel} does not fit its {size} input").format(
                kernel=size_text(k), size=size_text(shape[:2])
            ),
            translate("Problems", "use padding='same' or a smaller kernel"),
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
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "A convolution slides small learned kernels over the image. Each kernel looks at a "
        "small window through all input channels and produces one feature map, so the same "
        "weights detect the same pattern (an edge, a curve) anywhere in the image. Padding "
        "'same' keeps the size; a stride above 1 skips positions and shrinks the output.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output size = ⌊(n + 2p − f)/s⌋ + 1"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = (f·f·c_in + 1)·c_out"),
    ),
    infer=_conv_infer,
    explain=_conv_explain,
    summary=_conv_summary,
)


# --------------------------------------------------------------------------- transposed


def _transposed_length(n: int, k: int, s: int, padding: str) -> int:
    """Keras's Conv2DTranspose output length: n·s + max(k − s, 0) ('valid') or n·s ('same')."""
    return n * s if padding == "same" else n * s + max(k - s, 0)


def _transpose_infer(p, inputs):
    shape = _one(inputs)
    _need_image("Conv2DTranspose", shape)
    k, s, padding = p["kernel_size"], p["strides"], p["padding"]
    out = (
        _transposed_length(shape[0], k[0], s[0], padding),
        _transposed_length(shape[1], k[1], s[1], padding),
        p["filters"],
    )
    params = k[0] * k[1] * shape[2] * p["filters"] + (p["filters"] if p["use_bias"] else 0)
    return LayerResult(out, params)


def _transpose_explain(p, inputs, r):
    shape = inputs[0]
    k, s, f = p["kernel_size"], p["strides"], p["filters"]
    if p["padding"] == "same":
        rule = f"output {r.output_shape[0]} = {shape[0]}·{s[0]} (padding 'same')"
    else:
        rule = f"output {r.output_shape[0]} = {shape[0]}·{s[0]} + max({k[0]} − {s[0]}, 0)"
    bias = " + 1" if p["use_bias"] else ""
    return [rule, f"parameters ({k[0]}·{k[1]}·{shape[2]}{bias})·{f} = {_n(r.trainable)}"]


CONV2D_TRANSPOSE = LayerType(
    name="Conv2DTranspose",
    category="Convolution",
    params=CONV2D.params,
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "A transposed convolution (sometimes called deconvolution) goes the other way: each "
        "input value stamps a copy of the kernel, scaled by the value, onto a larger output, "
        "the stamps stride apart and added where they overlap. With stride 2 it doubles the "
        "height and width: the learned 'unpooling' of a U-Net's decoder.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output size = n·s + max(f − s, 0)  ('same': n·s)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = (f·f·c_in + 1)·c_out"),
    ),
    infer=_transpose_infer,
    explain=_transpose_explain,
    summary=_conv_summary,
)


# --------------------------------------------------------------------------- depthwise, separable

DEPTH_MULTIPLIER = Param(
    "depth_multiplier", "int", 1, "kernels per input channel in the depthwise step", minimum=1
)


def _depthwise_out(p, shape, kind):
    _need_image(kind, shape)
    k, s, padding = p["kernel_size"], p["strides"], p["padding"]
    if padding == "valid" and (k[0] > shape[0] or k[1] > shape[1]):
        raise LayerProblem(
            translate("Problems", "kernel {kernel} does not fit its {size} input").format(
                kernel=size_text(k), size=size_text(shape[:2])
            ),
            translate("Problems", "use padding='same' or a smaller kernel"),
        )
    return (_window_out(shape[0], k[0], s[0], padding), _window_out(shape[1], k[1], s[1], padding))


def _depthwise_infer(p, inputs):
    shape = _one(inputs)
    rows, cols = _depthwise_out(p, shape, "DepthwiseConv2D")
    k, c = p["kernel_size"], shape[2] * p["depth_multiplier"]
    return LayerResult((rows, cols, c), k[0] * k[1] * c + (c if p["use_bias"] else 0))


def _depthwise_explain(p, inputs, r):
    shape, k, m = inputs[0], p["kernel_size"], p["depth_multiplier"]
    lines = _spatial_explain("output", shape, k, p["strides"], p["padding"], r.output_shape)
    bias = " + 1" if p["use_bias"] else ""
    lines.append(f"parameters ({k[0]}·{k[1]}{bias})·{shape[2]}·{m} = {_n(r.trainable)}")
    return lines


DEPTHWISE = LayerType(
    name="DepthwiseConv2D",
    category="Convolution",
    params=(
        Param(
            "kernel_size", "size2", (3, 3), "kernel height × width, e.g. 3 or [3, 3]", required=True
        ),
        Param("strides", "size2", (1, 1), "step between kernel positions"),
        PADDING,
        DEPTH_MULTIPLIER,
        ACTIVATION,
        USE_BIAS,
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "A depthwise convolution gives every input channel its own kernel and does not mix "
        "channels: 32 channels in, 32 maps out (times the depth multiplier). It needs far "
        "fewer weights than a Conv2D, which also sums over all input channels.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output channels = c_in·multiplier"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = (f·f + 1)·c_in·multiplier"),
    ),
    infer=_depthwise_infer,
    explain=_depthwise_explain,
    summary=lambda p: (
        size_text(p["kernel_size"])
        + (f" · ×{p['depth_multiplier']}" if p["depth_multiplier"] != 1 else "")
        + _act(p)
    ),
)


def _separable_infer(p, inputs):
    shape = _one(inputs)
    rows, cols = _depthwise_out(p, shape, "SeparableConv2D")
    k, m, f = p["kernel_size"], p["depth_multiplier"], p["filters"]
    params = k[0] * k[1] * shape[2] * m + shape[2] * m * f + (f if p["use_bias"] else 0)
    return LayerResult((rows, cols, f), params)


def _separable_explain(p, inputs, r):
    shape, k, m, f = inputs[0], p["kernel_size"], p["depth_multiplier"], p["filters"]
    lines = _spatial_explain("output", shape, k, p["strides"], p["padding"], r.output_shape)
    bias = f" + {f}" if p["use_bias"] else ""
    lines.append(
        f"parameters {k[0]}·{k[1]}·{shape[2]}·{m} (depthwise) + {shape[2] * m}·{f} (1×1){bias}"
        f" = {_n(r.trainable)}"
    )
    full = k[0] * k[1] * shape[2] * f + (f if p["use_bias"] else 0)
    lines.append(f"a Conv2D with the same kernels and filters would have {_n(full)}")
    return lines


SEPARABLE = LayerType(
    name="SeparableConv2D",
    category="Convolution",
    params=(
        Param("filters", "int", 16, "number of output channels", minimum=1, required=True),
        Param(
            "kernel_size", "size2", (3, 3), "kernel height × width, e.g. 3 or [3, 3]", required=True
        ),
        Param("strides", "size2", (1, 1), "step between kernel positions"),
        PADDING,
        DEPTH_MULTIPLIER,
        ACTIVATION,
        USE_BIAS,
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "A separable convolution splits a Conv2D in two: a depthwise step (one spatial kernel "
        "per channel) and a 1×1 convolution that mixes the channels. Nearly the same power for "
        "a fraction of the weights; Xception and MobileNet are built from it.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "parameters = f·f·c_in·m + c_in·m·c_out + c_out"),
        QT_TRANSLATE_NOOP("Catalog", "output size = ⌊(n + 2p − f)/s⌋ + 1"),
    ),
    infer=_separable_infer,
    explain=_separable_explain,
    summary=_conv_summary,
)
