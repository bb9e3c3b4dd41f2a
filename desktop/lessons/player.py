"""The lesson player (``lessonPlayer``): the lessons grouped by theme with each one's progress,
the current step's text and task, Check (a green tick, or what is wrong and where to look),
Show me, Back/Next. A step is set up through the project state (never by reaching into other
widgets); leaving the lesson gives the student their own project back.

What a step hides until it is answered, the project kept for each passed step and the other
rules of playing are netcore's (``netcore.lessons.state``); this widget shows them and tells
the window through signals."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.lessons.answers import (
    asking,
    fallback_fields,
    numeric,
    parts,
    read_number,
    shown_choices,
    typed,
)
from desktop.lessons.catalog import LessonList
from desktop.lessons.step_box import StepBox
from netcore.lessons.format import Lesson, Step
from netcore.lessons.progress import load_progress, save_progress
from netcore.lessons.state import Snapshots, StepError, apply, evaluate, hidden

OK_STYLE = "color: #1b7a3a; font-weight: bold;"
HINT_STYLE = "color: #a33a00;"
BAD_INPUT = "QLineEdit { border: 2px solid #c62828; }"
LAYER_KINDS = ("layer_param", "output_shape", "param_count")  # checks about one layer's edit


class LessonPlayer(QWidget):
    """Signals:
    views_requested(list): the step wants these views shown ("weights", "boundary", …).
    locks_changed(list): the controls the step locks ("network", "dataset", "training").
    train_requested(): Show me on a training step, or a prediction made: start training as the
        student would.
    hidden_changed(object): the frozenset of quantities the views keep hidden now (the
        contract's ``hide`` names: graph_values, backprop_values, sandbox_output,
        param_counts, softmax_values, run_figures); empty when nothing is hidden.
    layer_requested(str): the step asks to edit this layer, or a verdict points at it: show
        its Properties.
    panel_requested(str): a verdict names where to look ("Weights by hand", "Training", …).
    """

    views_requested = Signal(list)
    locks_changed = Signal(list)
    train_requested = Signal()
    hidden_changed = Signal(object)
    layer_requested = Signal(str)
    panel_requested = Signal(str)

    def __init__(self, project_state, dialogs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonPlayer")
        self.state = project_state
        self.dialogs = dialogs
        self.progress = load_progress()
        self.snapshots = Snapshots()
        self.lesson: Lesson | None = None
        self.index = 0
        self.answered = False  # the current step's answer or prediction was given
        self.prediction = None  # a predict step's prediction, kept until the step changes
        self._runs_before: int | None = None  # a prediction waits for the run after it
        self._refused = False
        self._verdict = False  # the result line holds a verdict (cleared by an edit)
        self._loading = False  # the player itself changes the project
        self.hidden: frozenset[str] = frozenset()
        self.saved = None  # the student's own project while a lesson runs
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea()  # a short dock scrolls instead of making the window taller
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        QVBoxLayout(inner).addWidget(self.split)
        area.setWidget(inner)
        column.addWidget(area)
        self.catalog = LessonList(self.progress, dialogs)
        self.catalog.chosen.connect(self.start)
        self.catalog.said.connect(self._say)
        for name in ("tree", "student", "open_button", "export_button", "open_folder", "export"):
            setattr(self, name, getattr(self.catalog, name))
        self.list_box = self.catalog
        self.step_box = StepBox()
        self._adopt(self.step_box)
        self.split.addWidget(self.catalog)
        self.split.addWidget(self.step_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.catalog.fill()
        if self.progress.note:
            self.result.setText(self.progress.note)
        for signal in (
            project_state.document.spec_changed,
            project_state.weights_changed,
            project_state.training_changed,
            project_state.dataset_changed,
        ):
            signal.connect(self._on_project_edited)
        project_state.runs_changed.connect(self._on_runs_changed)

    @property
    def lessons(self) -> list[Lesson]:
        return self.catalog.lessons

    @lessons.setter
    def lessons(self, lessons: list[Lesson]) -> None:
        self.catalog.lessons = lessons

    @property
    def errors(self) -> list:
        return self.catalog.errors

    def _fill_tree(self) -> None:
        self.catalog.fill()

    # -- layout ----------------------------------------------------------------------------

    def _adopt(self, box: StepBox) -> None:
        """The step box's widgets under the names the player (and its tests) use."""
        for name in [
            "heading",
            "fallback",
            "position",
            "text",
            "task",
            "question",
            "choices",
            "answer",
            "result",
            "check_button",
            "show_button",
            "back_button",
            "next_button",
            "leave_button",
        ]:
            setattr(self, name, getattr(box, name))
        self.answer.returnPressed.connect(self.check)
        self.answer.textEdited.connect(self._on_answer_edited)
        self.back_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button.clicked.connect(self._on_next)
        self.check_button.clicked.connect(self.check)
        self.show_button.clicked.connect(self.show_me)
        self.leave_button.clicked.connect(self.leave)

    # -- playing ---------------------------------------------------------------------------

    def start(self, lesson_id: str) -> None:
        """Begin (or resume) a lesson; the student's own project is kept to give back."""
        lesson = next(lesson for lesson in self.lessons if lesson.id == lesson_id)
        if self.saved is None:
            self.saved = (self.state.project(), self.state.document.path, self.state.dirty)
        self.lesson = lesson
        self.list_box.hide()  # the step gets the room; Leave lesson brings the list back
        self.step_box.show_controls(True)
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
        kept = self.snapshots.restore(self.lesson.id, index)
        project = kept or self.state.project()
        try:
            if kept is not None:
                pass  # a passed step shows what the student passed it with
            elif resume:  # replay the set-ups that lead here
                for earlier in self.lesson.steps[: index + 1]:
                    project = apply(project, earlier.setup, f"{self.lesson.id}, set-up")
            else:
                project = apply(project, step.setup, f"{self.lesson.id}, step {index + 1}")
        except StepError as exc:
            self._say(False, str(exc))
            return
        self.index = index
        self.answered, self.prediction, self._runs_before = False, None, None
        self._refused = False  # a prediction's run that could not start
        if kept is not None or resume or step.setup:
            self._loading = True
            try:
                self.state.load(project)
                self.state.forget_changes()  # a lesson's scratch: no "save changes?"
            finally:
                self._loading = False
        self._show_step(step)
        self.progress.record(self.lesson.id, index)
        self._save_progress()
        self._update_hidden()
        self.views_requested.emit(list(step.setup.get("views", [])))
        self.locks_changed.emit(list(step.setup.get("lock", [])))
        for part in parts(step.check):
            if part.args.get("layer") and part.kind in LAYER_KINDS:
                self.layer_requested.emit(str(part.args["layer"]))
                break
        if self.answer.isVisible():
            self.answer.setFocus()
        if index == len(self.lesson.steps) - 1 and step.check is None:
            self._say(True, self._finished_text())

    def _show_step(self, step: Step) -> None:
        total = len(self.lesson.steps)
        self.heading.setText(f"{self.lesson.title}: {step.title}")
        self.step_box.show_fallbacks(
            fallback_fields(self.lesson, None) + fallback_fields(self.lesson, self.index)
        )
        self._show_step_position()
        self.text.setMarkdown(step.text)
        your_task = self.tr("**Your task:** {task}")
        self.task.setText(your_task.format(task=step.task) if step.task else "")
        self.task.setVisible(bool(step.task))
        asked = asking(step)
        kind = asked.kind if asked else ""
        args = asked.args if asked else {}
        asks = asked is not None
        self.question.setText(f"**{args.get('question', '')}**" if asks else "")
        self.question.setVisible(asks)
        choices = list(args.get("choices", []) or []) if asks else []
        self.choices.clear()
        self.choices.addItem(self.tr("(choose)"), None)
        for choice, label in zip(choices, shown_choices(step, choices), strict=True):
            self.choices.addItem(label, choice)  # the lesson's own choice is what is checked
        self.choices.setVisible(bool(choices))
        self.choices.setEnabled(True)
        self.answer.clear()
        self.answer.setReadOnly(False)
        self.answer.setStyleSheet("")
        self.answer.setToolTip("")
        self.answer.setVisible(asks and not choices)
        self._clear_verdict(force=True)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == total - 1
        following = self._next_lesson()
        if last:
            self.next_button.setText(self.tr("Next lesson ▶") if following else self.tr("Done ✓"))
            self.next_button.setToolTip(following.title if following else "")
        else:
            self.next_button.setText(self.tr("Next ▶"))
            self.next_button.setToolTip("")
        self.next_button.setEnabled(True)
        self.check_button.setText(
            self.tr("Predict, then run ▶") if kind == "predict" else self.tr("Check ✓")
        )
        self.check_button.setEnabled(step.check is not None)
        self.show_button.setEnabled(bool(step.solution) or step.train)

    def current_answer(self):
        """The choice, the number typed (read with the locale) or the text; None when empty.

        Raises:
            ValueError: the text cannot be read as one number (the message says why).
        """
        if self.choices.isVisible():
            return None if self.choices.currentIndex() <= 0 else self.choices.currentData()
        text = self.answer.text().strip()
        if not text:
            return None
        step = self.lesson.steps[self.index]
        return read_number(text) if numeric(step) else text

    def check(self) -> bool:
        step = self.lesson.steps[self.index]
        if step.check is None:
            return False
        try:
            answer = self.current_answer()
        except ValueError as exc:
            self.answer.setStyleSheet(BAD_INPUT)
            self.answer.setToolTip(str(exc))
            self._say(False, str(exc), keep_focus=True)
            return False
        predicts = getattr(asking(step), "kind", "") == "predict"
        if predicts and (self.prediction is None or self._refused):
            return self._predict(answer if self.prediction is None else self.prediction)
        if predicts:
            answer = self.prediction
        try:
            result = evaluate(step, self.state.project(), answer)
        except Exception as exc:  # noqa: BLE001 - a check that cannot be made is a message
            self._say(False, self.tr("the check could not be made: {error}").format(error=exc))
            return False
        if answer is not None and not self.answered:
            self.answered = True  # the student has committed to an answer: reveal
            self._update_hidden()
        where = ""
        if result.control and not result.ok:
            where = self.tr(" — look at {where}").format(where=result.control)
        self._say(result.ok, result.message + where)
        if result.ok:
            self._passed()
        elif result.control:
            self._point_at(result)
        return result.ok

    def _predict(self, prediction) -> bool:
        """Keep the prediction, then run the step's training the way Start does."""
        if prediction is None:
            self._say(False, self.tr("make your prediction first"), keep_focus=True)
            return False
        self.prediction, self._refused = prediction, False
        self.answered = True
        self._update_hidden()
        self.answer.setReadOnly(True)
        self.choices.setEnabled(False)
        self._runs_before = len(self.state.runs)
        shown = self.choices.currentText() if isinstance(prediction, str) else typed(prediction)
        self._say(
            None,
            self.tr("You predicted {value}. Training… the result comes here.").format(value=shown),
        )
        self.train_requested.emit()
        return False

    def run_refused(self) -> None:
        """The run did not start (the reason is in the status bar): the prediction is kept
        and Check starts it again."""
        if self.prediction is not None and self._runs_before is not None:
            self._runs_before = None
            self._refused = True
            self._say(
                False,
                self.tr("the run did not start (is another one running?); press the button again"),
            )

    def _on_runs_changed(self) -> None:
        if self._runs_before is not None and len(self.state.runs) > self._runs_before:
            self._runs_before = None
            QTimer.singleShot(0, self.check)  # after the run's weights and figures are in

    def _passed(self) -> None:
        self.progress.record(self.lesson.id, self.index, ok=True)
        self.snapshots.keep(self.lesson.id, self.index, self.state.project())
        self._save_progress()
        self._show_step_position()
        self._update_hidden()
        if self.index == len(self.lesson.steps) - 1:
            self.result.setText(self.result.text() + "\n" + self._finished_text())

    def _finished_text(self) -> str:
        total = len(self.lesson.steps)
        done = len(self.progress.passed(self.lesson.id, total))
        text = self.tr("Lesson finished: {done} of {total} steps passed.").format(
            done=done, total=total
        )
        following = self._next_lesson()
        if following is not None:
            text += " " + self.tr("Next lesson: {title} (Next lesson ▶).").format(
                title=following.title
            )
        return text

    def _next_lesson(self) -> Lesson | None:
        ids = [lesson.id for lesson in self.lessons]
        if self.lesson is None or self.lesson.id not in ids:
            return None
        n = ids.index(self.lesson.id)
        return self.lessons[n + 1] if n + 1 < len(self.lessons) else None

    def _on_next(self) -> None:
        if self.lesson is None:
            return
        if self.index < len(self.lesson.steps) - 1:
            self.go_to(self.index + 1)
            return
        following = self._next_lesson()
        if following is None:
            self.leave()
        else:
            self.start(following.id)

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
            answer = step.solution["answer"]
            if self.choices.isVisible():
                self.choices.setCurrentIndex(max(self.choices.findData(answer), 0))
            elif isinstance(answer, int | float):
                self.answer.setText(typed(answer))
            else:
                self.answer.setText(str(answer))
        if set(step.solution) - {"answer"}:
            self._loading = True
            try:
                self.state.load(project)
                self.state.forget_changes()
            finally:
                self._loading = False
        if getattr(asking(step), "kind", "") == "predict":
            self._say(None, self.tr("Make your prediction, then press Predict, then run."))
        elif step.train:
            self._say(
                None, self.tr("Training with the solution's settings… press Check when it ends.")
            )
            self.train_requested.emit()
        else:
            self._say(None, self.tr("This is one solution. Press Check."))

    def leave(self) -> None:
        """Back to the student's own project, as it was."""
        if self.saved is not None:
            project, path, dirty = self.saved
            self._loading = True
            try:
                self.state.load(project, path, unsaved=dirty)
                if not dirty:
                    self.state.forget_changes()
            finally:
                self._loading = False
        self.saved, self.lesson = None, None
        self.list_box.show()
        self.step_box.show_controls(False)
        self.heading.setText(self.tr("Choose a lesson above (double-click or Enter)."))
        self.text.clear()
        self._clear_verdict(force=True)
        self._update_hidden()
        self.locks_changed.emit([])
        self.catalog.fill()

    # -- helpers ---------------------------------------------------------------------------

    def _update_hidden(self) -> None:
        step = self.lesson.steps[self.index] if self.lesson is not None else None
        passed = self.lesson is not None and self.index in self.progress.passed(
            self.lesson.id, len(self.lesson.steps)
        )
        now = hidden(step, self.answered, passed)
        if now != self.hidden:
            self.hidden = now
            self.hidden_changed.emit(now)

    def _point_at(self, result) -> None:
        """A verdict that names a layer or a panel brings it up (by the verdict's keys, never
        by its words, which are the student's language)."""
        ids = {layer.id for layer in self.state.document.spec.layers}
        if result.layer in ids:
            self.layer_requested.emit(result.layer)
        elif result.panel:
            self.panel_requested.emit(result.panel)

    def _on_project_edited(self, *_args) -> None:
        """An edit of the network, weights, data or settings makes the verdict old news."""
        if not self._loading:
            self._clear_verdict()

    def _on_answer_edited(self, _text: str) -> None:
        self.answer.setStyleSheet("")
        self.answer.setToolTip("")

    def _clear_verdict(self, force: bool = False) -> None:
        if self._verdict or force:
            self._verdict = False
            self.result.setText("")

    def _say(self, ok: bool | None, text: str, keep_focus: bool = True) -> None:
        style = OK_STYLE if ok else HINT_STYLE if ok is False else "color: #333;"
        self.result.setStyleSheet(style)
        self.result.setText(text if ok or ok is None else f"✗ {text}")
        self._verdict = ok is not None
        if keep_focus and self.answer.isVisible() and not self.answer.isReadOnly():
            self.answer.setFocus()

    def _show_step_position(self) -> None:
        n, total = self.index + 1, len(self.lesson.steps)
        done = self.progress.passed(self.lesson.id, total)
        text = self.tr("Step {n} of {total}").format(n=n, total=total)
        if self.index in done:
            text += "  " + self.tr("✓ passed")
        self.position.setText(text)

    def _save_progress(self) -> None:
        try:
            save_progress(self.progress)
        except OSError as exc:
            failed = self.tr("Progress could not be saved: {reason}")
            self._say(False, failed.format(reason=exc.strerror))
