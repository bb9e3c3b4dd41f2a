"""Figures for slides: any plot, picture or the whole network diagram as a clean PNG (at a
chosen scale) or SVG — no buttons, no scrollbars, the whole diagram rather than the visible
part — and "Copy figure" for the view under the mouse."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from netcore.fileio import atomic_path

MARGIN = 20


def figure_target(widget: QWidget | None) -> QWidget | None:
    """The figure a widget belongs to: a plot, a network diagram, a picture or a table."""
    from desktop.widgets.imaging import ImageTile

    while widget is not None:
        if isinstance(widget, pg.PlotWidget | QGraphicsView | ImageTile):
            return widget
        if widget.objectName() in ("convInput", "convKernel", "convOutput", "convPooled"):
            return widget
        widget = widget.parentWidget()
    return None


def under_mouse() -> QWidget | None:
    return figure_target(QApplication.widgetAt(QCursor.pos()))


def _scene_rect(view: QGraphicsView) -> QRectF:
    rect = QRectF()
    for item in view.scene().items():
        if item.isVisible() and item.parentItem() is None:
            rect = rect.united(item.sceneBoundingRect())
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def render_png(target: QWidget, scale: float = 2.0) -> QImage:
    """The figure as an image, ``scale`` times its size on screen (the whole diagram)."""
    if isinstance(target, pg.PlotWidget):
        exporter = exporters.ImageExporter(target.getPlotItem())
        exporter.parameters()["width"] = int(target.width() * scale)
        return exporter.export(toBytes=True)
    if isinstance(target, QGraphicsView) and not isinstance(target, pg.PlotWidget):
        source = _scene_rect(target)
        image = QImage((source.size() * scale).toSize(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        target.scene().render(painter, QRectF(image.rect()), source)
        painter.end()
        return image
    pixmap = target.grab()
    size = QSize(int(pixmap.width() * scale), int(pixmap.height() * scale))
    return pixmap.toImage().scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def save_figure(target: QWidget, path: str | Path, scale: float = 2.0, title: str = "") -> None:
    """PNG or SVG by the file's suffix; written atomically. Raises OSError."""
    path = Path(path)
    svg = path.suffix.lower() == ".svg"
    with atomic_path(path) as tmp:
        if not svg:
            if not render_png(target, scale).save(str(tmp), "PNG"):
                raise OSError(f"{path}: could not be written")
            return
        # Qt's own SVG writer (pyqtgraph's SVGExporter fails on closed paths with this Qt:
        # pyqtgraph/pyqtgraph#3495)
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setTitle(title or "LayerLab figure")
        if isinstance(target, pg.PlotWidget):
            source = target.getPlotItem().sceneBoundingRect()
            generator.setSize(source.size().toSize())
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            painter = QPainter(generator)
            target.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        elif isinstance(target, QGraphicsView):
            source = _scene_rect(target)
            generator.setSize(source.size().toSize())
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            painter = QPainter(generator)
            target.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        else:
            generator.setSize(target.size())
            generator.setViewBox(QRectF(0, 0, target.width(), target.height()))
            painter = QPainter(generator)
            target.render(painter)
        painter.end()


def copy_figure(target: QWidget, scale: float = 2.0) -> None:
    QApplication.clipboard().setImage(render_png(target, scale))
