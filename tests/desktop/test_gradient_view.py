"""Gradients while training: the strip shows the deep sigmoid stack's first layers getting far
smaller gradients than its last, the ReLU stack does not; histograms over epochs fill in."""

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from tests.desktop.test_training_panel import wait_for

pytestmark = pytest.mark.slow


def train_with_view_open(window, qtbot, preset):
    window.files.new_from_template(preset)
    window.picker.select("spirals")
    panel = window.training
    panel.settings.epochs.setValue(100_000)
    view = window.inside.gradients
    window.show_inside(view)
    assert view.objectName() == "gradientView"
    with qtbot.waitSignal(panel.session.running_changed, timeout=10_000):
        assert panel.start()
    wait_for(qtbot, lambda: len(view.history.sizes.get("out", [])) >= 6)
    panel.stop()
    wait_for(qtbot, lambda: not panel.session.running)
    return view


def test_the_strip_shows_vanishing_gradients_in_a_sigmoid_stack(window, qtbot):
    view = train_with_view_open(window, qtbot, "deep-sigmoid")
    sizes = view.strip_values()
    names = view.history.layers
    assert names[0] == "hidden1" and names[-1] == "out" and len(names) == 11
    assert sizes["hidden1"] * 10 <= sizes["out"]
    assert sizes["hidden1"] < sizes["hidden5"] < sizes["hidden10"]
    # the bars are the log10 of those sizes
    heights = view.bars.opts["height"] + view.bars.opts["y0"]
    np.testing.assert_allclose(heights[-1], np.log10(sizes["out"]), rtol=1e-6)
    assert "×" in view.caption.text()
    # histograms over epochs of the chosen layer: one row per reading
    epochs, edges, rows = view.history.gradients["hidden1"].image()
    assert rows.shape[0] == len(epochs) >= 6 and epochs[-1] > epochs[0]
    assert view.weight_image.image is not None and view.gradient_image.image is not None
    assert view.layer_combo.currentText() == "hidden1"

    view2 = train_with_view_open(window, qtbot, "deep-relu")  # a new run starts a new history
    relu = view2.strip_values()
    assert relu["hidden1"] * 10 > relu["out"]  # no vanishing with ReLU


def test_the_view_asks_for_gradients_only_while_on_screen_and_at_most_four_times_a_second(
    window, qtbot
):
    """The view paces its requests with the window's one throttle: it asks after each report has
    been drawn, never faster than REQUEST_MS, and nothing while it is hidden (no polling timer
    keeps running in the background)."""
    from desktop.inspect import gradients

    window.files.new_from_template("deep-relu")
    window.picker.select("spirals")
    panel = window.training
    panel.settings.epochs.setValue(100_000)
    view = window.inside.gradients
    window.workspaces.switch("design")  # the Inside view is not on screen
    asked: list[float] = []
    import time

    with qtbot.waitSignal(panel.session.running_changed, timeout=10_000):
        assert panel.start()
    control = panel.session.control
    original = control.request_gradients

    def counting():
        asked.append(time.perf_counter())
        original()

    control.request_gradients = counting
    qtbot.wait(800)
    assert asked == []  # hidden: not one request
    assert not [t for t in view.findChildren(QTimer) if t.isActive()]
    window.show_inside(view)
    wait_for(qtbot, lambda: len(asked) >= 5)
    panel.stop()
    wait_for(qtbot, lambda: not panel.session.running)
    gaps = np.diff(asked)
    assert gaps.min() >= gradients.REQUEST_MS / 1000 * 0.9
    count = len(asked)
    qtbot.wait(600)
    assert len(asked) == count  # the run ended: no more requests
