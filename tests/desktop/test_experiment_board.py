"""The experiment board: two runs from the same start, their curves side by side, a boundary
each, the results table and its CSV."""

import csv

import pytest

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
