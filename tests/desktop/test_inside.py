"""The 'Inside the network' views show Keras's own numbers, follow the weights (training, hand
edits) and clear when the network is edited."""

import numpy as np
import pytest

from netcore.network.editing import set_param
from netcore.network.spec import LayerSpec, NetworkSpec
from netcore.project.model import WeightSource


@pytest.fixture
def inside(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()  # the app imports it in the background; here, before the views
    window.model_state.set_tensorflow_ready()
    return window


def keras_layer_outputs(model, x):
    import keras

    probe = keras.Model(model.inputs[0], [layer.output for layer in model.layers[1:]])
    return {layer.name: v[0] for layer, v in zip(model.layers[1:], probe(x[None]), strict=True)}


def test_filter_viewer_shows_conv_kernels_and_follows_new_weights(inside, qtbot):
    window = inside
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    window.show_inside(window.inside.filters)
    view = window.inside.filters
    qtbot.waitUntil(lambda: view.filters is not None)
    model = window.model_state.inspector().model
    kernel = model.get_layer("conv1").get_weights()[0]  # (5, 5, 1, 6)
    assert view.layer_choice.currentText() == "conv1"
    np.testing.assert_array_equal(view.shown_values()[3, 0], kernel[:, :, 0, 3])
    assert view.image.image().width() > 0
    assert "6 filters" in view.caption.text()
    # hover text names filter, position and value
    text = view._describe(1.0, 0.0)
    assert text.startswith("filter 1, row 1, column 2: weight ")
    assert float(text.rsplit(" ", 1)[1]) == pytest.approx(kernel[0, 1, 0, 0], abs=1e-4)

    # conv2: one column per filter, one row per input channel
    view.layer_choice.setCurrentText("conv2")
    assert view.shown_values().shape == (16, 6, 5, 5)
    assert view.layout_info.cols == 16 and view.layout_info.rows == 6
    kernel2 = model.get_layer("conv2").get_weights()[0]  # (5, 5, 6, 16)
    text = view._describe(3 * 6 + 1, 2 * 6 + 4)  # filter 4, channel 3, row 5, column 2
    assert text.startswith("filter 4, channel 3, row 5, column 2: weight ")
    assert float(text.rsplit(" ", 1)[1]) == pytest.approx(kernel2[4, 1, 2, 3], abs=1e-4)

    # new weights (as from a finished run) are shown at once
    weights = window.model_state.weights()
    weights["conv2"][0] = weights["conv2"][0] * 0 + 0.25
    window.project.set_weights(weights, WeightSource.TRAINED)
    assert np.all(view.shown_values() == 0.25)
    assert "Weights: trained" in view.source_label.text()

    # editing the network drops those weights and says so
    window.document.edit("filters", lambda spec: set_param(spec, "conv2", "filters", 8))
    assert view.shown_values().shape[0] == 8
    assert "network changed" in view.source_label.text()


def test_feature_maps_match_keras_layer_outputs(inside, qtbot):
    window = inside
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    view = window.inside.feature_maps
    window.show_inside(view)
    qtbot.waitUntil(lambda: bool(view.outputs))
    view.class_choice.setCurrentText("3")
    view.index.setValue(2)
    data = window.model_state.dataset()
    i = int(np.flatnonzero(data.y_test == 3)[2])
    assert view.input_label == f"test example {i}, labelled 3"
    expected = keras_layer_outputs(window.model_state.inspector().model, data.x_test[i])
    for o in view.outputs:
        np.testing.assert_allclose(o.values, expected[o.layer], rtol=1e-4, atol=1e-5)
    probs = view.outputs[-1].values
    assert view.outputs[-1].kind == "probabilities"
    assert f"Prediction: <b>{int(np.argmax(probs))}</b>" in view.prediction.text()
    bars = view.findChild(type(view._sections["out"][1]), "probabilities_out")
    assert bars.top() == int(np.argmax(probs))
    # the loss of this one example, as Keras computes it: softmax of the logits, −ln p(3)
    import keras

    cce = float(keras.losses.categorical_crossentropy(np.eye(10)[3][None], probs[None])[0])
    assert view.loss_line.objectName() == "featureLoss"
    assert f"p(3) = {probs[3]:.3g}" in view.loss_line.text()
    assert f"<b>{cce:.3g}</b>" in view.loss_line.text()
    # hovering a map tells map, position and value; clicking enlarges it
    conv = view.outputs[0]
    text = view._describe(conv.layer, 29 + 2, 3)  # map 2 (28 px + 1 gap), row 4, column 3
    assert text.startswith(f"{conv.layer}, map 2, row 4, column 3: ")
    view._enlarge(conv.layer, 29 + 2, 3)
    assert view.enlarged.windowTitle() == f"{conv.layer}: map 2 of 6"
    view.enlarged.close()
    # the clicked unit's receptive field, outlined on the input
    text = view.receptive.text()
    assert "row 4, column 3 sees rows 1–5, columns 0–4 of the input: a 5×5 field" in text
    picture = view.input_tile.image()
    assert picture.pixelColor(0, 1).red() == 230 and picture.pixelColor(2, 8).red() < 230
    view.show_receptive_field("conv2", 0, 0)
    assert "a 14×14 field, 12×12 of it inside the image" in view.receptive.text()


def test_feature_maps_for_a_branching_network(inside, qtbot):
    window = inside
    spec = NetworkSpec(
        name="branches",
        input_shape=[8, 8, 1],
        layers=[
            LayerSpec("a", "Conv2D", {"filters": 2, "kernel_size": 3, "padding": "same"}),
            LayerSpec("b", "Conv2D", {"filters": 3, "kernel_size": 1}, ["input"]),
            LayerSpec("cat", "Concatenate", {}, ["a", "b"]),
            LayerSpec("f", "Flatten", {}),
            LayerSpec("out", "Dense", {"units": 2, "activation": "softmax"}),
        ],
    )
    window.document.replace(spec)
    view = window.inside.feature_maps
    image = np.random.default_rng(0).random((8, 8, 1)).astype(np.float32)
    window.show_inside(view)
    view.set_external_input(image, "a random image")
    outputs = {o.layer: o for o in view.outputs}
    assert outputs["cat"].values.shape == (8, 8, 5)
    assert outputs["cat"].inputs == ["a", "b"]
    assert "← a, b" in view._sections["cat"][0].text()
    expected = keras_layer_outputs(window.model_state.inspector().model, image)
    np.testing.assert_allclose(outputs["cat"].values, expected["cat"], rtol=1e-5, atol=1e-6)


def test_decision_boundary_on_xor_with_hidden_unit_pictures(inside, qtbot):
    window = inside
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    view = window.inside.boundary
    window.show_inside(view)
    qtbot.waitUntil(lambda: view.boundary is not None)
    b = view.boundary
    assert b.output.shape == (100, 100)
    assert b.hidden["hidden"].shape == (100, 100, 2)
    assert sum(t.isVisible() for t in view.unit_tiles) == 2
    assert "Training accuracy" in view.caption.text()
    # the heat map is the network's own output at those points
    point = np.array([[b.xs[20], b.ys[70]]], dtype=np.float32)
    assert b.output[70, 20] == pytest.approx(
        float(window.model_state.inspector().predict(point)[0, 0]), abs=1e-5
    )
    # a network without 2 inputs gets a message, not a crash
    window.files.new_from_template("lenet5")
    assert "2 inputs" in view.message.text() and view.message.isVisible()


def xnor_spec():
    return NetworkSpec(
        name="XNOR by hand",
        input_shape=[2],
        layers=[
            LayerSpec("hidden", "Dense", {"units": 2, "activation": "step"}),
            LayerSpec("out", "Dense", {"units": 1, "activation": "step"}),
        ],
    )


def test_lecture_xnor_weights_by_hand_give_the_xnor_truth_table(inside, qtbot):
    window = inside
    window.document.replace(xnor_spec())
    window.picker.select("xnor_gate")
    editor = window.inside.weights
    window.show_inside(editor)
    qtbot.waitUntil(lambda: len(editor.spins) == 9)
    for label, value in {
        "hidden: w1→1": 2,
        "hidden: w2→1": -2,
        "hidden: bias 1": -1,
        "hidden: w1→2": -2,
        "hidden: w2→2": 2,
        "hidden: bias 2": -1,
        "out: w1→1": -2,
        "out: w2→1": -2,
        "out: bias 1": 1,
    }.items():
        editor.set_value(label, value)
    table = editor.truth_table()
    assert [row[:3] for row in table] == [
        ["0", "0", "1"],
        ["0", "1", "0"],
        ["1", "0", "0"],
        ["1", "1", "1"],
    ]
    assert [row[4] for row in table] == ["1", "0", "0", "1"]  # predicted = target
    assert editor.score.text() == "4 of 4 right — solved!"
    assert window.model_state.hand_set and "set by hand" in editor.source_label.text()
    # one wrong number and the table says so at once
    editor.set_value("out: bias 1", -1)
    assert editor.score.text() == "2 of 4 right"


def test_weights_by_hand_refused_for_big_networks_with_the_reason(inside):
    window = inside
    window.files.new_from_template("mnist-mlp-512")
    window.show_inside(window.inside.weights)
    assert "too many to set by hand" in window.inside.weights.message.text()
    assert not window.inside.weights.kernels.isVisible()


def test_a_sobel_kernel_set_by_hand_in_lenets_first_layer(inside, qtbot):
    """Conv kernels of a real network are typed or taken from the lecture's presets; the
    feature maps are Keras's convolution with that kernel."""
    import keras

    window = inside
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    editor = window.inside.weights.kernels
    window.show_inside(window.inside.weights)
    qtbot.waitUntil(editor.isVisible)
    # conv2 has 16 × 6 = 96 kernels: too many to offer one by one
    assert [editor.layer.itemText(i) for i in range(editor.layer.count())] == [
        "conv1: 6 kernels of 5×5"
    ]
    editor.filter.setValue(2)
    editor.set_kernel_text("Sobel x")
    kernel = window.model_state.inspector().weights()["conv1"][0][:, :, 0, 1]
    np.testing.assert_array_equal(kernel[1:4, 1:4], [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    assert kernel[0].sum() == 0 and editor.grid.item(2, 3).text() == "2"
    assert window.model_state.hand_set
    editor.grid.item(0, 0).setText("0.5")  # typed in a cell
    kernel = window.model_state.inspector().weights()["conv1"][0][:, :, 0, 1]
    assert kernel[0, 0] == 0.5
    editor.maps_button.click()
    view = window.inside.feature_maps
    assert window.inside.currentWidget() is view
    qtbot.waitUntil(lambda: bool(view.outputs))
    bias = window.model_state.inspector().weights()["conv1"][1][1]
    x = view.input[None]
    layer = keras.layers.Conv2D(1, 5, padding="same", activation="relu")
    layer.build(x.shape)
    layer.set_weights([kernel[:, :, None, None], np.array([bias])])
    np.testing.assert_allclose(
        view.outputs[0].values[..., 1], np.asarray(layer(x))[0, ..., 0], atol=1e-5
    )


@pytest.mark.slow
def test_training_continues_from_hand_set_weights(inside, qtbot):
    window = inside
    window.files.new_from_template("perceptron-and")
    window.picker.select("and_gate")
    editor = window.inside.weights
    window.show_inside(editor)
    qtbot.waitUntil(lambda: len(editor.spins) == 3)
    for label, value in {"neuron: w1→1": 4, "neuron: w2→1": 4, "neuron: bias 1": -6}.items():
        editor.set_value(label, value)
    assert editor.score.text() == "4 of 4 right — solved!"
    panel = window.training
    panel.settings.initial.setCurrentText("as set by hand")
    panel.settings.optimizer.setCurrentText("sgd")
    panel.settings.learning_rate.setValue(0.001)
    panel.settings.epochs.setValue(2)
    panel.settings.validation.setValue(0.0)
    with qtbot.waitSignal(panel.trained, timeout=60_000) as blocker:
        assert panel.start()
    weights = blocker.args[0].weights["neuron"]
    np.testing.assert_allclose(weights[0].ravel(), [4, 4], atol=0.05)  # started from the hand-set
    assert weights[1][0] == pytest.approx(-6, abs=0.05)
    qtbot.waitUntil(lambda: not panel.session.running)
    assert window.model_state.source.startswith("trained")


@pytest.mark.slow
def test_views_follow_live_weight_snapshots_while_training(inside, qtbot):
    window = inside
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    view = window.inside.boundary
    window.show_inside(view)
    panel = window.training
    panel.settings.epochs.setValue(400)
    panel.settings.batch.setCurrentText("8")
    with qtbot.waitSignal(panel.session.running_changed, timeout=5000):
        assert panel.start()
    qtbot.waitUntil(lambda: window.model_state.source.startswith("training: epoch"), timeout=30_000)
    first = view.boundary.output.copy()
    qtbot.waitUntil(lambda: not np.allclose(view.boundary.output, first), timeout=30_000)
    with qtbot.waitSignal(panel.trained, timeout=60_000):
        panel.stop()
    qtbot.waitUntil(lambda: not panel.session.running)


def test_every_view_copes_with_a_unet_on_ink_masks(inside, qtbot):
    """A segmentation network and dataset: the views show what they can, the others say why,
    none fails."""
    window = inside
    window.files.new_from_template("unet")
    window.picker.select("mnist_ink")
    assert window.project.load_dataset().task == "segmentation"
    for index in range(window.inside.count()):
        view = window.inside.widget(index)
        window.show_inside(view)
        qtbot.wait(30)
    maps = window.inside.feature_maps
    window.show_inside(maps)
    qtbot.waitUntil(lambda: bool(maps.outputs))
    assert maps.outputs[-1].values.shape == (28, 28, 1) and maps.loss_line.text() == ""
    assert "Output: a 28×28 map" in maps.prediction.text()
    assert window.inside.weights.kernels.isVisibleTo(window.inside.weights) or (
        window.inside.weights.message.text()
    )
