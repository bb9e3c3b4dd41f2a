"""The drawing canvas (``drawingCanvas``): dark ink on white paper with a smooth, antialiased
round brush. Strokes are kept as point lists in a fixed 280×280 "paper" space, so the picture
is redrawn sharp at any widget size and device pixel ratio, strokes can be undone one by one,
and the image handed to the network does not depend on the screen.

Mouse, pen and touch all arrive as mouse events (Qt synthesises them for tablets and touch
screens that the widget does not handle itself); tablet pressure is not used on purpose: MNIST
strokes have one width.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PAPER = 280  # drawing space: 10× MNIST's 28 pixels
INK = QColor("#111111")
BACKGROUND = QColor("#ffffff")


class DrawingCanvas(QWidget):
    """Signals:
    drawing_changed(bool): strokes changed; True while a stroke is still being drawn.
    """

    drawing_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawingCanvas")
        self.strokes: list[list[QPointF]] = []
        self.brush = 18.0  # in paper units (280 wide): about 1.8 MNIST pixels
        self._drawing = False
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(
            self.tr("Draw a digit with the mouse, a pen or a finger (Ctrl+Z: undo a stroke)")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self):  # noqa: N802 - Qt's name
        return QSize(300, 300)

    def hasHeightForWidth(self):  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width):  # noqa: N802 - Qt's name
        return width

    # -- geometry ------------------------------------------------------------------------------

    def paper_rect(self) -> QRectF:
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_paper(self, pos: QPointF) -> QPointF:
        rect = self.paper_rect()
        scale = PAPER / rect.width()
        return QPointF((pos.x() - rect.left()) * scale, (pos.y() - rect.top()) * scale)

    # -- editing -------------------------------------------------------------------------------

    def set_brush(self, width: float) -> None:
        self.brush = float(width)
        self.update()
        if self.strokes:
            self.drawing_changed.emit(False)

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self.update()
            self.drawing_changed.emit(False)

    def clear(self) -> None:
        if self.strokes:
            self.strokes = []
            self.update()
            self.drawing_changed.emit(False)

    def is_empty(self) -> bool:
        return not self.strokes

    def event(self, event):
        # Ctrl+Z over the canvas undoes the last stroke, not the last edit of the network: claim
        # the key before the window's Undo action sees it.
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(
            QKeySequence.StandardKey.Undo
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus()
        self._drawing = True
        self.strokes.append([self.to_paper(event.position())])
        self.update()
        self.drawing_changed.emit(True)

    def mouseMoveEvent(self, event):  # noqa: N802 - Qt's name
        if not self._drawing:
            return
        self.strokes[-1].append(self.to_paper(event.position()))
        self.update()
        self.drawing_changed.emit(True)

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt's name
        if not self._drawing:
            return
        self._drawing = False
        self.strokes[-1].append(self.to_paper(event.position()))
        self.update()
        self.drawing_changed.emit(False)

    # -- painting ------------------------------------------------------------------------------

    def _paint_strokes(self, painter: QPainter, scale: float) -> None:
        pen = QPen(INK, self.brush * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self.strokes:
            path = QPainterPath(stroke[0] * scale)
            if len(stroke) == 1:  # a dot
                path.lineTo(stroke[0] * scale + QPointF(0.01, 0))
            for a, b in zip(stroke, stroke[1:], strict=False):
                # quadratic through midpoints: smooth curves from sparse mouse samples
                mid = (a + b) / 2
                path.quadTo(a * scale, mid * scale)
            path.lineTo(stroke[-1] * scale)
            painter.drawPath(path)

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e9ecf1"))
        rect = self.paper_rect()
        painter.fillRect(rect, BACKGROUND)
        painter.setPen(QColor("#b8c0cc"))
        painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
        if not self.strokes:
            painter.setPen(QColor("#9aa3af"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("draw a digit here"))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(rect)
        painter.translate(rect.topLeft())
        self._paint_strokes(painter, rect.width() / PAPER)

    def render_grey(self, size: int = PAPER) -> np.ndarray:
        """The drawing as grey levels in 0…1 (ink dark), size×size, independent of the screen."""
        image = QImage(size, size, QImage.Format.Format_Grayscale8)
        image.fill(BACKGROUND)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_strokes(painter, size / PAPER)
        painter.end()
        ptr = image.constBits()
        array = np.frombuffer(ptr, dtype=np.uint8, count=image.bytesPerLine() * size)
        array = array.reshape(size, image.bytesPerLine())[:, :size]
        return array.astype(np.float32) / 255
