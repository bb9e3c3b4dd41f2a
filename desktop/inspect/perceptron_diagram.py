"""The perceptron drawn as the lecture draws it (``perceptronDiagram``): the inputs x₁…xₙ and a
constant 1, one edge each with its weight (the bias on the 1's edge), the sum and the step, and
the output h(x). The numbers are the project's weights as the rule changes them, in the window's
number format; the example being shown lights its inputs and writes y and h(x).

The drawing takes its size from the room it is given, and its text grows with it: never smaller
than the window's text (so presentation mode's larger text reaches it), larger when there is
room, so a class reads it from the back of the room."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.widgets.numbers import shown

MAX_INPUTS_DRAWN = 6  # beyond this the inputs are summarised as "x₁ … xₙ"
MAX_TEXT_PX = 40  # the text stops growing here: a full-screen diagram is not a poster
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _short(value: float) -> str:
    return shown(float(f"{float(value):.4g}"))


class PerceptronDiagram(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("perceptronDiagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 110)
        self.weights: list[float] = [0.0, 0.0]
        self.bias = 0.0
        self.x: list[float] | None = None  # the example being shown
        self.target: int | None = None
        self.output: int | None = None

    def show_unit(
        self,
        weights,
        bias: float,
        x=None,
        target: int | None = None,
        output: int | None = None,
    ) -> None:
        """Draw these weights (and the example ``x`` with its target and output, if given)."""
        self.weights = [float(w) for w in weights]
        self.bias = float(bias)
        self.x = None if x is None else [float(v) for v in x]
        self.target, self.output = target, output
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The drawing in words (screen readers, tests)."""
        parts = [f"w{i + 1} = {_short(w)}" for i, w in enumerate(self.weights)]
        parts.append(f"b = {_short(self.bias)}")
        text = "; ".join(parts)  # a comma may be the decimal point
        if self.x is not None:
            x = "; ".join(_short(v) for v in self.x)
            text += f" · x = ({x}), y = {self.target}, h(x) = {self.output}"
        return text

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, 200)

    # -- the size of the text --------------------------------------------------------------

    def text_px(self) -> int:
        """The pixel size of the drawing's text: the window's text size at least, more as the
        drawing gets room (a tenth of its height, a 26th of its width)."""
        base = QFontInfo(self.font()).pixelSize()
        rows = max(3, min(len(self.weights), MAX_INPUTS_DRAWN) + 1)
        room = min(self.height() / (2.4 * rows), self.width() / 26)
        return int(max(base, min(MAX_TEXT_PX, room)))

    def smallest_text_px(self) -> int:
        """For the layout audit: every text here is drawn at :meth:`text_px`."""
        return self.text_px()

    # -- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        px = self.text_px()
        font = QFont(self.font())
        font.setPixelSize(px)
        painter.setFont(font)
        palette = self.palette()
        ink = palette.windowText().color()
        lit = QColor("#2b6cb0")
        w, h = self.width(), self.height()
        n = len(self.weights)
        drawn = list(range(n)) if n <= MAX_INPUTS_DRAWN else [0, 1, n - 1]
        names = [f"x{str(i + 1).translate(SUBSCRIPTS)}" for i in drawn]
        rows = len(drawn) + 1  # the inputs and the constant 1
        radius = min(h / (2.6 * rows), w / 16, 2.2 * px)
        left, middle, right = w * 0.12, w * 0.58, w * 0.9
        pitch = (h - 2 * radius) / max(1, rows - 1)
        centres = [QPointF(left, radius + k * pitch) for k in range(rows)]
        unit = QPointF(middle, h / 2)
        unit_r = min(h / 2.6, w / 9, 3 * px)
        pen = QPen(ink, max(1.0, px / 9))
        for k, centre in enumerate(centres):
            is_bias = k == rows - 1
            value = self.bias if is_bias else self.weights[drawn[k]]
            shade = lit if (self.x is not None and not is_bias) else ink
            painter.setPen(QPen(shade, max(1.0, px / 9) * (1 + min(2.0, abs(value)) / 2)))
            painter.drawLine(centre + QPointF(radius, 0), unit - QPointF(unit_r, 0))
            # the weight's text just before the unit, above its edge
            t = 0.32  # near the input, where the edges are still apart
            at = centre * (1 - t) + unit * t
            label = ("b" if is_bias else f"w{str(drawn[k] + 1).translate(SUBSCRIPTS)}") + (
                f" = {_short(value)}"
            )
            painter.setPen(pen)
            self._text(painter, at + QPointF(0, -px * 0.75), label, palette.base().color())
            painter.setPen(QPen(shade, max(1.0, px / 9)))
            painter.setBrush(palette.base())
            painter.drawEllipse(centre, radius, radius)
            text = "1" if is_bias else names[k]
            if self.x is not None and not is_bias:
                text = _short(self.x[drawn[k]])
            self._text(painter, centre, text)
            if n > MAX_INPUTS_DRAWN and k == 1:
                self._text(painter, (centres[1] + centres[2]) / 2, "⋮")
        painter.setPen(pen)
        painter.setBrush(palette.base())
        painter.drawEllipse(unit, unit_r, unit_r)
        self._text(painter, unit, "Σ → step")
        out = QPointF(right, h / 2)
        painter.drawLine(unit + QPointF(unit_r, 0), out - QPointF(px * 1.2, 0))
        head = out - QPointF(px * 1.2, 0)
        for turn in (-1, 1):
            angle = math.radians(150 * turn)
            painter.drawLine(
                head, head + QPointF(px * 0.5 * math.cos(angle), px * 0.5 * math.sin(angle))
            )
        result = "h(x)" if self.output is None else f"h = {self.output}"
        self._text(painter, out + QPointF(0, -px * 0.8), result)
        if self.target is not None:
            self._text(painter, out + QPointF(0, px * 0.8), f"y = {self.target}")
        painter.end()

    def _text(
        self, painter: QPainter, centre: QPointF, text: str, under: QColor | None = None
    ) -> None:
        """``text`` centred on ``centre``, moved inside the drawing if it would leave it; on a
        patch of ``under`` (the background) when lines pass behind it."""
        metrics = painter.fontMetrics()
        width, height = metrics.horizontalAdvance(text) + 6, metrics.height()
        x = min(max(0.0, centre.x() - width / 2), self.width() - width)
        y = min(max(0.0, centre.y() - height / 2), self.height() - height)
        box = QRectF(x, y, width, height)
        if under is not None:
            painter.fillRect(box, under)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
