"""The activation explorer draws Keras's curves and derivatives, marks a layer's actual
pre-activations on them, follows a LeakyReLU layer's slope, and shows softmax of a vector."""

import numpy as np
import pytest

from netcore.network.spec import LayerSpec, NetworkSpec
from tests.desktop.test_inside import inside  # noqa: F401 - the fixture

pytestmark = pytest.mark.slow


def test_curves_marks_and_softmax(inside):  # noqa: F811
    window = inside
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    view = window.inside.activations
    window.show_inside(view)
    assert view.objectName() == "activationExplorer"
    view.function.setCurrentText("sigmoid")
    z, g = view.g_curve.getData()
    _, d = view.d_curve.getData()
    middle = np.argmin(np.abs(z))
    assert g[middle] == pytest.approx(0.5, abs=1e-3) and d[middle] == pytest.approx(0.25, abs=1e-3)

    # the hidden layer's z for test example 2, computed from its weights, on the curve
    view.example.setValue(2)
    view.layer.setCurrentText("hidden")
    inspector = window.model_state.inspector()
    x = window.project.load_dataset().x_test[2]
    kernel, bias = inspector.weights()["hidden"]
    expected = x @ kernel + bias
    marks_x, marks_y = view.g_marks.getData()
    np.testing.assert_allclose(np.sort(marks_x), np.sort(expected), rtol=1e-5)
    activation = window.document.spec.layer("hidden").params["activation"]
    assert view.function.currentText() == activation
    outputs = {o.layer: o.values for o in inspector.outputs(x)}
    np.testing.assert_allclose(np.sort(marks_y), np.sort(outputs["hidden"]), rtol=1e-5)
    assert "hidden" in view.caption.text()

    # a LeakyReLU layer's own slope is taken, and the derivative left of 0 is that slope
    spec = NetworkSpec(
        "leaky",
        (2,),
        [
            LayerSpec("dense", "Dense", {"units": 4}),
            LayerSpec("leaky", "LeakyReLU", {"negative_slope": 0.1}),
            LayerSpec("out", "Dense", {"units": 1, "activation": "sigmoid"}),
        ],
    )
    window.project.new(spec)
    window.picker.select("xor")
    view.layer.setCurrentText("leaky")
    assert view.function.currentText() == "leaky_relu" and view.slope.value() == 0.1
    z, d = view.d_curve.getData()
    assert d[z < -0.5] == pytest.approx(0.1) and d[z > 0.5] == pytest.approx(1.0)

    view.softmax_input.setText("2 1 0.1")
    view.softmax_input.editingFinished.emit()
    assert "0.659, 0.242, 0.099" in view.softmax_text.text()
    view.softmax_input.setText("2 x")
    view.softmax_input.editingFinished.emit()
    assert "numbers separated by spaces" in view.softmax_text.text()
