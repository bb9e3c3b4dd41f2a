"""The computational-graph calculator (``computationGraph``): type an expression, set the
variables, and see the graph of gates with each forward value (green), the gradient each gate
receives on the way back (red) and, on every edge, what flows back along it (upstream ×
local). Beside it, each variable's gradient from backpropagation and from central differences.
The numbers come from ``netcore.backprop.graph``; this widget only shows them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netcore.backprop.graph import ExpressionError, Graph

EXAMPLE = "(x + y) * z"
EXAMPLE_VALUES = {"x": -2.0, "y": 5.0, "z": -4.0}  # the lecture's numbers
FORWARD, BACKWARD = QColor("#1b7f3b"), QColor("#b3261e")
GATE_W, GATE_H, STEP_X, STEP_Y = 74, 34, 150, 78  # for 12 px text; scaled with the font
MAX_SCALE = 3.0  # a small graph on a large screen is drawn large, up to this
READABLE_PX = 14  # presentation mode never draws the numbers smaller than this: scroll instead
HIDDEN = "?"  # a number the lesson step keeps hidden until it is answered


def text_px() -> int:
    """The application's text size in pixels: presentation mode enlarges it, and the drawing's
    text is never shown smaller than it."""
    return max(QFontInfo(QApplication.font()).pixelSize(), 8)


class ComputationGraphView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("computationGraph")
        self.graph: Graph | None = None
        self.hidden: frozenset[str] = frozenset()  # a lesson step's hidden quantities
        self.values: dict[str, float] = dict(EXAMPLE_VALUES)
        self.expression = QLineEdit(EXAMPLE)
        self.expression.setObjectName("expressionEdit")
        self.expression.setAccessibleName(self.tr("Expression"))
        self.expression.setToolTip(
            self.tr(
                "Numbers, variables, + − * / **, parentheses and exp, log, sqrt, sigmoid, tanh, "
                "relu, abs, max, min. E.g. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))"
            )
        )
        self.message = QLabel("")
        self.message.setObjectName("graphMessage")
        self.message.setWordWrap(True)
        self.step = QDoubleSpinBox()
        self.step.setObjectName("stepSize")
        self.step.setDecimals(8)
        self.step.setRange(1e-8, 1.0)
        self.step.setSingleStep(1e-4)
        self.step.setValue(1e-4)
        self.step.setAccessibleName(self.tr("h for central differences"))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("variableTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("variable"), self.tr("value"), "∂f/∂v", self.tr("numerical"), "|Δ|"]
        )
        self.table.horizontalHeaderItem(4).setToolTip(
            self.tr("difference between backpropagation and central differences")
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.scene = QGraphicsScene(self)
        self.canvas = QGraphicsView(self.scene)
        self.canvas.setObjectName("graphCanvas")
        self.canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.output = QLabel("")
        self.output.setObjectName("graphOutput")

        top = QHBoxLayout()
        top.addWidget(QLabel("f ="))
        top.addWidget(self.expression, 1)
        top.addWidget(QLabel("h"))
        top.addWidget(self.step)
        side = QVBoxLayout()
        side.addWidget(self.output)
        side.addWidget(self.table, 1)
        legend = QLabel(
            self.tr(
                "<span style='color:#1b7f3b'>green: forward value</span> · "
                "<span style='color:#b3261e'>red: gradient flowing back</span>. Add distributes, "
                "mul swaps, max routes, a variable used twice adds."
            )
        )
        legend.setWordWrap(True)
        side.addWidget(legend)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 3)
        holder = QWidget()
        holder.setLayout(side)
        body.addWidget(holder, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.message)
        outer.addLayout(body, 1)

        self.expression.editingFinished.connect(self._on_expression_edited)
        self.step.valueChanged.connect(self._recompute)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self._on_expression_edited()

    def set_hidden(self, names) -> None:
        """A lesson step hides ``graph_values`` (forward values and gradients) until the
        student has answered; the graph's shape and the inputs stay."""
        self.hidden = frozenset(names)
        self._recompute()

    @property
    def masked(self) -> bool:
        return "graph_values" in self.hidden

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: the text grows
            self._recompute()

    def _fit(self) -> None:
        """The graph as large as the view allows, its text never smaller than the window's."""
        rect = self.canvas.sceneRect()
        room = self.canvas.viewport().size()
        if rect.isEmpty() or room.isEmpty():
            return
        scale = min(room.width() / rect.width(), room.height() / rect.height(), MAX_SCALE)
        px = text_px()  # never under the window's text, nor under 14 px in presentation mode
        scale = max(scale, (px if px <= READABLE_PX else max(READABLE_PX, 0.8 * px)) / px)
        self.canvas.resetTransform()
        self.canvas.scale(scale, scale)

    def catch_up(self) -> None:
        """Nothing follows the network here: the graph is drawn as it is edited."""

    # ----------------------------------------------------------------- input

    def set_expression(self, text: str, values: dict[str, float] | None = None) -> None:
        self.expression.setText(text)
        if values:
            self.values.update(values)
        self._on_expression_edited()

    def _on_expression_edited(self) -> None:
        try:
            graph = Graph(self.expression.text())
        except ExpressionError as exc:
            self._say(str(exc))
            return  # the last good graph stays
        self.graph = graph
        for name in graph.variables:
            self.values.setdefault(name, 1.0)
        self._fill_table()
        self._recompute()

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 1 or self.graph is None:
            return
        name = self.table.item(item.row(), 0).text()
        try:
            self.values[name] = float(item.text().replace("−", "-"))
        except ValueError:
            self._say(f"{name}: '{item.text()}' is not a number")
            return
        self._recompute()

    # ----------------------------------------------------------------- output

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if text else "")

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        names = list(self.graph.variables)
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            label = QTableWidgetItem(name)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, QTableWidgetItem(f"{self.values[name]:g}"))
            for col in (2, 3, 4):
                cell = QTableWidgetItem("")
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, cell)
        self.table.blockSignals(False)

    def _recompute(self) -> None:
        graph = self.graph
        if graph is None:
            return
        values = {name: self.values[name] for name in graph.variables}
        try:
            numerical = graph.numerical(values, self.step.value())
            result = graph.forward(values)
            grads = graph.backward()
        except ExpressionError as exc:
            self._say(str(exc))
            return
        self._say("")
        hide = self.masked
        self.output.setText(f"<b>f = {HIDDEN if hide else format(result, '.6g')}</b>")
        self.table.blockSignals(True)
        for row, name in enumerate(graph.variables):
            cells = (
                (HIDDEN, HIDDEN, HIDDEN)
                if hide
                else (
                    f"{grads[name]:.6g}",
                    f"{numerical[name]:.6g}",
                    f"{abs(grads[name] - numerical[name]):.2e}",
                )
            )
            for col, text in zip((2, 3, 4), cells, strict=True):
                self.table.item(row, col).setText(text)
        self.table.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        graph = self.graph
        self.scene.clear()
        px = text_px()
        k = px / 12  # the drawing's size follows its text
        where = [(x * k, y * k) for x, y in layout(graph)]
        gate_w, gate_h = GATE_W * k, GATE_H * k
        small = QFont(QApplication.font())
        small.setPixelSize(px)
        big = QFont(small)
        big.setBold(True)
        hide = self.masked

        def shown(value: float, spec: str) -> str:
            return HIDDEN if hide else format(value, spec)

        for index, gate in enumerate(graph.gates):  # edges first, under the gates
            x1, y1 = where[index]
            for source, local in zip(gate.inputs, gate.local, strict=True):
                x0, y0 = where[source]
                line = self.scene.addLine(
                    x0 + gate_w, y0 + gate_h / 2, x1, y1 + gate_h / 2, QPen(QColor("#777"), 1.4)
                )
                if not hide:
                    line.setToolTip(
                        f"upstream {gate.grad:.4g} × local {local:.4g} = {gate.grad * local:.4g}"
                    )
                flow = self.scene.addText(shown(gate.grad * local, ".3g"), small)
                flow.setDefaultTextColor(BACKWARD)
                flow.setPos((x0 + gate_w + x1) / 2 - 14 * k, (y0 + y1) / 2 + gate_h / 2 - 2)
        for index, gate in enumerate(graph.gates):
            x, y = where[index]
            fill = "#eef3fb" if gate.kind in ("input", "const") else "#fff7e6"
            box = self.scene.addRect(
                QRectF(x, y, gate_w, gate_h), QPen(QColor("#555"), 1.2), QBrush(QColor(fill))
            )
            used = len(gate.parts)
            copy = f"; a copy: {' + '.join(f'{p:.3g}' for p in gate.parts)}" if used > 1 else ""
            if not hide:
                tip = f"{gate.label}: value {gate.value:.6g}, gradient {gate.grad:.6g}{copy}"
                box.setToolTip(tip)
            label = self.scene.addText(gate.label, big)
            label.setPos(x + gate_w / 2 - label.boundingRect().width() / 2, y + 2 * k)
            value = self.scene.addText(shown(gate.value, ".4g"), small)
            value.setDefaultTextColor(FORWARD)
            value.setPos(x, y - px * 1.7)
            grad = self.scene.addText(f"∂ {shown(gate.grad, '.4g')}", small)
            grad.setDefaultTextColor(BACKWARD)
            grad.setPos(x, y + gate_h)
        self.canvas.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._fit()


def layout(graph: Graph) -> list[tuple[float, float]]:
    """Gate positions: a column per depth (inputs left, output right), a constant just before
    the gate using it, and each gate at the height of its inputs' middle, columns spread so
    that no two gates overlap."""
    gates = graph.gates
    depth = [0] * len(gates)
    for index, gate in enumerate(gates):
        depth[index] = 1 + max((depth[i] for i in gate.inputs), default=-1)
    for index, gate in enumerate(gates):  # constants sit next to their consumer
        for source in gate.inputs:
            if gates[source].kind == "const":
                depth[source] = max(depth[source], depth[index] - 1)
    height: list[float] = [0.0] * len(gates)
    columns: dict[int, list[int]] = {}
    for index in sorted(range(len(gates)), key=lambda i: depth[i]):
        columns.setdefault(depth[index], []).append(index)
    for d in sorted(columns):
        members = columns[d]
        for rank, index in enumerate(members):
            sources = [height[i] for i in gates[index].inputs if depth[i] < d]
            height[index] = sum(sources) / len(sources) if sources else rank * STEP_Y
        members.sort(key=lambda i: height[i])
        for before, after in zip(members, members[1:], strict=False):
            height[after] = max(height[after], height[before] + STEP_Y)
    return [(depth[i] * STEP_X, height[i]) for i in range(len(gates))]
