"""A table of numbers for the convolution sandbox: editable cells (the input, a kernel), grey
padding cells, a highlighted window whose cells also show the kernel weight they meet
("10 ×2"), and cells that fill in one by one as the animation runs."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from netcore.convolution.sandbox import _num
from netcore.numbers import parse_number


def shown(value: float) -> str:
    """A cell's number in the locale's way (0,5 in French): what is shown can be typed back."""
    return _num(value).replace(".", QLocale().decimalPoint() or ".")


PAD = QColor("#e6e6e6")
WINDOW = QColor("#ffe08a")
FILLED = QColor("#d9ecff")
CURRENT = QColor("#7fb8ff")
PLAIN = QColor("#ffffff")


class NumberGrid(QTableWidget):
    """Signals:
    edited(object): the student changed a cell; the new (unpadded) table as an array.
    """

    edited = Signal(object)

    def __init__(self, name: str, cell: int = 46, editable: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.cell = cell
        self.editable = editable
        self.values = np.zeros((0, 0))
        self.pads = (0, 0, 0, 0)
        self._filling = False
        font = QFont(self.font())
        font.setPointSize(12)
        self.setFont(font)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(cell)
            header.setMinimumSectionSize(18)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setVisible(False)
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.DoubleClicked | triggers.AnyKeyPressed | triggers.EditKeyPressed
            if editable
            else triggers.NoEditTriggers
        )
        self.itemChanged.connect(self._on_item_changed)

    # -- content ---------------------------------------------------------------------------

    def show_table(self, values: np.ndarray, pads=(0, 0, 0, 0), blank=False) -> None:
        """The table with zero rings (grey) around it; blank: cells empty until filled."""
        self.values = np.asarray(values, dtype=np.float64)
        self.pads = tuple(pads)
        top, bottom, left, right = self.pads
        h, w = self.values.shape
        self._filling = True
        self.clearSpans()
        self.setRowCount(h + top + bottom)
        self.setColumnCount(w + left + right)
        for r in range(h + top + bottom):
            for c in range(w + left + right):
                inside = top <= r < top + h and left <= c < left + w
                value = self.values[r - top, c - left] if inside else 0.0
                item = QTableWidgetItem("" if blank and inside else shown(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if inside and self.editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                item.setBackground(QBrush(PLAIN if inside else PAD))
                if not inside:
                    item.setForeground(QBrush(QColor("#888")))
                    item.setToolTip(self.tr("padding: a zero added around the input"))
                self.setItem(r, c, item)
        self._filling = False
        self._fit()

    def set_cell_size(self, cell: int) -> None:
        if cell == self.cell:
            return
        self.cell = cell
        font = QFont(self.font())
        font.setPointSize(12 if cell >= 40 else 10 if cell >= 30 else 8)
        self.setFont(font)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setDefaultSectionSize(cell)
        self._fit()

    def _fit(self) -> None:
        for r in range(self.rowCount()):
            self.setRowHeight(r, self.cell)
        for c in range(self.columnCount()):
            self.setColumnWidth(c, self.cell)
        frame = 2 * self.frameWidth()
        self.setFixedSize(
            self.columnCount() * self.cell + frame + 1, self.rowCount() * self.cell + frame + 1
        )

    def table_text(self) -> str:
        """The unpadded table as 'r1; r2' text (for copying)."""
        return "; ".join(" ".join(_num(v) for v in row) for row in self.values)

    # -- marks -----------------------------------------------------------------------------

    def clear_marks(self) -> None:
        top, bottom, left, right = self.pads
        h, w = self.values.shape
        self._filling = True
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                inside = top <= r < top + h and left <= c < left + w
                item = self.item(r, c)
                item.setBackground(QBrush(PLAIN if inside else PAD))
                value = self.values[r - top, c - left] if inside else 0.0
                if "\n" in item.text():
                    item.setText(shown(value))
        self._filling = False

    def mark_window(self, row: int, col: int, weights: np.ndarray | None, size=None) -> None:
        """Highlight the window at (row, col) of the shown (padded) grid; with weights, each
        cell also shows the weight it is multiplied by."""
        self.clear_marks()
        kh, kw = weights.shape if weights is not None else size
        self._filling = True
        for i in range(kh):
            for j in range(kw):
                item = self.item(row + i, col + j)
                if item is None:
                    continue
                item.setBackground(QBrush(WINDOW))
                if weights is not None:
                    item.setText(f"{item.text()}\n×{shown(weights[i, j])}")
        self._filling = False

    def fill(
        self, cells: list[tuple[int, int]], current: tuple[int, int] | None, masked=False
    ) -> None:
        """Show the values of the cells computed so far (the others blank), current in blue;
        ``masked``: the cells reached show "?" (a lesson step asks for them)."""
        self._filling = True
        done = set(cells)
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if (r, c) in done:
                    item.setText("?" if masked else shown(self.values[r, c]))
                    item.setBackground(QBrush(CURRENT if (r, c) == current else FILLED))
                else:
                    item.setText("")
                    item.setBackground(QBrush(PLAIN))
        self._filling = False

    # -- editing ---------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not self.editable:
            return
        top, _, left, _ = self.pads
        r, c = item.row() - top, item.column() - left
        text = item.text().strip()
        try:  # the locale's point or a dot; never a group separator, never a guess
            value = parse_number(text, QLocale().decimalPoint() or ".")
        except ValueError as exc:
            value, reason = None, str(exc)
        if value is None or not np.isfinite(value):
            self._filling = True
            item.setText(shown(self.values[r, c]))  # a non-number is refused, nothing lost
            keeps = self.tr("the cell keeps {value}").format(value=shown(self.values[r, c]))
            item.setToolTip(f"{reason if value is None else text}; {keeps}")
            self._filling = False
            return
        item.setToolTip("")
        self.values = self.values.copy()
        self.values[r, c] = value
        self.edited.emit(self.values.copy())
