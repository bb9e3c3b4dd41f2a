"""The network drawn for backprop by hand: a column per layer, a box per unit with its numbers
(z and a forward, ∂L/∂a, g'(z) and δ backward, the new bias), an edge per weight coloured by its
sign; every number's tooltip writes the lecture's formula with the actual values.

The drawing reads a ``BackpropStep`` and how far the student has stepped (``shown``); it keeps
no numbers of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo, QFontMetricsF, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsSimpleTextItem

from netcore.backprop import formulas as f

# the drawing's measures for 13 px text; they grow with the window's text (presentation mode)
BOX_W = 150  # at least; a box is as wide as its longest line
COL_GAP = 90
LABEL_GAP = 170  # room for the numbers written on the edges
ROW_GAP = 14
HIDDEN = "?"  # a number the lesson step keeps hidden until it is answered
LABELLED_EDGES = 12  # weights of a layer written on the edges when it has at most this many
FORWARD = QColor("#22643a")
BACKWARD = QColor("#b02a2a")
UPDATE = QColor("#1f4e9c")
POSITIVE = QColor("#3a6fc4")
NEGATIVE = QColor("#d9822b")


@dataclass(frozen=True)
class Shown:
    """How much of the step is revealed."""

    forward: bool
    loss: bool
    backward_from: int  # layers with index ≥ this have their backward numbers shown
    update: bool


def shown_for(stage: f.Stage, layers: int, reached: list[f.Stage]) -> Shown:
    kinds = {s.kind for s in reached}
    backward = [s.layer for s in reached if s.kind == "backward"]
    return Shown(
        forward="forward" in kinds,
        loss="loss" in kinds,
        backward_from=min(backward) if backward else layers,
        update="update" in kinds,
    )


class Diagram:
    """Draws into ``scene``; ``number_items`` maps (layer, unit, quantity) to the text item."""

    def __init__(self, scene: QGraphicsScene):
        self.scene = scene
        self.number_items: dict[tuple[int, int, str], QGraphicsSimpleTextItem] = {}
        self.masked = False  # a lesson step hides the computed numbers until answered
        self._fonts()

    def _fonts(self) -> None:
        """Text in the window's size (presentation mode enlarges it); the boxes and gaps grow
        with it, so the drawing keeps its proportions and the view scales it to its room."""
        self.px = max(QFontInfo(QApplication.font()).pixelSize(), 8)
        self.font = QFont(QApplication.font())
        self.font.setPixelSize(self.px)
        self.small = QFont(self.font)
        self.k = self.px / 13
        self.line_h = QFontMetricsF(self.font).lineSpacing() + 2

    def value(self, number: float) -> str:
        """A computed number as drawn: "?" while the lesson step keeps it hidden."""
        return HIDDEN if self.masked else f.num(number)

    def draw(self, step, shown: Shown) -> None:
        self.scene.clear()
        self.number_items = {}
        self._fonts()
        columns = [self._input_lines(step, shown)] + [
            self._unit_lines(step, i, shown) for i in range(len(step.layers))
        ]
        if self.masked:  # the formulas with their numbers would give the answer away
            columns = [
                [[(text, colour, None, key) for text, colour, _tip, key in box] for box in column]
                for column in columns
            ]
        metrics = QFontMetricsF(self._bold())
        widest = max(
            metrics.horizontalAdvance(line[0])
            for column in columns
            for box in column
            for line in box
        )
        self.box_w = max(BOX_W * self.k, widest + 14)
        heights = [max(len(lines) for lines in column) * self.line_h + 10 for column in columns]
        labelled = any(s.kernel.size <= LABELLED_EDGES for s in step.layers)
        gap = (LABEL_GAP if labelled else COL_GAP) * self.k
        # every column spread over the height of the tallest, so edges fan out evenly
        tallest = max(
            len(column) * (h + ROW_GAP) for column, h in zip(columns, heights, strict=True)
        )
        positions = []
        for c, column in enumerate(columns):
            x = c * (self.box_w + gap)
            pitch = max(heights[c] + ROW_GAP, tallest / len(column))
            top = -(len(column) - 1) * pitch / 2 - heights[c] / 2
            positions.append([QPointF(x, top + r * pitch) for r in range(len(column))])
        for i in range(len(step.layers)):  # edges under the boxes
            self._edges(step, i, positions[i], positions[i + 1], heights[i], heights[i + 1], shown)
        for c, column in enumerate(columns):
            for r, lines in enumerate(column):
                self._box(positions[c][r], heights[c], lines, c, r)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    # -- what each box says ----------------------------------------------------------------

    def _input_lines(self, step, shown: Shown) -> list[list[tuple]]:
        return [
            [(f"x{i + 1}", None, None, None), (f"= {f.num(v)}", FORWARD, "input value", "x")]
            for i, v in enumerate(step.layers[0].inputs)
        ]

    def _unit_lines(self, step, i: int, shown: Shown) -> list[list[tuple]]:
        s = step.layers[i]
        last = i == len(step.layers) - 1
        column = []
        for j in range(len(s.z)):
            lines = [(f"{s.name} · unit {j + 1}", None, s.activation, None)]
            lines.append((f"b = {f.num(s.bias[j])}", None, "the bias of this unit", "b"))
            v = self.value
            if shown.forward:
                lines.append((f"z = {v(s.z[j])}", FORWARD, f.z_text(step, i, j), "z"))
                lines.append((f"a = {v(s.a[j])}", FORWARD, f.a_text(step, i, j), "a"))
            if last and shown.loss:
                tip = "the target of this output for the chosen example"
                lines.append((f"target t = {f.num(step.target[j])}", None, tip, "t"))
            if i >= shown.backward_from:
                lines.append(
                    (f"∂L/∂a = {v(s.grad_a[j])}", BACKWARD, f.grad_a_text(step, i, j), "grad_a")
                )
                if s.g_prime is not None:
                    tip = f.g_prime_text(step, i, j)
                    lines.append((f"g'(z) = {v(s.g_prime[j])}", BACKWARD, tip, "g"))
                lines.append((f"δ = {v(s.delta[j])}", BACKWARD, f.delta_text(step, i, j), "d"))
            if shown.update:
                lines.append(
                    (f"b → {v(s.new_bias[j])}", UPDATE, f.update_text(step, i, None, j), "nb")
                )
            column.append(lines)
        return column

    # -- drawing ---------------------------------------------------------------------------

    def _box(self, at: QPointF, height: float, lines: list[tuple], column: int, row: int) -> None:
        rect = self.scene.addRect(
            at.x(), at.y(), self.box_w, height, QPen(QColor("#9aa5b8")), QBrush(QColor("#f7f9fc"))
        )
        rect.setZValue(1)
        for k, (text, colour, tip, key) in enumerate(lines):
            item = self.scene.addSimpleText(text, self._bold() if k == 0 else self.font)
            item.setPos(at.x() + 6, at.y() + 5 + k * self.line_h)
            item.setBrush(QBrush(colour or QColor("#222")))
            item.setZValue(2)
            if tip:
                item.setToolTip(tip)
            if key:
                self.number_items[(column - 1, row, key)] = item

    def _bold(self) -> QFont:
        bold = QFont(self.font)
        bold.setBold(True)
        return bold

    def _edges(self, step, i, sources, targets, h_in, h_out, shown: Shown) -> None:
        s = step.layers[i]
        biggest = float(abs(s.kernel).max()) or 1.0
        label = s.kernel.size <= LABELLED_EDGES
        names = f.input_names(step, i)
        for a, start in enumerate(sources):
            for b, end in enumerate(targets):
                w = float(s.kernel[a, b])
                p0 = QPointF(start.x() + self.box_w, start.y() + h_in / 2)
                p1 = QPointF(end.x(), end.y() + h_out / 2)
                pen = QPen(POSITIVE if w >= 0 else NEGATIVE, 1 + 3 * abs(w) / biggest)
                line = self.scene.addLine(p0.x(), p0.y(), p1.x(), p1.y(), pen)
                tip = [f"w from {names[a]} to unit {b + 1} of {s.name} = {f.num(w)}"]
                text = f"w {f.num(w)}"
                if i >= shown.backward_from:
                    tip.append(f.grad_w_text(step, i, a, b))
                    text += f" · ∂ {self.value(s.grad_kernel[a, b])}"
                if shown.update:
                    tip.append(f.update_text(step, i, a, b))
                    text = f"{f.num(w)} → {self.value(s.new_kernel[a, b])}"
                if self.masked:
                    tip = tip[:1]  # the weight itself; its gradient waits for the answer
                line.setToolTip("\n".join(tip))
                if label:
                    # near the source: labels of crossing edges are then apart vertically
                    at = p0 + (p1 - p0) * 0.3
                    item = self.scene.addSimpleText(text, self.small)
                    item.setBrush(QBrush(QColor("#333")))
                    box = item.boundingRect()
                    item.setPos(at.x() - box.width() / 2, at.y() - box.height() / 2)
                    item.setToolTip("\n".join(tip))
                    item.setZValue(0.6)
                    back = self.scene.addRect(item.sceneBoundingRect(), Qt.PenStyle.NoPen)
                    back.setBrush(QBrush(QColor(255, 255, 255, 225)))
                    back.setZValue(0.5)
