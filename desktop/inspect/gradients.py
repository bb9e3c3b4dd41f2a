"""Gradients while training (``gradientView``): mean |∂L/∂w| per layer on a log scale — the strip
that shows a deep sigmoid stack's first layers getting gradients thousands of times smaller than
its last (the deep-sigmoid preset next to deep-relu) —, the same sizes over epochs, and
histograms of one layer's weights and gradients over epochs. Reports are asked of the running
training (``TrainingControl.request_gradients``) only while this view is on screen, paced by the
window's one throttle: the next request goes out once the last report is drawn, at most four a
second; a hidden view asks nothing and asks again when it is shown."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.widgets.throttle import Throttle
from desktop.widgets.visibility import on_screen
from netcore.backprop.gradient_flow import PROBE_EXAMPLES
from netcore.backprop.histories import RECENT, GradientHistory
from netcore.training.events import GradientReport, Started

REQUEST_MS = 250  # four reports a second while the view is open
DEPTH = pg.ColorMap([0.0, 1.0], [(110, 170, 230), (120, 20, 20)])


def _plot(title: str, left: str, bottom: str) -> pg.PlotWidget:
    """A plot with its title above it (``plot.titled``: the title and the plot): in the window's
    font, the title wraps in a narrow dock and grows with presentation mode (drawn by the plot,
    French titles needed 501 px where a projector gave 461, and were cut)."""
    plot = pg.PlotWidget(background="w")
    plot.setLabel("left", left)
    plot.setLabel("bottom", bottom)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMinimumSize(220, 150)
    plot.titled = QWidget()
    column = QVBoxLayout(plot.titled)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    plot.heading = QLabel(f"<b>{html.escape(title)}</b>")
    plot.heading.setWordWrap(True)
    plot.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
    column.addWidget(plot.heading)
    column.addWidget(plot, 1)
    return plot


class GradientView(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("gradientView")
        self.session = session
        self.history = GradientHistory()
        self._stale = False
        self._awaiting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.caption = QLabel()
        self.caption.setObjectName("gradientCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("gradientLayer")
        self.layer_combo.currentIndexChanged.connect(lambda _i: self._draw_histograms())
        self._built = False  # the plots are made when the view is first shown
        self._pacer = Throttle(REQUEST_MS, lambda _wanted: self._request(), self)
        session.event.connect(self._on_event)
        session.running_changed.connect(self._on_running_changed)
        self._say_empty()

    def _build_plots(self) -> None:
        """The plots, made once, when the view is first shown (they cost the window's start)."""
        if self._built:
            return
        self._built = True
        layout = self.layout()
        grid = QGridLayout()
        layout.addLayout(grid, 1)
        self.strip = _plot(self.tr("Gradient size per layer (now)"), self.tr("mean |∂L/∂w|"), "")
        self.strip.setObjectName("gradientStrip")
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush="#3a6fc4")
        self.strip.addItem(self.bars)
        self.over_time = _plot(
            self.tr("… over training (first layer light, output dark)"),
            self.tr("mean |∂L/∂w|"),
            self.tr("epoch"),
        )
        self.over_time.setLogMode(False, True)
        self.over_time.getAxis("left").enableAutoSIPrefix(False)
        self.over_time.addLegend(offset=(-10, 10), labelTextSize="9pt")
        self.curves: dict[str, pg.PlotDataItem] = {}
        grid.addWidget(self.strip.titled, 0, 0)
        grid.addWidget(self.over_time.titled, 0, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Histograms over epochs of layer")))
        row.addWidget(self.layer_combo)
        row.addStretch(1)
        grid.addLayout(row, 1, 0, 1, 2)
        self.weight_plot = _plot(self.tr("Weights"), self.tr("epoch"), self.tr("value"))
        self.gradient_plot = _plot(self.tr("Gradients ∂L/∂w"), self.tr("epoch"), self.tr("value"))
        self.weight_image = pg.ImageItem(axisOrder="row-major")
        self.gradient_image = pg.ImageItem(axisOrder="row-major")
        for plot, image in (
            (self.weight_plot, self.weight_image),
            (self.gradient_plot, self.gradient_image),
        ):
            image.setColorMap(pg.colormap.get("viridis"))
            plot.addItem(image)
        grid.addWidget(self.weight_plot.titled, 2, 0)
        grid.addWidget(self.gradient_plot.titled, 2, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(2, 3)

    # -- asking the running training -------------------------------------------------------

    def _on_running_changed(self, running: bool) -> None:
        self._awaiting = False
        if running:  # a new run: a new history (at once, before its first report)
            self._new_history()
            self._pacer.push("next")

    def _request(self) -> None:
        """Ask the run for a report, when one is not on its way and the view is seen (a hidden
        view asks again from ``showEvent``)."""
        control = self.session.control
        if control is not None and not self._awaiting and on_screen(self):
            self._awaiting = True
            control.request_gradients()

    def _on_event(self, event) -> None:
        if isinstance(event, Started):
            self._new_history()
        elif isinstance(event, GradientReport):
            self._awaiting = False
            self.add(event)
            if self.session.running:
                self._pacer.push("next")

    def _new_history(self) -> None:
        self.history = GradientHistory()
        self.layer_combo.clear()
        self._say_empty()

    def add(self, report: GradientReport) -> None:
        self.history.add(report.epoch_fraction, report.sizes, report.gradients, report.weights)
        self._stale = True
        if on_screen(self):
            self.redraw()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._build_plots()
        if self._stale:
            self.redraw()
        if self.session.running:
            self._pacer.push("next")

    def catch_up(self) -> None:
        if self._stale and on_screen(self):
            self.redraw()

    # -- drawing ---------------------------------------------------------------------------

    def _say_empty(self) -> None:
        self.caption.setText(
            self.tr(
                "Train a network with this tab open: each layer's gradient size is measured "
                "four times a second. Try the presets <i>deep-sigmoid</i> and <i>deep-relu</i> "
                "(File → New from template) on the spirals: the sigmoid stack's first layers "
                "get almost no gradient."
            )
        )

    def redraw(self) -> None:
        self._build_plots()
        self._stale = False
        history = self.history
        sizes = history.recent_sizes()
        if not sizes:
            return
        names = history.layers
        if [self.layer_combo.itemText(i) for i in range(self.layer_combo.count())] != names:
            self.layer_combo.blockSignals(True)
            self.layer_combo.clear()
            self.layer_combo.addItems(names)
            self.layer_combo.setCurrentIndex(0)
            self.layer_combo.blockSignals(False)
        self._draw_strip(names, sizes)
        for k, name in enumerate(names):
            points = np.asarray(history.sizes[name])
            curve = self.curves.get(name)
            if curve is None:
                # first layer light, output dark; only those two in the legend
                shade = pg.mkColor(DEPTH.map(k / max(len(names) - 1, 1), mode="qcolor"))
                label = name if k in (0, len(names) - 1) else None
                curve = self.over_time.plot([], [], pen=pg.mkPen(shade, width=2), name=label)
                curve.setToolTip(name)
                self.curves[name] = curve
            keep = points[:, 1] > 0  # log scale: a zero gradient is not drawn
            curve.setData(points[keep, 0], points[keep, 1])
        for name in list(self.curves):
            if name not in names:
                self.over_time.removeItem(self.curves.pop(name))
        self._draw_histograms()

    def _draw_strip(self, names: list[str], sizes: dict[str, float]) -> None:
        values = np.array([sizes[n] for n in names])
        positive = values[values > 0]
        floor = math.floor(math.log10(positive.min())) - 1 if positive.size else -12
        top = math.ceil(math.log10(positive.max())) if positive.size else 0
        logs = np.where(values > 0, np.log10(np.maximum(values, 1e-300)), floor)
        self.bars.setOpts(x=np.arange(len(names)), height=logs - floor, y0=floor, width=0.7)
        left = self.strip.getAxis("left")
        step = max(1, (top - floor) // 6)
        left.setTicks([[(k, f"1e{k}") for k in range(floor, top + 1, step)]])
        self.strip.getAxis("bottom").setTicks([list(enumerate(names))])
        self.strip.setYRange(floor, top, padding=0.05)
        self.strip.setXRange(-0.6, len(names) - 0.4, padding=0)
        ratio = values[-1] / values[0] if values[0] > 0 else float("inf")
        self.caption.setText(
            self.tr(
                "<b>Mean |∂L/∂w| per layer</b>, first layer → output, averaged over the last "
                "{recent} readings of {examples} training examples (log scale). "
                "The output layer's gradients are <b>{ratio}×</b> the first layer's."
            ).format(
                recent=RECENT,
                examples=PROBE_EXAMPLES,
                ratio=QLocale().toString(float(ratio), "g", 3),
            )
        )

    def _draw_histograms(self) -> None:
        name = self.layer_combo.currentText()
        if not self._built or name not in self.history.weights:
            return
        for track, image, plot in (
            (self.history.weights[name], self.weight_image, self.weight_plot),
            (self.history.gradients[name], self.gradient_image, self.gradient_plot),
        ):
            epochs, edges, rows = track.image()
            if not len(epochs):
                continue
            top = epochs[-1] if epochs[-1] > epochs[0] else epochs[0] + 1e-3
            image.setImage(np.sqrt(rows), autoLevels=True)  # sqrt: the tails stay visible
            image.setRect(edges[0], epochs[0], edges[-1] - edges[0], top - epochs[0])
            plot.getPlotItem().vb.autoRange(padding=0.02)

    def strip_values(self) -> dict[str, float]:
        """What the strip shows, by layer (for checks)."""
        return self.history.recent_sizes()
