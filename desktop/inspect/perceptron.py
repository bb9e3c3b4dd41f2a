"""The perceptron learning rule (``perceptronRule``): a one-unit step network trained one example
at a time with w ← w + α(y − h(x))x; every update is written out, the weights go into the
project after each one (so the boundary moves), and the status says whether the rule converged
(AND, OR) or cycles for ever (XOR: not linearly separable). The rule itself is
``netcore.backprop.perceptron``."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.inspect.base import InspectView
from desktop.inspect.boundary import DecisionBoundaryView
from desktop.inspect.perceptron_diagram import PerceptronDiagram
from desktop.widgets.numbers import NumberEdit, shown
from netcore.backprop.perceptron import (
    at_zero,
    perceptron_layer,
    train_perceptron,
)
from netcore.introspection import plane_extent
from netcore.project.model import WeightSource, structure

PLAY_MS = 450  # one update every this many ms while playing: slow enough to follow
MAX_LOG = 2000  # updates written out in the list


class PerceptronView(InspectView):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("perceptronRule")
        self.run = None  # the PerceptronRun being played
        self.position = 0  # updates applied so far
        self.layer_id = ""
        self._key = None  # (network structure, dataset) the run belongs to
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_MS)
        self.timer.timeout.connect(self._tick)
        self.finish_layout(self._build_controls())
        self._build_body()

    def _build_controls(self) -> QWidget:
        # two lines: the rule's settings, then the buttons (one line was wider than a
        # 1280×720 projector in presentation mode)
        box = QWidget()
        lines = QVBoxLayout(box)
        lines.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        buttons_row = QHBoxLayout()
        lines.addLayout(row)
        lines.addLayout(buttons_row)
        self.rate = NumberEdit(1.0, minimum=0.01, maximum=10.0)
        self.rate.setObjectName("perceptronRate")
        self.rate.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000") + 24)
        self.rate.setSingleStep(0.1)
        self.start_from = QComboBox()
        self.start_from.setObjectName("perceptronStart")
        self.start_from.addItem(self.tr("all zeros"), "zeros")
        self.start_from.addItem(self.tr("the network's weights"), "network")
        self.max_epochs = QSpinBox()
        self.max_epochs.setRange(1, 1000)
        self.max_epochs.setValue(20)
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setObjectName("perceptronStep")
        self.step_button.setToolTip(
            self.tr("Show the next example to the perceptron and apply the rule")
        )
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("perceptronPlay")
        self.end_button = QPushButton(self.tr("To the end"))
        self.reset_button = QPushButton(self.tr("Reset"))
        for text, widget in (
            ("α", self.rate),
            (self.tr("start from"), self.start_from),
            (self.tr("at most"), self.max_epochs),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(QLabel(self.tr("epochs")))
        row.addStretch(1)
        for button in (self.step_button, self.play_button, self.end_button, self.reset_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        self.step_button.clicked.connect(self.step_once)
        self.play_button.clicked.connect(self.toggle_play)
        self.end_button.clicked.connect(self.to_end)
        self.reset_button.clicked.connect(self.reset)
        for widget in (self.rate, self.max_epochs):
            widget.valueChanged.connect(lambda _v: self.reset())
        self.start_from.currentIndexChanged.connect(lambda _i: self.reset())
        return box

    def _build_body(self) -> None:
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        self._row = row
        self.boundary = None  # made when first needed: it costs the window's start
        self.line = None
        right = QVBoxLayout()
        self.diagram = PerceptronDiagram()
        self.rule = QLabel(
            self.tr(
                "<b>The perceptron rule</b>: h(x) = step(w·x + b); after each example "
                "w<sub>i</sub> ← w<sub>i</sub> + α·(y − h(x))·x<sub>i</sub> and "
                "b ← b + α·(y − h(x))."
            )
        )
        self.rule.setWordWrap(True)
        self.log = QListWidget()
        self.log.setObjectName("perceptronLog")
        self.log.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("perceptronStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold; padding: 4px;")
        right.addWidget(self.diagram, 2)  # the drawing takes the room there is
        right.addWidget(self.rule)
        right.addWidget(self.log, 2)
        right.addWidget(self.status)
        row.addLayout(right, 3)

    def _ensure_boundary(self) -> None:
        if self.boundary is not None:
            return
        self.boundary = DecisionBoundaryView(self.state, compact=True)
        self.boundary.source_label.hide()
        self.line = pg.PlotCurveItem(pen=pg.mkPen("#1a202c", width=3))
        self.line.setZValue(10)
        self.boundary.plot.addItem(self.line)
        self._row.insertWidget(0, self.boundary, 2)
        self.boundary.show()  # at once, not at the next turn of the event loop

    # -- following the project -------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.layer_id = perceptron_layer(self.state.document.spec)
        except ValueError as exc:
            self._stop()
            self.say(
                self.tr(
                    "{reason}. Open the Perceptron (AND) network (File → New from template) and "
                    "a logic-gate dataset."
                ).format(reason=f"{str(exc)[0].upper()}{str(exc)[1:]}")
            )
            return
        data = self.state.dataset()
        problem = self._data_problem(data)
        if problem:
            self._stop()
            self.say(problem)
            return
        self._ensure_boundary()
        key = (structure(self.state.document.spec), data.title)
        if key != self._key:
            self._key = key
            self.reset()
        self.show_body()

    @staticmethod
    def _data_problem(data) -> str:
        translate = QCoreApplication.translate
        if data is None:
            return translate(
                "PerceptronView",
                "Choose a dataset: a logic gate (AND, OR, XOR…) or another 2-class 2-D set.",
            )
        labels = np.unique(np.asarray(data.y_train).reshape(-1))
        if data.task != "classification" or not np.isin(labels, (0, 1)).all():
            return translate(
                "PerceptronView",
                "{title} does not have the classes 0 and 1 the perceptron rule needs; choose a "
                "logic gate (AND, OR, XOR…).",
            ).format(title=data.title)
        return ""

    # -- playing the rule ------------------------------------------------------------------

    def _prepare(self) -> bool:
        """Run the rule to its end (it is quick); the window then shows it update by update."""
        if self.run is not None:
            return True
        data = self.state.dataset()
        if not self.layer_id or self._data_problem(data):
            return False
        x = np.asarray(data.x_train, dtype=np.float64).reshape(len(data.x_train), -1)
        y = np.asarray(data.y_train).reshape(-1).astype(int)
        weights, bias = None, 0.0
        current = self.state.weights()
        if self.start_from.currentData() == "network" and current and self.layer_id in current:
            kernel, b = current[self.layer_id]
            weights, bias = np.ravel(kernel), float(np.ravel(b)[0])
        try:
            self.run = train_perceptron(
                x,
                y,
                weights,
                bias,
                self.rate.value(),
                self.max_epochs.value(),
                at_zero(self.state.document.spec),
            )
        except ValueError as exc:
            self.status.setText(str(exc)[0].upper() + str(exc)[1:] + ".")
            return False
        self._start = (np.zeros(x.shape[1]) if weights is None else weights, bias)
        self.position = 0
        self._apply(*self._start, "perceptron rule: start")
        return True

    def step_once(self) -> None:
        if not self._prepare():
            return
        if self.position >= len(self.run.updates):
            self._stop()
            return
        self._advance(self.position + 1)

    def _advance(self, position: int) -> None:
        """Write out the updates up to ``position`` and put its weights into the project."""
        lr = self.rate.value()
        for update in self.run.updates[self.position : min(position, MAX_LOG)]:
            self.log.addItem(self.describe(update, lr))
        if position > MAX_LOG and self.position <= MAX_LOG:
            self.log.addItem(self.tr("… (the first {n} updates are listed)").format(n=MAX_LOG))
        self.log.setCurrentRow(self.log.count() - 1)
        self.position = position
        update = self.run.updates[position - 1]
        self._apply(
            np.asarray(update.weights),
            update.bias,
            f"perceptron rule: epoch {update.epoch}, example {update.example + 1}",
        )
        self.diagram.show_unit(update.weights, update.bias, update.x, update.target, update.output)
        self._say_status(update)

    def describe(self, update, lr: float) -> str:
        """One update written out (what the unit said, the error, the change of each weight),
        its numbers in the window's format."""
        x = "; ".join(_num(v) for v in update.x)
        head = self.tr("epoch {epoch}, example {n}: x = ({x}), y = {y}, h(x) = {h}").format(
            epoch=update.epoch, n=update.example + 1, x=x, y=update.target, h=update.output
        )
        if update.error == 0:
            return head + self.tr(" — right, nothing changes")
        parts = [
            f"w{i + 1} += {_num(lr)}·({update.error:+d})·{_num(v)} = {_signed(c)}"
            for i, (v, c) in enumerate(zip(update.x, update.change, strict=False))
        ]
        parts.append(f"b += {_num(lr)}·({update.error:+d}) = {_signed(update.change[-1])}")
        weights = "; ".join(_num(w) for w in update.weights)
        return head + self.tr(" — wrong: {changes} → w = ({weights}), b = {b}").format(
            changes="; ".join(parts), weights=weights, b=_num(update.bias)
        )

    def _say_status(self, update) -> None:
        if self.position == len(self.run.updates):
            self._stop()
            mark = "✓ " if self.run.outcome == "converged" else "⟳ "
            self.status.setText(mark + self.run.message[0].upper() + self.run.message[1:] + ".")
            colour = "#2f855a" if self.run.outcome == "converged" else "#c05621"
            self.status.setStyleSheet(f"font-weight: bold; padding: 4px; color: {colour};")
            return
        mistakes = sum(
            1 for u in self.run.updates[: self.position] if u.epoch == update.epoch and u.error
        )
        self.status.setStyleSheet("font-weight: bold; padding: 4px;")
        self.status.setText(
            self.tr("Epoch {epoch}: {n} mistake(s) so far").format(epoch=update.epoch, n=mistakes)
        )

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self._stop()
        elif self._prepare():
            self.timer.start()
            self.play_button.setText(self.tr("Pause"))

    def _tick(self) -> None:
        if self.run is None or self.position >= len(self.run.updates):
            self._stop()
            return
        self.step_once()

    def to_end(self) -> None:
        if not self._prepare():
            return
        if self.position < len(self.run.updates):
            self._advance(len(self.run.updates))  # one redraw, not one per update

    def _stop(self) -> None:
        self.timer.stop()
        self.play_button.setText(self.tr("Play"))

    def reset(self) -> None:
        self._stop()
        self.run = None
        self.position = 0
        self.log.clear()
        if self.line is not None:
            self.line.setData([], [])
        self.diagram.show_unit(*self._start_weights())
        self.status.setStyleSheet("font-weight: bold; padding: 4px;")
        self.status.setText(
            self.tr("Step shows the perceptron one example; Play goes on by itself.")
        )

    def _start_weights(self) -> tuple[np.ndarray, float]:
        """Where the rule will start: all zeros or the network's weights (as the choice says)."""
        current = self.state.weights() if self.layer_id else None
        if current and self.layer_id in current:
            kernel, b = current[self.layer_id][:2]
            if self.start_from.currentData() == "network":
                return np.ravel(kernel), float(np.ravel(b)[0])
            return np.zeros(np.size(kernel)), 0.0
        return np.zeros(2), 0.0

    def _apply(self, weights: np.ndarray, bias: float, note: str) -> None:
        arrays = [
            np.asarray(weights, dtype=np.float32).reshape(-1, 1),
            np.array([bias], dtype=np.float32),
        ]
        self.state.project.set_weights({self.layer_id: arrays}, WeightSource.HAND_SET, note)
        self.diagram.show_unit(np.ravel(weights), bias)
        self._draw_line(np.asarray(weights, dtype=np.float64).ravel(), float(bias))

    def _draw_line(self, w: np.ndarray, b: float) -> None:
        """The line w·x + b = 0 across the picture (none while all weights are zero)."""
        self._ensure_boundary()
        data = self.state.dataset()
        if data is None or len(w) != 2 or not np.any(w):
            self.line.setData([], [])
            return
        x0, x1, y0, y1 = plane_extent(np.asarray(data.x_train, dtype=np.float64))
        t = np.linspace(0.0, 1.0, 200)
        if abs(w[1]) >= abs(w[0]):
            xs = x0 + (x1 - x0) * t
            ys = -(w[0] * xs + b) / w[1]
        else:
            ys = y0 + (y1 - y0) * t
            xs = -(w[1] * ys + b) / w[0]
        inside = (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)
        self.line.setData(xs[inside], ys[inside])


def _num(value: float) -> str:
    """A number of the rule's log: six significant digits, the window's decimal point."""
    return shown(float(f"{float(value):.6g}"))


def _signed(value: float) -> str:
    return ("+" if value >= 0 else "") + _num(value)
