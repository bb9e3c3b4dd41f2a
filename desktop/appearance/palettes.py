"""The colours that carry meaning (classes, signs of weights, runs), in two schemes: the usual
one and a colour-blind-safe one (Okabe & Ito's eight colours; blue–orange instead of blue–red).

Views read :func:`scheme` when they draw, as they read Qt's application palette; the appearance
state switches it and asks every view to redraw."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.widgets import imaging

#: a marker shape per class, so classes differ without colour too (pyqtgraph symbol names)
CLASS_SYMBOLS = ["o", "s", "t", "d", "+", "x", "star", "t1", "p", "h"]


@dataclass(frozen=True)
class ColourScheme:
    name: str
    classes: tuple[str, ...]
    runs: tuple[str, ...]
    diverging: np.ndarray
    binary: np.ndarray

    def class_colour(self, k: int) -> str:
        return self.classes[int(k) % len(self.classes)]

    def run_colour(self, n: int) -> str:
        return self.runs[int(n) % len(self.runs)]


USUAL = ColourScheme(
    "usual",
    ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
     "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"),
    ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b"),
    imaging.DIVERGING,
    imaging.BINARY,
)  # fmt: skip

COLOUR_BLIND = ColourScheme(
    "colour-blind",
    ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
     "#D55E00", "#F0E442", "#000000", "#999999", "#6A3D9A"),
    ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000"),
    imaging.lut(["#5e3c99", "#b2abd2", "#f7f7f7", "#fdb863", "#e66101"]),  # purple … orange
    imaging.lut(["#0072B2", "#b9d8ee", "#fbfbfb", "#f6d9a6", "#E69F00"]),
)  # fmt: skip

_current = [USUAL]


def scheme() -> ColourScheme:
    """The colour scheme in use."""
    return _current[0]


def use(colour_blind: bool) -> None:
    _current[0] = COLOUR_BLIND if colour_blind else USUAL
