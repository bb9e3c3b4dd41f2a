"""The list of lessons (``lessonList``) by theme with each one's progress, the student's name,
a teacher's own lesson folder and the progress export. The player shows it while no lesson
runs and hides it while one does."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.lessons.answers import load_translated
from desktop.lessons.step_box import ButtonRows, button
from netcore.lessons.progress import save_progress


class WrappingTitles(QStyledItemDelegate):
    """A lesson's title on as many lines as the column needs: a long French or Hungarian title
    is read whole, not cut ("D'où part l'entraînement, et les…")."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.columnWidth(0) - self.tree.indentation() * (depth + 1) - 8
        if width <= 40:
            return hint
        text = str(index.data() or "")
        flags = Qt.TextFlag.TextWordWrap
        box = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(hint.width(), max(hint.height(), box.height() + 6))


class LessonList(QWidget):
    """Signals:
    chosen(str): the student opened this lesson (double-click or Enter).
    said(object, str): a message for the verdict line (None: neutral, False: a problem).
    """

    chosen = Signal(str)
    said = Signal(object, str)

    def __init__(self, progress, dialogs=None, parent=None):
        super().__init__(parent)
        self.progress = progress
        self.dialogs = dialogs
        self.extra: list = []  # a teacher's own lesson files or folders
        self.lessons, self.errors = load_translated()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("lessonList")
        self.tree.setHeaderLabels([self.tr("Lesson"), self.tr("Done")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(160)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingTitles(self.tree))
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemDoubleClicked.connect(self._on_item_activated)
        self.student = QLineEdit(progress.student)
        self.student.setObjectName("lessonStudent")
        self.student.setPlaceholderText(self.tr("your name (for the teacher)"))
        self.student.editingFinished.connect(self._on_student_named)
        self.open_button = button(
            self.tr("Open lessons…"),
            "lessonOpen",
            self.tr("A teacher's own lesson files: choose their folder"),
        )
        self.export_button = button(
            self.tr("Export progress…"),
            "lessonExport",
            self.tr("A small file with the steps you passed, for your teacher"),
        )
        column.addWidget(self.tree, 1)
        column.addWidget(self.student)
        column.addWidget(ButtonRows([self.open_button, self.export_button]))
        self.open_button.clicked.connect(self.open_folder)
        self.export_button.clicked.connect(self.export)
        self.fill()

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        lesson_id = item.data(0, Qt.ItemDataRole.UserRole)
        if lesson_id:
            self.chosen.emit(lesson_id)

    def _on_student_named(self) -> None:
        self.progress.student = self.student.text().strip()[:200]
        try:
            save_progress(self.progress)
        except OSError as exc:
            failed = self.tr("Progress could not be saved: {reason}")
            self.said.emit(False, failed.format(reason=exc.strerror))

    def open_folder(self) -> None:
        """Add a folder of lesson files; lessons that cannot be read are listed with the reason."""
        title = self.tr("Open a folder of lessons")
        folder = self.dialogs.choose_folder(title) if self.dialogs else None
        if folder is None:
            return
        self.extra.append(folder)
        shipped, _ = load_translated()
        theirs, errors = load_translated([folder])
        known = {lesson.id for lesson in shipped}
        clashes = [lesson for lesson in theirs if lesson.id in known]
        self.lessons = shipped + [lesson for lesson in theirs if lesson.id not in known]
        clash = self.tr("{source}: id '{id}' is already a shipped lesson")
        self.errors = errors + [clash.format(source=x.source, id=x.id) for x in clashes]
        self.lessons.sort(key=lambda lesson: (lesson.order, lesson.title))
        self.fill()
        text = self.tr("{n} lesson(s) added from {folder}").format(
            n=len(theirs) - len(clashes), folder=folder
        )
        if self.errors:
            text += self.tr("; {n} could not be used (marked ⚠)").format(n=len(self.errors))
        self.said.emit(None, text)

    def export(self) -> None:
        from netcore.lessons.progress import export_progress

        name = (self.progress.student or "lessons").replace(" ", "-")
        path = (
            self.dialogs.export_path(f"{name}-progress.json", self.tr("Progress (*.json)"))
            if self.dialogs
            else None
        )
        if path is None:
            return
        try:
            export_progress(self.progress, self.lessons, path)
        except OSError as exc:
            failed = self.tr("Could not write {path}: {reason}")
            self.said.emit(False, failed.format(path=path, reason=exc.strerror))
            return
        self.said.emit(None, self.tr("Progress written to {path}").format(path=path))

    def fill(self) -> None:
        self.tree.clear()
        themes: dict[str, QTreeWidgetItem] = {}
        for lesson in self.lessons:
            parent = themes.get(lesson.theme)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [lesson.theme, ""])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setExpanded(True)
                themes[lesson.theme] = parent
            done = len(self.progress.passed(lesson.id, len(lesson.steps)))
            item = QTreeWidgetItem(parent, [lesson.title, f"{done}/{len(lesson.steps)}"])
            item.setData(0, Qt.ItemDataRole.UserRole, lesson.id)
            item.setToolTip(0, lesson.summary or lesson.title)
        for error in self.errors:
            item = QTreeWidgetItem(self.tree, [f"⚠ {error}", ""])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.resizeColumnToContents(1)
