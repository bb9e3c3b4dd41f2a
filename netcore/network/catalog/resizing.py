"""Layers that change height and width without weights: ZeroPadding2D (a ring of zeros, as
padding='same' adds inside a convolution) and UpSampling2D (the U-Net's unpooling)."""

from __future__ import annotations

from netcore.i18n import QT_TRANSLATE_NOOP
from netcore.network.catalog.base import (
    LayerResult,
    LayerType,
    _need_image,
    _one,
    shape_text,
)
from netcore.network.params import Param


def _pad_infer(p, inputs):
    shape = _one(inputs)
    _need_image("ZeroPadding2D", shape)
    (top, bottom), (left, right) = p["padding"]
    return LayerResult((shape[0] + top + bottom, shape[1] + left + right, shape[2]))


def _pad_explain(p, inputs, r):
    (top, bottom), (left, right) = p["padding"]
    h, w = inputs[0][:2]
    return [
        f"height {h} + {top} + {bottom} = {r.output_shape[0]}, "
        f"width {w} + {left} + {right} = {r.output_shape[1]}",
        "parameters 0",
    ]


def _pad_summary(p):
    (top, bottom), (left, right) = p["padding"]
    if top == bottom == left == right:
        return f"{top} all round"
    if (top, left) == (bottom, right):
        return f"{top} rows, {left} columns"
    return f"{top}/{bottom} · {left}/{right}"


ZERO_PADDING = LayerType(
    name="ZeroPadding2D",
    category="Convolution",
    params=(
        Param(
            "padding",
            "padding2d",
            ((1, 1), (1, 1)),
            "zeros added: 1, [rows, columns] or [[top, bottom], [left, right]]",
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Adds rows and columns of zeros around each feature map. A following 'valid' "
        "convolution then sees the border pixels as often as the middle ones, and the output "
        "does not shrink: p = (f − 1)/2 zeros keep the size for an f×f kernel.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = (h + top + bottom, w + left + right, c)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_pad_infer,
    explain=_pad_explain,
    summary=_pad_summary,
)


def _up_infer(p, inputs):
    shape = _one(inputs)
    _need_image("UpSampling2D", shape)
    fr, fc = p["size"]
    return LayerResult((shape[0] * fr, shape[1] * fc, shape[2]))


UPSAMPLING = LayerType(
    name="UpSampling2D",
    category="Pooling",
    params=(
        Param("size", "size2", (2, 2), "how many times to repeat rows × columns"),
        Param(
            "interpolation",
            "choice",
            "nearest",
            "'nearest' repeats each value, 'bilinear' blends neighbours",
            choices=("nearest", "bilinear"),
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "The reverse of pooling: every value becomes a block of size rows × columns (copies, "
        "or a smooth blend with 'bilinear'). A U-Net's decoder upsamples its maps back to the "
        "input size and joins them with the encoder's maps through skip connections. No weights.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = (h·s_rows, w·s_cols, c)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_up_infer,
    explain=lambda p, i, r: [
        f"{shape_text(i[0])} → {shape_text(r.output_shape)}: each value repeated "
        f"{p['size'][0]}×{p['size'][1]}",
        "parameters 0",
    ],
    summary=lambda p: (
        f"×{p['size'][0]}"
        + ("" if p["size"][0] == p["size"][1] else f"×{p['size'][1]}")
        + ("" if p["interpolation"] == "nearest" else " · bilinear")
    ),
)
