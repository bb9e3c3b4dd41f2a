"""The class dataset (``classDataset``): every drawing handed in, by label, newest first.
One click on a drawing's box rejects it (a wrong label), another takes it back; the kept ones
are exported as an image folder LayerLab opens, or trained on in one step."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netcore.i18n import number


def mnist_score(reference, folder: Path, kept: list[tuple[str, int]]) -> tuple[int, int]:
    """(right, total): the drawings ``reference`` (a digit classifier) labels as the class did."""
    from netcore.classhub.phone import prepared
    from netcore.fileio import read_bytes_limited

    right = total = 0
    for relative, label in kept:
        try:
            image = prepared(read_bytes_limited(folder / relative, 1 << 20, "drawing"))
        except (OSError, ValueError):
            continue
        if image is None:
            continue
        values = list(reference.probabilities(image.reshape(28, 28, 1))[0])
        total += 1
        right += int(values.index(max(values)) == label)
    return right, total


ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ICON = 64
MAX_SHOWN = 2000  # drawings listed at once (a class's lesson makes a few hundred)


class ClassDatasetView(QWidget):
    def __init__(self, teacher, dialogs, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classDataset")
        self.teacher, self.dialogs = teacher, dialogs
        self.folder: Path | None = None
        self.items: list[dict] = []  # newest first
        #: Where "Train on it" hands the exported folder (set by the wiring).
        self.train_on: Callable[[Path], None] = lambda path: None
        self.label = QComboBox()
        self.label.addItem(self.tr("Every digit"), None)
        for digit in range(10):
            self.label.addItem(str(digit), digit)
        self.label.currentIndexChanged.connect(self._fill)
        self.counts = QLabel("")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.train_button = QPushButton(self.tr("Train on it"))
        self.train_button.setObjectName("classDatasetTrain")
        self.train_button.clicked.connect(self.train)
        #: The model to compare with (MNIST's bundled one; set by the wiring when it is loaded).
        self.reference = None
        self.compare_button = QPushButton(self.tr("Compare with MNIST"))
        self.compare_button.setObjectName("classDatasetCompare")
        self.compare_button.setToolTip(
            self.tr("How well the model trained on MNIST reads the class's own handwriting")
        )
        self.compare_button.clicked.connect(self.compare)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Label")))
        top.addWidget(self.label)
        top.addWidget(self.counts, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.train_button)
        top.addWidget(self.compare_button)
        self.list = QListWidget()
        self.list.setObjectName("classDatasetList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(4)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._on_item_changed)
        self.hint = QLabel(
            self.tr("Untick a drawing to reject it (a wrong label); tick it to keep it.")
        )
        self.hint.setWordWrap(True)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.list, 1)
        column.addWidget(self.hint)
        column.addWidget(self.note)
        self._icons: dict[str, QIcon] = {}

    # -- fed by the hub ------------------------------------------------------------------

    def reset(self, items: list[dict], folder: Path | None) -> None:
        self.folder = folder
        self.items = [dict(i) for i in items]
        self._fill()

    def take(self, event: str, data: dict) -> None:
        if event == "drawing":
            self.items.insert(0, {
                "id": data.get("item"), "label": data.get("label"), "file": data.get("file"),
                "name": data.get("name", ""), "status": "pending",
            })  # fmt: skip
        elif event == "review":
            for item in self.items:
                if item["id"] == data.get("item"):
                    item["status"] = "accepted" if data.get("accepted") else "rejected"
        self._fill()

    # -- shown ---------------------------------------------------------------------------

    def _fill(self) -> None:
        wanted = self.label.currentData()
        self.list.blockSignals(True)
        self.list.clear()
        shown = [i for i in self.items if wanted is None or i["label"] == wanted][:MAX_SHOWN]
        for item in shown:
            entry = QListWidgetItem(self._icon(item["file"]), f"{item['label']} · {item['name']}")
            entry.setData(ITEM_ROLE, item["id"])
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            rejected = item["status"] == "rejected"
            entry.setCheckState(Qt.CheckState.Unchecked if rejected else Qt.CheckState.Checked)
            entry.setToolTip(self.tr("rejected") if rejected else self.tr("kept"))
            if rejected:
                entry.setForeground(QColor("#a00000"))
            self.list.addItem(entry)
        self.list.blockSignals(False)
        self._size_grid()
        kept = sum(1 for i in self.items if i["status"] != "rejected")
        self.counts.setText(
            self.tr("{kept} kept, {rejected} rejected").format(
                kept=kept, rejected=len(self.items) - kept
            )
        )

    def _size_grid(self) -> None:
        """Room under each drawing for its label and a name of up to ~16 letters on two
        lines, at the current text size (presentation mode makes it larger)."""
        metrics = self.list.fontMetrics()
        width = max(ICON + 40, metrics.horizontalAdvance("9 · Jean-Baptiste"[:12]) + 30)
        self.list.setGridSize(QSize(width, ICON + 8 + 2 * metrics.lineSpacing() + 4))

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._size_grid()

    def _icon(self, relative: str) -> QIcon:
        if relative not in self._icons:
            reader = QImageReader(str((self.folder or Path()) / relative))
            reader.setScaledSize(QSize(ICON, ICON))  # the hub wrote it: ≤ 280 px a side
            image = reader.read()
            self._icons[relative] = (
                QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            )
        return self._icons[relative]

    # -- the teacher's actions -------------------------------------------------------------

    def _on_item_changed(self, entry: QListWidgetItem) -> None:
        self.review(entry.data(ITEM_ROLE), entry.checkState() == Qt.CheckState.Checked)

    def review(self, item: int, accepted: bool) -> None:
        self.teacher.run(
            self.teacher.hub.review, item, accepted,
            failed=lambda e: self.note.setText(self.tr("Not changed: {reason}").format(reason=e)),
        )  # fmt: skip

    def export(self) -> None:
        chosen = self.dialogs.choose_folder(self.tr("Export the class dataset to"), "")
        if chosen:
            self._export(Path(chosen), lambda counts, out: self._exported(counts, out))

    def train(self) -> None:
        if self.folder is None:
            return
        out = self.folder / "exports" / time.strftime("class-dataset-%Y%m%d-%H%M%S")
        self._export(out, lambda counts, out: self._exported(counts, out, train=True))

    def _export(self, out: Path, then) -> None:
        if not any(i["status"] != "rejected" for i in self.items):
            self.note.setText(self.tr("No drawing to use yet."))
            return
        self.teacher.run(
            self.teacher.hub.export_dataset, out,
            done=lambda counts: then(counts, out),
            failed=lambda e: self.note.setText(self.tr("Not exported: {reason}").format(reason=e)),
        )  # fmt: skip

    def compare(self) -> None:
        """The MNIST model's accuracy on the kept drawings (read in the hub's thread: the
        projector does not wait)."""
        reference = self.reference
        if reference is None:
            self.note.setText(self.tr("The MNIST model is still loading; try again in a moment."))
            return
        kept = [(i["file"], i["label"]) for i in self.items if i["status"] != "rejected"]
        if not kept:
            self.note.setText(self.tr("No drawing to use yet."))
            return
        folder = self.folder
        self.note.setText(self.tr("Reading the drawings…"))

        async def score():
            import asyncio

            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(None, mnist_score, reference, folder, kept)

        self.teacher.run(
            score,
            done=self._compared,
            failed=lambda e: self.note.setText(self.tr("Not compared: {reason}").format(reason=e)),
        )

    def _compared(self, answer) -> None:
        right, total = answer
        self.note.setText(
            self.tr(
                "The MNIST model reads {right} of the class's {total} drawings ({percent} %)."
            ).format(right=right, total=total, percent=number(100 * right / max(total, 1), 1))
        )

    def _exported(self, counts: dict, out: Path, train: bool = False) -> None:
        total = sum(counts.values())
        self.note.setText(
            self.tr("{count} drawings written to {path}").format(count=total, path=out)
        )
        if train:
            self.train_on(out)
