"""Arrays → pictures: colour maps and a small widget that shows an image pixel-sharp, scaled to
fit, with hover and click in image coordinates. netcore decides what the numbers are; this
module only colours them."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BACKGROUND = (236, 236, 236)


def lut(colours: list[str]) -> np.ndarray:
    """A 256-entry RGB lookup table running through ``colours`` evenly."""
    cmap = pg.ColorMap(np.linspace(0, 1, len(colours)), [pg.mkColor(c) for c in colours])
    return cmap.getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)


DIVERGING = lut(["#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#b2182b"])  # −1 blue … +1 red
SEQUENTIAL = lut(["#000004", "#3b0f70", "#8c2981", "#de4968", "#fe9f6d", "#fcfdbf"])  # magma
GREYS = lut(["#000000", "#ffffff"])
BINARY = lut(["#2b6cb0", "#bcd3ea", "#fbfbfb", "#f9d3a8", "#e8740c"])  # class 0 blue, 1 orange


def colourise(values: np.ndarray, lut: np.ndarray, low: float, high: float) -> np.ndarray:
    """(H, W) values → (H, W, 3) uint8; NaN (gaps between tiles) becomes the background."""
    values = np.asarray(values, dtype=np.float32)
    span = high - low if high > low else 1.0
    index = np.clip((np.nan_to_num(values, nan=low) - low) / span * 255, 0, 255).astype(np.uint8)
    rgb = lut[index]
    rgb[np.isnan(values)] = BACKGROUND
    return rgb


def rgb_tiles(values: np.ndarray) -> np.ndarray:
    """(H, W, 3) values in −1…1 (colour kernels) → uint8 with 0 as mid-grey; NaN → background."""
    nan = np.isnan(values).any(axis=-1)
    rgb = np.clip((np.nan_to_num(values) + 1) * 127.5, 0, 255).astype(np.uint8)
    rgb[nan] = BACKGROUND
    return rgb


def to_qimage(rgb: np.ndarray) -> QImage:
    """(H, W, 3) uint8 → a QImage that owns a copy of the pixels."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class ImageTile(QWidget):
    """Shows one image scaled to fit (nearest neighbour: every weight stays a sharp square).

    Signals:
        clicked(float, float): image coordinates (x = column, y = row) of a click.

    ``describe(x, y) -> str | None`` gives the hover text for a pixel.
    """

    clicked = Signal(float, float)

    def __init__(self, parent=None, min_size: QSize | None = None, max_scale: float = 12.0):
        super().__init__(parent)
        self._image: QImage | None = None
        self.describe: Callable[[float, float], str | None] | None = None
        self.max_scale = max_scale
        self.align_left = False
        self.setMouseTracking(True)
        self.setMinimumSize(min_size or QSize(24, 24))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.updateGeometry()
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def target_rect(self) -> QRectF:
        if self._image is None or self._image.isNull():
            return QRectF()
        w, h = self._image.width(), self._image.height()
        scale = min(self.width() / w, self.height() / h, self.max_scale)
        tw, th = w * scale, h * scale
        left = 1 if self.align_left else (self.width() - tw) / 2
        return QRectF(left, (self.height() - th) / 2, tw, th)

    def image_point(self, pos: QPointF) -> tuple[float, float] | None:
        rect = self.target_rect()
        if rect.isEmpty() or not rect.contains(pos):
            return None
        x = (pos.x() - rect.left()) / rect.width() * self._image.width()
        y = (pos.y() - rect.top()) / rect.height() * self._image.height()
        return x, y

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        if self._image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(self.target_rect(), self._image)
        painter.setPen(QColor("#bbbbbb"))
        painter.drawRect(self.target_rect().adjusted(-0.5, -0.5, 0.5, 0.5))

    def mouseMoveEvent(self, event):  # noqa: N802 - Qt's name
        point = self.image_point(event.position())
        text = self.describe(*point) if point and self.describe else None
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        point = self.image_point(event.position())
        if point is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(*point)
