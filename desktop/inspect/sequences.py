"""Inside a sequence network (``sequenceView``): for a recurrent layer, one input read step by
step — the input beside the state after each step, an LSTM's or GRU's gates, and the layer
unrolled in time with its shared weights; for an attention layer, every head's map (which token
looks at which) and the rollout back to the input (which patches the answer comes from).

Time runs downwards in every picture, so the rows of a digit read row by row line up with the
states they produced."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.appearance.palettes import scheme
from desktop.inspect.base import InspectView
from desktop.widgets.imaging import SEQUENTIAL, ImageTile, colourise, to_qimage
from netcore.introspection import InspectError
from netcore.introspection.sequences import (
    attention,
    attention_layers,
    hidden_states,
    recurrent_layers,
    rollout,
)

SIGMOID_GATES = ("input", "forget", "output", "update", "reset")
#: each gate's picture title as one phrase to translate ("porte d'entrée", not "porte input")
GATE_TITLES = {
    "input": QT_TRANSLATE_NOOP("SequenceView", "input gate (0 dark … 1 light)"),
    "forget": QT_TRANSLATE_NOOP("SequenceView", "forget gate (0 dark … 1 light)"),
    "output": QT_TRANSLATE_NOOP("SequenceView", "output gate (0 dark … 1 light)"),
    "update": QT_TRANSLATE_NOOP("SequenceView", "update gate (0 dark … 1 light)"),
    "reset": QT_TRANSLATE_NOOP("SequenceView", "reset gate (0 dark … 1 light)"),
    "candidate": QT_TRANSLATE_NOOP("SequenceView", "candidate (−1 … +1)"),
}


def _tile(name: str) -> tuple[QWidget, QLabel, ImageTile]:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    title = QLabel()
    title.setWordWrap(True)
    image = ImageTile(max_scale=16)
    image.setObjectName(name)
    column.addWidget(title)
    column.addWidget(image, 1)
    return box, title, image


class UnrolledDiagram(QWidget):
    """A recurrent layer unrolled in time: one cell per step, the state passed along, the same
    W (input) and U (state) in every cell. Text in the window's font, so it grows with
    presentation mode."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("unrolledDiagram")
        self.steps = 0
        self.kind = ""
        self.current = 0
        self.current_box = QRectF()  # where the current step's cell was last drawn
        self._fit_font()

    def _fit_font(self) -> None:
        """As tall as the drawing in the current font (set once, at the normal size, its
        bottom line "x · W" was cut; presentation mode's larger text cut more)."""
        self.setMinimumHeight(math.ceil(QFontMetrics(self.font()).height() * self._rows()))

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()

    def _rows(self) -> float:
        """The drawing's height in lines of text: h above, the cells, x·W below (paintEvent)."""
        return 1.6 + 1.8 + 1.2 + 1.2 + 0.4

    def drawing_size(self) -> QSize | None:
        """The room the drawing needs in the current font (None when nothing is drawn)."""
        if not self.steps:
            return None
        return QSize(0, math.ceil(QFontMetrics(self.font()).height() * self._rows()))

    def smallest_text_px(self) -> int | None:
        """Its labels are in the widget's font (presentation mode enlarges them)."""
        return QFontInfo(self.font()).pixelSize() if self.steps else None

    def show_layer(self, kind: str, steps: int, current: int) -> None:
        self.kind, self.steps, self.current = kind, steps, current
        self.update()

    def _shown_steps(self) -> list[int | None]:
        """The first steps, the current one and the last; None stands for steps left out."""
        if self.steps <= 6:
            return list(range(self.steps))
        keep = sorted({0, 1, min(max(self.current, 0), self.steps - 1), self.steps - 1})
        shown: list[int | None] = []
        for step in keep:
            if shown and shown[-1] is not None and step > shown[-1] + 1:
                shown.append(None)
            shown.append(step)
        return shown

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        if not self.steps:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        shown = self._shown_steps()
        width = self.width() / (len(shown) + 0.5)
        box_w, box_h = min(width * 0.62, line * 6), line * 1.8
        top = line * 1.6
        pen = QPen(self.palette().text().color())
        pen.setWidthF(max(1.5, line / 10))
        painter.setPen(pen)
        centres = []
        for k, step in enumerate(shown):
            cx = width * (k + 0.75)
            centres.append(cx)
            if step is None:
                painter.drawText(QRectF(cx - box_w / 2, top, box_w, box_h), Qt.AlignCenter, "…")
                continue
            rect = QRectF(cx - box_w / 2, top, box_w, box_h)
            if step == self.current:
                painter.fillRect(rect, self.palette().highlight())
                self.current_box = rect
            painter.drawRect(rect)
            if step == self.current:
                # the palette's pair for a highlight: black on blue could not be read
                painter.setPen(self.palette().highlightedText().color())
            painter.drawText(rect, Qt.AlignCenter, f"{self.kind} · t={step + 1}")
            painter.setPen(pen)
            # x_t comes in from below through W; h_t leaves to the right through U
            below = QRectF(cx - box_w / 2, top + box_h + line * 1.2, box_w, line * 1.2)
            painter.drawLine(QPointF(cx, below.top()), QPointF(cx, top + box_h))
            painter.drawText(below, Qt.AlignCenter, f"x{step + 1} · W")
            painter.drawText(
                QRectF(cx - box_w / 2, top - line * 1.4, box_w, line * 1.2),
                Qt.AlignCenter,
                f"h{step + 1}",
            )
        for left, right in zip(centres, centres[1:], strict=False):
            y = top + box_h / 2
            a, b = QPointF(left + box_w / 2, y), QPointF(right - box_w / 2, y)
            painter.drawLine(a, b)
            painter.drawLine(b, b + QPointF(-line * 0.4, -line * 0.3))
            painter.drawLine(b, b + QPointF(-line * 0.4, line * 0.3))
            painter.drawText(
                QRectF(a.x(), y - line * 1.3, b.x() - a.x(), line), Qt.AlignCenter, "U"
            )
        painter.end()


class SequenceView(InspectView):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("sequenceView")
        self.trace = None
        self.maps = None
        controls = QWidget()
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        self.layer = QComboBox()
        self.layer.setObjectName("sequenceLayer")
        self.drawing: np.ndarray | None = None
        self.source = QComboBox()
        self.source.setObjectName("sequenceSource")
        self.source.addItems([self.tr("a test example"), self.tr("the drawing")])
        self.example = QSpinBox()
        self.example.setObjectName("sequenceExample")
        self.example.setAccessibleName(self.tr("Test example number"))
        self.step = QSlider(Qt.Orientation.Horizontal)
        self.step.setObjectName("sequenceStep")
        row.addWidget(QLabel(self.tr("Layer:")))
        row.addWidget(self.layer, 1)
        row.addWidget(QLabel(self.tr("Input:")))
        row.addWidget(self.source)
        row.addWidget(self.example)
        row.addWidget(QLabel(self.tr("Time step:")))
        row.addWidget(self.step, 1)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setObjectName("sequenceCaption")
        self.caption.setWordWrap(True)
        column.addWidget(self.caption)
        self.grid = QGridLayout()
        column.addLayout(self.grid, 1)
        self.tiles: dict[str, tuple[QWidget, QLabel, ImageTile]] = {}
        for k, name in enumerate(("input", "states", "gate0", "gate1", "gate2", "gate3")):
            self.tiles[name] = _tile(f"sequence_{name}")
            self.grid.addWidget(self.tiles[name][0], k // 3, k % 3)
        self.diagram = UnrolledDiagram()
        column.addWidget(self.diagram)
        self.finish_layout(controls)
        self.layer.currentTextChanged.connect(lambda _t: self.update_view())
        self.example.valueChanged.connect(lambda _v: self.update_view())
        self.source.currentIndexChanged.connect(lambda _i: self.update_view())
        self.step.valueChanged.connect(self._show_step)

    def set_drawing(self, image, _label: str = "") -> None:
        """The drawing canvas's prepared digit: read row by row, live, when 'the drawing' is
        chosen."""
        self.drawing = None if image is None else np.asarray(image, dtype=np.float32)
        if self.source.currentIndex() == 1:
            self.update_view()

    def _input(self, inspector) -> np.ndarray | None:
        """The chosen input shaped for the network, or None (the view says why)."""
        shape = tuple(inspector.input_shape)
        self.example.setVisible(self.source.currentIndex() == 0)
        if self.source.currentIndex() == 1:
            if self.drawing is None:
                self.say(self.tr("Draw a digit (View → Draw a digit): it is read as you draw."))
                return None
            if self.drawing.size != int(np.prod(shape)):
                self.say(
                    self.tr(
                        "The drawing has {size} pixels; this network reads {shape}. Choose a "
                        "test example, or a network for 28×28 digits (the LSTM digit reader)."
                    ).format(size=self.drawing.size, shape="×".join(str(d) for d in shape))
                )
                return None
            return self.drawing.reshape(shape)
        data = self.state.dataset()
        if data is None or tuple(data.input_shape) != shape:
            self.say(self.tr("Choose a dataset that fits the network's input."))
            return None
        self.example.setRange(0, len(data.x_test) - 1)
        return data.x_test[self.example.value()]

    # -- what is shown ---------------------------------------------------------------------

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        names = recurrent_layers(inspector) + attention_layers(inspector)
        if [self.layer.itemText(i) for i in range(self.layer.count())] != names:
            current = self.layer.currentText()
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems(names)
            if current in names:
                self.layer.setCurrentText(current)
            self.layer.blockSignals(False)
        if not names:
            self.say(
                self.tr(
                    "This view shows networks that read sequences: add a SimpleRNN, LSTM, GRU "
                    "or MultiHeadAttention layer, or open a preset (File → New from template: "
                    "LSTM digit reader, Small Vision Transformer)."
                )
            )
            return
        x = self._input(inspector)
        if x is None:
            return
        layer_id = self.layer.currentText()
        try:
            if layer_id in recurrent_layers(inspector):
                self._show_recurrent(inspector, layer_id, x)
            else:
                self._show_attention(inspector, layer_id, x)
        except InspectError as exc:
            self.say(str(exc))
            return
        self.show_body()

    def _set(
        self, name: str, title: str, values, lut, low: float, high: float, step: int | None = None
    ) -> None:
        """One picture; with ``step``, a column on its left marks that time step's row."""
        box, label, image = self.tiles[name]
        label.setText(title)
        rgb = colourise(np.asarray(values), lut, low, high)
        if step is not None:
            marker = np.full((rgb.shape[0], 2, 3), 255, np.uint8)
            colour = self.palette().highlight().color()
            marker[step] = (colour.red(), colour.green(), colour.blue())
            rgb = np.concatenate([marker, rgb], axis=1)
        image.set_image(to_qimage(rgb))
        box.show()

    def _hide_from(self, names: tuple[str, ...]) -> None:
        for name in names:
            self.tiles[name][0].hide()

    def _show_recurrent(self, inspector, layer_id: str, x) -> None:
        self.trace, self.maps = hidden_states(inspector, layer_id, x), None
        self.step.setRange(0, len(self.trace.states) - 1)
        self.step.setEnabled(True)
        self.diagram.show()
        self._show_step(self.step.value())

    def _draw_recurrent(self, step: int) -> None:
        """The input, the states and the gates over time, the row of ``step`` marked."""
        trace = self.trace
        steps, units = trace.states.shape
        low, high = float(trace.inputs.min()), float(trace.inputs.max())
        self._set(
            "input",
            self.tr("Input: {steps} steps (down) × {features} values").format(
                steps=steps, features=trace.inputs.shape[1]
            ),
            trace.inputs,
            SEQUENTIAL,
            low,
            high if high > low else low + 1,
            step,
        )
        self._set(
            "states",
            self.tr("State h after each step: {units} units (−1 blue … +1 red)").format(
                units=units
            ),
            trace.states,
            scheme().diverging,
            -1.0,
            1.0,
            step,
        )
        names = list(trace.gates)
        for k in range(4):
            if k >= len(names):
                self._hide_from((f"gate{k}",))
                continue
            gate = names[k]
            sigmoid = gate in SIGMOID_GATES
            if gate in GATE_TITLES:
                title = self.tr(GATE_TITLES[gate])
            elif sigmoid:  # pragma: no cover - every gate Keras has is named above
                title = self.tr("{gate} gate (0 dark … 1 light)").format(gate=gate)
            else:
                title = self.tr("{gate} (−1 … +1)").format(gate=gate)
            self._set(
                f"gate{k}",
                title,
                trace.gates[gate],
                SEQUENTIAL if sigmoid else scheme().diverging,
                0.0 if sigmoid else -1.0,
                1.0,
                step,
            )

    def _show_step(self, step: int) -> None:
        trace = self.trace
        if trace is None or self.maps is not None:
            return
        step = min(step, len(trace.states) - 1)
        self._draw_recurrent(step)
        self.diagram.show_layer(trace.kind, len(trace.states), step)
        state = trace.states[step]
        strongest = int(np.argmax(np.abs(state)))
        text = self.tr(
            "<b>{kind}</b>, step {t} of {steps}: the state's strongest unit is {unit} "
            "({value}). The same weights W and U are used at every step."
        ).format(
            kind=trace.kind,
            t=step + 1,
            steps=len(trace.states),
            unit=strongest + 1,
            value=self.locale().toString(float(state[strongest]), "f", 2),
        )
        if "forget" in trace.gates:
            kept = float(trace.gates["forget"][step].mean())
            text += " " + self.tr("On average the forget gate keeps {share} of the memory.").format(
                share=self.locale().toString(kept * 100, "f", 0) + " %"
            )
        self.caption.setText(text)

    def _show_attention(self, inspector, layer_id: str, x) -> None:
        maps = attention(inspector, layer_id, x)
        self.maps, self.trace = maps, None
        heads = len(maps)
        self.step.setEnabled(False)
        self.diagram.hide()
        shown = min(heads, 4)
        for k in range(4):
            name = ("states", "gate0", "gate1", "gate2")[k]
            if k < shown:
                self._set(
                    name,
                    self.tr("Head {head}: rows look at columns").format(head=k + 1),
                    maps[k],
                    SEQUENTIAL,
                    0.0,
                    float(maps[k].max()) or 1.0,
                )
            else:
                self._hide_from((name,))
        self._hide_from(("gate3",))
        caption = self.tr(
            "<b>{layer}</b>: {heads} heads; each row is one token (a patch) and how much it "
            "takes from every other token (each row sums to 1)."
        ).format(layer=layer_id, heads=heads)
        try:
            weights = rollout(inspector, x)
        except InspectError:
            weights = None
        side = int(round(np.sqrt(len(weights)))) if weights is not None else 0
        image = np.asarray(x)
        if weights is not None and side * side == len(weights) and image.ndim == 3:
            h, w = image.shape[:2]
            grid = weights.reshape(side, side)
            cover = np.kron(grid, np.ones((h // side + 1, w // side + 1)))[:h, :w]
            blend = 0.5 * image[:, :, 0] / max(float(image.max()), 1e-6) + 0.5 * cover / cover.max()
            self._set(
                "input",
                self.tr("Rollout: where the answer comes from"),
                blend,
                SEQUENTIAL,
                0.0,
                1.0,
            )
            caption += " " + self.tr(
                "The rollout follows attention through every block back to the {count} patches."
            ).format(count=len(weights))
        else:
            self._hide_from(("input",))
        self.caption.setText(caption)
