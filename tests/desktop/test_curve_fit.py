"""The fitted curve on the noisy sine: the network's own output over the input range, redrawn
while training; sixteen hidden units fit the sine, one cannot."""

import numpy as np
import pytest

from tests.desktop.test_inside import inside  # noqa: F401 - the fixture
from tests.desktop.test_training_panel import wait_for

pytestmark = pytest.mark.slow


def train(window, qtbot, epochs):
    panel = window.training
    panel.settings.optimizer.setCurrentText("adam")
    panel.settings.learning_rate.setValue(0.02)
    panel.settings.epochs.setValue(epochs)
    with qtbot.waitSignal(panel.trained, timeout=120_000):
        assert panel.start()
    wait_for(qtbot, lambda: not panel.session.running)


def test_the_curve_follows_training_and_more_units_fit_better(inside, qtbot):  # noqa: F811
    window = inside
    window.files.new_from_template("sine-mlp")
    window.picker.select("sine")
    view = window.inside.curve_fit
    window.show_inside(view)
    assert view.objectName() == "curveFitView"
    assert view.body.isVisible(), view.message.text()
    xs, ys = view.curve.getData()
    inspector = window.model_state.inspector()
    np.testing.assert_allclose(ys, inspector.predict(xs[:, None])[:, 0], rtol=1e-5, atol=1e-6)
    before = ys.copy()

    train(window, qtbot, 300)
    xs, ys = view.curve.getData()
    assert not np.allclose(ys, before)  # redrawn with the trained weights
    inner = np.abs(xs) <= 1
    wide_error = float(np.mean((ys[inner] - np.sin(np.pi * xs[inner])) ** 2))
    assert wide_error < 0.05, wide_error
    assert "16 hidden unit(s)" in view.caption.text()

    spec = window.document.spec.copy()
    spec.layer("hidden").params["units"] = 1
    window.project.new(spec)
    window.picker.select("sine")
    train(window, qtbot, 300)
    xs, ys = view.curve.getData()
    narrow_error = float(np.mean((ys[inner] - np.sin(np.pi * xs[inner])) ** 2))
    assert narrow_error > 2 * wide_error
    assert "1 hidden unit(s)" in view.caption.text()

    window.files.new_from_template("xor-mlp")  # two inputs: the reason
    assert "one input" in view.message.text()
