"""The fitted curve (``curveFitView``): for a network with one input on 1-D regression data (the
noisy sine), the training and test points and the network's output over the whole input range,
redrawn with every weight snapshot while training — more hidden units, a closer fit."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.inspect.base import InspectView

POINTS = 400  # where the curve is evaluated
MARGIN = 0.1  # of the data's range, on each side


class CurveFitView(InspectView):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("curveFitView")
        self._points_for = None
        self.plot = None  # made when first shown: it costs the window's start
        self.finish_layout()

    def _build_plot(self) -> None:
        if self.plot is not None:
            return
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("curveFitPlot")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setLabel("bottom", "input x")
        self.plot.setLabel("left", "target y / network output")
        self.plot.addLegend(offset=(10, 10), labelTextSize="10pt")
        self.train_points = pg.ScatterPlotItem(size=6, brush=(90, 120, 200, 150), pen=None)
        self.test_points = pg.ScatterPlotItem(
            size=7, brush=None, pen=pg.mkPen("#c05621", width=1.5)
        )
        self.curve = pg.PlotDataItem([], [], pen=pg.mkPen("#1a202c", width=3))
        for item, name in (
            (self.train_points, "training data"),
            (self.test_points, "test data"),
            (self.curve, "the network's output"),
        ):
            self.plot.addItem(item)
            self.plot.getPlotItem().legend.addItem(item, name)
        self.caption = QLabel()
        self.caption.setObjectName("curveFitCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)

    def refresh(self) -> None:
        self._build_plot()
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        if inspector.input_shape != (1,):
            self.say(
                self.tr(
                    "The fitted curve is for networks with one input, on 1-D regression data "
                    "such as the Noisy sine. This network takes {shape}; try the "
                    "Sine fit preset (File → New from template)."
                ).format(shape=inspector.input_shape)
            )
            return
        data = self.state.dataset()
        if data is None or tuple(data.input_shape) != (1,) or data.task != "regression":
            self.say(self.tr("Choose 1-D regression data: the Noisy sine."))
            return
        x_train, y_train = data.x_train[:, 0], np.ravel(data.y_train)
        x_test, y_test = data.x_test[:, 0], np.ravel(data.y_test)
        if self._points_for is not data:  # the points move only with the data
            self._points_for = data
            self.train_points.setData(x_train, y_train)
            self.test_points.setData(x_test, y_test)
        lo, hi = float(min(x_train.min(), x_test.min())), float(max(x_train.max(), x_test.max()))
        pad = (hi - lo) * MARGIN or 1.0
        xs = np.linspace(lo - pad, hi + pad, POINTS, dtype=np.float32)
        out = inspector.predict(xs[:, None])
        if out.shape[1] != 1:
            self.say(
                self.tr("The network has {count} outputs; the curve needs one.").format(
                    count=out.shape[1]
                )
            )
            return
        self.curve.setData(xs, out[:, 0])
        mse = float(np.mean((inspector.predict(data.x_test)[:, 0] - y_test) ** 2))
        hidden = inspector.hidden_dense_layers()
        units = sum(
            int(np.shape(inspector.weights()[h][0])[1]) for h in hidden if h in inspector.weights()
        )
        self.caption.setText(
            f"Test mean squared error <b>{mse:.4g}</b> with {units} hidden unit(s). Each hidden "
            "unit adds one bend; with enough of them the curve can follow any smooth shape "
            "(universal approximation)."
        )
        self.show_body()
