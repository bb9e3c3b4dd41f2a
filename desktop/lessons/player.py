"""The lesson player (``lessonPlayer``): the lessons grouped by theme with each one's progress,
the current step's text and task, Check (a green tick, or what is wrong and where to look),
Show me, Back/Next. A step is set up through the project state (never by reaching into other
widgets); leaving the lesson gives the student their own project back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netcore.lessons.format import Lesson, Step
from netcore.lessons.library import load_lessons
from netcore.lessons.progress import load_progress, save_progress
from netcore.lessons.state import StepError, apply, evaluate

OK_STYLE = "color: #1b7a3a; font-weight: bold;"
HINT_STYLE = "color: #a33a00;"


class LessonPlayer(QWidget):
    """Signals:
    views_requested(list): the step wants these views shown ("weights", "boundary", …).
    locks_changed(list): the controls the step locks ("network", "dataset", "training").
    train_requested(): Show me on a training step: start training as the student would.
    """

    views_requested = Signal(list)
    locks_changed = Signal(list)
    train_requested = Signal()

    def __init__(self, project_state, dialogs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonPlayer")
        self.state = project_state
        self.dialogs = dialogs
        self.extra: list = []  # a teacher's own lesson files or folders
        self.lessons, self.errors = load_lessons()
        self.progress = load_progress()
        self.lesson: Lesson | None = None
        self.index = 0
        self.saved = None  # the student's own project while a lesson runs
        split = QSplitter(Qt.Orientation.Vertical)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea()  # a short dock scrolls instead of making the window taller
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        QVBoxLayout(inner).addWidget(split)
        area.setWidget(inner)
        column.addWidget(area)
        self.tree = QTreeWidget()
        self.tree.setObjectName("lessonList")
        self.tree.setHeaderLabels(["Lesson", "Done"])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemDoubleClicked.connect(self._on_item_activated)
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addWidget(self.tree, 1)
        top_column.addLayout(self._build_list_buttons())
        self.list_box = top
        split.addWidget(top)
        split.addWidget(self._build_step())
        split.setSizes([180, 420])
        self._fill_tree()
        if self.progress.note:
            self.result.setText(self.progress.note)

    # -- layout ----------------------------------------------------------------------------

    def _build_list_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.student = QLineEdit(self.progress.student)
        self.student.setObjectName("lessonStudent")
        self.student.setPlaceholderText(self.tr("your name (for the teacher)"))
        self.student.editingFinished.connect(self._on_student_named)
        self.open_button = QPushButton(self.tr("Open lessons…"))
        self.open_button.setObjectName("lessonOpen")
        self.open_button.setToolTip(self.tr("A teacher's own lesson files: choose their folder"))
        self.export_button = QPushButton(self.tr("Export progress…"))
        self.export_button.setObjectName("lessonExport")
        self.export_button.setToolTip(
            self.tr("A small file with the steps you passed, for your teacher")
        )
        row.addWidget(self.student, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.export_button)
        self.open_button.clicked.connect(self.open_folder)
        self.export_button.clicked.connect(self.export)
        return row

    def _on_student_named(self) -> None:
        self.progress.student = self.student.text().strip()[:200]
        self._save_progress()

    def open_folder(self) -> None:
        """Add a folder of lesson files; lessons that cannot be read are listed with the reason."""
        folder = self.dialogs.choose_folder("Open a folder of lessons") if self.dialogs else None
        if folder is None:
            return
        self.extra.append(folder)
        shipped, _ = load_lessons()
        theirs, errors = load_lessons([folder])
        known = {lesson.id for lesson in shipped}
        clashes = [lesson for lesson in theirs if lesson.id in known]
        self.lessons = shipped + [lesson for lesson in theirs if lesson.id not in known]
        self.errors = errors + [
            f"{lesson.source}: id '{lesson.id}' is already a shipped lesson" for lesson in clashes
        ]
        self.lessons.sort(key=lambda lesson: (lesson.order, lesson.title))
        self._fill_tree()
        loaded = len(theirs) - len(clashes)
        self.result.setText(
            f"{loaded} lesson(s) added from {folder}"
            + (f"; {len(self.errors)} could not be used (marked ⚠)" if self.errors else "")
        )

    def export(self) -> None:
        from netcore.lessons.progress import export_progress

        name = (self.progress.student or "lessons").replace(" ", "-")
        path = (
            self.dialogs.export_path(f"{name}-progress.json", "Progress (*.json)")
            if self.dialogs
            else None
        )
        if path is None:
            return
        try:
            export_progress(self.progress, self.lessons, path)
        except OSError as exc:
            self.result.setText(f"Could not write {path}: {exc.strerror}")
            return
        self.result.setText(f"Progress written to {path}")

    def _build_step(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Choose a lesson above (double-click or Enter)."))
        self.heading.setObjectName("lessonHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.text = QTextBrowser()
        self.text.setObjectName("lessonText")
        self.text.setOpenExternalLinks(False)
        self.text.setMinimumHeight(120)
        self.task = QLabel()
        self.task.setObjectName("lessonTask")
        self.task.setWordWrap(True)
        self.task.setStyleSheet("background: #eef4fb; padding: 6px; border-radius: 4px;")
        self.task.setTextFormat(Qt.TextFormat.MarkdownText)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.choices = QComboBox()
        self.choices.setObjectName("lessonChoices")
        self.answer = QLineEdit()
        self.answer.setObjectName("lessonAnswer")
        self.answer.setPlaceholderText(self.tr("your answer"))
        self.answer.returnPressed.connect(self.check)
        self.result = QLabel()
        self.result.setObjectName("lessonResult")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        moves = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setObjectName("lessonBack")
        self.check_button = QPushButton(self.tr("Check ✓"))
        self.check_button.setObjectName("lessonCheck")
        self.show_button = QPushButton(self.tr("Show me"))
        self.show_button.setObjectName("lessonShowMe")
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("lessonNext")
        self.leave_button = QPushButton(self.tr("Leave lesson"))
        self.leave_button.setObjectName("lessonLeave")
        for button in (self.check_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.leave_button)
        self.back_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        self.check_button.clicked.connect(self.check)
        self.show_button.clicked.connect(self.show_me)
        self.leave_button.clicked.connect(self.leave)
        self.position = QLabel()
        self.position.setObjectName("lessonPosition")
        for widget in (self.heading, self.position):
            column.addWidget(widget)
        column.addWidget(self.text, 1)
        for widget in (self.task, self.question, self.choices, self.answer, self.result):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addLayout(moves)
        self._show_controls(False)
        return box

    def _fill_tree(self) -> None:
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

    def _show_controls(self, on: bool) -> None:
        for widget in (
            self.task,
            self.back_button,
            self.check_button,
            self.show_button,
            self.next_button,
            self.leave_button,
            self.position,
        ):
            widget.setVisible(on)
        if not on:
            for widget in (self.question, self.choices, self.answer):
                widget.hide()

    # -- playing ---------------------------------------------------------------------------

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        lesson_id = item.data(0, Qt.ItemDataRole.UserRole)
        if lesson_id:
            self.start(lesson_id)

    def start(self, lesson_id: str) -> None:
        """Begin (or resume) a lesson; the student's own project is kept to give back."""
        lesson = next(lesson for lesson in self.lessons if lesson.id == lesson_id)
        if self.saved is None:
            self.saved = (self.state.project(), self.state.document.path, self.state.dirty)
        self.lesson = lesson
        self.list_box.hide()  # the step gets the room; Leave lesson brings the list back
        self._show_controls(True)
        # a position the lesson does not have (it changed since, or the file was edited) opens
        # the first step and says so, never a neighbouring step
        position, note = self.progress.position(lesson.id, len(lesson.steps))
        self.go_to(position, resume=True)
        if note:
            self._say(None, note)

    def go_to(self, index: int, resume: bool = False) -> None:
        if self.lesson is None or not 0 <= index < len(self.lesson.steps):
            return
        step = self.lesson.steps[index]
        project = self.state.project()
        try:
            if resume:  # replay the set-ups that lead here
                for earlier in self.lesson.steps[: index + 1]:
                    project = apply(project, earlier.setup, f"{self.lesson.id}, set-up")
            else:
                project = apply(project, step.setup, f"{self.lesson.id}, step {index + 1}")
        except StepError as exc:
            self._say(False, str(exc))
            return
        self.index = index
        if resume or step.setup:
            self.state.load(project)
            self.state.forget_changes()  # a lesson's scratch: no "save changes?"
        self._show_step(step)
        self.progress.record(self.lesson.id, index)
        self._save_progress()
        self.views_requested.emit(list(step.setup.get("views", [])))
        self.locks_changed.emit(list(step.setup.get("lock", [])))

    def _show_step(self, step: Step) -> None:
        total = len(self.lesson.steps)
        self.heading.setText(f"{self.lesson.title}: {step.title}")
        self._show_step_position()
        self.text.setMarkdown(step.text)
        self.task.setText(f"**Your task:** {step.task}" if step.task else "")
        self.task.setVisible(bool(step.task))
        kind = step.check.kind if step.check else ""
        args = step.check.args if step.check else {}
        self.question.setText(f"<b>{args.get('question', '')}</b>" if kind == "answer" else "")
        self.question.setVisible(kind == "answer")
        choices = [str(c) for c in args.get("choices", [])] if kind == "answer" else []
        self.choices.clear()
        self.choices.addItems(["(choose)", *choices])
        self.choices.setVisible(bool(choices))
        self.answer.clear()
        self.answer.setVisible(kind == "answer" and not choices)
        self.result.setText("")
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)
        self.check_button.setEnabled(step.check is not None)
        self.show_button.setEnabled(bool(step.solution) or step.train)

    def current_answer(self):
        if self.choices.isVisible():
            return None if self.choices.currentIndex() <= 0 else self.choices.currentText()
        return self.answer.text().strip() or None

    def check(self) -> bool:
        step = self.lesson.steps[self.index]
        try:
            result = evaluate(step, self.state.project(), self.current_answer())
        except Exception as exc:  # noqa: BLE001 - a check that cannot be made is a message
            self._say(False, f"the check could not be made: {exc}")
            return False
        where = f" — look at {result.control}" if result.control and not result.ok else ""
        self._say(result.ok, result.message + where)
        if result.ok:
            self.progress.record(self.lesson.id, self.index, ok=True)
            self._save_progress()
            self._show_step_position()
        return result.ok

    def show_me(self) -> None:
        """Apply the reference solution through the project (and start training when the step
        is about a run); the student still presses Check."""
        step = self.lesson.steps[self.index]
        try:
            project = apply(self.state.project(), step.solution, f"{self.lesson.id}, solution")
        except StepError as exc:
            self._say(False, str(exc))
            return
        if "answer" in step.solution:
            answer = str(step.solution["answer"])
            if self.choices.isVisible():
                self.choices.setCurrentText(answer)
            else:
                self.answer.setText(answer)
        if set(step.solution) - {"answer"}:
            self.state.load(project)
            self.state.forget_changes()
        if step.train:
            self._say(None, "Training with the solution's settings… press Check when it ends.")
            self.train_requested.emit()
        else:
            self._say(None, "This is one solution. Press Check.")

    def leave(self) -> None:
        """Back to the student's own project, as it was."""
        if self.saved is not None:
            project, path, dirty = self.saved
            self.state.load(project, path, unsaved=dirty)
            if not dirty:
                self.state.forget_changes()
        self.saved, self.lesson = None, None
        self.list_box.show()
        self._show_controls(False)
        self.heading.setText(self.tr("Choose a lesson above (double-click or Enter)."))
        self.text.clear()
        self.result.setText("")
        self.locks_changed.emit([])
        self._fill_tree()

    # -- helpers ---------------------------------------------------------------------------

    def _say(self, ok: bool | None, text: str) -> None:
        style = OK_STYLE if ok else HINT_STYLE if ok is False else "color: #333;"
        self.result.setStyleSheet(style)
        self.result.setText(text if ok or ok is None else f"✗ {text}")

    def _show_step_position(self) -> None:
        n, total = self.index + 1, len(self.lesson.steps)
        done = self.progress.passed(self.lesson.id, total)
        passed = "  ✓ passed" if self.index in done else ""
        self.position.setText(f"Step {n} of {total}{passed}")

    def _save_progress(self) -> None:
        try:
            save_progress(self.progress)
        except OSError as exc:
            self.result.setText(f"Progress could not be saved: {exc.strerror}")
