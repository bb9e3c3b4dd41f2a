"""The plots' curve data: growing buffers that keep their own y range, and the pixmap cache of
an earlier run's curves (they never change)."""

from __future__ import annotations

import math

import pyqtgraph as pg


class Series:
    """Growing x/y buffers for one curve."""

    def __init__(self):
        self.x: list[float] = []
        self.y: list[float] = []
        self.low = math.inf  # kept as points arrive: the y range never rescans the data
        self.high = -math.inf

    def add(self, x: float, y: float | None) -> None:
        if y is None or not math.isfinite(y):
            return
        self.x.append(x)
        self.y.append(y)
        self.low = min(self.low, y)
        self.high = max(self.high, y)


def cache(item: pg.PlotDataItem) -> None:
    """Earlier runs never change: keep their rendering as a pixmap, so each redraw of the live
    curves does not repaint every faded curve (with eight runs on screen they cost more than
    the live ones)."""
    for child in (item.curve, item.scatter):
        child.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
