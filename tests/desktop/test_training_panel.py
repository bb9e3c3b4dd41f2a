"""Training through the panel, as a student does it: start, watch, pause, resume, stop, the
confusion matrix, a NaN banner, and closing the window mid-training."""

import time

import pytest

from netcore.network.editing import set_param

pytestmark = pytest.mark.slow


def setup_xor(window, epochs=200, lr=0.5, batch="8"):
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    panel = window.training
    panel.settings.epochs.setValue(epochs)
    panel.settings.learning_rate.setValue(lr)
    panel.settings.batch.setCurrentText(batch)
    return panel


def wait_for(qtbot, condition, timeout=60_000):
    qtbot.waitUntil(condition, timeout=timeout)


def test_train_xor_end_to_end_with_pause_resume_stop(window, qtbot):
    panel = setup_xor(window, epochs=50_000)  # compiled steps train XOR at ~1000 epochs/s
    with qtbot.waitSignal(panel.session.running_changed, timeout=5000):
        assert panel.start()
    assert window.document.locked_reason  # no editing while it trains
    loss = panel.plots.loss
    window.problems_dock.raise_()  # the plots behind another tab draw nothing ...
    wait_for(qtbot, lambda: loss.point_count("epoch") >= 3 and loss.point_count("batch") > 3)
    panel.plots.redraw()
    assert loss.curves["epoch"].getData()[0] is None
    window.show_training()  # ... and catch up when they come to the front
    wait_for(qtbot, lambda: loss.curves["epoch"].getData()[0] is not None)
    curve_x, _ = loss.curves["epoch"].getData()
    assert len(curve_x) >= 3  # the curve itself received points, not just the buffer
    assert panel.plots.loss.point_count("batch") > 3

    # an edit while training is refused, with the reason
    window.document.set_selection(["out"])
    before = window.document.spec.copy()
    window.document.edit("x", lambda spec: set_param(spec, "out", "units", 2))
    assert window.document.spec == before
    assert "training" in window.statusBar().currentMessage()

    panel.toggle_pause()
    assert panel.pause_button.text().startswith("Resume")
    # the worker says when it has reached the pause point (on a busy machine that can take
    # longer than a fixed wait: the test failed once waiting 300 ms); nothing moves after it
    wait_for(qtbot, lambda: "Paused" in panel.progress_text.text(), timeout=10_000)
    held = panel.plots.loss.point_count("batch"), panel.progress.value()
    qtbot.wait(700)
    assert (panel.plots.loss.point_count("batch"), panel.progress.value()) == held
    panel.toggle_pause()
    wait_for(qtbot, lambda: panel.progress.value() > held[1])
    with qtbot.waitSignal(panel.trained, timeout=60_000) as blocker:
        panel.stop()
    result = blocker.args[0]
    assert result.final.reason == "stopped"
    assert len(result.final.history) < 50_000
    assert result.model_bytes  # the weights trained so far are kept
    wait_for(qtbot, lambda: not panel.session.running)
    assert "Stopped: the weights trained so far are kept." in panel.banner.text()
    assert panel.results.matrix.rowCount() == 2 and panel.results.matrix.columnCount() == 3
    counts = sum(int(panel.results.matrix.item(i, j).text()) for i in range(2) for j in range(2))
    assert counts == 100  # every test example is in the matrix
    assert "Test accuracy" in panel.results.summary.text()
    assert not window.document.locked_reason
    assert window.project.dirty and window.isWindowModified()
    # clicking a cell lists those test examples
    panel.results.matrix.cellClicked.emit(1, 1)
    assert panel.results.gallery_title.text().startswith("True class 1, predicted class 1:")


def test_nan_banner_with_a_huge_learning_rate(window, qtbot):
    panel = setup_xor(window, epochs=50, lr=1_000_000.0)
    window.document.edit("relu", lambda spec: set_param(spec, "hidden", "activation", "relu"))
    window.document.edit("wide", lambda spec: set_param(spec, "hidden", "units", 16))
    with qtbot.waitSignal(panel.trained, timeout=60_000) as blocker:
        panel.start()
    assert blocker.args[0].final.reason == "nan"
    wait_for(qtbot, lambda: not panel.session.running)
    text = panel.banner.text()
    assert "NaN" in text and "learning rate 1e+06 is probably too high" in text
    assert panel.banner.property("kind") == "error"


def test_start_needs_a_dataset_and_a_valid_network(window):
    window.files.new_from_template("xor-mlp")
    panel = window.training
    assert not panel.start()
    assert panel.banner.text() == "Choose a dataset in the toolbar first."
    window.picker.select("xor")
    window.document.edit("bad", lambda spec: set_param(spec, "out", "units", 0))
    assert not panel.start()
    assert "fix them before training" in panel.banner.text()


def test_mismatch_is_reported_in_the_panel(window, qtbot):
    window.files.new_from_template("lenet5")
    window.picker.select("xor")  # sets the input shape to (2,): the convolution cannot run
    window.document.edit("shape", lambda spec: setattr(spec, "input_shape", [28, 28, 1]))
    with qtbot.waitSignal(window.training.session.setup_failed, timeout=60_000):
        window.training.start()
    assert "does not match XOR quadrants" in window.training.banner.text()


def test_close_during_training_stops_quickly(window, qtbot, dialogs):
    panel = setup_xor(window, epochs=5000, batch="1 — stochastic")
    panel.start()
    wait_for(qtbot, lambda: panel.plots.loss.point_count("batch") > 5)
    dialogs.ask_answer = False
    window.close()
    assert window.isVisible() and panel.session.running  # "no": keeps training
    dialogs.ask_answer = True
    dialogs.save_answer = "discard"
    t = time.perf_counter()
    window.close()
    assert time.perf_counter() - t < 2.0
    assert not window.isVisible()
    assert not panel.session.running
    assert "Training is running" in dialogs.asked


def test_trained_project_keeps_history_and_model(window, qtbot, dialogs, tmp_path):
    panel = setup_xor(window, epochs=3)
    with qtbot.waitSignal(panel.trained, timeout=60_000):
        panel.start()
    wait_for(qtbot, lambda: not panel.session.running)
    # editing after training tells the student the trained weights no longer match
    window.document.edit("units", lambda spec: set_param(spec, "hidden", "units", 3))
    assert "no longer match" in panel.banner.text()
    window.undo_action.trigger()
    dialogs.save_path_answer = tmp_path / "xor.layerlab"
    assert window.files.save_as()
    assert not window.project.dirty
    window.files.new()
    assert window.files.open(tmp_path / "xor.layerlab")
    assert window.project.model_bytes
    assert len(window.project.latest_run.epochs) == 3
    assert panel.plots.loss.point_count("epoch") == 3  # shown again
    assert panel.results.matrix.rowCount() == 2


def test_auxiliary_outputs_get_curves_of_their_own(window, qtbot):
    """Each output's metrics in the plots: the main output's as usual, aux1's beside them."""
    from tests.netcore.training.test_multi_output import two_heads

    window.document.replace(two_heads())
    window.picker.select("circles")
    panel = window.training
    panel.settings.epochs.setValue(5)
    window.show_training()
    with qtbot.waitSignal(panel.session.running_changed, timeout=5000):
        assert panel.start()
    wait_for(qtbot, lambda: not panel.session.running)
    panel.plots.redraw()
    accuracy = panel.plots.accuracy
    assert accuracy.point_count("epoch") == 5 and accuracy.point_count("aux1") == 5
    assert accuracy.point_count("aux1 (validation)") == 5
    xs, ys = accuracy.curves["aux1"].getData()  # a curve of its own: epochs 1-5, accuracies
    assert list(xs) == [1, 2, 3, 4, 5]
    assert all(0 <= y <= 1 for y in ys)
    saved = [e["aux1_accuracy"] for e in panel.project.latest_run.epochs]
    assert list(ys) == pytest.approx(saved)  # the run's own numbers, not the main output's
    assert panel.plots.loss.point_count("aux1") == 5
