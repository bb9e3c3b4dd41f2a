"""Pooling layers: max and average, local and global."""

from __future__ import annotations

from netcore.i18n import QT_TRANSLATE_NOOP, number, translate
from netcore.network.catalog.base import (
    PADDING,
    LayerResult,
    LayerType,
    _need_image,
    _one,
    _window_formula,
    _window_out,
    size_text,
)
from netcore.network.params import Param
from netcore.network.problems import LayerProblem

# --------------------------------------------------------------------------- pooling


def _pool_infer(p, inputs, kind="MaxPooling2D"):
    shape = _one(inputs)
    _need_image(kind, shape)
    k = p["pool_size"]
    s = p["strides"] or k
    padding = p["padding"]
    if padding == "valid" and (k[0] > shape[0] or k[1] > shape[1]):
        raise LayerProblem(
            translate("Problems", "pool {pool} does not fit its {size} input").format(
                pool=size_text(k), size=size_text(shape[:2])
            ),
            translate("Problems", "use padding='same' or a smaller pool_size"),
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
    shape, out, padding = inputs[0], r.output_shape, p["padding"]
    rows = _window_formula(shape[0], k[0], s[0], padding)
    if shape[0] == shape[1] and k[0] == k[1] and s[0] == s[1]:
        lines = [
            translate("Catalog", "output {size} = {formula}").format(size=out[0], formula=rows)
        ]
    else:
        cols = _window_formula(shape[1], k[1], s[1], padding)
        lines = [
            translate("Catalog", "output height {size} = {formula}").format(
                size=out[0], formula=rows
            ),
            translate("Catalog", "output width {size} = {formula}").format(
                size=out[1], formula=cols
            ),
        ]
    lines.append(translate("Catalog", "parameters 0 (pooling has nothing to learn)"))
    return lines


def _pool_summary(p):
    text = size_text(p["pool_size"])
    if p["strides"] and p["strides"] != p["pool_size"]:
        text += " · " + translate("Catalog", "stride {size}").format(size=size_text(p["strides"]))
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
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Max pooling keeps the largest value of each window in every channel. It shrinks the "
        "feature maps (2×2 halves height and width), keeps the strongest responses, and makes "
        "the network tolerant of small shifts. It has no weights.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output size = ⌊(n − f)/s⌋ + 1"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=lambda p, i: _pool_infer(p, i, "MaxPooling2D"),
    explain=_pool_explain,
    summary=_pool_summary,
)

AVGPOOL = LayerType(
    name="AveragePooling2D",
    category="Pooling",
    params=_pool_params(),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Average pooling replaces each window by its mean in every channel, shrinking the "
        "feature maps smoothly (LeNet-5 used it). It has no weights.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output size = ⌊(n − f)/s⌋ + 1"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
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


_GLOBAL_LINES = {
    "mean": QT_TRANSLATE_NOOP(
        "Catalog", "each of the {channels} channels: mean over {size} = {n} values"
    ),
    "max": QT_TRANSLATE_NOOP(
        "Catalog", "each of the {channels} channels: max over {size} = {n} values"
    ),
}


def _global_explain(op):
    def explain(p, inputs, r):
        h, w, c = inputs[0]
        return [
            translate("Catalog", _GLOBAL_LINES[op]).format(
                channels=number(c), size=f"{h}×{w}", n=number(h * w)
            ),
            translate("Catalog", "parameters 0"),
        ]

    return explain


KEEPDIMS = Param("keepdims", "bool", False, "keep height and width as 1×1")

GLOBALAVG = LayerType(
    name="GlobalAveragePooling2D",
    category="Pooling",
    params=(KEEPDIMS,),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Global average pooling reduces each feature map to its mean, one number per channel. "
        "ResNet uses it instead of Flatten + big Dense layers: far fewer parameters and any "
        "image size works.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = (channels,)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_global_infer("GlobalAveragePooling2D"),
    explain=_global_explain("mean"),
    summary=lambda p: "",
)

GLOBALMAX = LayerType(
    name="GlobalMaxPooling2D",
    category="Pooling",
    params=(KEEPDIMS,),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Global max pooling reduces each feature map to its largest value: 'was this pattern "
        "anywhere in the image?', one number per channel.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = (channels,)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_global_infer("GlobalMaxPooling2D"),
    explain=_global_explain("max"),
    summary=lambda p: "",
)
