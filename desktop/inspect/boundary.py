"""Decision boundary (``decisionBoundaryView``): for networks with 2 inputs, the output over the
input plane as a heat map with the training (filled) and test (ringed) points on top, and below
it each hidden unit's own output over the plane, so a student sees how hidden units combine
into the final boundary (XOR with two hidden units)."""

from __future__ import annotations

import time
from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.appearance import palettes
from desktop.appearance.palettes import CLASS_SYMBOLS, scheme
from desktop.inspect.base import InspectView
from desktop.widgets.imaging import ImageTile, colourise, to_qimage
from desktop.widgets.plotstyle import locale_axes
from netcore.i18n import number
from netcore.introspection import Boundary, plane_extent
from netcore.training.evaluation import predicted_classes
from netcore.training.events import Paused, Resumed

GRID = 100  # points a side, while training too (as fine as TensorFlow Playground's)
#: A redraw quicker than this asks for the next snapshot before it draws (it is taken while this
#: one is drawn: 30 and more pictures a second); a slower one (a busy machine) waits as long as
#: it took before asking, so the pictures never take more than about half of the window's
#: time and the training thread, the rest of the window and a background XLA compile keep up.
QUICK_REDRAW = 1 / 60


def fit_extent(extent, size) -> tuple[float, float, float, float]:
    """``extent`` (x0, x1, y0, y1) widened along one axis to the plot's shape (``size`` in
    pixels): the picture fills the plot with square pixels, no blank bands."""
    x0, x1, y0, y1 = extent
    width, height = size.width(), size.height()
    if width < 10 or height < 10 or x1 <= x0 or y1 <= y0:
        return extent
    wanted = width / height
    have = (x1 - x0) / (y1 - y0)
    if have < wanted:  # too narrow: widen x around its middle
        grow = ((y1 - y0) * wanted - (x1 - x0)) / 2
        return x0 - grow, x1 + grow, y0, y1
    grow = ((x1 - x0) / wanted - (y1 - y0)) / 2
    return x0, x1, y0 - grow, y1 + grow


class DecisionBoundaryView(InspectView):
    def __init__(self, state, parent=None, compact: bool = False):
        super().__init__(state, parent)
        self.setObjectName("decisionBoundaryView")
        self.boundary: Boundary | None = None
        self._points_for = None  # the dataset whose points are drawn
        self._extent = None
        self._placed = 0  # hidden-unit tiles in the grid
        # the training accuracy of the weights drawn: (inspector, weights, dataset) it is for,
        # by identity (every snapshot is a new dict), and the percentage
        self._accuracy: tuple[tuple, float] | None = None
        self._cost = 0.0  # seconds the last redraw took
        self._ask_later = QTimer(self)
        self._ask_later.setSingleShot(True)
        self._ask_later.timeout.connect(self._ask_for_snapshot)
        self.compact = compact
        outer = QVBoxLayout(self.body) if compact else QHBoxLayout(self.body)
        outer.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(background="w", axisItems=locale_axes())
        self.plot.setObjectName("boundaryPlot")
        # not locked to an aspect (that left blank bands): the plane drawn is widened to the
        # plot's own shape instead (``fit_extent``), so a circle stays round and fills it
        self.plot.getViewBox().sigResized.connect(self._on_plot_resized)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.getPlotItem().showGrid(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1))
        self.test_points = pg.ScatterPlotItem(size=8)
        self.plot.addItem(self.train_points)
        self.plot.addItem(self.test_points)
        self.plot.setMinimumSize(200, 150 if compact else 200)
        self.caption = QLabel()
        self.caption.setObjectName("boundaryCaption")
        self.caption.setWordWrap(True)
        outer.addWidget(self.plot, 3)
        side = QVBoxLayout()
        outer.addLayout(side, 2)
        side.addWidget(self.caption)
        self.units_title = QLabel(
            self.tr(
                "<b>Hidden units</b> — each one's own output over the same plane (orange high, "
                "blue low). The output layer combines these pictures."
            )
        )
        self.units_title.setWordWrap(True)
        if compact:
            self.units_title.setText(self.tr("<b>Hidden units</b> (orange high, blue low):"))
        self.units = QWidget()
        self.units_grid = QGridLayout(self.units)
        self.units_grid.setContentsMargins(0, 0, 0, 0)
        self.units_grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.unit_tiles: list[ImageTile] = []
        self.unit_labels: list[QLabel] = []
        side.addWidget(self.units_title)
        side.addWidget(self.units)
        side.addStretch(1)
        self.finish_layout()
        # the caption's accuracy waits while weights stream in: a pause or the run's end shows it
        self.state.session.running_changed.connect(self._on_run_paused_or_ended)
        self.state.session.event.connect(self._on_session_event)

    def _on_session_event(self, event) -> None:
        if isinstance(event, Paused | Resumed):
            self._on_run_paused_or_ended()

    def _on_run_paused_or_ended(self, *_args) -> None:
        if self.boundary is not None:
            self._on_state_changed()

    def _ask_for_snapshot(self) -> None:
        if self._streaming():
            self.state.session.control.request_snapshot()

    def _streaming(self) -> bool:
        """Training runs (not paused): the weights shown change many times a second."""
        control = self.state.session.control
        return self.state.session.running and control is not None and not control.paused

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        if not inspector.is_planar():
            self.say(
                self.tr(
                    "The decision boundary is drawn for networks with 2 inputs (points in a "
                    "plane), such as the XOR, circles, spirals or logic-gate datasets. This "
                    "network takes {shape}."
                ).format(shape=inspector.input_shape)
            )
            return
        data = self.state.dataset()
        if data is None or tuple(data.input_shape) != (2,):
            self.say(
                self.tr(
                    "Choose a 2-D dataset (xor, circles, spirals, moons, gaussians or a logic "
                    "gate) to see the decision boundary."
                )
            )
            return
        started = time.perf_counter()
        streaming = self._streaming()
        if streaming and self._cost <= QUICK_REDRAW:
            self._ask_for_snapshot()  # taken while this one is drawn: no waiting
        points = np.concatenate([data.x_train, data.x_test])
        extent = fit_extent(plane_extent(points), self.plot.getViewBox().size())
        b = inspector.boundary(extent, n=GRID, hidden_layers=1 if self.compact else 2)
        self.boundary = b
        x0, x1, y0, y1 = extent
        if b.output.ndim == 2:
            binary = data.task == "classification"
            lut = scheme().binary if binary else scheme().diverging
            lo, hi = (0.0, 1.0) if binary else (float(b.output.min()), float(b.output.max()))
            rgb = colourise(b.output, lut, lo, hi)
        else:
            rgb = self._class_colours(b)
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255))
        if extent != self._extent:  # the plane moves only with the data: keep the view still
            self.image.setRect(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
            self.plot.setXRange(x0, x1, padding=0)
            self.plot.setYRange(y0, y1, padding=0)
            self._extent = extent
        drawn_for = (id(data), palettes.scheme().name)  # id: the dataset object itself
        if self._points_for != drawn_for:  # the points stay while the weights move: set once
            self._set_points(self.train_points, data.x_train, data.y_train, data.task, True)
            self._set_points(self.test_points, data.x_test, data.y_test, data.task, False)
            self._points_for = drawn_for
        self.caption.setText(self._caption(data, streaming))
        self._show_units(b)
        self.show_body()
        self._cost = time.perf_counter() - started
        if streaming and self._cost > QUICK_REDRAW and not self._ask_later.isActive():
            self._ask_later.start(round(1000 * self._cost))

    def _on_plot_resized(self) -> None:
        """Another shape: the plane is widened to it again when next drawn."""
        if self.boundary is not None:
            self._on_state_changed()

    def _class_colours(self, b: Boundary) -> np.ndarray:
        classes = scheme().classes
        colours = np.array([pg.mkColor(c).getRgb()[:3] for c in classes], dtype=np.float32)
        k = b.output.shape[-1]
        base = colours[np.arange(k) % len(colours)][b.predicted]
        confidence = b.output.max(axis=-1, keepdims=True)
        strength = np.clip((confidence - 1 / k) / (1 - 1 / k), 0, 1) * 0.75
        return (255 * (1 - strength) + base * strength).astype(np.uint8)

    def _set_points(self, item, x, y, task, filled: bool) -> None:
        if task == "classification":
            colours = [pg.mkColor(scheme().class_colour(c)) for c in y]
            symbols = [CLASS_SYMBOLS[int(c) % len(CLASS_SYMBOLS)] for c in y]
        else:
            colours = [pg.mkColor("#333")] * len(x)
            symbols = "o"
        # the dot's fill and shape are its true class (shape for whoever cannot tell the
        # colours apart); the edge tells training (white) from test (dark)
        edge = pg.mkPen("w" if filled else "#1a1a1a", width=1.0 if filled else 1.4)
        item.setData(x[:, 0], x[:, 1], brush=colours, pen=edge, symbol=symbols)

    def _training_accuracy(self, data) -> float:
        """Percent of the training examples the weights drawn classify right, computed once
        for each set of weights (a resize or a palette change draws them again)."""
        inspector = self.state.inspector()
        key = (inspector, self.state.project.weights, data)
        known = self._accuracy[0] if self._accuracy is not None else (None, None, None)
        if any(a is not b for a, b in zip(known, key, strict=True)):
            guess = predicted_classes(inspector.predict(data.x_train))
            self._accuracy = key, float((guess == data.y_train).mean()) * 100
        return self._accuracy[1]

    def _caption(self, data, streaming: bool) -> str:
        if data.task != "classification":
            return self.tr("Colour: the network's output value over the plane.")
        if streaming:  # a number changing 30 times a second cannot be read, and costs a pass
            if self.compact:
                return self.tr(
                    "Predicted class over the plane; training accuracy when paused or done."
                )
            return self.tr(
                "Colour: the class the network predicts at each point (paler = less sure). Dots "
                "are coloured by their true class: white edge = training example, dark edge = "
                "test example. The training accuracy shows when training pauses or ends."
            )
        accuracy = number(self._training_accuracy(data), 1)
        if self.compact:  # beside the weight table: the plot needs the room
            return self.tr("Predicted class over the plane; training accuracy {percent} %.").format(
                percent=accuracy
            )
        return self.tr(
            "Colour: the class the network predicts at each point (paler = less sure). Dots are "
            "coloured by their true class: white edge = training example, dark edge = test "
            "example. Training accuracy {percent} %."
        ).format(percent=accuracy)

    def _unit_text(self, layer: str, u: int, low: float, high: float, *_point) -> str:
        return self.tr("{layer}, unit {unit}: output from {low} to {high}").format(
            layer=layer, unit=u + 1, low=number(low, 3), high=number(high, 3)
        )

    def _show_units(self, b: Boundary) -> None:
        """Each hidden unit's output over the plane, coloured from its own lowest (blue) to
        highest (orange) value; one vectorised pass for all tiles (it runs with every
        snapshot while training)."""
        tiles = [
            (layer, u, maps[..., u])
            for layer, maps in b.hidden.items()
            for u in range(maps.shape[-1])
        ][:32]
        while len(self.unit_tiles) < len(tiles):
            tile = ImageTile(self.units, max_scale=2)
            tile.setFixedSize(72, 72)
            label = QLabel(self.units)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            label.setWordWrap(True)  # "hidden 1" on two lines under a 72-pixel tile
            self.unit_tiles.append(tile)
            self.unit_labels.append(label)
        if tiles:
            # every other grid point: a 72-pixel tile shows 50 values a side as well as 100
            step = max(1, tiles[0][2].shape[0] // 50)
            values = np.stack([t[2][::-step, ::step] for t in tiles]).astype(np.float32)
            low = values.min(axis=(1, 2))
            high = np.maximum(values.max(axis=(1, 2)), low + 1e-6)
            scaled = (values - low[:, None, None]) / (high - low)[:, None, None] * 255
            rgb = scheme().binary[np.clip(np.nan_to_num(scaled), 0, 255).astype(np.uint8)]
        cols = 4 if self.compact else 6
        for i, (tile, label) in enumerate(zip(self.unit_tiles, self.unit_labels, strict=True)):
            if i >= len(tiles):
                tile.hide()
                label.hide()
                continue
            layer, u, _ = tiles[i]
            tile.set_image(to_qimage(rgb[i]))
            # the hover text is written when asked for, not with each of 30 pictures a second
            tile.describe = partial(self._unit_text, layer, u, float(low[i]), float(high[i]))
            label.setText(f"{layer} {u + 1}")
            if i >= self._placed:
                r, c = divmod(i, cols)
                self.units_grid.addWidget(tile, 2 * r, c)
                self.units_grid.addWidget(label, 2 * r + 1, c)
            tile.show()
            label.show()
        self._placed = max(self._placed, len(tiles))
        self.units.setVisible(bool(tiles))
        self.units_title.setVisible(bool(tiles))
