"""Line widths and axis text of every pyqtgraph plot under a widget, scaled for a projector.
Each curve keeps the width it was drawn with, so scaling twice does not compound."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QWidget


def restyle_plots(root: QWidget, scale: float) -> int:
    """Scale the curves' pens and the axes' fonts of the plots under ``root`` (and ``root``
    itself); returns how many curves were restyled."""
    plots = list(root.findChildren(pg.PlotWidget))
    if isinstance(root, pg.PlotWidget):
        plots.append(root)
    font = QApplication.font()
    count = 0
    for plot in plots:
        item = plot.getPlotItem()
        for curve in item.listDataItems():
            pen = curve.opts.get("pen")
            if pen is None:
                continue
            pen = pg.mkPen(pen)
            base = getattr(curve, "_layerlab_width", None)
            if base is None:
                base = pen.widthF() or 1.0
                curve._layerlab_width = base
            pen.setWidthF(base * scale)
            curve.setPen(pen)
            count += 1
        points = max(font.pointSizeF(), 6.0)
        title = item.titleLabel
        if title.text:
            title.setText(title.text, size=f"{points + 2:.0f}pt")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTickFont(font)
            axis.setPen(pg.mkPen(axis.pen().color(), width=scale))
            if axis.labelText:
                axis.setLabel(axis.labelText, axis.labelUnits, **{"font-size": f"{points:.0f}pt"})
    return count
