"""Backprop by hand (``backpropView``): one training example through the project's dense network
and back, stage by stage — the weights, Forward, Loss, Backward one layer at a time from the
output, Update — with every number from TensorFlow (``Inspector.backprop``) and its formula in
the tooltip. "Apply update" writes the new weights into the project, exactly what one SGD Step of
batch size 1 on this example does."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.inspect.backprop_diagram import Diagram, shown_for
from desktop.inspect.base import InspectView
from netcore.backprop import formulas
from netcore.backprop.dense import LOSSES
from netcore.backprop.losses import describe, explain_loss
from netcore.introspection import InspectError
from netcore.project.model import WeightSource

MAX_SCALE = 2.5  # small networks drawn large, for the back of the room
READABLE_PX = 14  # presentation mode never draws the numbers smaller than this: scroll instead
TABLE_COLUMNS = ["weight", "w", "∂L/∂w = aᵢ·δⱼ", "−α·∂L/∂w", "new w"]


class BackpropView(InspectView):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("backpropView")
        self.step = None  # the BackpropStep on show
        self.stage = 0
        self.hidden: frozenset[str] = frozenset()  # a lesson step's hidden quantities
        self._typed = False  # the student typed the input/target: keep them
        self.diagram_scene = QGraphicsScene(self)
        self.diagram = Diagram(self.diagram_scene)
        self.finish_layout(self._build_controls())
        self._build_body()
        self.example.valueChanged.connect(self._on_example_changed)
        self.input_edit.editingFinished.connect(self._on_typed)
        self.target_edit.editingFinished.connect(self._on_typed)
        self.loss_combo.currentIndexChanged.connect(lambda _i: self.update_view())
        self.rate.valueChanged.connect(lambda _v: self.update_view())
        self.back_button.clicked.connect(lambda: self.go_to(self.stage - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stage + 1))
        self.start_button.clicked.connect(lambda: self.go_to(0))
        self.apply_button.clicked.connect(self.apply_update)
        state.project.training_changed.connect(self._take_training_rate)
        self._take_training_rate()

    # -- widgets ---------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.example = QSpinBox()
        self.example.setObjectName("backpropExample")
        self.example.setToolTip(self.tr("Which training example goes through the network"))
        self.input_edit = QLineEdit()
        self.input_edit.setObjectName("backpropInput")
        self.input_edit.setToolTip(
            self.tr("The example's inputs; type your own numbers, space separated")
        )
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("backpropTarget")
        self.target_edit.setToolTip(self.tr("The target: one value per output, or a class number"))
        self.loss_combo = QComboBox()
        self.loss_combo.setObjectName("backpropLossChoice")
        self.loss_combo.addItems(LOSSES)
        # "categorical_crossentropy" made the box, and the view, wider than a bottom dock
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.loss_combo.setSizeAdjustPolicy(policy)
        self.loss_combo.setMinimumContentsLength(8)
        self.rate = QDoubleSpinBox()
        self.rate.setObjectName("backpropRate")
        self.rate.setDecimals(4)
        self.rate.setRange(0.0001, 100.0)
        self.rate.setSingleStep(0.05)
        self.rate.setToolTip(
            self.tr("α, the learning rate of the update (the Training settings' rate)")
        )
        # two pairs a row: in a dock at 1280×720 in presentation mode one row cut the rate and
        # Apply off, and three made the view wider than its dock
        for n, (text, widget) in enumerate(
            (
                (self.tr("Example"), self.example),
                ("x", self.input_edit),
                (self.tr("target"), self.target_edit),
                (self.tr("loss"), self.loss_combo),
                ("α", self.rate),
            )
        ):
            row, c = divmod(n, 2)
            grid.addWidget(QLabel(text), row, 2 * c, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, 2 * c + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("|◀ Start"))
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setObjectName("backpropBack")
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("backpropNext")
        self.stage_label = QLabel()
        self.stage_label.setObjectName("backpropStage")
        bold = QFont()  # only the weight set: the size still follows presentation mode
        bold.setBold(True)
        self.stage_label.setFont(bold)
        self.stage_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Apply update to the network"))
        self.apply_button.setObjectName("backpropApply")
        self.apply_button.setToolTip(
            self.tr("Write the new weights into the project: one SGD step on this example")
        )
        for w in (self.start_button, self.back_button, self.next_button):
            buttons.addWidget(w)
        buttons.addWidget(self.stage_label, 1)
        grid.addWidget(self.apply_button, 2, 2, 1, 2)
        grid.addLayout(buttons, 3, 0, 1, 4)
        self.input_message = QLabel()
        self.input_message.setObjectName("backpropInputMessage")
        red = self.input_message.palette()
        red.setColor(QPalette.ColorRole.WindowText, QColor("#b02a2a"))
        self.input_message.setPalette(red)
        grid.addWidget(self.input_message, 4, 0, 1, 4)
        self.input_message.hide()
        return box

    def _build_body(self) -> None:
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QGraphicsView(self.diagram_scene)
        self.view.setObjectName("backpropDiagram")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.loss_text = QLabel()
        self.loss_text.setObjectName("backpropLossText")
        self.loss_text.setTextFormat(Qt.TextFormat.RichText)
        paper = self.loss_text.palette()
        paper.setColor(QPalette.ColorRole.Window, QColor("#fff8e6"))
        paper.setColor(QPalette.ColorRole.WindowText, QColor("#222222"))
        self.loss_text.setPalette(paper)
        self.loss_text.setAutoFillBackground(True)
        self.loss_text.setMargin(6)
        self.loss_text.setWordWrap(True)  # one long line made the view wider than its dock
        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setObjectName("backpropWeights")
        names = [self.tr("weight"), "w", "∂L/∂w = aᵢ·δⱼ", "−α·∂L/∂w", self.tr("new w")]
        self.table.setHorizontalHeaderLabels(names)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.loss_text)
        column.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 450])
        layout.addWidget(split)

    # -- the example -----------------------------------------------------------------------

    def set_hidden(self, names) -> None:
        """A lesson step hides ``backprop_values`` (activations, deltas, gradients, the loss and
        the update) until the student has answered: the network and its weights stay."""
        self.hidden = frozenset(names)
        self.diagram.masked = "backprop_values" in self.hidden
        if self.step is not None:
            self._draw()

    def _take_training_rate(self) -> None:
        self.rate.blockSignals(True)
        self.rate.setValue(self.state.project.training.lr)
        self.rate.blockSignals(False)
        loss = self.state.project.training.loss
        self.loss_combo.blockSignals(True)
        self.loss_combo.setCurrentText(loss if loss in LOSSES else "auto")
        self.loss_combo.blockSignals(False)

    def _on_example_changed(self) -> None:
        self._typed = False
        self.update_view()

    def _on_typed(self) -> None:
        self._typed = True
        self.update_view()

    def _example(self, inspector):
        """(x, target) typed by the student, or the chosen training example."""
        if self._typed:
            try:
                x = [float(v) for v in self.input_edit.text().replace(",", " ").split()]
                t = [float(v) for v in self.target_edit.text().replace(",", " ").split()]
            except ValueError:
                raise InspectError(
                    "type the input and the target as numbers separated by spaces"
                ) from None
            return x, t
        data = self.state.dataset()
        if data is None or tuple(data.input_shape) != inspector.input_shape:
            width = inspector.input_shape[0] if inspector.input_shape else 0
            self.example.setEnabled(False)
            if not self.input_edit.text():
                self.input_edit.setText(" ".join(["0"] * width))
                self.target_edit.setText("0")
            self._typed = True
            return self._example(inspector)
        self.example.setEnabled(True)
        self.example.blockSignals(True)
        self.example.setRange(0, len(data.x_train) - 1)
        self.example.blockSignals(False)
        k = self.example.value()
        x = np.asarray(data.x_train[k], dtype=np.float64).reshape(-1)
        t = np.asarray(data.y_train[k], dtype=np.float64).reshape(-1)
        self.input_edit.setText(" ".join(f"{v:.4g}" for v in x))
        self.target_edit.setText(" ".join(f"{v:g}" for v in t))
        return list(x), list(t)

    # -- drawing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        try:
            x, t = self._example(inspector)
            step = inspector.backprop(x, t, self.loss_combo.currentText(), self.rate.value())
        except InspectError as exc:
            if self.step is None or "Dense" in str(exc) or "no Dense" in str(exc):
                self.step = None
                self.say(
                    self.tr(
                        "{problem}. Backprop by hand works on dense networks such as the XOR "
                        "network or a small MLP on a 2-D dataset."
                    ).format(problem=f"{str(exc)[0].upper()}{str(exc)[1:]}")
                )
            else:  # a typing mistake: the last good step stays
                self.input_message.setText(str(exc)[0].upper() + str(exc)[1:] + ".")
                self.input_message.show()
            return
        self.input_message.setText("")
        self.input_message.hide()
        self.step = step
        self.stage = min(self.stage, len(formulas.stages(step)) - 1)
        self._draw()
        self.show_body()

    def go_to(self, stage: int) -> None:
        if self.step is None:
            return
        self.stage = max(0, min(stage, len(formulas.stages(self.step)) - 1))
        self._draw()

    def _draw(self) -> None:
        step = self.step
        all_stages = formulas.stages(step)
        reached = all_stages[: self.stage + 1]
        current = all_stages[self.stage]
        shown = shown_for(current, len(step.layers), reached)
        self.diagram.draw(step, shown)
        self._fit()
        self.stage_label.setText(f"{self.stage + 1} of {len(all_stages)}: {current.title}")
        self.back_button.setEnabled(self.stage > 0)
        self.next_button.setEnabled(self.stage < len(all_stages) - 1)
        self.apply_button.setEnabled(shown.update)
        self._show_loss(step, shown.loss)
        self._fill_table(step, shown)

    def _fit(self) -> None:
        """The drawing as large as its room allows, its text growing with it; never smaller
        than readable (the window's text, or 14 px in presentation mode): then it scrolls,
        the stage being explained in view."""
        rect = self.diagram_scene.sceneRect()
        viewport = self.view.viewport().size()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height(), MAX_SCALE)
        px = self.diagram.px
        readable = px if px <= READABLE_PX else max(READABLE_PX, 0.8 * px)
        scale = max(scale, readable / px)
        self.view.resetTransform()
        self.view.scale(scale, scale)
        self.view.centerOn(self._focus(rect))

    def _focus(self, rect):
        """Where the stage on show happens when the drawing is wider than its room: the
        inputs going forward, the output for the loss, the layer being gone back through."""
        wide = rect.width() * self.view.transform().m11() > self.view.viewport().width()
        if self.step is None or not wide:
            return rect.center()
        stage = formulas.stages(self.step)[self.stage]
        columns = len(self.step.layers) + 1
        column = {"weights": 0, "forward": 0, "loss": columns - 1, "update": columns - 1}.get(
            stage.kind
        )
        if stage.kind == "backward":
            column = stage.layer + 1
        if column is None:
            return rect.center()
        centre = rect.center()
        centre.setX(rect.left() + rect.width() * (column + 0.5) / columns)
        return centre

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.step is not None:
            self._draw()  # presentation mode: the drawing's text grows

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.step is not None:
            self._fit()

    def _show_loss(self, step, shown: bool) -> None:
        if shown and self.diagram.masked:
            self.loss_text.setText(
                self.tr("<i>The loss is hidden until you answer the lesson's question.</i>")
            )
            return
        if not shown:
            self.loss_text.setText(
                self.tr("<i>Next ▶ runs the example forward, then finds the loss.</i>")
            )
            return
        name = step.loss_name
        if name in ("categorical_crossentropy", "binary_crossentropy", "mse", "mae"):
            lines = describe(explain_loss(step.layers[-1].a, step.target, name))
        else:  # pragma: no cover - every loss the view offers is explained
            lines = []
        self.loss_text.setText(f"<b>Loss: {name}</b><br>" + "<br>".join(lines))

    def _fill_table(self, step, shown) -> None:
        rows = []
        for i, s in enumerate(step.layers):
            names = formulas.input_names(step, i)
            back = i >= shown.backward_from
            for a in range(s.kernel.shape[0]):
                for b in range(s.kernel.shape[1]):
                    rows.append((i, a, b, f"{s.name}: {names[a]} → unit {b + 1}", back))
            for b in range(len(s.bias)):
                rows.append((i, None, b, f"{s.name}: bias of unit {b + 1}", back))
        self.table.setRowCount(len(rows))
        for r, (i, a, b, label, back) in enumerate(rows):
            s = step.layers[i]
            old = s.bias[b] if a is None else s.kernel[a, b]
            grad = s.grad_bias[b] if a is None else s.grad_kernel[a, b]
            new = s.new_bias[b] if a is None else s.new_kernel[a, b]
            grad_tip = (
                f"∂L/∂b = δ{b + 1} = {formulas.num(grad)}"
                if a is None
                else formulas.grad_w_text(step, i, a, b)
            )
            update_tip = formulas.update_text(step, i, a, b)
            value = self.diagram.value
            if self.diagram.masked:
                grad_tip = update_tip = ""
            cells = [
                (label, ""),
                (formulas.num(old), ""),
                (value(grad) if back else "", grad_tip),
                (value(-step.lr * grad) if shown.update else "", update_tip),
                (value(new) if shown.update else "", update_tip),
            ]
            for c, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if tip and text:
                    item.setToolTip(tip)
                self.table.setItem(r, c, item)

    # -- applying --------------------------------------------------------------------------

    def apply_update(self) -> None:
        """The new weights become the project's (as set by hand: training can go on from them)."""
        inspector = self.state.inspector()
        if self.step is None or inspector is None:
            return
        weights = inspector.weights()
        for s in self.step.layers:
            weights[s.name] = [s.new_kernel.copy(), s.new_bias.copy()]
        self.stage = 0
        self.state.project.set_weights(
            weights, WeightSource.HAND_SET, "after one backprop step by hand"
        )

    def number(self, layer: int, unit: int, key: str) -> str:
        """The text of one number in the diagram (what a student reads), e.g. key "d" for δ."""
        return self.diagram.number_items[(layer, unit, key)].text()

    def tooltip(self, layer: int, unit: int, key: str) -> str:
        return self.diagram.number_items[(layer, unit, key)].toolTip()
