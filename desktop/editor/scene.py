"""The canvas's scene: one node item per layer and one edge item per connection, kept in step
with the document by updating what an edit changed.

Rebuilding every item on each edit cost ~40 ms for 200 layers and repainted the whole view; an
edit usually touches one node and its neighbours. Items that did not change stay the same
objects, so their selection, position and hover state survive the edit and only they repaint.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from desktop.editor.items import EdgeItem, NodeItem
from desktop.editor.layout import node_positions
from desktop.project.document import NetworkState
from netcore.network.spec import INPUT_ID, NetworkSpec

#: An edge is known by its source, its target, its position among the target's inputs (None
#: when the target has one input) and which of several identical connections it is.
EdgeKey = tuple[str, str, int | None, int]


def wanted_edges(spec: NetworkSpec) -> dict[EdgeKey, None]:
    """Every connection the spec draws, in drawing order."""
    keys: dict[EdgeKey, None] = {}
    seen: Counter = Counter()
    for index, layer in enumerate(spec.layers):
        sources = spec.inputs_of(index)
        many = len(sources) > 1
        for n, source in enumerate(sources):
            base = (source, layer.id, n + 1 if many else None)
            keys[(*base, seen[base])] = None
            seen[base] += 1
    return keys


class NetworkScene(QGraphicsScene):
    """The items of one network on one canvas.

    Attributes:
        nodes: Layer id → its node (the network input under ``INPUT_ID``).
        edges: Every edge item, in drawing order.
    """

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.nodes: dict[str, NodeItem] = {}
        self._edges: dict[EdgeKey, EdgeItem] = {}
        self._shown_input: tuple | None = None  # (input shape, network name) the input shows
        #: While the scene moves many nodes, the ones moved (NodeItem.itemChange adds them), so
        #: that an edge between two moved nodes is redrawn once, not twice; None otherwise.
        self.moved_nodes: set[NodeItem] | None = None

    @property
    def edges(self) -> list[EdgeItem]:
        return list(self._edges.values())

    def show_state(self, state: NetworkState, selection: list[str], whole: bool = False) -> None:
        """Make the items show ``state``: nodes and edges that left go, new ones come, the ones
        whose layer, shape, parameters or problems changed repaint, moved ones move.

        Args:
            state: The spec and its analysis.
            selection: The document's selected ids (given to new nodes).
            whole: A different network: drop every item and start over.
        """
        if whole:
            self.clear()
            self.nodes, self._edges, self._shown_input = {}, {}, None
        spec, analysis = state.spec, state.analysis
        kinds: dict[str, str] = {INPUT_ID: "Input"}
        for layer in spec.layers:
            kinds.setdefault(layer.id, layer.type)  # a duplicate id: shown once (a problem)
        keys = wanted_edges(spec)
        for key in [k for k in self._edges if k not in keys or k[1] not in kinds]:
            self._remove_edge(key)
        for lid in [i for i, node in self.nodes.items() if kinds.get(i) != node.layer_type]:
            self._remove_node(lid)
        positions = node_positions(spec)
        self.moved_nodes = set()
        try:
            for lid, kind in kinds.items():
                self._place_node(lid, kind, analysis.layers.get(lid), positions, selection)
            moved, self.moved_nodes = self.moved_nodes, None
        finally:
            self.moved_nodes = None
        for edge in {e: None for node in moved for e in node.edges}:
            edge.update_path()
        shown_input = (analysis.input_shape, spec.name)
        if shown_input != self._shown_input:
            self._shown_input = shown_input
            self.nodes[INPUT_ID].show_info(None)
        for edge in self._edges.values():
            edge.show_label()
        for key in keys:
            if key not in self._edges and key[0] in self.nodes:
                edge = EdgeItem(self.nodes[key[0]], self.nodes[key[1]], key[2], self.canvas)
                self.addItem(edge)
                self._edges[key] = edge
        self._edges = {k: self._edges[k] for k in keys if k in self._edges}  # drawing order
        rect = self.nodes_rect().adjusted(-400, -300, 400, 400)
        if rect != self.sceneRect():
            self.setSceneRect(rect)

    def _place_node(self, lid, kind, info, positions, selection) -> None:
        """Add a new node, or show the new analysis on a changed one; move it if it moved."""
        node = self.nodes.get(lid)
        if node is None:
            node = NodeItem(lid, kind, info, self.canvas)
            node.setSelected(lid in selection)
            self.nodes[lid] = node
            self.addItem(node)
        elif lid != INPUT_ID and node.info != info:
            node.show_info(info)
        x, y = positions.get(lid, (0.0, 0.0))
        if node.pos() != QPointF(x, y):
            node.setPos(x, y)

    def nodes_rect(self) -> QRectF:
        """The scene area the network's nodes take."""
        rect = QRectF()
        for node in self.nodes.values():
            rect = rect.united(node.sceneBoundingRect())
        return rect

    def _remove_edge(self, key: EdgeKey) -> None:
        edge = self._edges.pop(key)
        for node in (edge.source, edge.target):
            if edge in node.edges:
                node.edges.remove(edge)
        self.removeItem(edge)

    def _remove_node(self, lid: str) -> None:
        node = self.nodes.pop(lid)
        for key in [k for k, e in self._edges.items() if node in (e.source, e.target)]:
            self._remove_edge(key)
        self.removeItem(node)
