"""Backprop by hand in the window: the numbers shown are TensorFlow's gradients of Keras's own
loss, revealed stage by stage with the formulas in the tooltips; applying the update gives the
weights that one training Step of batch size 1 on the same example gives."""

import numpy as np
import pytest

from netcore.project.model import WeightSource
from netcore.training.compiled import epoch_order
from tests.desktop.test_inside import inside  # noqa: F401 - the fixture
from tests.desktop.test_training_panel import wait_for

pytestmark = pytest.mark.slow


def keras_gradients(inspector, x, t):
    import keras
    import tensorflow as tf

    model = inspector.model
    with tf.GradientTape() as tape:
        loss = keras.losses.binary_crossentropy(t[None], model(x[None]))
    grads = tape.gradient(loss, model.trainable_variables)
    return float(loss[0]), {
        v.path: g.numpy() for v, g in zip(model.trainable_variables, grads, strict=True)
    }


def table(view):
    return {
        view.table.item(r, 0).text(): [
            view.table.item(r, c).text() for c in range(1, view.table.columnCount())
        ]
        for r in range(view.table.rowCount())
    }


def test_stages_show_tensorflows_numbers_with_their_formulas(inside, qtbot):  # noqa: F811
    window = inside
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    view = window.inside.backprop
    window.show_inside(view)
    assert view.objectName() == "backpropView"
    view.example.setValue(3)
    qtbot.waitUntil(lambda: view.step is not None)
    data = window.project.load_dataset()
    x, t = data.x_train[3].astype(np.float32), np.array([data.y_train[3]], np.float32)
    assert view.input_edit.text() == " ".join(f"{v:.4g}" for v in x)

    # the weights first: no forward numbers yet
    assert view.stage_label.text().startswith("1 of 6")
    assert (0, 0, "z") not in view.diagram.number_items
    assert table(view)["hidden: x1 → unit 1"][1] == ""
    view.next_button.click()  # forward
    assert (0, 0, "z") in view.diagram.number_items and (1, 0, "d") not in view.diagram.number_items
    view.next_button.click()  # loss
    loss, grads = keras_gradients(window.model_state.inspector(), x, t)
    assert f"L = {loss:.4g}" in view.loss_text.text()
    view.next_button.click()  # back through the output layer only
    assert (1, 0, "d") in view.diagram.number_items and (0, 0, "d") not in view.diagram.number_items
    view.next_button.click()  # ... and the hidden layer
    step = view.step
    hidden, out = step.layers
    # the tooltip writes δ = g'(z)·∂L/∂a with the numbers, and the product is the value shown
    tip = view.tooltip(0, 1, "d")
    assert f"{hidden.g_prime[1]:.4g}" in tip and f"{hidden.grad_a[1]:.4g}" in tip
    assert hidden.g_prime[1] * hidden.grad_a[1] == pytest.approx(hidden.delta[1], rel=1e-5)
    assert view.number(0, 1, "d") == f"δ = {hidden.delta[1]:.4g}"
    # ∂L/∂a of a hidden unit is the weights to the output times the output's δ
    assert f"{out.kernel[0, 0]:.4g}" in view.tooltip(0, 0, "grad_a")
    # the gradients in the table are Keras's, from its own loss on its own model
    rows = table(view)
    kernel = grads["hidden/kernel"]
    assert float(rows["hidden: x2 → unit 1"][1]) == pytest.approx(kernel[1, 0], rel=1e-3)
    assert float(rows["out: a2 → unit 1"][1]) == pytest.approx(grads["out/kernel"][1, 0], rel=1e-3)
    assert float(rows["out: bias of unit 1"][1]) == pytest.approx(grads["out/bias"][0], rel=1e-3)
    assert not view.apply_button.isEnabled()
    view.next_button.click()  # update
    rows = table(view)
    new = out.kernel[1, 0] - 0.1 * grads["out/kernel"][1, 0]
    assert view.rate.value() == pytest.approx(window.project.training.lr)
    assert float(rows["out: a2 → unit 1"][3]) == pytest.approx(new, rel=1e-3)
    assert "w ← w − α·∂L/∂w" in view.table.item(6, 4).toolTip()
    assert not view.next_button.isEnabled() and view.apply_button.isEnabled()

    # a typing mistake says so and keeps the last good step
    view.input_edit.setText("1 two")
    view.input_edit.editingFinished.emit()
    assert "numbers separated by spaces" in view.input_message.text()
    assert view.body.isVisible()
    view.input_edit.setText("1 2 3")
    view.input_edit.editingFinished.emit()
    assert "the network takes 2" in view.input_message.text()
    # a network that is not dense gets the reason instead
    window.files.new_from_template("lenet5")
    assert "Dense layers only" in view.message.text() and view.message.isVisible()


def test_apply_equals_one_training_step_of_batch_size_one(inside, qtbot):  # noqa: F811
    window = inside
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    panel = window.training
    panel.settings.optimizer.setCurrentText("sgd")
    panel.settings.learning_rate.setValue(0.5)
    panel.settings.batch.setCurrentText("1")
    panel.settings.validation.setValue(0.0)
    panel.settings.epochs.setValue(1)
    panel.settings.initial.setCurrentIndex(panel.settings.initial.findData("hand"))
    start = window.model_state.inspector().weights()
    window.model_state.set_hand_weights(start)

    view = window.inside.backprop
    window.show_inside(view)
    n = len(window.project.load_dataset().x_train)
    first = int(epoch_order(panel.settings.seed.value(), 0, n)[0])  # training's first example
    view.example.setValue(first)
    qtbot.waitUntil(lambda: view.step is not None)
    assert view.rate.value() == 0.5
    view.go_to(5)
    before = view.step.loss
    view.apply_button.click()
    by_hand = window.project.weights
    assert window.project.weight_source is WeightSource.HAND_SET
    assert "backprop step" in view.source_label.text()
    assert view.stage == 0 and view.step.loss < before  # the same example fits better

    window.model_state.set_hand_weights(start)  # back to the start, then one real Step
    panel.controls.step_unit.setCurrentIndex(0)
    panel.step_button.click()
    wait_for(qtbot, lambda: window.project.weight_source is WeightSource.TRAINING)
    trained = window.project.weights
    for layer in ("hidden", "out"):
        for a, b in zip(by_hand[layer], trained[layer], strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)
    panel.stop()
    wait_for(qtbot, lambda: not panel.session.running)


def drawn_texts(view):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    return [i for i in view.diagram_scene.items() if isinstance(i, QGraphicsSimpleTextItem)]


def test_a_lesson_step_hides_the_numbers_until_answered(inside, qtbot):  # noqa: F811
    window = inside
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    view = window.inside.backprop
    window.show_inside(view)
    qtbot.waitUntil(lambda: view.step is not None)
    view.set_hidden({"backprop_values"})
    for _ in range(6):
        view.next_button.click()  # to the update: everything would show
    assert view.number(1, 0, "d") == "δ = ?" and view.number(0, 0, "z") == "z = ?"
    assert not view.tooltip(1, 0, "d")
    assert "hidden" in view.loss_text.text()
    assert {row[1] for row in table(view).values()} == {"?"}
    view.set_hidden(set())
    assert view.number(1, 0, "d") != "δ = ?" and "L = " in view.loss_text.text()


def test_in_the_lessons_workspace_the_drawing_is_in_sight_and_readable(inside, qtbot):  # noqa: F811
    window = inside
    window.appearance.set_presentation(True)
    window.showNormal()
    window.resize(1280, 720)
    window.show_lessons()
    window.lessons.start("backprop")
    window.lessons.go_to(2)  # "Deltas through a real network": the XOR network, backprop by hand
    view = window.inside.backprop
    assert window.inside.currentWidget() is view
    qtbot.waitUntil(lambda: view.step is not None)
    view.next_button.click()
    qtbot.wait(50)
    scale = view.view.transform().m11()
    smallest = min(i.font().pixelSize() for i in drawn_texts(view)) * scale
    assert smallest >= 14
    # the drawing is on the screen, not below the fold of its dock
    top = view.view.mapTo(window, view.view.rect().topLeft()).y()
    visible = view.view.visibleRegion().boundingRect()
    assert top < 720 - 200 and visible.height() >= 180
    # the view asks for no more width than the dock has (the rate and Apply were cut off)
    assert view.minimumSizeHint().width() <= window.inside_dock.width() - 40
