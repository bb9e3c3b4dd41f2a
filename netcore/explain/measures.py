"""How well a heat map points at the digit: the share of its mass inside the bounding box of
the ink. A map that explains a digit should be brightest on it; the box's share of the 28×28
field (about a third for a drawn digit prepared like MNIST) is what a map spread evenly would
score."""

from __future__ import annotations

import numpy as np

#: A pixel of the prepared input at least this bright is ink (``digits.preprocessing.INK``).
INK = 0.1


def ink_box(x: np.ndarray, ink: float = INK) -> np.ndarray:
    """A boolean (height, width) mask of the bounding box of the pixels at least ``ink``
    bright (the largest over the channels); all False for an empty input."""
    x = np.asarray(x, dtype=np.float32)
    grey = x.max(axis=-1) if x.ndim == 3 else x
    rows = np.flatnonzero((grey >= ink).any(axis=1))
    cols = np.flatnonzero((grey >= ink).any(axis=0))
    mask = np.zeros(grey.shape, dtype=bool)
    if len(rows):
        mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1] = True
    return mask


def mass_inside_box(x: np.ndarray, heat: np.ndarray, ink: float = INK) -> float:
    """The share (0…1) of ``heat``'s total inside the ink's bounding box of input ``x``;
    0 for an all-zero map (it points at nothing)."""
    heat = np.asarray(heat, dtype=np.float64)
    total = float(heat.sum())
    if total <= 0:
        return 0.0
    return float(heat[ink_box(x, ink)].sum()) / total
