"""Step (F10) walks through gradient descent one batch or one epoch at a time, every view
following; "same start" replays a run from its exact initial weights and seed."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from netcore.project.model import WeightSource
from tests.desktop.test_training_panel import setup_xor, wait_for

pytestmark = pytest.mark.slow


def test_step_trains_one_batch_then_one_epoch_and_the_views_follow(window, qtbot):
    panel = setup_xor(window, epochs=5, lr=0.5, batch="8")
    assert panel.step_button.text() == "Step  (F10)"
    assert panel.controls.unit == "batch"
    qtbot.keyClick(window, Qt.Key.Key_F10)  # nothing runs: Step starts a run of one batch
    wait_for(qtbot, lambda: panel.session.running and panel.session.control.paused)
    wait_for(qtbot, lambda: window.project.weight_source is WeightSource.TRAINING)
    first = window.project.weights
    # 270 training examples of the XOR set at batch 8: 34 batches an epoch
    assert window.project.weight_note == "epoch 0.03"
    assert panel.pause_button.text().startswith("Resume")
    assert panel.progress.format() == "epoch 1 / 5 · batch 1 / 34"
    assert panel.plots.loss.point_count("epoch") == 0

    panel.step_button.click()  # a second batch
    wait_for(qtbot, lambda: window.project.weight_note == "epoch 0.06")
    wait_for(qtbot, lambda: "Paused at epoch 0.06" in panel.progress_text.text())
    moved = window.project.weights
    assert not np.array_equal(first["hidden"][0], moved["hidden"][0])

    panel.controls.step_unit.setCurrentIndex(1)  # one epoch: the rest of this one
    panel.step_button.click()
    wait_for(qtbot, lambda: panel.plots.loss.point_count("epoch") == 1)
    wait_for(qtbot, lambda: window.project.weight_note == "epoch 1.00")
    assert panel.session.control.paused
    assert "Paused at epoch 1.00" in panel.progress_text.text()

    panel.toggle_pause()  # Resume runs freely to the end
    wait_for(qtbot, lambda: not panel.session.running)
    assert len(window.project.latest_run.epochs) == 5
    assert window.project.weight_source is WeightSource.TRAINED


def _arrays_equal(a, b):
    return a.keys() == b.keys() and all(
        np.array_equal(x, y) for layer in a for x, y in zip(a[layer], b[layer], strict=True)
    )


def test_same_start_replays_a_run_and_survives_saving(window, qtbot, dialogs, tmp_path):
    panel = setup_xor(window, epochs=3, lr=0.5)
    with qtbot.waitSignal(panel.trained, timeout=60_000):
        panel.start()
    wait_for(qtbot, lambda: not panel.session.running)
    first = window.project.latest_run
    assert first.start is not None
    combo = panel.controls.same_start
    assert combo.count() == 2 and combo.itemText(1) == "same start as run 1"

    # a fresh start with another seed begins elsewhere ...
    panel.settings.seed.setValue(7)
    with qtbot.waitSignal(panel.trained, timeout=60_000):
        panel.start()
    wait_for(qtbot, lambda: not panel.session.running)
    assert not _arrays_equal(window.project.latest_run.start, first.start)

    # ... "same start as run 1" begins exactly where run 1 did, with its seed, a new rate
    panel.settings.learning_rate.setValue(0.05)
    panel.controls.choose_same_start(1)
    with qtbot.waitSignal(panel.trained, timeout=60_000):
        panel.start()
    wait_for(qtbot, lambda: not panel.session.running)
    replay = window.project.latest_run
    assert _arrays_equal(replay.start, first.start)
    assert replay.seed == first.seed == 0
    assert replay.config["learning_rate"] == 0.05
    assert replay.epochs[0]["loss"] != first.epochs[0]["loss"]  # only the rate differs

    dialogs.save_path_answer = tmp_path / "replays.layerlab"
    assert window.files.save_as()
    window.files.new()
    assert window.files.open(tmp_path / "replays.layerlab")
    runs = window.project.runs
    assert len(runs) == 3 and _arrays_equal(runs[2].start, runs[0].start)
    assert panel.controls.same_start.count() == 4  # new weights + three runs
