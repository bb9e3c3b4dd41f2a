"""File → Class → Join: the classes announced on the school network listed by name (or an
address typed), the class code and the student's name."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.classroom.bridge import LoopBridge
from netcore.classhub.runner import LoopThread

BROWSE_SECONDS = 2.0  # long enough for a hub on the same network to answer


def browse_classes():
    from netcore.classhub.discovery import browse

    return browse(BROWSE_SECONDS)


def hub_url(text: str) -> str | None:
    """``HOST:PORT`` or ``http://HOST:PORT/`` as the hub's URL; None if it is neither."""
    text = text.strip()
    found = re.fullmatch(r"(?:http://)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})/?", text)
    if not found or not 0 < int(found.group(2)) < 65536:
        return None
    return f"http://{found.group(1)}:{found.group(2)}/"


class JoinDialog(QDialog):
    def __init__(self, browse: Callable = browse_classes, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classJoinDialog")
        self.setWindowTitle(self.tr("Join a class"))
        self._browse = browse
        self.bridge = LoopBridge(self)
        self.found = QListWidget()
        self.found.setObjectName("classJoinFound")
        self.found.currentItemChanged.connect(self._on_found_chosen)
        self.searching = QLabel("")
        self.again = QPushButton(self.tr("Look again"))
        self.again.clicked.connect(self.look)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. 192.168.1.20:8765"))
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Join"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.searching, 1)
        row.addWidget(self.again)
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Class code"), self.code)
        form.addRow(self.tr("Your name"), self.name)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Classes on this network")))
        column.addWidget(self.found, 1)
        column.addLayout(row)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self.result_url = self.result_code = self.result_name = ""
        self.resize(max(560, self.sizeHint().width()), max(440, self.sizeHint().height()))

    def look(self) -> None:
        """List the classes announced (in the background: the dialog stays responsive)."""
        if self.bridge.loop is None:
            self.bridge.loop = LoopThread("class browse")
        self.searching.setText(self.tr("Looking for classes…"))
        self.again.setEnabled(False)
        self.bridge.run(self._browse, done=self._on_found, failed=self._on_browse_failed)

    def _on_found(self, classes) -> None:
        self.again.setEnabled(True)
        self.found.clear()
        for entry in classes:
            item = QListWidgetItem(f"{entry.name} — {entry.host}:{entry.port}")
            item.setData(Qt.ItemDataRole.UserRole, entry.url.removeprefix("http://").rstrip("/"))
            self.found.addItem(item)
        self.searching.setText(
            self.tr("%n class(es) found.", "", len(classes))
            if classes
            else self.tr("No class found: type the address the teacher shows.")
        )

    def _on_browse_failed(self, error) -> None:
        self.again.setEnabled(True)
        self.searching.setText(
            self.tr("Cannot look for classes ({reason}): type the address.").format(reason=error)
        )

    def _on_found_chosen(self, item) -> None:
        if item is not None:
            self.address.setText(item.data(Qt.ItemDataRole.UserRole))

    def _accept(self) -> None:
        url = hub_url(self.address.text())
        if url is None:
            self.problem.setText(self.tr("The address is HOST:PORT, e.g. 192.168.1.20:8765."))
            return
        if not self.code.text().strip() or not self.name.text().strip():
            self.problem.setText(self.tr("Type the class code and your name."))
            return
        self.result_url = url
        self.result_code = self.code.text().strip().upper()
        self.result_name = " ".join(self.name.text().split())
        self.accept()

    def done(self, result) -> None:  # noqa: D102 - QDialog's
        loop, self.bridge.loop = self.bridge.loop, None
        if loop is not None:
            loop.stop(1)
        super().done(result)
