"""Decision boundary (``decisionBoundaryView``): for networks with 2 inputs, the output over the
input plane as a heat map with the training (filled) and test (ringed) points on top, and below
it each hidden unit's own output over the plane, so a student sees how hidden units combine
into the final boundary (XOR with two hidden units)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.inspect.base import InspectView
from desktop.widgets.imaging import BINARY, DIVERGING, ImageTile, colourise, to_qimage
from netcore.introspection import Boundary, plane_extent
from netcore.training.evaluation import predicted_classes

GRID = 100
CLASS_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"]


class DecisionBoundaryView(InspectView):
    def __init__(self, state, parent=None, compact: bool = False):
        super().__init__(state, parent)
        self.setObjectName("decisionBoundaryView")
        self.boundary: Boundary | None = None
        self.compact = compact
        outer = QVBoxLayout(self.body) if compact else QHBoxLayout(self.body)
        outer.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("boundaryPlot")
        self.plot.setAspectLocked(True)
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
            "<b>Hidden units</b> — each one's own output over the same plane (orange high, "
            "blue low). The output layer combines these pictures."
        )
        self.units_title.setWordWrap(True)
        if compact:
            self.units_title.setText("<b>Hidden units</b> (orange high, blue low):")
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

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        if not inspector.is_planar():
            self.say(
                "The decision boundary is drawn for networks with 2 inputs (points in a plane), "
                "such as the XOR, circles, spirals or logic-gate datasets. This network takes "
                f"{inspector.input_shape}."
            )
            return
        data = self.state.dataset()
        if data is None or tuple(data.input_shape) != (2,):
            self.say(
                "Choose a 2-D dataset (xor, circles, spirals, moons, gaussians or a logic gate) "
                "to see the decision boundary."
            )
            return
        points = np.concatenate([data.x_train, data.x_test])
        extent = plane_extent(points)
        b = inspector.boundary(extent, n=GRID, hidden_layers=1 if self.compact else 2)
        self.boundary = b
        x0, x1, y0, y1 = extent
        if b.output.ndim == 2:
            binary = data.task == "classification"
            lut = BINARY if binary else DIVERGING
            lo, hi = (0.0, 1.0) if binary else (float(b.output.min()), float(b.output.max()))
            rgb = colourise(b.output, lut, lo, hi)
        else:
            rgb = self._class_colours(b)
        self.image.setImage(rgb, levels=(0, 255))
        self.image.setRect(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        self.plot.setXRange(x0, x1, padding=0)
        self.plot.setYRange(y0, y1, padding=0)
        self._set_points(self.train_points, data.x_train, data.y_train, data.task, filled=True)
        self._set_points(self.test_points, data.x_test, data.y_test, data.task, filled=False)
        self.caption.setText(self._caption(b, data))
        self._show_units(b)
        self.show_body()

    def _class_colours(self, b: Boundary) -> np.ndarray:
        colours = np.array([pg.mkColor(c).getRgb()[:3] for c in CLASS_COLOURS], dtype=np.float32)
        k = b.output.shape[-1]
        base = colours[np.arange(k) % len(colours)][b.predicted]
        confidence = b.output.max(axis=-1, keepdims=True)
        strength = np.clip((confidence - 1 / k) / (1 - 1 / k), 0, 1) * 0.75
        return (255 * (1 - strength) + base * strength).astype(np.uint8)

    def _set_points(self, item, x, y, task, filled: bool) -> None:
        if task == "classification":
            colours = [pg.mkColor(CLASS_COLOURS[int(c) % len(CLASS_COLOURS)]) for c in y]
        else:
            colours = [pg.mkColor("#333")] * len(x)
        # the dot's fill is its true class; the edge tells training (white) from test (dark),
        # so points stay visible on a background of their own colour
        edge = pg.mkPen("w" if filled else "#1a1a1a", width=1.0 if filled else 1.4)
        item.setData(x[:, 0], x[:, 1], brush=colours, pen=edge)

    def _caption(self, b: Boundary, data) -> str:
        if data.task != "classification":
            return "Colour: the network's output value over the plane."
        guess = predicted_classes(self.state.inspector().predict(data.x_train))
        accuracy = float((guess == data.y_train).mean()) * 100
        if self.compact:  # beside the weight table: the plot needs the room
            return f"Predicted class over the plane; training accuracy {accuracy:.1f} %."
        return (
            f"Colour: the class the network predicts at each point (paler = less sure). "
            f"Dots are coloured by their true class: white edge = training example, dark edge = "
            f"test example. Training accuracy "
            f"{accuracy:.1f} %."
        )

    def _show_units(self, b: Boundary) -> None:
        tiles = [
            (layer, u, maps[..., u])
            for layer, maps in b.hidden.items()
            for u in range(maps.shape[-1])
        ][:32]
        while len(self.unit_tiles) < len(tiles):
            tile = ImageTile(self.units, max_scale=2)
            tile.setFixedSize(72, 72)
            label = QLabel(self.units)
            label.setStyleSheet("color:#555; font-size: 8pt;")
            self.unit_tiles.append(tile)
            self.unit_labels.append(label)
        cols = 4 if self.compact else 6
        for i, (tile, label) in enumerate(zip(self.unit_tiles, self.unit_labels, strict=True)):
            if i >= len(tiles):
                tile.hide()
                label.hide()
                continue
            layer, u, values = tiles[i]
            lo, hi = float(values.min()), float(values.max())
            tile.set_image(to_qimage(colourise(values[::-1], BINARY, lo, max(hi, lo + 1e-6))))
            tile.setToolTip(f"{layer}, unit {u + 1}: output from {lo:.3g} to {hi:.3g}")
            label.setText(f"{layer} {u + 1}")
            r, c = divmod(i, cols)
            self.units_grid.addWidget(tile, 2 * r, c)
            self.units_grid.addWidget(label, 2 * r + 1, c)
            tile.show()
            label.show()
        self.units.setVisible(bool(tiles))
        self.units_title.setVisible(bool(tiles))
