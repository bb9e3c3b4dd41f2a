"""Graphics items of the network canvas: layer nodes with ports, and edges that can show the
tensor shape they carry."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
)

from desktop.editor import tooltips
from netcore.i18n import number
from netcore.network.analysis import LayerInfo
from netcore.network.catalog import CATALOG, shape_text

NODE_W = 216.0
NODE_H = 70.0
PORT_R = 6.0

CATEGORY_COLOURS = {
    "Input": QColor("#5f6b7a"),
    "Core": QColor("#3b78c2"),
    "Convolution": QColor("#2f9e72"),
    "Pooling": QColor("#8a63c9"),
    "Regularization": QColor("#c98a1e"),
    "Merge": QColor("#c2497a"),
    "Sequence": QColor("#0f8b9c"),  # recurrent layers, attention, embeddings
    "Imported": QColor("#8c7b62"),  # opaque layers from a .keras file
}
ERROR = QColor("#d62f2f")
WARNING = QColor("#e08a00")
SELECTED = QColor("#1e88e5")
#: Below this scale (the minimap's; the canvas zooms out to 0.2 at most) text would be a
#: pixel high: a node is drawn as a plain card and an edge as its line, 20× faster.
SKETCH_BELOW = 0.18


def category_of(layer_type: str) -> str:
    entry = CATALOG.get(layer_type)
    return entry.category if entry else "Core"


class NodeItem(QGraphicsObject):
    """One layer (or the network input) on the canvas.

    Shows the id and type, the key parameters, the output shape and the parameter count; an
    error outline (red) or warning outline (orange) with the problems in the tooltip.
    """

    def __init__(self, layer_id: str, layer_type: str, info: LayerInfo | None, canvas):
        super().__init__()
        self.layer_id = layer_id
        self.layer_type = layer_type
        self.canvas = canvas
        self.is_input = layer_type == "Input"
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.edges: list[EdgeItem] = []
        self.show_info(info)

    def show_info(self, info: LayerInfo | None) -> None:
        """Show a new analysis of this layer (shape, parameters, problems) and repaint."""
        self.info = info
        # a lesson step asking for the count keeps it back until answered (the shape stays:
        # it is what the student counts from)
        hidden = "param_counts" in getattr(self.canvas, "hidden", ())
        # written once per analysis, not in every paint
        self.params_text = (
            ""
            if info is None
            else QCoreApplication.translate("NetworkCanvas", "{n} params").format(
                n="?" if hidden else number(info.total_params)
            )
        )
        self.severity = ""
        if info is not None and info.problems:
            self.severity = "error" if not info.ok else "warning"
        # hidden: the tooltip without its "output … · N parameters" line and the formulas
        # filled with this layer's numbers (the shape is on the node itself)
        shown = replace(info, output_shape=None) if hidden and info is not None else info
        self.setToolTip(
            tooltips.node_tooltip(self.layer_id, self.layer_type, shown, self.canvas.document)
        )
        self.update()

    # geometry ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(  # with room for the problem badge on the top-right corner
            -NODE_W / 2 - 4, -NODE_H / 2 - PORT_R - 6, NODE_W + 16, NODE_H + 2 * PORT_R + 8
        )

    def body(self) -> QRectF:
        return QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)

    def in_port(self) -> QPointF:
        return self.mapToScene(QPointF(0, -NODE_H / 2))

    def out_port(self) -> QPointF:
        return self.mapToScene(QPointF(0, NODE_H / 2))

    def near_out_port(self, scene_pos: QPointF) -> bool:
        local = self.mapFromScene(scene_pos)
        return (local - QPointF(0, NODE_H / 2)).manhattanLength() <= PORT_R * 2.2

    # painting ---------------------------------------------------------------------------

    def _paint_badge(self, painter: QPainter, body: QRectF) -> None:
        """A round "!" (error) or a triangle "!" (warning) on the corner: the problem shows
        by shape and text too, not by the outline's colour alone."""
        centre = QPointF(body.right() - 2, body.top() + 2)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        if self.severity == "error":
            painter.setBrush(QBrush(ERROR))
            painter.drawEllipse(centre, 9, 9)
        else:
            painter.setBrush(QBrush(WARNING))
            triangle = QPolygonF(
                [centre + QPointF(0, -10), centre + QPointF(10, 8), centre + QPointF(-10, 8)]
            )
            painter.drawPolygon(triangle)
        mark = QFont(painter.font())
        mark.setPointSizeF(9)
        mark.setBold(True)
        painter.setFont(mark)
        painter.drawText(
            QRectF(centre.x() - 9, centre.y() - 8, 18, 18), Qt.AlignmentFlag.AlignCenter, "!"
        )

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = self.body()
        colour = CATEGORY_COLOURS.get(
            "Input" if self.is_input else category_of(self.layer_type), CATEGORY_COLOURS["Imported"]
        )
        outline = QColor("#9aa3ad")
        width = 1.2
        if self.severity == "error":
            outline, width = ERROR, 2.6
        elif self.severity == "warning":
            outline, width = WARNING, 2.2
        if self.isSelected():
            outline, width = SELECTED, 3.0
        pen = QPen(outline, width)
        if category_of(self.layer_type) == "Imported":  # clearly not a catalog layer
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < SKETCH_BELOW:
            painter.setBrush(QBrush(colour.lighter(150)))  # the minimap: a card, no text
            painter.drawRect(body)
            return
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRoundedRect(body, 8, 8)
        # category strip
        strip = QPainterPath()
        strip.addRoundedRect(QRectF(body.left(), body.top(), 8, body.height()), 4, 4)
        painter.fillPath(strip, colour)

        left = body.left() + 16
        text_w = body.width() - 24
        title_font = QFont(painter.font())
        title_font.setPointSizeF(10)
        title_font.setBold(True)
        small = QFont(painter.font())
        small.setPointSizeF(9)

        painter.setFont(title_font)
        painter.setPen(QColor("#1d232b"))
        title = "input" if self.is_input else f"{self.layer_id}"
        kind = "" if self.is_input else self.layer_type
        if category_of(self.layer_type) == "Imported":
            kind = "imported"
        metrics = QFontMetricsF(title_font)
        title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, text_w * 0.55)
        painter.drawText(
            QRectF(left, body.top() + 5, text_w, 18), Qt.AlignmentFlag.AlignLeft, title
        )
        painter.setFont(small)
        painter.setPen(colour.darker(120))
        painter.drawText(
            QRectF(left, body.top() + 6, text_w, 18), Qt.AlignmentFlag.AlignRight, kind
        )

        painter.setPen(QColor("#39424e"))
        summary = "" if self.info is None else self.info.summary()
        if self.is_input:
            summary = self.canvas.document.spec.name
        summary = QFontMetricsF(small).elidedText(summary, Qt.TextElideMode.ElideRight, text_w)
        painter.drawText(
            QRectF(left, body.top() + 26, text_w, 18), Qt.AlignmentFlag.AlignLeft, summary
        )

        shape = self.output_shape()
        painter.setPen(ERROR if shape is None and not self.is_input else QColor("#11161c"))
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSizeF(9)
        painter.setFont(mono)
        painter.drawText(
            QRectF(left, body.top() + 46, text_w, 18), Qt.AlignmentFlag.AlignLeft, shape_text(shape)
        )
        if not self.is_input and self.info is not None:
            painter.setFont(small)
            painter.setPen(QColor("#5d6772"))
            params = self.params_text if shape is not None else ""
            painter.drawText(
                QRectF(left, body.top() + 46, text_w, 18), Qt.AlignmentFlag.AlignRight, params
            )
        if self.severity in ("error", "warning"):
            self._paint_badge(painter, body)
        # ports
        painter.setPen(QPen(QColor("#6b7580"), 1.2))
        painter.setBrush(QBrush(QColor("#f4f6f8")))
        if not self.is_input:
            painter.drawEllipse(QPointF(0, -NODE_H / 2), PORT_R, PORT_R)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QPointF(0, NODE_H / 2), PORT_R, PORT_R)

    def output_shape(self):
        if self.is_input:
            return self.canvas.document.analysis.input_shape
        return None if self.info is None else self.info.output_shape

    # interaction ------------------------------------------------------------------------

    def itemChange(self, change, value):  # noqa: N802 - Qt's name
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            moved = getattr(self.scene(), "moved_nodes", None)
            if moved is not None:  # the scene moves many nodes: it redraws each edge once
                moved.add(self)
            else:
                for edge in self.edges:
                    edge.update_path()
        return super().itemChange(change, value)

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.near_out_port(event.scenePos()):
            self.canvas.begin_connection(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        self.canvas.node_released()


class EdgeItem(QGraphicsPathItem):
    """A connection: a curve from a node's output port to another's input port. Shows the tensor
    shape it carries (optionally) and, into a merge, the input's position (1, 2, ...)."""

    def __init__(self, source: NodeItem, target: NodeItem, order: int | None, canvas):
        super().__init__()
        self.source = source
        self.target = target
        self.order = order
        self.canvas = canvas
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(1)
        self.setAcceptHoverEvents(True)
        source.edges.append(self)
        target.edges.append(self)
        self.label: str | None = None
        # where the label and the merge badge go, found once per path and label: Qt asks for
        # the bounding rect many times per repaint, and pointAtPercent is costly
        self._mid = self._near = QPointF()
        self._label_width = 0.0
        self._bounds: tuple[bool, QRectF] | None = None  # (edge shapes shown, rect)
        self._shape: QPainterPath | None = None
        self.show_label()
        self.update_path()

    def show_label(self) -> None:
        """Label the edge with the shape its source gives now (repaint only when it changed)."""
        shape = self.source.output_shape()
        label = shape_text(shape) if shape is not None else ""
        if label == self.label:
            return
        self.prepareGeometryChange()  # the label is part of the painted area
        self.label, self._bounds = label, None
        self._label_width = QFontMetricsF(_label_font()).horizontalAdvance(label) + 8
        self.setToolTip(
            f"{self.source.layer_id} → {self.target.layer_id}: {label or 'shape unknown'}"
        )
        self.update()

    def update_path(self) -> None:
        a, b = self.source.out_port(), self.target.in_port()
        path = QPainterPath(a)
        span = b.y() - a.y()
        if span > NODE_H * 2.2 and abs(b.x() - a.x()) < NODE_W * 0.75:
            # a skip connection over nodes in the same column: swing out to the right of them
            side = a.x() + NODE_W * 0.5 + 40
            path.cubicTo(
                QPointF(a.x(), a.y() + 40), QPointF(side, a.y() + 20), QPointF(side, a.y() + 70)
            )
            path.lineTo(QPointF(side, b.y() - 70))
            path.cubicTo(QPointF(side, b.y() - 20), QPointF(b.x(), b.y() - 40), b)
        else:
            bend = max(40.0, abs(span) * 0.5)
            path.cubicTo(QPointF(a.x(), a.y() + bend), QPointF(b.x(), b.y() - bend), b)
        self.prepareGeometryChange()
        self._mid, self._near = path.pointAtPercent(0.5), path.pointAtPercent(0.86)
        self._bounds, self._shape = None, None
        self.setPath(path)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(12)
            self._shape = stroker.createStroke(self.path())
        return self._shape

    def label_rect(self) -> QRectF | None:
        """Where the shape label is drawn (right of the curve's middle), or None."""
        if not (self.canvas.show_edge_shapes and self.label):
            return None
        mid = self._mid
        return QRectF(mid.x() + 6, mid.y() - 8, self._label_width, 16)

    def badge_rect(self) -> QRectF | None:
        """Where a merge input's number is drawn (left of the curve, near the target)."""
        if self.order is None:
            return None
        near = self._near
        rect = QRectF(near.x() - 24, near.y() - 8, 16, 16)
        label = self.label_rect()
        if label is not None and rect.intersects(label):  # a short edge: keep them apart
            rect.moveRight(label.left() - 4)
        return rect

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        # everything painted must be inside, or moving a node leaves stale fragments behind
        shown = self.canvas.show_edge_shapes
        if self._bounds is None or self._bounds[0] != shown:
            rect = super().boundingRect().adjusted(-12, -12, 12, 12)
            for extra in (self.label_rect(), self.badge_rect()):
                if extra is not None:
                    rect = rect.united(extra.adjusted(-2, -2, 2, 2))
            self._bounds = (shown, rect)
        return self._bounds[1]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = SELECTED if self.isSelected() else QColor("#7d8792")
        if self.canvas.drop_edge is self:
            colour = SELECTED
        painter.setPen(
            QPen(colour, 2.4 if self.isSelected() or self.canvas.drop_edge is self else 1.6)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        if option.levelOfDetailFromTransform(painter.worldTransform()) < SKETCH_BELOW:
            return  # the minimap: the line alone
        # arrow head at the target
        end = self.path().pointAtPercent(1.0)
        painter.setBrush(QBrush(colour))
        head = QPainterPath(end)
        head.lineTo(end + QPointF(-5, -9))
        head.lineTo(end + QPointF(5, -9))
        head.closeSubpath()
        painter.drawPath(head)
        painter.setFont(_label_font())
        rect = self.label_rect()
        if rect is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(255, 255, 255, 230)))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#4a535e"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label)
        rect = self.badge_rect()
        if rect is not None:
            painter.setPen(QPen(QColor("#c2497a"), 1.2))
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.drawEllipse(rect)
            painter.setPen(QColor("#c2497a"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self.order))


def _label_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8)
    return font
