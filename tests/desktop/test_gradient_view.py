"""Gradients while training: the strip shows the deep sigmoid stack's first layers getting far
smaller gradients than its last, the ReLU stack does not; histograms over epochs fill in."""

import numpy as np
import pytest

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
