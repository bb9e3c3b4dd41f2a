"""Laying out filters and feature maps as tiles and mosaics (plain NumPy)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from netcore.introspection.inspector import FilterSet


def ceil_grid(count: int) -> tuple[int, int]:
    """Rows and columns of a near-square grid for ``count`` tiles."""
    cols = max(1, math.ceil(math.sqrt(count)))
    return math.ceil(count / cols), cols


# -- arranging arrays as images (pure NumPy; desktop applies colours and draws) --------------


def filter_tiles(filters: FilterSet, shared_scale: bool = True) -> np.ndarray:
    """Every kernel as a tile with values in -1…1 (0 stays 0), shape (filters·inputs, h, w[, 3]).

    Tiles are ordered filter by filter, each filter's input channels side by side.
    """
    images = filters.images
    scale = np.full(images.shape[0], filters.limit) if shared_scale else filters.per_filter_limit
    scaled = images / scale.reshape((-1,) + (1,) * (images.ndim - 1))
    return scaled.reshape((-1,) + images.shape[2:])


def map_tiles(maps: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A layer's (H, W, C) output as C tiles scaled to 0…1 each (a flat map stays 0).

    Returns:
        (tiles (C, H, W), each map's minimum, each map's maximum).
    """
    tiles = np.moveaxis(np.asarray(maps, dtype=np.float32), -1, 0)
    low = tiles.min(axis=(1, 2))
    high = tiles.max(axis=(1, 2))
    span = np.where(high > low, high - low, 1.0)
    return (tiles - low[:, None, None]) / span[:, None, None], low, high


@dataclass
class Mosaic:
    """Tiles laid out in a grid with a gap, and how to find a tile from a pixel."""

    image: np.ndarray  # (H, W) or (H, W, 3); gaps are NaN
    rows: int
    cols: int
    tile_h: int
    tile_w: int
    gap: int
    count: int

    def locate(self, x: float, y: float) -> tuple[int, int, int] | None:
        """(tile index, row in tile, column in tile) for image pixel coordinates, or None."""
        if x < 0 or y < 0:
            return None
        col, cx = divmod(int(x), self.tile_w + self.gap)
        row, cy = divmod(int(y), self.tile_h + self.gap)
        index = row * self.cols + col
        if cx >= self.tile_w or cy >= self.tile_h or col >= self.cols or index >= self.count:
            return None
        return index, cy, cx


def mosaic(tiles: np.ndarray, cols: int | None = None, gap: int = 1) -> Mosaic:
    """Lay tiles (n, h, w[, 3]) out in a near-square grid (or ``cols`` columns)."""
    n, h, w = tiles.shape[:3]
    if cols is None:
        rows, cols = ceil_grid(n)
    else:
        cols = max(1, min(cols, n))
        rows = math.ceil(n / cols)
    extra = tiles.shape[3:]
    image = np.full(
        (rows * (h + gap) - gap, cols * (w + gap) - gap, *extra), np.nan, dtype=np.float32
    )
    for i in range(n):
        r, c = divmod(i, cols)
        image[r * (h + gap) : r * (h + gap) + h, c * (w + gap) : c * (w + gap) + w] = tiles[i]
    return Mosaic(image, rows, cols, h, w, gap, n)
