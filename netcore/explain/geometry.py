"""Where a layer's feature maps look in the input: the centre of each cell's receptive field,
the step between cells and the field's size, in input pixels.

A layer's map is not the input shrunk evenly: LeNet's ``conv2`` (5×5, no padding) has 10×10
cells whose fields are centred on input rows 4.5, 6.5, …, 22.5, not spread over 0…27. A heat
map stretched from the layer's grid to the input (``tf.image.resize``) moves the heat outwards,
up to 4 pixels for ``pool2``; placing each cell at its field's centre keeps it where the layer
looked. The geometry follows the chain of layers from the input (convolutions, pooling,
padding, cropping, upsampling; layers that keep the size change nothing) and is checked
against the layer's real output size; a layer it cannot follow gets ``None`` (stretched then).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Grid:
    """A layer's cells in input pixels, per axis (rows, columns).

    Attributes:
        offset: The centre of cell 0's receptive field.
        step: Input pixels from one cell's centre to the next.
        reach: The receptive field's size (how many input pixels one cell sees).
    """

    offset: tuple[float, float]
    step: tuple[float, float]
    reach: tuple[float, float]


_AXES = (0, 1)


def _pair(value) -> tuple:
    return tuple(value) if isinstance(value, (tuple, list)) else (value, value)


def _chain(model, name: str) -> list | None:
    """The layers from the input to ``name`` (first inputs followed through merges)."""
    layer = model.get_layer(name)
    chain = []
    while True:
        nodes = getattr(layer, "_inbound_nodes", None) or []
        parents = nodes[0].parent_nodes if nodes else []
        if not parents:
            return chain[::-1]  # ``layer`` is the input
        chain.append(layer)
        layer = parents[0].operation
        if len(chain) > 10_000:  # pragma: no cover - a graph is never this deep in a classroom
            return None


def _spatial(tensor) -> tuple | None:
    shape = tuple(getattr(tensor, "shape", ()) or ())
    return tuple(shape[1:3]) if len(shape) == 4 else None


def _window(layer) -> tuple | None:
    """(kernel extents, strides, padding) of a sliding-window layer, else None."""
    kind = type(layer).__name__
    if "Transpose" in kind or getattr(layer, "data_format", "channels_last") != "channels_last":
        return None
    if hasattr(layer, "kernel_size"):
        kernel, dilation = _pair(layer.kernel_size), _pair(getattr(layer, "dilation_rate", 1))
        extent = tuple((k - 1) * d + 1 for k, d in zip(kernel, dilation, strict=True))
    elif hasattr(layer, "pool_size"):
        extent = _pair(layer.pool_size)
    else:
        return None
    strides = _pair(layer.strides if layer.strides is not None else extent)
    return extent, strides, str(getattr(layer, "padding", "valid")).lower()


def layer_grid(model, name: str) -> Grid | None:
    """The receptive-field geometry of layer ``name``'s maps in ``model``'s input, or None
    when a layer on the way changes the size in a way this does not follow."""
    chain = _chain(model, name)
    if chain is None:
        return None
    size = _spatial(model.inputs[0])
    if size is None or any(s is None for s in size):
        return None
    offset, step, reach = [0.0, 0.0], [1.0, 1.0], [1.0, 1.0]
    for layer in chain:
        out = _spatial(layer.output)
        if out is None:
            return None
        window = _window(layer)
        kind = type(layer).__name__
        if window is not None:
            extent, strides, padding = window
            for a in _AXES:
                k, s, n = extent[a], strides[a], size[a]
                if padding == "same":
                    expected = math.ceil(n / s)
                    before = max((expected - 1) * s + k - n, 0) // 2
                else:
                    expected, before = (n - k) // s + 1, 0
                if expected != out[a]:
                    return None
                offset[a] += (-before + (k - 1) / 2) * step[a]
                reach[a] += (k - 1) * step[a]
                step[a] *= s
        elif kind == "ZeroPadding2D":
            for a in _AXES:
                before, after = layer.padding[a]
                if size[a] + before + after != out[a]:
                    return None
                offset[a] -= before * step[a]
        elif kind == "Cropping2D":
            for a in _AXES:
                before, after = layer.cropping[a]
                if size[a] - before - after != out[a]:
                    return None
                offset[a] += before * step[a]
        elif kind == "UpSampling2D":
            for a, f in zip(_AXES, _pair(layer.size), strict=True):
                if size[a] * f != out[a]:
                    return None
                offset[a] += (0.5 / f - 0.5) * step[a]
                step[a] /= f
        elif out != size:
            return None
        size = out
    return Grid(tuple(offset), tuple(step), tuple(reach))


def stretched(shape: tuple[int, int], size: tuple[int, int]) -> Grid:
    """The geometry of a map simply stretched over the input (cell centres evenly spread):
    the fallback for a layer ``layer_grid`` cannot follow."""
    step = tuple(size[a] / shape[a] for a in _AXES)
    return Grid(tuple((step[a] - 1) / 2 for a in _AXES), step, step)


def place(cam: np.ndarray, grid: Grid, size: tuple[int, int]) -> np.ndarray:
    """``cam`` (the layer's height × width) resampled at every input pixel: each cell's value
    at its field's centre, bilinear in between, fading to zero one step beyond the outermost
    centres (no cell is centred there; holding the border values would paint stripes to the
    edge of the picture)."""
    cam = np.asarray(cam, dtype=np.float64)
    weights = []
    for a in _AXES:
        n = cam.shape[a]
        # cell coordinates, with a zero cell on either side of the grid (-1 and n)
        u = np.clip((np.arange(size[a]) - grid.offset[a]) / grid.step[a], -1, n)
        low = np.floor(u).astype(int)
        frac = u - low
        w = np.zeros((size[a], n + 2))
        rows = np.arange(size[a])
        np.add.at(w, (rows, np.clip(low, -1, n) + 1), 1 - frac)
        np.add.at(w, (rows, np.clip(low + 1, -1, n) + 1), frac)
        weights.append(w[:, 1:-1])
    return (weights[0] @ cam @ weights[1].T).astype(np.float32)
