"""Hand-set weights (``weightEditor``): every weight and bias of a small dense network in a
table; the outputs for the whole dataset (the truth table of a logic gate) and the decision
boundary update as soon as a number changes. The lecture exercises: AND, OR, NOT with one unit,
XOR/XNOR with one hidden layer of step units. For bigger networks with small convolution layers,
their kernels one by one (``kernelEditor``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.inspect.base import InspectView
from desktop.inspect.boundary import DecisionBoundaryView
from desktop.inspect.kernels import KernelEditor
from desktop.widgets.numbers import NumberEdit, shown
from netcore.introspection import InspectError, WeightSlot, hand_editable, kernel_layers
from netcore.training.evaluation import predicted_classes

TABLE_ROWS = 32  # examples listed in the outputs table
WEIGHT_LIMIT = 100.0  # a hand-set weight beyond ±100 saturates every unit of a logic gate


class WeightEditor(InspectView):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("weightEditor")
        self.slots: list[WeightSlot] = []
        self.spins: list[NumberEdit] = []
        pages = QStackedLayout(self.body)
        self.dense_page = QWidget()
        self.kernels = KernelEditor(state)
        pages.addWidget(self.dense_page)
        pages.addWidget(self.kernels)
        self.pages = pages
        row = QHBoxLayout(self.dense_page)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.weights_table = QTableWidget(0, 2)
        self.weights_table.setObjectName("weightsTable")
        self.weights_table.setHorizontalHeaderLabels([self.tr("weight"), self.tr("value")])
        self.weights_table.verticalHeader().hide()
        header = self.weights_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the value column as wide as the widest value (-100,000), the names get the rest
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QHBoxLayout()
        self.zero_button = QPushButton(self.tr("All zero"))
        self.zero_button.setObjectName("zeroWeightsButton")
        self.random_button = QPushButton(self.tr("Random"))
        self.random_button.setObjectName("randomWeightsButton")
        buttons.addWidget(self.zero_button)
        buttons.addWidget(self.random_button)
        hint = QLabel(
            self.tr(
                "Type a value (-1.5 or -1,5) or scroll over it. To train on from these numbers, "
                "choose <i>Initial weights: as set by hand</i> in the Training tab."
            )
        )
        hint.setWordWrap(True)
        # grey through the palette: a style sheet would keep the label at the font it had
        # when styled, so presentation mode's larger text would pass it by
        grey = hint.palette()
        grey.setColor(grey.ColorRole.WindowText, QColor("#555"))
        hint.setPalette(grey)
        left.addWidget(self.weights_table, 1)
        left.addLayout(buttons)
        left.addWidget(hint)
        middle = QVBoxLayout()
        self.outputs_title = QLabel()
        self.outputs_title.setWordWrap(True)  # a long title must not widen the whole panel
        self.outputs_table = QTableWidget(0, 0)
        self.outputs_table.setObjectName("truthTable")
        self.outputs_table.verticalHeader().hide()
        self.score = QLabel()
        self.score.setObjectName("truthTableScore")
        middle.addWidget(self.outputs_title)
        middle.addWidget(self.outputs_table, 1)
        middle.addWidget(self.score)
        self.boundary = DecisionBoundaryView(state, compact=True)
        self.boundary.source_label.hide()
        row.addLayout(left, 3)
        row.addLayout(middle, 3)
        row.addWidget(self.boundary, 3)
        self.finish_layout()
        self.zero_button.clicked.connect(lambda: self._set_all(lambda n: np.zeros(n)))
        self.random_button.clicked.connect(
            lambda: self._set_all(lambda n: np.round(np.random.default_rng().normal(0, 1.5, n), 1))
        )

    # -- weights -----------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            slots = hand_editable(self.state.document.spec)
        except InspectError as exc:
            kernels = kernel_layers(self.state.document.spec)
            if kernels and self.state.inspector() is not None:
                self.pages.setCurrentWidget(self.kernels)
                self.kernels.show_layers(kernels)
                self.show_body()
                return
            self.say(
                self.tr(
                    "{reason}. Hand-set weights are for small dense networks, like the "
                    "perceptron (logic gates) and the XOR network."
                ).format(reason=f"{str(exc)[0].upper()}{str(exc)[1:]}")
            )
            return
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        self.pages.setCurrentWidget(self.dense_page)
        if [s.label for s in slots] != [s.label for s in self.slots]:
            self._build_rows(slots)
        weights = inspector.weights()
        for slot, spin in zip(self.slots, self.spins, strict=True):
            value = float(weights[slot.layer][slot.array][slot.index])
            if abs(spin.value() - value) > 1e-9 and not spin.hasFocus():
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self._show_outputs(inspector)
        self.show_body()

    def _build_rows(self, slots: list[WeightSlot]) -> None:
        self.slots = slots
        self.spins = []
        self.weights_table.setRowCount(len(slots))
        for r, slot in enumerate(slots):
            item = QTableWidgetItem(slot.label)
            item.setToolTip(slot.label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.weights_table.setItem(r, 0, item)
            spin = NumberEdit(minimum=-WEIGHT_LIMIT, maximum=WEIGHT_LIMIT, decimals=3)
            spin.setObjectName(f"weight_{slot.layer}_{slot.array}_{'_'.join(map(str, slot.index))}")
            spin.setSingleStep(0.5)
            spin.setKeyboardTracking(True)  # the truth table follows each keystroke
            spin.valueChanged.connect(lambda value, s=slot: self._on_spin_changed(s, value))
            self.weights_table.setCellWidget(r, 1, spin)
            self.spins.append(spin)

    def _on_spin_changed(self, slot: WeightSlot, value: float) -> None:
        self.state.set_weight(slot.layer, slot.array, slot.index, value)

    def set_value(self, label: str, value: float) -> None:
        """Set the weight called ``label`` (as in the table), as a student typing it would."""
        for slot, spin in zip(self.slots, self.spins, strict=True):
            if slot.label == label:
                spin.setValue(value)
                return
        raise KeyError(label)

    def _set_all(self, make) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            return
        weights = {
            k: [make(a.size).reshape(a.shape) for a in v] for k, v in inspector.weights().items()
        }
        self.state.set_hand_weights(weights)

    # -- outputs -----------------------------------------------------------------------------

    def _show_outputs(self, inspector) -> None:
        data = self.state.dataset()
        if data is None or tuple(data.input_shape) != inspector.input_shape:
            self.outputs_title.setText(
                self.tr("Choose a dataset that fits the network to see outputs.")
            )
            self.outputs_table.setRowCount(0)
            self.score.setText("")
            return
        x, y = data.x_test[:TABLE_ROWS], data.y_test[:TABLE_ROWS]
        out = inspector.predict(x)
        features = list(data.feature_names or [f"x{i + 1}" for i in range(x.shape[1])])
        classify = data.task == "classification"
        headers = [*features, self.tr("target"), self.tr("output")]
        if classify:
            headers += [self.tr("predicted"), ""]
        self.outputs_table.setColumnCount(len(headers))
        self.outputs_table.setHorizontalHeaderLabels(headers)
        self.outputs_table.setRowCount(len(x))
        if len(data.x_test) <= TABLE_ROWS:
            what = self.tr("<b>{title}</b>: the network's output for every row of the truth table")
        else:
            what = self.tr("<b>{title}</b>: the network's output for the first {n} test examples")
        self.outputs_title.setText(what.format(title=data.title, n=len(x)))
        predicted = predicted_classes(out)
        for r in range(len(x)):
            cells = [_short(v) for v in x[r]] + [str(y[r]) if classify else _short(y[r])]
            cells.append("; ".join(shown(float(v), 3) for v in np.ravel(out[r])))
            if classify:
                ok = predicted[r] == int(y[r])
                cells += [str(predicted[r]), "✓" if ok else "✗"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if classify and c == len(cells) - 1:
                    item.setForeground(QColor("#2f855a" if ok else "#c53030"))
                self.outputs_table.setItem(r, c, item)
        self.outputs_table.resizeColumnsToContents()
        if classify:
            right = int((predicted == y[: len(x)]).sum())
            if right == len(x):
                score = self.tr("{right} of {n} right — solved!")
            else:
                score = self.tr("{right} of {n} right")
            self.score.setText(score.format(right=right, n=len(x)))
        else:
            self.score.setText("")

    def truth_table(self) -> list[list[str]]:
        """The outputs table as text, row by row (what a student reads)."""
        return [
            [self.outputs_table.item(r, c).text() for c in range(self.outputs_table.columnCount())]
            for r in range(self.outputs_table.rowCount())
        ]


def _short(value) -> str:
    """An input or target as a table shows it: three significant digits, the locale's point."""
    return shown(float(f"{float(value):.3g}"))
