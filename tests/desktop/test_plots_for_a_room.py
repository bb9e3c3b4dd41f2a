"""Plots a class can read and a training panel that says what happened (issue [4/8]): a flat
loss drawn flat, markers only on a few points, legends off the curves, thicker lines and larger
text in presentation mode, tick numbers in the user's language, the results beside or under the
plots so nothing leaves the panel, and words that match the run (stopped is not done)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.training.plots import MetricPlot, TrainingPlots
from desktop.widgets.plotstyle import LocaleAxis, restyle_plots
from netcore.training.events import Finished
from netcore.training.history import RunRecord


@pytest.fixture
def plot(qtbot):
    widget = MetricPlot("lossPlot", "Loss")
    qtbot.addWidget(widget)
    widget.resize(500, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill(plot, values, run="sgd lr 0.1") -> None:
    plot.new_run(run)
    for epoch, value in enumerate(values, 1):
        plot.add_epoch_row("loss", epoch, {"loss": value})
    plot.redraw()
    QApplication.processEvents()


def y_span(plot) -> float:
    low, high = plot.getPlotItem().vb.viewRange()[1]
    return high - low


def test_a_flat_loss_is_drawn_flat_not_as_noise(plot):
    """After one Step the loss moved by 1.5e-6: the axis must not zoom into that noise."""
    fill(plot, [0.6596335, 0.6596350, 0.6596340])
    assert y_span(plot) >= 0.01  # 2 % of the value at least: the line lies flat in the plot


def test_a_flat_saved_run_is_flat_too(plot):
    """A saved run is auto-ranged by pyqtgraph: the same minimum span holds."""
    fill(plot, 0.6596335 + 1e-7 * np.arange(200) % 3e-7)
    plot.getPlotItem().vb.enableAutoRange(y=True)
    plot.getPlotItem().vb.updateAutoRange()
    QApplication.processEvents()
    assert y_span(plot) >= 0.01


def test_markers_only_on_a_few_points(plot):
    fill(plot, np.linspace(1.0, 0.5, 8))
    assert plot.curves["epoch"].opts["symbol"] is not None  # 8 epochs: each one seen
    fill(plot, np.linspace(1.0, 0.2, 200), run="second")
    assert plot.curves["epoch"].opts["symbol"] is None  # 200: a line, not a smear


def test_the_legend_is_not_over_the_curves(plot):
    fill(plot, np.linspace(1.0, 0.5, 20))
    fill(plot, np.linspace(0.9, 0.3, 20), run="adam lr 0.01")
    # the curves' key is above the plot, out of its drawing (no legend item over the curves)
    assert plot.getPlotItem().legend is None
    assert plot.legend_names() == ["train", "validation"]
    assert "train" in plot.heading.text() and "validation" in plot.heading.text()
    # the earlier run is named at the end of its curve, not in the key
    assert not any("run 1" in name for name in plot.legend_names())
    assert [tag.textItem.toPlainText() for tag in plot.run_tags] == ["run 1"]


def test_presentation_thickens_lines_and_enlarges_the_text(plot):
    fill(plot, np.linspace(1.0, 0.5, 20))
    width = plot.curves["epoch"].opts["pen"].widthF()
    app = QApplication.instance()
    font = app.font()
    big = app.font()
    big.setPointSizeF(14)  # presentation mode's text size
    app.setFont(big)
    try:
        restyle_plots(plot, 2.0)
        assert plot.curves["epoch"].opts["pen"].widthF() == pytest.approx(2 * width)
        tick = plot.getPlotItem().getAxis("bottom").style["tickFont"]
        assert QFontInfo(tick).pixelSize() >= 14
        # the title and the key are in the window's font (the audit measures them shown)
        assert "size" not in plot.heading.text() and not plot.heading.testAttribute(
            Qt.WidgetAttribute.WA_SetFont
        )
    finally:
        app.setFont(font)


def test_tick_numbers_in_the_users_language():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        axis = LocaleAxis("left")
        assert axis.tickStrings([0.5, 1.0], 1.0, 0.5) == ["0,5", "1,0"]
    finally:
        QLocale.setDefault(before)


def test_the_axis_titles_go_through_translation(plot):
    assert plot.getPlotItem().getAxis("bottom").labelText == plot.tr("epoch")


# --------------------------------------------------------------------------- the panel


def finished_run(window) -> None:
    """A run that ended without training (its record added as a run the way a load does)."""
    model = window.project.model
    record = RunRecord(config={"epochs": 3}, label="sgd", dataset="Spirals")
    model.begin_run(record)
    model.grow_run(epochs=[{"loss": 0.7, "accuracy": 0.5}])
    end = RunRecord(epochs=[{"loss": 0.7, "accuracy": 0.5}], test={"accuracy": 0.5, "loss": 0.7},
                    config=record.config, label="sgd", dataset="Spirals")  # fmt: skip
    model.end_run(end)


def test_a_run_never_saved_is_not_called_saved(window):
    finished_run(window)
    text = window.training.results.summary.text()
    assert "Saved" not in text and "Test accuracy" in text


def test_a_stopped_run_says_stopped_with_the_epochs_it_trained(window):
    panel = window.training
    panel._steps, panel._epochs = 9, 10
    panel.progress.setRange(0, 90)
    panel.progress.setValue(4)  # four batches of the first epoch
    panel._show_finished(Finished(reason="stopped", message="stopped", history=[], test=None))
    shown = panel.progress.format() + " " + panel.progress_text.text()
    assert "done" not in shown and "Finished" not in shown
    assert "0 epoch" not in shown
    assert "stopped" in shown.lower() and "0.44" in shown


def test_a_completed_run_says_done(window):
    panel = window.training
    panel._steps, panel._epochs = 9, 2
    panel.progress.setRange(0, 18)
    history = [{"loss": 1.0}, {"loss": 0.5}]
    panel._show_finished(Finished(reason="completed", message="", history=history, test=None))
    assert "2 epoch" in panel.progress.format() and "Finished" in panel.progress_text.text()


@pytest.mark.parametrize("width", [560, 760, 1300])
def test_the_training_panel_never_scrolls_sideways(window, qtbot, width):
    """Whatever the room (a projector's dock, a desktop's), the plots and the results fit it:
    the results go under the plots rather than off the panel's right edge."""
    window.workspaces.switch("train")
    finished_run(window)
    scroller = window.training_dock.widget()
    assert isinstance(scroller, QScrollArea)
    window.resize(width + 320, 720)
    qtbot.waitUntil(lambda: abs(scroller.viewport().width() - (width + 320) * 0.78) < 400)
    QApplication.processEvents()
    panel = window.training
    assert panel.width() <= scroller.viewport().width() + 1, (panel.width(), width)
    for part in (panel.plots.loss, panel.results.summary, panel.results.matrix):
        assert part.isVisible() and part.width() > 0


def test_plots_alone_keep_their_buttons_in_reach(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_compact(True)
    plots.resize(300, 400)
    plots.show()
    assert plots.minimumSizeHint().width() <= plots.row_width()


def test_titles_and_legends_wrap_above_narrow_plots(qtbot):
    """French presentation mode at 1280×720: the plots' own titles and four-column legends
    needed 303 and 344 px and got 254; the view clipped them at the right."""
    from PySide6.QtCore import Qt

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(400, 260)
    plots.show()
    qtbot.waitExposed(plots)
    plots.new_run("sgd lr 0.1, batch 32")
    for epoch in range(1, 6):
        row = {"loss": 1 / epoch, "val_loss": 1.1 / epoch, "accuracy": 0.5, "val_accuracy": 0.4}
        plots.loss.add_epoch_row("loss", epoch, row)
        plots.accuracy.add_epoch_row("accuracy", epoch, row)
    plots.redraw()
    QApplication.processEvents()
    for plot in (plots.loss, plots.accuracy):
        need = plot.getPlotItem().effectiveSizeHint(Qt.SizeHint.MinimumSize)
        assert need.width() <= plot.width() and need.height() <= plot.height(), (
            plot.objectName(), need, plot.size(),
        )  # fmt: skip
        heading = plot.heading  # the title and the curves' names, above the plot: they wrap
        assert heading.isVisible() and heading.wordWrap()
        assert "run 1" in heading.text() and "validation" in heading.text()
        assert heading.heightForWidth(plot.width()) <= heading.height() + 1
