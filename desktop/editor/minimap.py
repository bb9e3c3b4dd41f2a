"""The canvas's minimap (``canvasMinimap``): the whole network in miniature at the canvas's
corner, the visible part framed; click or drag in it to go there. Shown only when the network
does not fit the canvas (the Keras application models have hundreds of layers)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView

SIZE = (170, 230)
MARGIN = 10


class Minimap(QGraphicsView):
    def __init__(self, canvas):
        super().__init__(canvas.scene(), canvas)
        self.setObjectName("canvasMinimap")
        self.setToolTip(self.tr("The whole network: click or drag to go there"))
        self.canvas = canvas
        self.setInteractive(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("background: #fbfcfd; border: 1px solid #8a96a3;")
        self.setFixedSize(*SIZE)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self.refit)
        canvas.scene().changed.connect(lambda _rects: self._refit.start())
        for bar in (canvas.horizontalScrollBar(), canvas.verticalScrollBar()):
            bar.valueChanged.connect(lambda _v: self.viewport().update())
        self.hide()

    def refit(self) -> None:
        """Fit the whole network; show the minimap only if the canvas cannot show it all."""
        rect = self.canvas.nodes_rect()
        if rect.isEmpty():
            self.hide()
            return
        self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
        visible = self.canvas.visible_rect()
        fits = visible.contains(rect)
        self.setVisible(not fits)
        self.place()
        self.viewport().update()

    def place(self) -> None:
        port = self.canvas.viewport().geometry()
        self.move(port.right() - SIZE[0] - MARGIN, port.bottom() - SIZE[1] - MARGIN)
        self.raise_()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.setPen(QPen(QColor("#1e88e5"), 0))
        painter.setBrush(QColor(30, 136, 229, 40))
        painter.drawRect(self.canvas.visible_rect())

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        self.canvas.centerOn(self.mapToScene(event.position().toPoint()))
        self.viewport().update()

    def mouseMoveEvent(self, event):  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)
