"""Labelled probability bars: one row per class, the top class highlighted. Used for the
softmax layer in the feature-map viewer and for the drawing canvas's prediction."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProbabilityBars(QWidget):
    ROW = 20

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: list[str] = []
        self.values = np.zeros(0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values, labels: list[str] | None = None) -> None:
        self.values = np.asarray(values, dtype=float).ravel()
        n = len(self.values)
        self.labels = list(labels) if labels and len(labels) == n else [str(i) for i in range(n)]
        self.updateGeometry()
        self.setMinimumHeight(self.ROW * n + 4)
        self.update()

    def clear(self) -> None:
        self.set_values([])

    def top(self) -> int | None:
        return int(np.argmax(self.values)) if len(self.values) else None

    def sizeHint(self):  # noqa: N802 - Qt's name
        return QSize(260, self.ROW * max(len(self.values), 1) + 4)

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        if not len(self.values):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(t) for t in self.labels) + 10
        value_w = metrics.horizontalAdvance("100.0 %") + 8
        bar_w = max(self.width() - label_w - value_w, 10)
        best = self.top()
        bold = QFont(painter.font())
        bold.setBold(True)
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = 2 + i * self.ROW
            top = i == best
            painter.setFont(bold if top else self.font())
            painter.setPen(QColor("#222"))
            painter.drawText(
                QRectF(0, y, label_w - 6, self.ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eceff3"))
            painter.drawRect(QRectF(label_w, y + 3, bar_w, self.ROW - 6))
            painter.setBrush(QColor("#d9480f" if top else "#5b8db8"))
            painter.drawRect(
                QRectF(label_w, y + 3, bar_w * float(np.clip(value, 0, 1)), self.ROW - 6)
            )
            painter.setPen(QColor("#222"))
            painter.drawText(
                QRectF(label_w + bar_w + 4, y, value_w, self.ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{value * 100:.1f} %",
            )
