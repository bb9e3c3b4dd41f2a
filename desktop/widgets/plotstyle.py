"""Line widths and axis text of every pyqtgraph plot under a widget, scaled for a projector,
and axes that write their numbers the way the user's language does ("0,5" in French).
Each curve keeps the width it was drawn with, so scaling twice does not compound."""

from __future__ import annotations

from math import ceil, log10

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

#: The smallest span an auto-ranged y axis shows, as a share of the values' size: a loss
#: that moves by 1e-6 after one Step is drawn flat, not as noise filling the plot.
MIN_SPAN_SHARE = 0.02
MIN_SPAN = 1e-3  # and never under this (values near zero)


class LocaleAxis(pg.AxisItem):
    """pyqtgraph's axis, with its tick numbers in the locale (decimal comma, minus sign)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        places = max(0, ceil(-log10(spacing * scale))) if spacing * scale > 0 else 0
        strings = []
        for value in values:
            v = value * scale
            if v != 0 and (abs(v) < 0.001 or abs(v) >= 10000):
                strings.append(locale.toString(float(v), "g", 4))
            else:
                strings.append(locale.toString(float(v), "f", places))
        return strings


def locale_axes() -> dict:
    """Axis items for ``pg.PlotWidget(axisItems=...)``."""
    return {"left": LocaleAxis("left"), "bottom": LocaleAxis("bottom")}


def min_span(low: float, high: float) -> float:
    """The smallest y span that still shows ``low``…``high`` as they are (see MIN_SPAN_SHARE)."""
    return max(MIN_SPAN_SHARE * max(abs(low), abs(high)), MIN_SPAN)


def restyle_plots(root: QWidget, scale: float) -> int:
    """Scale the curves' pens and the axes' and legends' text of the plots under ``root`` (and
    ``root`` itself); returns how many curves were restyled."""
    plots = list(root.findChildren(pg.PlotWidget))
    if isinstance(root, pg.PlotWidget):
        plots.append(root)
    font = QApplication.font()
    count = 0
    for plot in plots:
        item = plot.getPlotItem()
        for curve in item.listDataItems():
            if not hasattr(curve, "setPen"):  # bars keep their outline
                continue
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
            axis.setStyle(tickLength=int(-5 * scale))
            if axis.labelText:
                axis.setLabel(axis.labelText, axis.labelUnits, **{"font-size": f"{points:.0f}pt"})
        legend = item.legend
        if legend is not None:
            legend.setLabelTextSize(f"{points:.0f}pt")
    return count
