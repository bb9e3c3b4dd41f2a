"""The run buttons wrap in a narrow settings column: in one row of a grid, French labels in
presentation mode made them 424 px wide, and the settings' column could not narrow on a
1280×720 projector."""

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.training.controls import RunControls


class _Project(QObject):
    runs_changed = Signal()
    runs: list = []


def test_the_run_buttons_stack_in_a_narrow_column(qtbot):
    controls = RunControls(_Project())
    qtbot.addWidget(controls)
    font = QFont(controls.font())
    font.setPointSizeF(14)  # presentation mode's text
    controls.setFont(font)
    labels = ("Démarrer  (F5)", "Reprendre  (F6)", "Arrêter  (Maj+F5)")
    for button, text in zip(
        (controls.start_button, controls.pause_button, controls.stop_button), labels, strict=True
    ):
        button.setText(text)
    widest = max(
        b.sizeHint().width()
        for b in (controls.start_button, controls.pause_button, controls.stop_button)
    )
    in_a_row = sum(
        b.sizeHint().width()
        for b in (controls.start_button, controls.pause_button, controls.stop_button)
    )
    need = controls.minimumSizeHint().width()
    assert need < in_a_row, (need, in_a_row)
    width = max(need, widest) + 4
    controls.resize(width, controls.heightForWidth(width) if controls.hasHeightForWidth() else 300)
    controls.show()
    qtbot.waitExposed(controls)
    QApplication.processEvents()
    room = QRect(0, 0, controls.width(), controls.height())
    shown = [
        controls.start_button, controls.pause_button, controls.stop_button,
        controls.step_button, controls.step_unit, controls.same_start,
    ]  # fmt: skip
    rects = [QRect(b.mapTo(controls, b.rect().topLeft()), b.size()) for b in shown]
    for button, rect in zip(shown, rects, strict=True):
        assert room.contains(rect), (button.objectName(), rect, room)
        assert button.width() >= button.sizeHint().width(), button.objectName()  # not squeezed
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)
