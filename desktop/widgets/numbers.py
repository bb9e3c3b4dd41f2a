"""Number fields that read what a student types the way the student meant it.

``QDoubleSpinBox`` reads text with the locale's rules only: in French it takes the dot for a
thousands separator, so a typed ``-1.5`` silently became −15 000, and it quietly reverts text it
cannot read. :class:`NumberEdit` reads with :func:`netcore.numbers.parse_number` (the locale's
decimal separator *and* the dot, never a group separator); text it cannot read, or a number out
of range, is marked in red with the reason as tooltip and is refused: the last good value stays
in use and is never replaced by another reading of the text.

For table cells, :class:`NumberDelegate` edits with a :class:`NumberEdit` and writes only an
accepted number; :class:`NumberValidator` gives the same verdict to any ``QLineEdit``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPen, QValidator
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QWidget

from netcore.numbers import NumberError, format_number, parse_number

#: the frame of a refused number, drawn over the field (a style sheet would freeze the field's
#: font at the size it had when marked: presentation mode's larger text never reached it)
BAD_COLOUR = "#d62f2f"
BAD_FRAME_PX = 2


def decimal_point() -> str:
    """The decimal separator of the window's language (set by ``desktop.i18n.languages``)."""
    return QLocale().decimalPoint() or "."


def shown(value: float, decimals: int | None = None) -> str:
    """``value`` as a number field or a table shows it, in the window's language."""
    return format_number(value, decimals, decimal_point=decimal_point())


def check_number(
    text: str, minimum: float | None = None, maximum: float | None = None
) -> tuple[float | None, str]:
    """``(value, "")`` when ``text`` is one number within the range, else ``(None, why)``."""
    try:
        value = parse_number(text, decimal_point())
    except NumberError as error:
        return None, str(error)
    low = -math.inf if minimum is None else minimum
    high = math.inf if maximum is None else maximum
    if low <= value <= high:
        return value, ""
    translate = QCoreApplication.translate
    if minimum is not None and maximum is not None:
        why = translate(
            "NumberEdit", "{value} is outside the range: type a number from {low} to {high}."
        )
    elif minimum is not None:
        why = translate("NumberEdit", "{value} is too small: type a number from {low} on.")
    else:
        why = translate("NumberEdit", "{value} is too large: type a number up to {high}.")
    return None, why.format(
        value=text.strip(),
        low=shown(minimum) if minimum is not None else "",
        high=shown(maximum) if maximum is not None else "",
    )


class NumberEdit(QLineEdit):
    """A one-number field in the window's language (objectName set by its user).

    Its programming interface follows ``QDoubleSpinBox`` (``value``, ``setValue``,
    ``setRange``, ``setDecimals``, ``setSingleStep``, ``setKeyboardTracking``) so it replaces one
    line for line; Up/Down and the mouse wheel step the value when a step is set.

    Signals:
        valueChanged(float): a new accepted value (typed, stepped or set).
        problemChanged(str): why the text is refused, "" once it is accepted again.
    """

    valueChanged = Signal(float)  # noqa: N815 - the name QDoubleSpinBox users know
    problemChanged = Signal(str)  # noqa: N815

    def __init__(
        self,
        value: float = 0.0,
        parent: QWidget | None = None,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        decimals: int | None = None,
    ):
        super().__init__(parent)
        self._minimum = minimum
        self._maximum = maximum
        self._decimals = decimals
        self._step = 0.0
        self._tracking = True
        self._value = self._committed = self._clamp(float(value))
        self._problem = ""
        self._plain_tooltip = ""
        self._warning = QAction(self)
        self._warning.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.setText(shown(self._value, decimals))
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    # -- the QDoubleSpinBox-like interface -------------------------------------------------

    def value(self) -> float:
        """The last accepted value (bad text never changes it)."""
        return self._value

    def setValue(self, value: float) -> None:  # noqa: N802 - Qt's name
        value = self._clamp(float(value))
        changed = value != self._value
        self._value = self._committed = value
        self.setText(shown(value, self._decimals))
        self._set_problem("")
        if changed:
            self.valueChanged.emit(value)

    def setRange(self, minimum: float | None, maximum: float | None) -> None:  # noqa: N802
        self._minimum, self._maximum = minimum, maximum
        if not self._problem:
            self.setValue(self._value)

    def setMinimum(self, minimum: float | None) -> None:  # noqa: N802
        self.setRange(minimum, self._maximum)

    def setMaximum(self, maximum: float | None) -> None:  # noqa: N802
        self.setRange(self._minimum, maximum)

    def minimum(self) -> float | None:
        return self._minimum

    def maximum(self) -> float | None:
        return self._maximum

    def setDecimals(self, decimals: int | None) -> None:  # noqa: N802
        """Digits shown after the point for values set or stepped (typed text stays as typed;
        None: as many as the value needs)."""
        self._decimals = decimals
        if not self._problem:
            self.setText(shown(self._value, decimals))

    def setSingleStep(self, step: float) -> None:  # noqa: N802
        """Up/Down and the wheel move the value by ``step`` (0: they do nothing)."""
        self._step = float(step)
        if self._step > 0:
            self.setFocusPolicy(Qt.FocusPolicy.WheelFocus)  # scrolling over it, as on a spin box

    def setKeyboardTracking(self, on: bool) -> None:  # noqa: N802
        """True: every accepted keystroke is a new value; False: only on Enter or leaving."""
        self._tracking = bool(on)

    def setToolTip(self, text: str) -> None:  # noqa: N802
        self._plain_tooltip = text
        self._show_tooltip()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest number it can hold (Qt's line edit asks for ~17 characters,
        too much beside a weight's name), with room for the warning icon."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        samples = [self.text(), shown(self._value, self._decimals), "-00000"]
        samples += [
            shown(v, self._decimals) for v in (self._minimum, self._maximum) if v is not None
        ]
        width = max(metrics.horizontalAdvance(t) for t in samples)
        width += metrics.horizontalAdvance("0") + 12 + hint.height()  # margins, frame, icon
        return QSize(min(hint.width(), width), hint.height())

    # -- state -----------------------------------------------------------------------------

    def problem(self) -> str:
        """Why the text shown is refused ("" when it is the value)."""
        return self._problem

    def is_acceptable(self) -> bool:
        return not self._problem

    def set_text_as_typed(self, text: str) -> None:
        """Put ``text`` in the field as a student typing it would (and leaving the field)."""
        self.setText(text)
        self._on_text_edited(text)
        self._on_editing_finished()

    # -- reading what is typed -------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        """While typing: a number in range is the value at once (with keyboard tracking); a text
        that may still become one ("-", "1e", "0" on the way to "0,05") is left alone until
        the field is left; anything else is marked now. Until the text is a number again,
        the value in use is the one from before this edit, never a reading of part of it."""
        value, why = check_number(text, self._minimum, self._maximum)
        if value is not None:
            self._set_problem("")
            if self._tracking:
                self._accept(value)
            return
        if self._tracking:
            self._accept(self._committed)
        if _may_become_a_number(text):
            self._set_problem("")
        else:
            self._set_problem(why)

    def _on_editing_finished(self) -> None:
        value, why = check_number(self.text(), self._minimum, self._maximum)
        if value is None:
            self._set_problem(why)  # the text stays marked; the last good value stays in use
            return
        self._set_problem("")
        self._accept(value)
        self._committed = value

    def focusInEvent(self, event) -> None:  # noqa: N802
        if not self._problem:
            self._committed = self._value
        super().focusInEvent(event)

    def _accept(self, value: float) -> None:
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _set_problem(self, why: str) -> None:
        if why:
            kept = QCoreApplication.translate("NumberEdit", "The value stays {value}.").format(
                value=shown(self._committed, self._decimals)
            )
            why = f"{why} {kept}"
        if why == self._problem:
            return
        was = bool(self._problem)
        self._problem = why
        self.update()  # the red frame (paintEvent)
        if why and not was:
            self.addAction(self._warning, QLineEdit.ActionPosition.TrailingPosition)
        elif was and not why:
            self.removeAction(self._warning)
        self._warning.setToolTip(why)
        self.setAccessibleDescription(why)
        self._show_tooltip()
        self.problemChanged.emit(why)

    def is_marked(self) -> bool:
        """Drawn with the red frame of a refused number."""
        return bool(self._problem)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._problem:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(BAD_COLOUR))
        pen.setWidthF(BAD_FRAME_PX)
        painter.setPen(pen)
        inset = BAD_FRAME_PX / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()

    def _show_tooltip(self) -> None:
        text = self._problem or self._plain_tooltip
        if self._problem and self._plain_tooltip:
            text = f"{self._problem}\n\n{self._plain_tooltip}"
        super().setToolTip(text)

    # -- stepping --------------------------------------------------------------------------

    def _clamp(self, value: float) -> float:
        if self._minimum is not None:
            value = max(self._minimum, value)
        if self._maximum is not None:
            value = min(self._maximum, value)
        return value

    def _step_by(self, steps: int) -> None:
        if self._step <= 0 or self.isReadOnly() or not self.isEnabled():
            return
        value = round(self._value + steps * self._step, 10)  # 0.1 + 0.2 shows 0.3
        self.setValue(value)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._step > 0:
            self._step_by(1 if event.key() == Qt.Key.Key_Up else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if self._step > 0 and self.hasFocus():
            delta = event.angleDelta().y()
            if delta:
                self._step_by(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


def _may_become_a_number(text: str) -> bool:
    """True for a text on its way to a number ("", "-", "1,", "1e-"): one more digit reads."""
    return check_number(text + "1")[0] is not None


class NumberValidator(QValidator):
    """The verdict of :class:`NumberEdit` for any line edit: Acceptable for one number in range,
    Intermediate otherwise (never Invalid, so the typed text stays visible and is not changed;
    Qt's line edit then refuses to finish editing)."""

    def __init__(self, minimum=None, maximum=None, parent=None):
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum

    def validate(self, text: str, pos: int):
        value, _why = check_number(text, self.minimum, self.maximum)
        state = QValidator.State.Intermediate if value is None else QValidator.State.Acceptable
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text  # never turn a text into another number


class NumberDelegate(QStyledItemDelegate):
    """Table cells holding numbers: shown in the window's language, edited with a
    :class:`NumberEdit`, written back only when the text is one number in range."""

    def __init__(self, minimum=None, maximum=None, decimals: int | None = None, parent=None):
        super().__init__(parent)
        self.minimum, self.maximum, self.decimals = minimum, maximum, decimals

    def displayText(self, value, locale) -> str:  # noqa: N802
        if isinstance(value, int | float) and not isinstance(value, bool):
            return shown(float(value), self.decimals)
        return super().displayText(value, locale)

    def createEditor(self, parent, option, index) -> NumberEdit:  # noqa: N802
        editor = NumberEdit(
            parent=parent, minimum=self.minimum, maximum=self.maximum, decimals=self.decimals
        )
        editor.setObjectName("numberCellEditor")
        editor.setKeyboardTracking(False)
        return editor

    def setEditorData(self, editor: NumberEdit, index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        try:
            editor.setValue(float(value))
        except (TypeError, ValueError):
            editor.setText(str(value or ""))

    def setModelData(self, editor: NumberEdit, model, index) -> None:  # noqa: N802
        value, _why = check_number(editor.text(), self.minimum, self.maximum)
        if value is not None:
            model.setData(index, value, Qt.ItemDataRole.EditRole)
