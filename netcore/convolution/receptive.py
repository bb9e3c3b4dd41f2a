"""Receptive fields: which input pixels a unit of a conv or pooling layer sees, walked back
through the layer stack (convolutions, pooling, stride, padding, zero padding, upsampling,
transposed convolutions, merges). Exact on a chain of layers; where branches meet, the field
is the box around what the branches see.

A window layer with kernel k, stride s and p zeros before the input maps output rows a…b to
input rows a·s − p … b·s − p + k − 1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from netcore.network.analysis import Analysis
from netcore.network.spec import INPUT_ID

# rows (first, last), columns (first, last), inclusive, possibly outside the input (padding)
Box = tuple[int, int, int, int]

_IDENTITY = {
    "Activation",
    "LeakyReLU",
    "ELU",
    "Dropout",
    "BatchNormalization",
    "LayerNormalization",
    "Dense",  # on an image it acts on the channels of each pixel
}
_MERGES = {"Add", "Concatenate", "Maximum", "Minimum", "Multiply"}
_WHOLE = {"Flatten", "Reshape", "GlobalAveragePooling2D", "GlobalMaxPooling2D"}


class ReceptiveError(ValueError):
    pass


@dataclass(frozen=True)
class ReceptiveField:
    """Where a unit looks: the input box it sees (clipped to the image) and the size of its
    field counting the padding it reaches into."""

    box: Box  # on the network input, clipped
    full: Box  # unclipped (may extend into padding)

    @property
    def size(self) -> tuple[int, int]:
        r0, r1, c0, c1 = self.full
        return r1 - r0 + 1, c1 - c0 + 1

    def text(self) -> str:
        r0, r1, c0, c1 = self.box
        h, w = self.size
        seen = f"rows {r0}–{r1}, columns {c0}–{c1} of the input"
        inside = (r1 - r0 + 1, c1 - c0 + 1)
        if inside != (h, w):
            return f"sees {seen}: a {h}×{w} field, {inside[0]}×{inside[1]} of it inside the image"
        return f"sees {seen}: a {h}×{w} field"


def _window(params: dict, kind: str, in_shape, axis: int) -> tuple[int, int, int]:
    """(kernel, stride, zeros before) along an axis for a sliding-window layer."""
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        k = params["pool_size"][axis]
        s = (params["strides"] or params["pool_size"])[axis]
    else:
        k = params["kernel_size"][axis]
        s = params["strides"][axis]
    before = 0
    if params.get("padding") == "same":
        n = in_shape[axis]
        total = max((math.ceil(n / s) - 1) * s + k - n, 0)
        before = total // 2
    return k, s, before


def _back(kind: str, params: dict, in_shape, box: Box) -> Box | None:
    """The input box a layer's output box depends on; None: the whole input."""
    r0, r1, c0, c1 = box
    if kind in _IDENTITY or kind in _MERGES:
        return box
    if kind in _WHOLE:
        return None
    if kind in (
        "Conv2D",
        "MaxPooling2D",
        "AveragePooling2D",
        "DepthwiseConv2D",
        "SeparableConv2D",
    ):
        (kr, sr, pr), (kc, sc, pc) = (_window(params, kind, in_shape, a) for a in (0, 1))
        return (r0 * sr - pr, r1 * sr - pr + kr - 1, c0 * sc - pc, c1 * sc - pc + kc - 1)
    if kind == "ZeroPadding2D":
        (top, _), (left, _) = params["padding"]
        return (r0 - top, r1 - top, c0 - left, c1 - left)
    if kind == "UpSampling2D":
        fr, fc = params["size"]
        return (r0 // fr, r1 // fr, c0 // fc, c1 // fc)
    if kind == "Conv2DTranspose":
        out = []
        for a, (lo, hi) in enumerate(((r0, r1), (c0, c1))):
            k, s = params["kernel_size"][a], params["strides"][a]
            before = max(k - s, 0) // 2 if params.get("padding") == "same" else 0
            out += [math.ceil((lo + before - k + 1) / s), (hi + before) // s]
        return tuple(out)
    raise ReceptiveError(f"no receptive-field rule for {kind} layers")


def receptive_field(analysis: Analysis, layer_id: str, row: int, col: int) -> ReceptiveField:
    """The input pixels unit (row, col) of layer_id's output sees (any channel)."""
    if analysis.errors:
        raise ReceptiveError("fix the network's problems first")
    info = analysis.layers.get(layer_id)
    if info is None or info.output_shape is None or len(info.output_shape) != 3:
        raise ReceptiveError(f"'{layer_id}' does not give feature maps (height, width, channels)")
    if len(analysis.input_shape or ()) != 3:
        raise ReceptiveError("the network's input is not an image")
    h, w = analysis.input_shape[:2]
    if not (0 <= row < info.output_shape[0] and 0 <= col < info.output_shape[1]):
        raise ReceptiveError(f"'{layer_id}' has no unit at row {row + 1}, column {col + 1}")
    return ReceptiveField(
        _walk(analysis, layer_id, (row, row, col, col), clip=True),
        _walk(analysis, layer_id, (row, row, col, col), clip=False),
    )


def _broadcast_back(box: Box, shape, out_shape) -> Box:
    """A merge input of size 1 on an axis the output stretches (Keras broadcasting) gives
    every output row or column its one row or column."""
    if out_shape is None or len(shape) != 3 or len(out_shape) != 3:
        return box
    r0, r1, c0, c1 = box
    if shape[0] == 1 and out_shape[0] > 1:
        r0, r1 = 0, 0
    if shape[1] == 1 and out_shape[1] > 1:
        c0, c1 = 0, 0
    return r0, r1, c0, c1


def _walk(analysis: Analysis, layer_id: str, start: Box, clip: bool) -> Box:
    """Back from layer_id to the input; clip: drop what falls in a layer's padding (the true
    dependency), else keep it (the field's nominal size)."""
    need: dict[str, Box | None] = {layer_id: start}
    for lid in reversed(analysis.order):
        if lid not in need:
            continue
        info = analysis.layers[lid]
        box = need.pop(lid)
        for source, shape in zip(info.inputs, info.input_shapes, strict=True):
            sub = None if box is None else _back(info.type, info.params, shape, box)
            if sub is not None and info.type in _MERGES:
                sub = _broadcast_back(sub, shape, info.output_shape)
            if sub is not None and clip and len(shape) == 3:
                sub = (
                    max(sub[0], 0),
                    min(sub[1], shape[0] - 1),
                    max(sub[2], 0),
                    min(sub[3], shape[1] - 1),
                )
            if source in need and (need[source] is None or sub is None):
                need[source] = None
            elif source in need:
                a = need[source]
                need[source] = (
                    min(a[0], sub[0]),
                    max(a[1], sub[1]),
                    min(a[2], sub[2]),
                    max(a[3], sub[3]),
                )
            else:
                need[source] = sub
    h, w = analysis.input_shape[:2]
    full = need.get(INPUT_ID)
    return (0, h - 1, 0, w - 1) if full is None else full
