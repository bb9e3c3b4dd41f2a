"""The problems list: every error and warning of the network; clicking one selects its node."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop.project.document import NetworkDocument

LAYER_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QTreeWidget):
    """objectName ``problemsPanel``.

    Signals:
        problem_activated(str): the layer id of a clicked problem ("" for network-wide ones).
    """

    problem_activated = Signal(str)

    def __init__(self, document: NetworkDocument, parent=None):
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.document = document
        self.setColumnCount(3)
        self.setHeaderLabels(["", self.tr("Layer"), self.tr("Problem")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setWordWrap(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        document.analysis_changed.connect(self.refresh)
        self.itemClicked.connect(self._on_item_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        for problem in self.document.analysis.problems:
            error = problem.severity == "error"
            text = problem.message + (f"; {problem.hint}" if problem.hint else "")
            item = QTreeWidgetItem(["✖" if error else "▲", problem.layer_id or "network", text])
            item.setForeground(0, QColor("#d62f2f" if error else "#e08a00"))
            item.setToolTip(2, text)
            item.setData(0, LAYER_ROLE, problem.layer_id or "")
            self.addTopLevelItem(item)

    def _on_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        layer_id = item.data(0, LAYER_ROLE)
        if layer_id:
            self.document.set_selection([layer_id])
        self.problem_activated.emit(layer_id)
