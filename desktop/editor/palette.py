"""The layer palette: the catalog grouped by category, searchable, dragged onto the canvas or
added with Enter / double-click after the selected layer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.editor.canvas import LAYER_MIME
from desktop.editor.tooltips import palette_tooltip
from netcore.network.catalog import by_category

TYPE_ROLE = Qt.ItemDataRole.UserRole


class _LayerTree(QTreeWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        """As wide as the longest layer name, indented, so no name is cut to
        "DepthwiseConv…" (at presentation mode's size the dock grows instead)."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        widest = 0
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            widest = max(widest, metrics.horizontalAdvance(group.text(0)))
            for k in range(group.childCount()):
                widest = max(widest, metrics.horizontalAdvance(group.child(k).text(0)))
        scroll = self.verticalScrollBar().sizeHint().width()
        hint.setWidth(max(hint.width(), widest + 2 * self.indentation() + scroll + 12))
        return hint

    def startDrag(self, actions):  # noqa: N802 - Qt's name
        item = self.currentItem()
        layer_type = item.data(0, TYPE_ROLE) if item else None
        if not layer_type:
            return
        mime = QMimeData()
        mime.setData(LAYER_MIME, layer_type.encode())
        mime.setText(layer_type)
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)


class LayerPalette(QWidget):
    """objectName ``layerPalette``.

    Signals:
        layer_requested(str): the student asked to add a layer of this type (Enter or
            double-click) after the selected one.
    """

    layer_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self.search = QLineEdit(self)
        self.search.setObjectName("paletteSearch")
        self.search.setPlaceholderText(self.tr("Search layers…"))
        self.search.setClearButtonEnabled(True)
        self.tree = _LayerTree(self)
        self.tree.setObjectName("layerTree")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.items: dict[str, QTreeWidgetItem] = {}
        for category, entries in by_category().items():
            group = QTreeWidgetItem(self.tree, [self.tr_category(category)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for entry in entries:
                item = QTreeWidgetItem(group, [entry.name])
                item.setData(0, TYPE_ROLE, entry.name)
                item.setToolTip(0, palette_tooltip(entry.name))
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                self.items[entry.name] = item
        self.tree.expandAll()
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return)
        self.tree.itemActivated.connect(self._on_tree_item_activated)

    @staticmethod
    def tr_category(category: str) -> str:
        return QCoreApplication.translate("Catalog", category)

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.strip().lower()
        first = None
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            visible = 0
            for n in range(group.childCount()):
                item = group.child(n)
                hit = (
                    not needle or needle in item.text(0).lower() or needle in group.text(0).lower()
                )
                item.setHidden(not hit)
                visible += hit
                if hit and first is None:
                    first = item
            group.setHidden(visible == 0)
        if first is not None and needle:
            self.tree.setCurrentItem(first)

    def _on_search_return(self) -> None:
        item = self.tree.currentItem()
        if item is not None and not item.isHidden() and item.data(0, TYPE_ROLE):
            self.layer_requested.emit(item.data(0, TYPE_ROLE))

    def _on_tree_item_activated(self, item: QTreeWidgetItem, column: int) -> None:
        layer_type = item.data(0, TYPE_ROLE)
        if layer_type:
            self.layer_requested.emit(layer_type)
