"""The experiment board: two runs from the same start, their curves side by side, a boundary
each, the results table and its CSV."""

import csv

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.desktop.test_number_entry import french, keep_the_app_look  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow


def test_compare_two_learning_rates(window, dialogs, tmp_path, qtbot):
    window.files.new_from_template("spirals-mlp")
    window.picker.select("circles")
    window.findChild(type(window.undo_action), "actionExperimentBoard").trigger()
    board = window.board
    assert board.objectName() == "experimentBoard" and board.table.rowCount() == 2
    board.epochs.setValue(8)
    board.start_button.click()
    qtbot.waitUntil(lambda: not board.job.running, timeout=120_000)
    assert [r.label for r in board.results] == ["as set", "learning rate × 10"]
    rate_a = board.results[0].settings["learning_rate"]
    assert board.results[1].settings["learning_rate"] == pytest.approx(rate_a * 10)
    assert board.results_table.rowCount() == 2
    train, val, xs, ys, vs = board.curves[1, "accuracy"]
    assert xs == list(range(1, 9))
    # both curves of run 2 are drawn with its own numbers: accuracies, one per epoch
    for curve, values in ((train, ys), (val, vs)):
        drawn_x, drawn_y = curve.getData()
        assert list(drawn_x) == xs and list(drawn_y) == pytest.approx(values)
        assert all(0 <= v <= 1 for v in values)
    assert all(tile.image() is not None for _, tile in board.tiles[:2])  # two boundaries
    dialogs.save_path_answer = tmp_path / "board.csv"
    board.export_button.click()
    with open(tmp_path / "board.csv") as f:
        rows = list(csv.DictReader(f))
    assert [row["run"] for row in rows] == ["as set", "learning rate × 10"]
    board.close()


def test_one_training_at_a_time_the_board_and_start_refuse_each_other(window, qtbot):
    """Starting the board while a training runs is refused and says why; so is the reverse."""
    window.files.new_from_template("spirals-mlp")
    window.picker.select("circles")
    panel = window.training
    panel.settings.epochs.setValue(10_000)
    assert panel.start()
    qtbot.waitUntil(lambda: window.session.control is not None, timeout=60_000)
    window.findChild(type(window.undo_action), "actionExperimentBoard").trigger()
    board = window.board
    board.start_button.click()
    assert not board.job.running
    assert board.status.text().startswith("Training is running: stop it")
    panel.stop()
    qtbot.waitUntil(lambda: not window.session.running, timeout=60_000)
    assert window.project.model.gate.running is None

    board.epochs.setValue(400)
    board.start_button.click()
    assert board.job.running
    assert window.project.model.gate.running == "The experiment board"
    assert not panel.start()
    assert "The experiment board is running" in panel.banner.text()
    board.stop()
    qtbot.waitUntil(lambda: not board.job.running, timeout=60_000)
    assert window.project.model.gate.running is None
    board.close()


# -- at a projector ------------------------------------------------------------------------------


def board_beside_a_lesson(window, qtbot):
    """The board opened from a lesson, in French presentation mode at 1280×720 (first opened
    before presentation mode: its text grew since)."""
    from tests.desktop.test_number_entry import presentation_at_1280x720

    window.show_board()
    window.board.hide()
    presentation_at_1280x720(window, qtbot)
    window.show_lessons()
    window.lessons.start("backprop")
    window.show_board()
    qtbot.waitExposed(window.board)
    qtbot.wait(50)  # placed again once the window's docks have settled
    return window.board


def test_the_board_opens_beside_the_lessons_task_inside_the_window(
    window,
    qtbot,
    french,  # noqa: F811
    keep_the_app_look,  # noqa: F811
):
    board = board_beside_a_lesson(window, qtbot)
    dock = window.lessons_dock
    task = QRect(dock.mapToGlobal(QPoint(0, 0)), dock.size())
    frame = board.frameGeometry()
    window.appearance.set_presentation(False)
    assert not frame.intersects(task), (frame, task)
    assert window.frameGeometry().contains(frame), (frame, window.frameGeometry())


def test_the_boards_settings_show_whole_in_their_columns(
    window,
    qtbot,
    french,  # noqa: F811
    keep_the_app_look,  # noqa: F811
):
    board = board_beside_a_lesson(window, qtbot)
    table = board.table
    cut = []
    for row in range(table.rowCount()):
        for column in range(1, table.columnCount()):
            cell = table.cellWidget(row, column)
            needs, has = cell.sizeHint().width(), table.columnWidth(column)
            if needs > has:
                cut.append((row, column, cell.accessibleName(), needs, has))
    for grid in (table, board.results_table):  # the headers whole, before any result too
        header = grid.horizontalHeader()
        for column in range(grid.columnCount()):
            text = grid.horizontalHeaderItem(column).text()
            needs = header.fontMetrics().horizontalAdvance(text)
            if needs > header.sectionSize(column):
                cut.append((grid.objectName(), text, needs, header.sectionSize(column)))
    for plot in (board.loss_plot, board.accuracy_plot):  # titles whole, in the window's font
        heading = plot.heading
        if (
            heading.heightForWidth(heading.width()) > heading.height()
            or plot.getPlotItem().titleLabel.text
        ):
            cut.append((plot.objectName(), heading.text()))
    assert not cut
    # the board is no wider than the room beside the lesson, however wide its table
    assert board.minimumSizeHint().width() <= board.free_area().width()
