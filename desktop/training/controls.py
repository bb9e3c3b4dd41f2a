"""The run controls of the training panel: Start, Pause, Step (one batch or one epoch) and Stop,
with their shortcuts, and where the next run starts: new random weights, or the same start as an
earlier run of the project (a replay that differs only in what the student changed)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.rows import FlowLayout

STEP_UNITS = (
    (QT_TRANSLATE_NOOP("RunControls", "one batch"), "batch"),
    (QT_TRANSLATE_NOOP("RunControls", "one epoch"), "epoch"),
)


class RunControls(QWidget):
    """Buttons and choices; the panel connects their signals to the session.

    Signals:
        start_clicked(), pause_clicked(), step_clicked(), stop_clicked().
    """

    start_clicked = Signal()
    pause_clicked = Signal()
    step_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.setObjectName("runControls")
        self.project = project
        self.start_button = self._button(self.tr("Start  (F5)"), "startButton", self.start_clicked)
        self.start_button.setToolTip(
            self.tr("Train the network on the dataset with these settings.")
        )
        self.pause_button = self._button(self.tr("Pause  (F6)"), "pauseButton", self.pause_clicked)
        self.step_button = self._button(self.tr("Step  (F10)"), "stepButton", self.step_clicked)
        self.step_button.setToolTip(
            self.tr(
                "Train exactly one batch (or one epoch) and pause, so every view shows the "
                "result: gradient descent one step at a time."
            )
        )
        self.stop_button = self._button(
            self.tr("Stop  (Shift+F5)"), "stopButton", self.stop_clicked
        )
        self.step_unit = QComboBox()
        self.step_unit.setObjectName("stepUnitCombo")
        self.step_unit.setAccessibleName(self.tr("Step size"))
        for text, unit in STEP_UNITS:
            self.step_unit.addItem(self.tr(text), unit)
        self.same_start = QComboBox()
        self.same_start.setObjectName("sameStartCombo")
        self.same_start.setAccessibleName(self.tr("Start from"))
        self.same_start.setToolTip(
            self.tr(
                "Same start as an earlier run: its initial weights, its seed (data split and "
                "shuffling) — so the new run differs only in the settings you changed."
            )
        )
        # the buttons flow onto further lines in a narrow column: in one row of a grid, the
        # French labels in presentation mode made it 424 px wide and kept the settings' column
        # from narrowing on a projector
        buttons = QWidget()
        buttons.setObjectName("runButtons")
        flow = FlowLayout(buttons)
        for button in (self.start_button, self.pause_button, self.stop_button):
            flow.addWidget(button)
        stepping = QWidget()  # Step and what one step trains stay together
        pair = QHBoxLayout(stepping)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.step_button)
        pair.addWidget(self.step_unit)
        flow.addWidget(stepping)
        start_label = QLabel(self.tr("Start from"))
        start_label.setBuddy(self.same_start)
        start_from = QWidget()
        flow_start = FlowLayout(start_from)
        flow_start.addWidget(start_label)
        flow_start.addWidget(self.same_start)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(buttons)
        column.addWidget(start_from)
        # F5, F6, F10 and Shift+F5 are the Training menu's (they work in every workspace)
        project.runs_changed.connect(self._on_project_runs_changed)  # also sent on replace
        self._on_project_runs_changed()

    def _button(self, text: str, name: str, signal) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(signal.emit)
        return button

    # ----------------------------------------------------------------- reading

    @property
    def unit(self) -> str:
        """ "batch" or "epoch": what one Step trains."""
        return self.step_unit.currentData()

    def replay_index(self) -> int | None:
        """The 0-based index of the run whose start the next run reuses, or None for a new
        start (the project model checks that the run kept its start: ``plan_run``)."""
        index = self.same_start.currentData()
        return index if isinstance(index, int) else None

    def choose_same_start(self, run_number: int | None) -> None:
        """Select "same start as run N" (1-based), or a new start (None)."""
        target = None if run_number is None else run_number - 1
        position = self.same_start.findData(target)
        self.same_start.setCurrentIndex(max(position, 0))

    # ----------------------------------------------------------------- state

    def set_state(self, running: bool, paused: bool) -> None:
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume  (F6)") if paused else self.tr("Pause  (F6)"))
        self.stop_button.setEnabled(running)
        self.same_start.setEnabled(not running)

    def show_stepping(self, queued: int) -> None:
        """A step is on its way to the engine (the first one loads TensorFlow and the data:
        seconds): the button says so at once, and how many more presses wait their turn."""
        if queued:
            text = self.tr("Step  (F10) · {n} queued").format(n=queued)
        else:
            text = self.tr("Stepping…  (F10)")
        self.step_button.setText(text)
        self.step_button.setCursor(Qt.CursorShape.BusyCursor)

    def show_step_idle(self) -> None:
        self.step_button.setText(self.tr("Step  (F10)"))
        self.step_button.unsetCursor()

    def _on_project_runs_changed(self) -> None:
        """List the runs that kept their start; keep the choice when it is still there."""
        chosen = self.same_start.currentData()
        self.same_start.blockSignals(True)
        self.same_start.clear()
        self.same_start.addItem(self.tr("new random weights"), None)
        for index, run in enumerate(self.project.runs):
            if run.start is not None:
                self.same_start.addItem(self.tr("same start as run {n}").format(n=index + 1), index)
                self.same_start.setItemData(
                    self.same_start.count() - 1,
                    self.tr("Run {n}: {label}, seed {seed}").format(
                        n=index + 1, label=run.label or self.tr("earlier run"), seed=run.seed
                    ),
                    Qt.ItemDataRole.ToolTipRole,
                )
        position = self.same_start.findData(chosen)
        self.same_start.setCurrentIndex(max(position, 0))
        self.same_start.blockSignals(False)


class RunBanner(QLabel):
    """A line above the plots for what the run needs the student to know (an error in red,
    information in yellow); objectName ``trainingBanner``, its kind in the "kind" property."""

    COLOURS = {"error": ("#fde8e8", "#b3261e"), "info": ("#fff6d6", "#6b5300")}

    def __init__(self, parent=None):
        super().__init__("", parent)
        self.setObjectName("trainingBanner")
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setMargin(6)
        self.hide()

    def say(self, text: str, kind: str = "info") -> None:
        background, foreground = self.COLOURS.get(kind, self.COLOURS["info"])
        # a palette, not a style sheet: a style sheet would keep the font it was polished
        # with when presentation mode enlarges the text
        colours = self.palette()
        colours.setColor(QPalette.ColorRole.Window, QColor(background))
        colours.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
        self.setPalette(colours)
        self.setText(text)
        self.setProperty("kind", kind)
        self.show()

    def clear_message(self) -> None:
        self.hide()
        self.setText("")
        self.setProperty("kind", "")
