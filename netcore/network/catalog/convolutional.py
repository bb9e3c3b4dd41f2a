"""Convolution layers: Conv2D."""

from __future__ import annotations

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
