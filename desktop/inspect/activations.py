"""The activation explorer (``activationExplorer``): each activation's curve g(z) and its
derivative g'(z) (from Keras: ``netcore.backprop.activations``), LeakyReLU's slope and ELU's α
adjustable, and the pre-activations z of a layer of the student's network for a test example
marked on the curve (where its units sit: saturated, dead, linear). Beside it, softmax of a
vector the student types."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.inspect.base import InspectView
from desktop.widgets.rows import control_row
from netcore.backprop.activations import CURVES, curve, softmax
from netcore.introspection import InspectError

MAX_MARKS = 2000  # pre-activations drawn (a conv layer has many)
ZOOM = 5.0  # the curves span at least −5 … 5


def _plot(title: str) -> pg.PlotWidget:
    """A plot with its title above it (``plot.heading``): in the window's font, the title wraps
    beside a lesson and grows with presentation mode (drawn by the plot, the softmax title
    needed 426 px where a projector gave 369, and was cut)."""
    plot = pg.PlotWidget(background="w")
    plot.heading = QLabel(f"<b>{html.escape(title)}</b>")
    plot.heading.setWordWrap(True)
    plot.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.setMinimumSize(240, 160)
    return plot


class ActivationExplorer(InspectView):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("activationExplorer")
        self.marks = np.zeros(0, np.float32)  # the chosen layer's z for the example
        self.finish_layout(self._build_controls())
        self._layers: dict = {}
        self.hidden: frozenset = frozenset()  # what a lesson's step hides until answered
        self._built = False  # plots made when first shown: they cost the window's start

    def _build_controls(self) -> QWidget:
        self.function = QComboBox()
        self.function.setObjectName("activationChoice")
        for name in CURVES:  # Keras's names; only "step" is a word of the student's language
            self.function.addItem(self.tr("step") if name == "step" else name, name)
        self.slope = QDoubleSpinBox()
        self.slope.setObjectName("activationSlope")
        self.slope.setRange(0.0, 1.0)
        self.slope.setSingleStep(0.05)
        self.slope.setValue(0.3)
        self.alpha = QDoubleSpinBox()
        self.alpha.setObjectName("activationAlpha")
        self.alpha.setRange(0.0, 5.0)
        self.alpha.setSingleStep(0.1)
        self.alpha.setValue(1.0)
        self.layer = QComboBox()
        self.layer.setObjectName("activationLayer")
        self.layer.setToolTip(self.tr("Mark where this layer's units are for a test example"))
        self.example = QSpinBox()
        self.example.setObjectName("activationExample")
        box = control_row(  # wraps in a narrow dock instead of widening it
            [
                ("g =", self.function),
                (self.tr("LeakyReLU slope"), self.slope),
                (self.tr("ELU α"), self.alpha),
                (self.tr("mark layer"), self.layer),
                (self.tr("test example"), self.example),
            ]
        )
        self.function.currentIndexChanged.connect(lambda _i: self._draw_curve())
        self.slope.valueChanged.connect(lambda _v: self._draw_curve())
        self.alpha.valueChanged.connect(lambda _v: self._draw_curve())
        self.layer.currentIndexChanged.connect(lambda _i: self._on_layer_chosen())
        self.example.valueChanged.connect(lambda _v: self.update_view())
        return box

    def _build_body(self) -> None:
        if self._built:
            return
        self._built = True
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        self.curve_plot = _plot(self.tr("g(z) and its derivative g'(z)"))
        self.curve_plot.setObjectName("activationCurve")
        self.curve_plot.addLegend(offset=(10, 10), labelTextSize="10pt")
        self.g_curve = self.curve_plot.plot([], [], pen=pg.mkPen("#1f4e9c", width=3), name="g(z)")
        self.d_curve = self.curve_plot.plot(
            [],
            [],
            pen=pg.mkPen("#c05621", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
            name="g'(z)",
        )
        self.g_marks = pg.ScatterPlotItem(size=9, brush="#2f855a", pen=pg.mkPen("w"))
        self.d_marks = pg.ScatterPlotItem(size=7, brush="#c05621", pen=pg.mkPen("w"), symbol="t")
        self.curve_plot.addItem(self.g_marks)
        self.curve_plot.addItem(self.d_marks)
        self.caption = QLabel()
        self.caption.setObjectName("activationCaption")
        self.caption.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.curve_plot.heading)
        left.addWidget(self.curve_plot, 1)
        left.addWidget(self.caption)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Softmax</b> of a vector z (type numbers):")))
        self.softmax_input = QLineEdit("2 1 0.1")
        self.softmax_input.setObjectName("softmaxInput")
        self.softmax_input.editingFinished.connect(self._draw_softmax)
        right.addWidget(self.softmax_input)
        self.softmax_plot = _plot(self.tr("softmax(z): probabilities that sum to 1"))
        self.softmax_plot.setObjectName("softmaxPlot")
        self.softmax_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush="#3a6fc4")
        self.softmax_plot.addItem(self.softmax_bars)
        self.softmax_text = QLabel()
        self.softmax_text.setObjectName("softmaxText")
        self.softmax_text.setWordWrap(True)
        right.addWidget(self.softmax_plot.heading)
        right.addWidget(self.softmax_plot, 1)
        right.addWidget(self.softmax_text)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

    # -- the network's pre-activations -----------------------------------------------------

    def refresh(self) -> None:
        if not self.state.tensorflow_ready:  # the curves are Keras's: never block the window
            self.say(self.tr("TensorFlow is still loading…"))
            return
        self._build_body()
        self.show_body()  # the curves need no network
        if not self.softmax_text.text():
            self._draw_softmax()
        inspector = self.state.inspector()
        data = self.state.dataset()
        layers: list = []
        fits = inspector is not None and data is not None
        if fits and tuple(data.input_shape) == inspector.input_shape and len(data.x_test):
            self.example.setRange(0, len(data.x_test) - 1)
            try:
                layers = inspector.pre_activations(data.x_test[self.example.value()])
            except InspectError:
                layers = []
        self._layers = {layer_id: (act, extra, z) for layer_id, act, extra, z in layers}
        names = [None, *self._layers]  # None: no layer (shown in the student's language)
        current = self.layer.currentData()
        if [self.layer.itemData(i) for i in range(self.layer.count())] != names:
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItem(self.tr("(none)"), None)
            for name in self._layers:
                self.layer.addItem(name, name)
            self.layer.setCurrentIndex(max(0, self.layer.findData(current)) if current else 0)
            self.layer.blockSignals(False)
        self._on_layer_chosen()

    def _on_layer_chosen(self) -> None:
        chosen = self._layers.get(self.layer.currentData())
        if chosen is None:
            self.marks = np.zeros(0, np.float32)
        else:
            act, extra, z = chosen
            self.marks = z[:MAX_MARKS]
            for widget, key in ((self.slope, "slope"), (self.alpha, "alpha")):
                if key in extra:
                    widget.blockSignals(True)
                    widget.setValue(float(extra[key]))
                    widget.blockSignals(False)
            if act in CURVES:
                self.function.blockSignals(True)
                self.function.setCurrentIndex(self.function.findData(act))
                self.function.blockSignals(False)
        self._draw_curve()

    # -- drawing ---------------------------------------------------------------------------

    def _draw_curve(self) -> None:
        if not (self._built and self.state.tensorflow_ready):
            return
        name = self.function.currentData()
        slope, alpha = self.slope.value(), self.alpha.value()
        marks = self.marks[np.isfinite(self.marks)]
        reach = max(ZOOM, float(np.abs(marks).max()) * 1.1 if marks.size else 0.0)
        reach = min(reach, 50.0)
        z = np.linspace(-reach, reach, 801)
        g, d = curve(name, z, slope, alpha)
        self.g_curve.setData(z, g)
        self.d_curve.setData(z, d)
        text = f"<b>{name}</b>"
        if marks.size:
            mg, md = curve(name, marks, slope, alpha)
            self.g_marks.setData(marks, mg)
            self.d_marks.setData(marks, md)
            flat = float(np.mean(np.abs(md) < 0.01))
            text += self.tr(
                " — {count} pre-activation(s) of <b>{layer}</b> for test example {example} "
                "(green on g, triangles on g'). {share} of them sit where g'(z) &lt; 0.01: "
                "almost no gradient flows back through those units."
            ).format(
                count=marks.size,
                layer=html.escape(self.layer.currentText()),
                example=self.example.value(),
                share=self.locale().toString(100 * flat, "f", 0) + " %",
            )
        else:
            self.g_marks.setData([], [])
            self.d_marks.setData([], [])
            text += self.tr(
                ": pick a layer of your network to see where its units are on the curve."
            )
        self.caption.setText(text)

    def _draw_softmax(self) -> None:
        if not (self._built and self.state.tensorflow_ready):
            return
        try:
            z = [float(v) for v in self.softmax_input.text().replace(",", " ").split()]
        except ValueError:
            self.softmax_text.setText(self.tr("Type numbers separated by spaces, e.g. 2 1 0.1"))
            return
        if not 1 <= len(z) <= 20:
            self.softmax_text.setText(self.tr("Type between 1 and 20 numbers."))
            return
        p = softmax(z)
        self.softmax_bars.setOpts(x=np.arange(len(p)), height=p, width=0.6)
        self.softmax_plot.getAxis("bottom").setTicks([[(i, f"z={v:g}") for i, v in enumerate(z)]])
        self.softmax_plot.setYRange(0, 1, padding=0.02)
        exps = " + ".join(f"e^{v:g}" for v in z)
        if "softmax_values" in self.hidden:  # the step asks for them: shown once answered
            values, total = ", ".join("?" for _ in p), "?"
        else:
            values = ", ".join(self.locale().toString(float(v), "f", 3) for v in p)
            total = self.locale().toString(float(p.sum()), "f", 3)
        self.softmax_text.setText(
            "p<sub>k</sub> = e^z<sub>k</sub> / ("
            + exps
            + ") = "
            + values
            + self.tr("; they sum to {total}.").format(total=total)
        )

    def set_hidden(self, names) -> None:
        """A lesson step hides ``softmax_values`` (the probabilities typed out) until the
        student has answered; the bars and the formula stay."""
        self.hidden = frozenset(names)
        self._draw_softmax()
