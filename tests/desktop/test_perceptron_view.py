"""The perceptron rule in the window: one example at a time, each update written out, the
boundary following; AND converges, XOR cycles for ever, and the status says which."""

import numpy as np
import pytest

from netcore.project.model import WeightSource
from tests.desktop.test_inside import inside  # noqa: F401 - the fixture

pytestmark = pytest.mark.slow


def test_and_converges_and_xor_cycles(inside, qtbot):  # noqa: F811
    window = inside
    window.files.new_from_template("perceptron-and")
    window.picker.select("and_gate")
    view = window.inside.perceptron
    window.show_inside(view)
    assert view.objectName() == "perceptronRule"
    assert view.body.isVisible(), view.message.text()

    # a sigmoid unit says class 1 only above its line: at (0, 0) it says 0, as AND does
    view.step_button.click()
    assert view.log.count() == 1
    assert "h(x) = 0 — right, nothing changes" in view.log.item(0).text()
    for _ in range(3):  # (0, 1) and (1, 0) are right; (1, 1) is wrong
        view.step_button.click()
    assert "h(x) = 0 — wrong" in view.log.item(3).text()
    assert window.project.weight_source is WeightSource.HAND_SET
    kernel, bias = window.project.weights["neuron"]
    assert kernel.ravel().tolist() == [1.0, 1.0] and bias.tolist() == [1.0]
    assert "perceptron rule: epoch 1, example 4" in view.source_label.text()
    assert view.status.text().startswith("Epoch 1: 1 mistake")
    before = view.boundary.boundary.predicted.copy()

    view.end_button.click()
    assert view.status.text().startswith("✓ Converged")
    after = view.boundary.boundary.predicted
    assert not np.array_equal(before, after)  # the colours moved, and the line w·x + b = 0
    xs, ys = view.line.getData()
    kernel, bias = window.project.weights["neuron"]
    assert len(xs) > 10
    np.testing.assert_allclose(kernel[0, 0] * xs + kernel[1, 0] * ys + bias[0], 0, atol=1e-6)
    assert "training accuracy 100.0 %" in view.boundary.caption.text()
    # the weights in the project solve AND
    kernel, bias = window.project.weights["neuron"]
    table = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    assert ((table @ kernel.ravel() + bias[0]) > 0).astype(int).tolist() == [0, 0, 0, 1]

    window.picker.select("xor_gate")  # a new dataset starts over
    assert view.log.count() == 0
    view.play_button.click()
    assert view.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: view.log.count() >= 2, timeout=5000)
    view.end_button.click()
    assert view.status.text().startswith("⟳ After epoch")
    assert "not linearly separable" in view.status.text()
    assert view.play_button.text() == "Play"

    window.files.new_from_template("xor-mlp")  # two layers: the reason, not a crash
    assert "one layer of one unit" in view.message.text()


def test_a_step_unit_trained_by_the_rule_computes_or_in_keras(inside):  # noqa: F811
    from netcore.network.spec import LayerSpec, NetworkSpec

    window = inside
    spec = NetworkSpec(
        "step perceptron", (2,), [LayerSpec("unit", "Dense", {"units": 1, "activation": "step"})]
    )
    window.project.new(spec)
    window.picker.select("or_gate")
    view = window.inside.perceptron
    window.show_inside(view)
    view.end_button.click()
    assert view.status.text().startswith("✓ Converged")
    table = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    # Keras's own step (1 only where z > 0) on the weights the rule left: OR
    out = window.model_state.inspector().predict(table).ravel()
    assert out.tolist() == [0.0, 1.0, 1.0, 1.0]


@pytest.fixture
def french_look():
    """French numbers; the application's font and colours back as they were afterwards."""
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import languages

    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    languages.install(app, "fr")
    yield
    languages.install(app, "en")
    app.setFont(font)
    app.setPalette(palette)


def test_the_diagram_takes_its_room_and_its_text_grows_with_it(qtbot):
    from desktop.inspect.perceptron_diagram import PerceptronDiagram

    diagram = PerceptronDiagram()
    qtbot.addWidget(diagram)
    diagram.show_unit([1.0, -0.5], 0.25)
    diagram.resize(200, 120)
    small = diagram.text_px()
    diagram.resize(900, 540)
    big = diagram.text_px()
    assert big >= 1.5 * small  # text grows with the drawing
    assert big <= 40  # up to a limit
    assert diagram.grab().width() == 900
    assert "w1 = 1; w2 = -0.5; b = 0.25" in diagram.describe()


def test_french_rate_and_numbers_and_a_readable_diagram_in_presentation(
    french_look,
    inside,  # noqa: F811 - the fixture
    qtbot,
):
    from tests.desktop.test_number_entry import type_into

    window = inside
    window.files.new_from_template("perceptron-and")
    window.picker.select("and_gate")
    view = window.inside.perceptron
    window.show_inside(view)
    type_into(qtbot, view.rate, "0.5")  # the dot in French: one half, not 5
    assert view.rate.value() == 0.5
    for _ in range(4):
        view.step_button.click()
    wrong = view.log.item(3).text()
    assert "0,5·(+1)" in wrong and "0.5" not in wrong, wrong
    assert "b = 0,5" in view.diagram.describe()
    # the drawing takes a good share of the view's height and grows with the window
    assert view.diagram.height() >= 0.25 * view.body.height()
    window.appearance.set_presentation(True)
    window.showNormal()
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    assert view.diagram.smallest_text_px() >= 14
    window.appearance.set_presentation(False)
