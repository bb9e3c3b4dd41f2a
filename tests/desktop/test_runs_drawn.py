"""A run is drawn one way, live or saved: the plots draw the project's run records, the one in
progress as it grows and the saved ones from the file, with the same curves."""

import numpy as np
import pytest

from desktop.widgets.visibility import on_screen
from netcore.training.history import RunRecord
from tests.desktop.test_training_panel import setup_xor, wait_for

CURVES = ("epoch", "val")  # what a run record keeps (batch points live only while it trains)


def drawn(window) -> dict:
    """Every curve the plots show, as the student sees it: (plot, curve) → (x, y), and the
    faded earlier runs in order."""
    plots = window.training.plots
    plots.loss._dirty = plots.accuracy._dirty = True
    plots.redraw()
    shown = {}
    for plot in (plots.loss, plots.accuracy):
        shown[plot.objectName(), "title"] = plot.shown_title
        for kind in CURVES:
            if kind in plot.curves:
                x, y = plot.curves[kind].getData()
                shown[plot.objectName(), kind] = ([], []) if x is None else (list(x), list(y))
        for n, faded in enumerate(plot.old_runs):
            x, y = faded.getData()
            shown[plot.objectName(), f"faded {n}"] = (faded.name(), list(x), list(y))
    return shown


@pytest.mark.slow
def test_a_saved_run_and_a_live_run_draw_the_same_curves(window, qtbot, dialogs, tmp_path):
    panel = setup_xor(window, epochs=4, lr=0.5)
    panel.settings.validation.setValue(0.2)
    window.show_training()
    for seed in (0, 1):  # two runs: the first is faded when the second trains
        panel.settings.seed.setValue(seed)
        with qtbot.waitSignal(panel.trained, timeout=60_000):
            assert panel.start(), panel.banner.text()
        wait_for(qtbot, lambda: not panel.session.running)
    live = drawn(window)
    assert len(live["lossPlot", "epoch"][0]) == 4 and len(live["lossPlot", "val"][0]) == 4
    assert ("lossPlot", "faded 0") in live and ("accuracyPlot", "faded 1") in live
    assert panel.plots.loss.point_count("batch") > 0  # the light curve, while it is live

    # the same runs, read back from the file
    dialogs.save_path_answer = tmp_path / "two-runs.layerlab"
    assert window.files.save_as()
    window.files.new()
    assert "run" not in drawn(window)["lossPlot", "title"]  # nothing of it stays
    assert window.files.open(tmp_path / "two-runs.layerlab")
    assert drawn(window) == live

    # and once more from the project as a value (a recovery, a teacher's push)
    window.project.load(window.project.project())
    assert drawn(window) == live


def test_the_run_in_progress_is_the_record_that_grows(window, qtbot):
    """Without training: the plots follow the project model's live record as it grows, and
    its end leaves the same curves (one record, nothing drawn twice)."""
    model = window.project.model
    plots = window.training.plots
    window.show_training()
    qtbot.waitUntil(lambda: on_screen(plots.loss))
    record = RunRecord(config={"epochs": 3, "optimizer": "sgd"}, label="sgd lr 0.1, batch 8")
    model.begin_run(record)
    assert plots.loss.run_number == 1 and plots.loss.run_label == "sgd lr 0.1, batch 8"
    model.grow_run(batches=[(0.5, 0.9, 0.4), (1.0, 0.7, 0.6)])
    model.grow_run(epochs=[{"loss": 0.7, "accuracy": 0.6, "val_loss": 0.8}])
    assert plots.loss.point_count("batch") == 2 and plots.accuracy.point_count("batch") == 2
    assert plots.loss.point_count("epoch") == 1 and plots.loss.point_count("val") == 1
    model.grow_run(epochs=[{"loss": 0.5, "accuracy": 0.8, "val_loss": 0.6}])
    growing = drawn(window)
    assert growing["lossPlot", "epoch"] == ([1.0, 2.0], [0.7, 0.5])
    final = RunRecord(epochs=[dict(r) for r in record.epochs], test={"accuracy": 0.8, "loss": 0.5},
                      config=record.config, label=record.label)  # fmt: skip
    model.end_run(final)
    assert model.runs[-1] is record and plots.drawn == [record]
    assert plots.loss.run_number == 1  # the same run, not a second one
    assert drawn(window) == growing
    assert "Test accuracy 80.00 %" in window.training.results.summary.text()


def test_a_run_that_never_started_leaves_no_curves(window, qtbot):
    model = window.project.model
    window.show_training()
    qtbot.waitUntil(lambda: on_screen(window.training.plots.loss))
    model.add_run(RunRecord(epochs=[{"loss": 1.0}, {"loss": 0.5}], label="saved"))
    before = drawn(window)
    model.begin_run(RunRecord(label="doomed"))
    model.grow_run(batches=[(0.25, 1.2, None)])
    model.end_run(None)  # the dataset could not be read, say
    assert drawn(window) == before
    assert window.training.plots.loss.run_number == 1
    assert np.allclose(before["lossPlot", "epoch"][1], [1.0, 0.5])


@pytest.mark.slow
def test_a_start_that_failed_leaves_no_run_behind(window, qtbot, dialogs, tmp_path):
    """A start whose data did not fit the network used to leave an empty "run 2" in the
    plots, so the next run was called run 3 live and run 2 once the project was reopened."""
    panel = setup_xor(window, epochs=2, lr=0.5)
    window.show_training()
    with qtbot.waitSignal(panel.trained, timeout=60_000):
        assert panel.start()
    wait_for(qtbot, lambda: not panel.session.running)
    window.document.edit("shape", lambda spec: setattr(spec, "input_shape", [3]))
    with qtbot.waitSignal(panel.session.setup_failed, timeout=60_000):
        assert panel.start()
    wait_for(qtbot, lambda: not panel.session.running)
    window.undo_action.trigger()
    with qtbot.waitSignal(panel.trained, timeout=60_000):
        assert panel.start()
    wait_for(qtbot, lambda: not panel.session.running)
    live = drawn(window)
    assert live["lossPlot", "title"].endswith("run 2")
    dialogs.save_path_answer = tmp_path / "xor.layerlab"
    assert window.files.save_as()
    window.files.new()
    assert window.files.open(tmp_path / "xor.layerlab")
    assert drawn(window) == live


def test_a_long_run_draws_its_epochs_as_a_line_without_markers(qtbot):
    """Markers show a short run's epochs; past 60 they would blur into the line and cost a
    rebuild of every marker at each redraw of a 1,000-epoch run."""
    from desktop.training.plots import MAX_MARKED, TrainingPlots

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show()
    qtbot.waitExposed(plots)
    loss = plots.loss
    loss.new_run("short")
    for epoch in range(1, 11):
        loss.add("epoch", epoch, 1 / epoch)
    loss.redraw()
    assert loss.curves["epoch"].opts["symbol"] == "o"
    for epoch in range(11, MAX_MARKED + 2):
        loss.add("epoch", epoch, 1 / epoch)
    loss.redraw()
    assert loss.curves["epoch"].opts["symbol"] is None
    assert len(loss.curves["epoch"].getData()[0]) == MAX_MARKED + 1
