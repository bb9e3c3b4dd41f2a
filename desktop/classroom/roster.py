"""The class as the dashboard shows it: one row per student, kept up to date from the hub's
events, in a table model the teacher sorts and filters ("who is stuck on step 3?").

Names come from students: the table shows them as plain text (never rich text), so a name
like ``<b>Ada</b>`` is seen as typed."""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate

from netcore.i18n import number

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CURVE_ROLE = Qt.ItemDataRole.UserRole + 2
NO_PARENT = QModelIndex()
COLUMNS = ("name", "online", "lesson", "step", "checks", "loss", "accuracy", "params")


@dataclass
class StudentRow:
    id: int
    name: str
    online: bool = False
    lesson: str = ""
    step: int | None = None
    checks: list[dict[str, Any]] = field(default_factory=list)
    loss: list[float] = field(default_factory=list)
    accuracy: float | None = None
    params: int | None = None
    run: int | None = None
    network: dict[str, Any] | None = None
    live: bool = False

    @property
    def stuck(self) -> bool:
        """A check failed on the step they are on."""
        return any(not c.get("passed") for c in self.checks)

    def take_progress(self, data: dict[str, Any]) -> None:
        self.lesson = str(data.get("lesson", ""))
        self.step = data.get("step")
        self.checks = list(data.get("checks") or [])

    def take_run(self, data: dict[str, Any]) -> None:
        curves = data.get("curves") or {}
        self.loss = [v for v in curves.get("loss") or [] if isinstance(v, int | float)]
        self.accuracy = data.get("test_accuracy")
        self.params = data.get("params")
        self.run = data.get("run")
        self.network = data.get("network")
        self.live = bool(data.get("live"))


class RosterModel(QAbstractTableModel):
    """The students of the class, in the order they joined."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[StudentRow] = []
        self._index: dict[int, int] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Connected"),
            self.tr("Lesson"),
            self.tr("Step"),
            self.tr("Checks"),
            self.tr("Loss"),
            self.tr("Accuracy"),
            self.tr("Parameters"),
        )

    def header_tips(self) -> tuple[str, ...]:
        """What each column shows in full (the headers are kept short: the table fits a
        projector's width without scrolling sideways)."""
        return (
            self.tr("The student's name"),
            self.tr("Connected to the class now"),
            self.tr("The lesson they are on"),
            self.tr("The step of the lesson they are on"),
            self.tr("The checks of their step: ✓ passed, ✗ failed"),
            self.tr("The loss curve of their latest run"),
            self.tr("Test accuracy of their latest run"),
            self.tr("Parameters of their network"),
        )

    # -- fed by the hub ------------------------------------------------------------------

    def reset(self, status: dict[str, Any]) -> None:
        """The whole class at once (``ClassHub.status()``)."""
        self.beginResetModel()
        self.rows, self._index = [], {}
        for entry in status.get("students", []):
            row = StudentRow(int(entry["id"]), str(entry["name"]), bool(entry.get("online")))
            if entry.get("progress"):
                row.take_progress(entry["progress"])
            if entry.get("run"):
                row.take_run(entry["run"])
            self._index[row.id] = len(self.rows)
            self.rows.append(row)
        self.endResetModel()

    def take(self, event: str, student: int | None, data: dict[str, Any]) -> None:
        """One event of the hub's feed."""
        if student is None or event not in ("joined", "left", "progress", "run"):
            return
        row = self._row(student, str(data.get("name", "")))
        if event in ("joined", "left"):
            row.online = event == "joined"
        elif event == "progress":
            row.take_progress(data)
        else:
            row.take_run(data)
        at = self._index[student]
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    def _row(self, student: int, name: str) -> StudentRow:
        if student not in self._index:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self._index[student] = len(self.rows)
            self.rows.append(StudentRow(student, name))
            self.endInsertRows()
        row = self.rows[self._index[student]]
        if name:
            row.name = name
        return row

    def student(self, index: QModelIndex) -> StudentRow | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    # -- Qt's model ----------------------------------------------------------------------

    def rowCount(self, parent=NO_PARENT):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.student(index)
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CURVE_ROLE and column == "loss":
            return row.loss
        if role == Qt.ItemDataRole.ForegroundRole and column == "online" and not row.online:
            return QColor("#707070")
        if role == Qt.ItemDataRole.ForegroundRole and column == "checks" and row.checks:
            return QColor("#a00000") if row.stuck else QColor("#0b6b2b")
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            # a long name is elided in its narrow column; shown whole here, as typed (escaped:
            # a tooltip would read markup in a name as rich text)
            return f"<p>{html.escape(row.name)}</p>"
        if role == Qt.ItemDataRole.ToolTipRole and column == "checks":
            return "\n".join(
                f"{'✓' if c.get('passed') else '✗'} {c.get('name', '')}" for c in row.checks
            )
        return None

    def _text(self, row: StudentRow, column: str) -> str:
        if column == "name":
            return row.name
        if column == "online":
            return self.tr("connected") if row.online else self.tr("offline")
        if column == "lesson":
            return row.lesson
        if column == "step":
            return "" if row.step is None else number(row.step, 0)
        if column == "checks":
            return " ".join("✓" if c.get("passed") else "✗" for c in row.checks)
        if column == "accuracy":
            return "" if row.accuracy is None else f"{number(100 * row.accuracy, 1)} %"
        if column == "params":
            return "" if row.params is None else number(row.params, 0)
        return ""

    def _sort_key(self, row: StudentRow, column: str):
        if column == "name":
            return _collation_key(row.name)
        if column == "online":
            return int(row.online)
        if column == "step":
            return -1 if row.step is None else row.step
        if column == "checks":
            return sum(1 for c in row.checks if c.get("passed")) - 100 * row.stuck
        if column == "loss":
            return row.loss[-1] if row.loss else float("inf")
        if column == "accuracy":
            return -1.0 if row.accuracy is None else row.accuracy
        if column == "params":
            return -1 if row.params is None else row.params
        return self._text(row, column).casefold()


def _collation_key(text: str) -> str:
    """Names in dictionary order (Léon before Lou): accents count after the letters."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return f"{plain.casefold()}\0{text.casefold()}"


class RosterFilter(QSortFilterProxyModel):
    """Sorts by each column's value and keeps the rows whose name, lesson or step matches the
    teacher's words ("step 3"); optionally only the students stuck on a failed check."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.words = ""
        self.stuck_only = False

    def set_words(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "words", text.casefold().strip()))

    def set_stuck_only(self, on: bool) -> None:
        self._refilter(lambda: setattr(self, "stuck_only", on))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 - Qt's name
        row = self.sourceModel().rows[source_row]
        if self.stuck_only and not row.stuck:
            return False
        if not self.words:
            return True
        model = self.sourceModel()
        step = model.tr("step {number}").format(number=row.step) if row.step is not None else ""
        text = " ".join((row.name, row.lesson, step, f"step {row.step}")).casefold()
        return all(word in text for word in self._phrases())

    def _phrases(self) -> list[str]:
        # "step 3" stays one phrase (a step number), other words each match on their own
        words, out = self.words.split(), []
        while words:
            word = words.pop(0)
            if words and words[0].isdigit() and not word.isdigit():
                out.append(f"{word} {words.pop(0)}")
            else:
                out.append(word)
        return out


class CurveDelegate(QStyledItemDelegate):
    """A small loss curve in its cell (the curve of the student's latest run)."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        values = index.data(CURVE_ROLE) or []
        if len(values) < 2:
            return
        rect = option.rect.adjusted(4, 4, -4, -4)
        low, high = min(values), max(values)
        span = (high - low) or 1.0
        step = rect.width() / (len(values) - 1)
        points = [
            (rect.left() + i * step, rect.bottom() - (v - low) / span * rect.height())
            for i, v in enumerate(values)
        ]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1f77b4"), 1.5))
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            painter.drawLine(int(x1), int(y1), int(x2), int(y2))
        painter.restore()
