"""What a unit wants in the window: one unit's pattern and the grid of a layer, in the
background, with the test images that excite the unit most."""

import pytest

pytestmark = pytest.mark.slow


def test_patterns_for_a_unit_and_a_layer(window, qtbot):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    view = window.inside.maximization
    window.show_inside(view)
    assert view.objectName() == "activationMaximization"
    view.layer.setCurrentText("conv1")
    assert view.unit.maximum() == 5
    view.unit.setValue(2)
    view.steps.setValue(30)
    view.run_button.click()
    qtbot.waitUntil(lambda: not view.job.running, timeout=60_000)
    assert view.images.shape == (1, 28, 28, 1) and view.tile.image() is not None
    assert "conv1</b>, unit 2" in view.caption.text() and len(view.top_indices) == 8
    view.all_units.setChecked(True)
    view.run_button.click()
    qtbot.waitUntil(lambda: not view.job.running, timeout=60_000)
    assert view.images.shape == (6, 28, 28, 1) and "all 6 units" in view.caption.text()
