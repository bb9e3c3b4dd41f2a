"""The network canvas: nodes and edges of the open network, drag-and-drop from the palette,
connecting by dragging from an output port, moving, zoom, pan and fit.

The canvas only translates gestures into ``netcore.network.editing`` calls through the document;
every rule (cycles, merges, insertion) lives there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView

from desktop.editor.items import NODE_H, EdgeItem, NodeItem
from desktop.editor.layout import node_positions
from desktop.editor.minimap import Minimap
from desktop.editor.scene import NetworkScene
from desktop.project.document import NetworkChange, NetworkDocument
from netcore.network import editing
from netcore.network.navigation import neighbour
from netcore.network.spec import INPUT_ID

LAYER_MIME = "application/x-layerlab-layer"


class NetworkCanvas(QGraphicsView):
    """The central editor view (objectName ``networkCanvas``)."""

    def __init__(self, document: NetworkDocument, parent=None):
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        self.document = document
        self.scene_ = NetworkScene(self)
        self.setScene(self.scene_)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self._paint_background()
        self.show_edge_shapes = True
        self.drop_edge: EdgeItem | None = None
        self._connecting: tuple[NodeItem, QGraphicsLineItem] | None = None
        self._syncing = False
        self._panning: QPointF | None = None
        self.hidden: frozenset[str] = frozenset()  # what a lesson step keeps back for now
        self.scene_.selectionChanged.connect(self._on_scene_selection_changed)
        document.changed.connect(self._on_document_changed)
        document.selection_changed.connect(self._on_document_selection_changed)
        document.replaced.connect(self._on_document_replaced)
        QShortcut(QKeySequence("F"), self, activated=self.fit_to_view)
        self.rebuild()
        self._fit_pending = True
        self.compact = False  # the workspace shows the network small, beside other views
        self.text_scale = 1.0  # 1.5 in presentation mode
        self.minimap = Minimap(self)

    @property
    def nodes(self) -> dict[str, NodeItem]:
        """Layer id → its node on the canvas."""
        return self.scene_.nodes

    @property
    def edges(self) -> list[EdgeItem]:
        return self.scene_.edges

    def nodes_rect(self) -> QRectF:
        """The scene area the network's nodes take."""
        return self.scene_.nodes_rect()

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.minimap.refit()

    def set_hidden(self, names: frozenset) -> None:
        """What a lesson step keeps hidden until the student answered: with
        ``param_counts`` the nodes show "? params" (their shapes stay); an empty set shows
        every count again at once."""
        self.hidden = frozenset(names)
        for node in self.nodes.values():
            if not node.is_input:
                node.show_info(node.info)

    # ----------------------------------------------------------------- building

    def rebuild(self) -> None:
        """Recreate every item from the document (a whole new network)."""
        self._show(self.document.state, whole=True)

    def _on_document_changed(self, change: NetworkChange) -> None:
        self._show(change.after, whole=change.whole)

    def _show(self, state, whole: bool) -> None:
        """Update the items to ``state`` (only what changed, unless ``whole``); the view's
        zoom, scroll position and selection stay."""
        self._syncing = True
        try:
            self.scene_.show_state(state, self.document.selection, whole=whole)
            if whole:  # the old items are deleted
                self.drop_edge, self._connecting = None, None
            if self.drop_edge is not None and self.drop_edge.scene() is not self.scene_:
                self.drop_edge = None
            if self._connecting is not None and self._connecting[0].scene() is not self.scene_:
                self.scene_.removeItem(self._connecting[1])  # its layer is gone
                self._connecting = None
        finally:
            self._syncing = False

    def fit_to_view(self) -> None:
        """Show the whole network, but never so small that labels become hard to read (a tall
        network then scrolls) nor blown up past 125 %."""
        rect = self.scene_.itemsBoundingRect().adjusted(-40, -40, 40, 40)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        k = self.text_scale  # presentation mode: a readable network is a larger one
        scale = min(max(self.transform().m11(), 0.8 * k), 1.25 * k)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center().x(), rect.top() + self.viewport().height() / (2 * scale))
        self.minimap.refit()

    def _paint_background(self) -> None:
        """Light grey paper, or a dark one under a dark theme (the nodes stay light cards)."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setBackgroundBrush(QBrush(QColor("#2a2d33" if dark else "#f3f5f7")))

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_background()

    def set_text_scale(self, scale: float) -> None:
        """Presentation mode: fit again with nodes, text and lines ``scale`` times larger."""
        self.text_scale = scale
        self.fit()

    def fit(self) -> None:
        """The fit the workspace wants: readable (Design) or everything (compact views)."""
        if self.compact:
            self.fit_all()
        else:
            self.fit_to_view()

    def fit_all(self) -> None:
        """Every layer in sight, smaller than fit_to_view allows (a compact view of the whole
        network beside the plots or the views inside it)."""
        rect = self.scene_.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        scale = min(max(self.transform().m11(), 0.25), self.text_scale)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())
        self.minimap.refit()

    def _on_document_replaced(self) -> None:
        if self.isVisible():
            QTimer.singleShot(0, self.fit)  # after the view has its final size
        else:
            self._fit_pending = True

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            self.fit()

    def center_on_node(self, layer_id: str) -> None:
        if layer_id in self.nodes:
            self.centerOn(self.nodes[layer_id])

    # ----------------------------------------------------------------- selection

    def _on_scene_selection_changed(self) -> None:
        if self._syncing:
            return
        ids = [item.layer_id for item in self.scene_.selectedItems() if isinstance(item, NodeItem)]
        self.document.set_selection(
            [i for i in ids if i != INPUT_ID] or ([INPUT_ID] if INPUT_ID in ids else [])
        )

    def _on_document_selection_changed(self, ids: list) -> None:
        self._syncing = True
        for lid, node in self.nodes.items():
            node.setSelected(lid in ids)
        self._syncing = False

    def selected_edges(self) -> list[EdgeItem]:
        return [e for e in self.edges if e.isSelected()]

    # ----------------------------------------------------------------- moving

    def node_released(self) -> None:
        """Store positions of nodes the student moved (one undo step per drag)."""
        positions = node_positions(self.document.spec)
        moved = {}
        for lid, node in self.nodes.items():
            if lid == INPUT_ID:
                continue
            old = positions.get(lid)
            if (
                old is None
                or abs(node.pos().x() - old[0]) > 0.5
                or abs(node.pos().y() - old[1]) > 0.5
            ):
                moved[lid] = [round(node.pos().x(), 1), round(node.pos().y(), 1)]
        if moved:

            def change(spec):
                spec.layout.update(moved)

            self.document.edit(f"Move {', '.join(moved)}", change)

    # ----------------------------------------------------------------- connecting

    def begin_connection(self, node: NodeItem, scene_pos: QPointF) -> None:
        line = QGraphicsLineItem(
            node.out_port().x(), node.out_port().y(), scene_pos.x(), scene_pos.y()
        )
        line.setPen(QPen(QColor("#1e88e5"), 2, Qt.PenStyle.DashLine))
        line.setZValue(5)
        self.scene_.addItem(line)
        self._connecting = (node, line)

    def mouseMoveEvent(self, event):  # noqa: N802 - Qt's name
        if self._connecting is not None:
            node, line = self._connecting
            p = self.mapToScene(event.position().toPoint())
            start = node.out_port()
            line.setLine(start.x(), start.y(), p.x(), p.y())
            return
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt's name
        if self._panning is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._panning = None
            self.unsetCursor()
            return
        if self._connecting is not None:
            source, line = self._connecting
            self._connecting = None
            self.scene_.removeItem(line)
            target = self.node_at(self.mapToScene(event.position().toPoint()))
            if target is not None and target is not source and target.layer_id != INPUT_ID:
                self.connect_nodes(source.layer_id, target.layer_id)
            return
        super().mouseReleaseEvent(event)

    def connect_nodes(self, source: str, target: str) -> None:
        self.document.edit(
            f"Connect {source} → {target}", lambda spec: editing.connect(spec, source, target)
        )

    def node_at(self, scene_pos: QPointF) -> NodeItem | None:
        for item in self.scene_.items(scene_pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def edge_at(self, scene_pos: QPointF) -> EdgeItem | None:
        area = QRectF(scene_pos.x() - 6, scene_pos.y() - 6, 12, 12)
        for item in self.scene_.items(area):
            if isinstance(item, EdgeItem):
                return item
        return None

    # ----------------------------------------------------------------- zoom

    def wheelEvent(self, event):  # noqa: N802 - Qt's name
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        scale = self.transform().m11() * factor
        if 0.2 <= scale <= 3.0:
            self.scale(factor, factor)
            self.minimap.refit()

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)
        self.minimap.refit()

    def set_edge_shapes(self, shown: bool) -> None:
        """Show or hide the tensor shapes on the edges (their painted area changes)."""
        for edge in self.edges:
            edge.prepareGeometryChange()
        self.show_edge_shapes = shown
        self.viewport().update()

    def zoom_in(self) -> None:
        self.zoom(1.2)

    # ----------------------------------------------------------------- keyboard

    ARROWS = {
        Qt.Key.Key_Up: "up",
        Qt.Key.Key_Down: "down",
        Qt.Key.Key_Left: "left",
        Qt.Key.Key_Right: "right",
    }

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        """The arrow keys move the selection between layers (netcore decides where to)."""
        direction = self.ARROWS.get(event.key())
        if direction is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        selected = self.document.selection
        here = selected[0] if len(selected) == 1 else None
        positions = {lid: (n.pos().x(), n.pos().y()) for lid, n in self.nodes.items()}
        there = neighbour(self.document.spec, here, direction, positions)
        if there is not None and there in self.nodes:
            self.document.set_selection([there])
            self.ensureVisible(self.nodes[there], 40, 40)
        event.accept()

    def zoom_out(self) -> None:
        self.zoom(1 / 1.2)

    # ----------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event):  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):  # noqa: N802 - Qt's name
        if not event.mimeData().hasFormat(LAYER_MIME):
            super().dragMoveEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        edge = None if self.node_at(pos) else self.edge_at(pos)
        if edge is not self.drop_edge:
            previous, self.drop_edge = self.drop_edge, edge
            for item in (previous, edge):
                if item is not None:
                    item.update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event):  # noqa: N802 - Qt's name
        if self.drop_edge is not None:
            edge, self.drop_edge = self.drop_edge, None
            edge.update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event):  # noqa: N802 - Qt's name
        if not event.mimeData().hasFormat(LAYER_MIME):
            super().dropEvent(event)
            return
        layer_type = bytes(event.mimeData().data(LAYER_MIME)).decode()
        self.drop_layer(layer_type, self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()

    def drop_layer(self, layer_type: str, scene_pos: QPointF) -> str | None:
        """Add a layer where it was dropped: on an edge it is inserted there; on a layer or
        just below the output it is appended after it; anywhere else it stays unconnected."""
        self.drop_edge = None
        node = self.node_at(scene_pos)
        if node is not None:
            after = node.layer_id
            return self.document.edit(
                f"Add {layer_type} after {after}",
                lambda spec: editing.add_layer(spec, layer_type, after=after),
            )
        edge = self.edge_at(scene_pos)
        if edge is not None:
            s, t = edge.source.layer_id, edge.target.layer_id
            return self.document.edit(
                f"Insert {layer_type}",
                lambda spec: editing.insert_on_edge(spec, s, t, layer_type),
            )
        output = self.document.spec.output_id() or INPUT_ID
        anchor = self.nodes.get(output)
        if anchor is not None and self._below(anchor, scene_pos):
            return self.document.edit(
                f"Add {layer_type}", lambda spec: editing.add_layer(spec, layer_type, after=output)
            )
        x, y = round(scene_pos.x(), 1), round(scene_pos.y(), 1)

        def place(spec):
            new_id = editing.add_layer(spec, layer_type, connect=False)
            spec.layout[new_id] = [x, y]
            return new_id

        return self.document.edit(f"Add {layer_type}", place)

    @staticmethod
    def _below(anchor: NodeItem, pos: QPointF) -> bool:
        """The drop zone under the output node: a column as wide as two nodes."""
        p = anchor.pos()
        return pos.y() > p.y() + NODE_H / 2 and abs(pos.x() - p.x()) < 220
