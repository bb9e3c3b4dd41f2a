"""The widgets of one lesson step: heading, text, task, question and answer, the verdict and the
buttons. Only layout: the player (``desktop.lessons.player``) fills and drives them.

Two things a student relies on are layout rules here: the verdict has a fixed room of its own
(a long verdict scrolls inside it and never pushes the answer box away from the pointer), and
the buttons wrap onto rows instead of being squeezed (French and Hungarian labels are long)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

VERDICT_LINES = 3  # a verdict with its hint fits; a longer one scrolls in its own room


class VerdictArea(QScrollArea):
    """The verdict line's fixed room: as tall as ``VERDICT_LINES`` lines of the current font,
    whatever it says."""

    def __init__(self, label: QLabel, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonVerdictArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(label)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * VERDICT_LINES + 8)

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class ButtonRows(QWidget):
    """Buttons side by side as many as fit the width, the rest on the next rows: a button
    always shows its whole label (a narrow dock, a long translation, presentation mode)."""

    def __init__(self, buttons: list[QPushButton], columns: int = 2, parent=None):
        super().__init__(parent)
        self.buttons = buttons
        self.most = columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._arrange(columns)

    def _fitting(self, width: int) -> int:
        spacing = self.grid.horizontalSpacing() if self.grid.horizontalSpacing() >= 0 else 6
        shown = [b for b in self.buttons if not b.isHidden()] or self.buttons
        widest = max(b.sizeHint().width() for b in shown)
        for columns in range(self.most, 1, -1):
            if columns * widest + (columns - 1) * spacing <= width:
                return columns
        return 1

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for made in self.buttons:
            self.grid.removeWidget(made)
        for n, made in enumerate(self.buttons):
            self.grid.addWidget(made, n // columns, n % columns)
        for c in range(self.most):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        widest = max(b.sizeHint().width() for b in self.buttons)
        hint.setWidth(widest)
        return hint

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(self._fitting(event.size().width()))

    def event(self, event):
        # a label that changed (a translation, Next lesson ▶) or a larger font asks for a new
        # layout: the buttons may need another row
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self._arrange(self._fitting(self.width()))
        return super().event(event)


def button(text: str, name: str, tip: str = "") -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    if tip:
        made.setToolTip(tip)
    return made


class StepBox(QWidget):
    """The step part of the lesson panel (``lessonStep``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonStep")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Choose a lesson above (double-click or Enter)."))
        self.heading.setObjectName("lessonHeading")
        self.heading.setWordWrap(True)
        self._restyle()
        self.fallback = QLabel(self.tr("(EN)"))
        self.fallback.setObjectName("lessonFallback")
        self.fallback.setStyleSheet(
            "color: #6b4e00; background: #fff3c4; border-radius: 3px; padding: 1px 4px;"
        )
        self.fallback.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.fallback, 0, Qt.AlignmentFlag.AlignTop)
        self.position = QLabel()
        self.position.setObjectName("lessonPosition")
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
        self.question.setObjectName("lessonQuestion")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.MarkdownText)  # a lesson writes Markdown
        self.choices = QComboBox()
        self.choices.setObjectName("lessonChoices")
        self.choices.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choices.setMinimumContentsLength(8)
        self.answer = QLineEdit()
        self.answer.setObjectName("lessonAnswer")
        self.answer.setPlaceholderText(self.tr("your answer"))
        self.result = QLabel()
        self.result.setObjectName("lessonResult")
        self.result.setWordWrap(True)
        self.result.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Verdict"))
        self.verdict_area = VerdictArea(self.result)
        self.verdict_area.setAccessibleName(self.tr("Verdict"))
        self.check_button = button(self.tr("Check ✓"), "lessonCheck")
        self.show_button = button(self.tr("Show me"), "lessonShowMe")
        self.back_button = button(self.tr("◀ Back"), "lessonBack")
        self.next_button = button(self.tr("Next ▶"), "lessonNext")
        self.leave_button = button(self.tr("Leave lesson"), "lessonLeave")
        # a click on Check leaves the keyboard in the answer box (Ctrl+A selects its text,
        # not every layer on the canvas)
        for made in (self.check_button, self.show_button, self.back_button, self.next_button):
            made.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.buttons = ButtonRows(
            [self.check_button, self.show_button, self.back_button, self.next_button]
        )
        column.addLayout(top)
        column.addWidget(self.position)
        column.addWidget(self.text, 1)
        for widget in (self.task, self.question, self.choices, self.answer, self.verdict_area):
            column.addWidget(widget)
        column.addWidget(self.buttons)
        column.addWidget(self.leave_button)
        self.show_controls(False)

    def show_fallbacks(self, fields: list[str]) -> None:
        """A teacher sees which texts are not translated yet (shown in the lesson's language)."""
        self.fallback.setVisible(bool(fields))
        if fields:
            self.fallback.setToolTip(
                self.tr("Not translated yet, shown in the lesson's own language: {fields}").format(
                    fields=", ".join(dict.fromkeys(fields))
                )
            )

    def _restyle(self) -> None:
        """The heading a tenth larger than the text, whatever the text size (presentation
        mode); labels with a style sheet take the new size only when it is set again."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        for label in (getattr(self, "task", None), getattr(self, "fallback", None)):
            if label is not None:
                label.setStyleSheet(label.styleSheet())

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._restyle()

    def show_controls(self, on: bool) -> None:
        """A lesson is open (its step shows) or not (only the heading and the verdict)."""
        for widget in (
            self.task,
            self.back_button,
            self.check_button,
            self.show_button,
            self.next_button,
            self.leave_button,
            self.position,
            self.text,
        ):
            widget.setVisible(on)
        if not on:
            for widget in (self.question, self.choices, self.answer, self.fallback):
                widget.hide()
