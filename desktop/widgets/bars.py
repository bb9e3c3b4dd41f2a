"""Labelled probability bars: one row per class, the top class highlighted. Used for the
softmax layer in the feature-map viewer and for the drawing canvas's prediction."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProbabilityBars(QWidget):
    """Rows as tall as the text and a value column as wide as its widest value, so the bars
    read whole at presentation mode's size (a fixed 20-pixel row cut them to "0.0" / "10…")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: list[str] = []
        self.values = np.zeros(0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values, labels: list[str] | None = None) -> None:
        self.values = np.asarray(values, dtype=float).ravel()
        n = len(self.values)
        self.labels = list(labels) if labels and len(labels) == n else [str(i) for i in range(n)]
        self._fit()
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def value_text(self, value: float) -> str:
        return f"{QLocale().toString(float(value) * 100, 'f', 1)} %"

    def value_width(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(self.value_text(v)) for v in (1.0, 0.888)) + 8

    def smallest_text_px(self) -> int:
        """For the layout audit: the size of the text these bars paint."""
        return QFontInfo(self.font()).pixelSize()

    def _fit(self) -> None:
        self.setMinimumHeight(self.row_height() * len(self.values) + 4)
        self.updateGeometry()

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def clear(self) -> None:
        self.set_values([])

    def top(self) -> int | None:
        return int(np.argmax(self.values)) if len(self.values) else None

    def sizeHint(self):  # noqa: N802 - Qt's name
        return QSize(260, self.row_height() * max(len(self.values), 1) + 4)

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        if not len(self.values):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(t) for t in self.labels) + 10
        value_w = self.value_width()
        row = self.row_height()
        bar_w = max(self.width() - label_w - value_w, 10)
        best = self.top()
        bold = QFont(painter.font())
        bold.setBold(True)
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = 2 + i * row
            top = i == best
            painter.setFont(bold if top else self.font())
            painter.setPen(QColor("#222"))
            painter.drawText(
                QRectF(0, y, label_w - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eceff3"))
            painter.drawRect(QRectF(label_w, y + 3, bar_w, row - 6))
            painter.setBrush(QColor("#d9480f" if top else "#5b8db8"))
            painter.drawRect(QRectF(label_w, y + 3, bar_w * float(np.clip(value, 0, 1)), row - 6))
            painter.setPen(QColor("#222"))
            painter.drawText(
                QRectF(label_w + bar_w + 4, y, value_w, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(value),
            )
