"""The convolution sandbox: the lecture's numbers by Keras, the window sliding with its
products, edits and bad settings, the padding count and the shift study."""

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from desktop.convolution.controls import DRAWING


@pytest.fixture
def sandbox(window, qtbot):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.findChild(type(window.menuBar().actions()[0]), "actionSandbox").trigger()
    view = window.sandbox
    qtbot.waitUntil(lambda: view.result is not None)
    assert view.objectName() == "convolutionSandbox" and view.isVisible()
    yield view
    view.close()


def grid_texts(grid):
    return [
        [grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())
    ]


def test_the_lecture_example_slides_cell_by_cell(sandbox):
    view = sandbox
    assert grid_texts(view.output_grid) == [
        ["82", "68", "46"],
        ["45", "24", "26"],
        ["63", "65", "51"],
    ]
    assert "⌊(5 + 2·0 − 3)/1⌋ + 1 = 3" in view.rule.text()
    view.start_over()
    assert grid_texts(view.output_grid) == [[""] * 3] * 3
    view.step()
    assert "10×2 + 2×2 + 4×2 + 0×1 + 4×0 + 0×1 + 1×2 + 8×2 + 16×2 = 82" in view.products.text()
    assert view.input_grid.item(0, 0).text() == "10\n×2"
    assert view.input_grid.item(0, 3).text() == "1"  # outside the window
    view.step()
    assert view.products.text().endswith("= 68") and view.input_grid.item(0, 3).text() == "1\n×2"
    assert grid_texts(view.output_grid)[0] == ["82", "68", ""]
    assert view.position.text() == "2 of 9 cells"


def test_padding_pooling_and_editing(sandbox, qtbot):
    view, controls = sandbox, sandbox.controls
    controls.example.setCurrentIndex(1)  # the 6×6 image, one ring of zeros, X filter, max pool
    assert view.input_grid.rowCount() == 8 and view.input_grid.item(0, 0).text() == "0"
    assert view.output_grid.rowCount() == 6 and view.pooled_grid.isVisible()
    assert grid_texts(view.pooled_grid) == [["13", "10", "2"], ["14", "11", "3"], ["13", "10", "3"]]
    view.start_over()
    for _ in range(36 + 1):
        view.step()
    assert "max(6, 8, 9, 13) = 13" in view.products.text()
    # a kernel cell typed by the student: Keras recomputes; a non-number is refused, kept
    item = view.kernel_grid.item(1, 1)
    item.setText("abc")
    assert view.kernel_grid.item(1, 1).text() == "1" and "not a number" in item.toolTip()
    view.kernel_grid.item(1, 1).setText("0")
    assert grid_texts(view.output_grid)[0][0] == "3"  # the centre pixel no longer counts
    # a setting that cannot work is said, and the numbers stay
    controls.padding.setCurrentText("valid")
    controls.rows.setValue(2)
    assert "larger than the padded input" in view.products.text()
    assert view.input_grid.rowCount() == 2 and view.input_grid.item(0, 0).text() == "3"
    controls.rows.setValue(6)
    assert view.result is not None and view.output_grid.rowCount() == 4


def test_coverage_and_shift_studies(sandbox):
    view, controls = sandbox, sandbox.controls
    assert view.coverage.without.item(0, 0).text() == "1"
    assert view.coverage.without.item(2, 2).text() == "9"
    assert view.coverage.with_padding.item(0, 0).text() == "4"
    assert (
        "corner pixel is inside 1 window(s) without padding and 4 with it"
        in view.coverage.summary.text()
    )
    controls.example.setCurrentIndex(4)  # the equivariance example
    view.shift.amount.setValue(1)
    view.shift.button.click()
    assert grid_texts(view.shift.shifted_output) == [["40", "40"], ["40", "80"]]
    assert grid_texts(view.shift.shifted_pooled) == [["80"]]
    assert (
        "equivariance" in view.shift.report.text()
        and "0 of 1 values changed" in view.shift.report.text()
    )


def test_the_drawing_downscaled_as_numbers(sandbox):
    view, controls = sandbox, sandbox.controls
    controls.example.setCurrentIndex(controls.example.findData(DRAWING))
    assert "draw a digit first" in controls.message.text()
    draw = view.parent().draw
    draw.prepared.emit(None, "your drawing")  # the canvas was cleared
    assert "draw a digit first" in controls.message.text()
    image = np.zeros((28, 28, 1), np.float32)
    image[4:24, 12:16] = 1.0  # a "1", as the drawing panel prepares it
    draw.prepared.emit(image, "your drawing")
    controls.size.setValue(7)
    assert view.input_grid.rowCount() == 7
    assert view.input_grid.item(3, 3).text() == "255" and view.input_grid.item(3, 0).text() == "0"


def test_a_lesson_step_hides_the_output_cells_until_answered(sandbox):
    view = sandbox
    view.set_hidden({"sandbox_output"})
    assert {t for row in grid_texts(view.output_grid) for t in row} == {"?"}
    view.start_over()
    view.step()
    assert view.products.text().endswith("= ?") and "82" not in view.products.text()
    assert all("82" not in label.text() for label in view.findChildren(QLabel) if label.isVisible())
    view.set_hidden(set())
    assert grid_texts(view.output_grid)[0][0] == "82"


def test_cells_take_the_locales_numbers(sandbox):
    from PySide6.QtCore import QLocale

    view = sandbox
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        top, _, left, _ = view.input_grid.pads
        item = view.input_grid.item(top, left)
        item.setText("-1,5")
        assert view.controls.image[0, 0] == -1.5
        item = view.input_grid.item(top, left)
        assert item.text() == "-1,5"
        item.setText("1 500")  # a group separator: refused, never 1500
        assert view.controls.image[0, 0] == -1.5
        assert "1 500" in view.input_grid.item(top, left).toolTip()
    finally:
        QLocale.setDefault(before)


def test_in_presentation_mode_it_fits_the_screen_beside_the_lesson(window, qtbot):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.appearance.set_presentation(True)
    window.showNormal()
    window.resize(1280, 720)
    window.show_lessons()
    window.lessons.start("convolution-by-hand")  # its first step opens the sandbox
    view = window.sandbox
    qtbot.waitUntil(lambda: view.isVisible() and view.result is not None)
    qtbot.wait(50)
    frame = view.frameGeometry()
    assert frame.width() <= 1280
    # room for longer words (Hungarian): every tab scrolls, the buttons wrap
    assert view.minimumSizeHint().width() <= 700
    dock = window.lessons_dock
    lesson = dock.mapToGlobal(dock.rect().topLeft())
    task = window.lessons.task
    check = window.lessons.check_button
    for widget in (task, check):
        spot = widget.mapToGlobal(widget.rect().center())
        assert not frame.contains(spot), widget.objectName()
    assert frame.right() < lesson.x()
    view.close()
    window.appearance.set_presentation(False)
