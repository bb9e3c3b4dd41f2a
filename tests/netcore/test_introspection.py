"""The arrays the viewers draw are Keras's own weights and layer outputs."""

import numpy as np
import pytest

from netcore.datasets.toys import make_gate
from netcore.introspection import InspectError, Inspector, hand_editable, plane_extent
from netcore.network.spec import load
from netcore.resources import preset_paths
from tests.netcore.helpers import make_spec


def small_cnn():
    return make_spec(
        [8, 8, 1],
        ("c1", "Conv2D", {"filters": 3, "kernel_size": 3, "activation": "relu"}),
        ("p1", "MaxPooling2D", {"pool_size": 2}),
        ("f", "Flatten", {}),
        ("out", "Dense", {"units": 4, "activation": "softmax"}),
    )


def test_every_layer_output_matches_keras_intermediate_model():
    import keras

    inspector = Inspector(small_cnn(), seed=3)
    x = np.random.default_rng(0).random((8, 8, 1), dtype=np.float32)
    outputs = inspector.outputs(x)
    assert [o.layer for o in outputs] == ["c1", "p1", "f", "out"]
    assert [o.kind for o in outputs] == ["maps", "maps", "vector", "probabilities"]
    model = inspector.model
    for o in outputs:
        probe = keras.Model(model.inputs[0], model.get_layer(o.layer).output)
        expected = probe.predict(x[None], verbose=0)[0]
        np.testing.assert_allclose(o.values, expected, rtol=1e-5, atol=1e-6)
    assert outputs[-1].values.sum() == pytest.approx(1.0, abs=1e-5)


def test_conv_filters_are_the_kernel_per_output_and_input_channel():
    spec = make_spec(
        [6, 6, 2],
        ("c1", "Conv2D", {"filters": 4, "kernel_size": [3, 2]}),
        ("f", "Flatten", {}),
        ("out", "Dense", {"units": 2, "activation": "softmax"}),
    )
    inspector = Inspector(spec)
    kernel = inspector.model.get_layer("c1").get_weights()[0]  # (3, 2, 2, 4)
    filters = inspector.filters("c1")
    assert filters.images.shape == (4, 2, 3, 2) and not filters.colour
    np.testing.assert_array_equal(filters.images[2, 1], kernel[:, :, 1, 2])
    assert filters.limit == pytest.approx(np.abs(kernel).max())
    np.testing.assert_allclose(filters.per_filter_limit[0], np.abs(kernel[..., 0]).max())


def test_colour_first_layer_kernels_are_rgb_tiles():
    spec = make_spec([8, 8, 3], ("c1", "Conv2D", {"filters": 2, "kernel_size": 3}))
    filters = Inspector(spec).filters("c1")
    kernel = Inspector(spec).model.get_layer("c1").get_weights()[0]
    assert filters.colour and filters.images.shape == (2, 1, 3, 3, 3)
    np.testing.assert_array_equal(filters.images[1, 0], kernel[..., 1])


def test_dense_after_flatten_shows_each_unit_as_an_image_template():
    spec = load(preset_paths()["mnist-mlp-512"])
    inspector = Inspector(spec)
    layers = inspector.viewable_layers()
    first = layers[0]
    filters = inspector.filters(first)
    kernel = inspector.model.get_layer(first).get_weights()[0]  # (784, 512)
    assert filters.kind == "template" and filters.images.shape == (512, 1, 28, 28)
    np.testing.assert_array_equal(filters.images[7, 0].ravel(), kernel[:, 7])
    # the second hidden layer is fed by units, not pixels: not viewable as images
    assert len(layers) == 1
    with pytest.raises(InspectError, match="Conv2D layer or a Dense layer right after Flatten"):
        inspector.filters(inspector.hidden_dense_layers()[1])


def test_weights_snapshot_round_trip_and_shape_mismatch_is_named():
    inspector = Inspector(small_cnn(), seed=1)
    other = Inspector(small_cnn(), seed=2)
    x = np.random.default_rng(1).random((2, 8, 8, 1), dtype=np.float32)
    assert not np.allclose(inspector.predict(x), other.predict(x))
    other.set_weights(inspector.weights())
    np.testing.assert_allclose(inspector.predict(x), other.predict(x), rtol=1e-6)
    with pytest.raises(InspectError, match="layer 'c1'"):
        other.set_weights({"c1": [np.zeros((5, 5, 1, 3)), np.zeros(3)]})


def test_wrong_input_shape_is_refused_with_both_shapes():
    with pytest.raises(InspectError, match=r"\(28, 28, 1\).*\(8, 8, 1\)"):
        Inspector(small_cnn()).outputs(np.zeros((28, 28, 1)))


def test_decision_boundary_grid_matches_predictions_and_hidden_units():
    spec = load(preset_paths()["xor-mlp"])
    inspector = Inspector(spec, seed=0)
    boundary = inspector.boundary((-1, 2, -1, 2), n=50)
    assert boundary.output.shape == (50, 50)
    # row j, column i is the point (xs[i], ys[j])
    point = np.array([[boundary.xs[10], boundary.ys[30]]], dtype=np.float32)
    assert boundary.output[30, 10] == pytest.approx(float(inspector.predict(point)[0, 0]), abs=1e-5)
    assert set(boundary.hidden) == {"hidden"} and boundary.hidden["hidden"].shape == (50, 50, 2)
    assert set(np.unique(boundary.predicted)) <= {0, 1}
    with pytest.raises(InspectError, match="2 inputs"):
        Inspector(small_cnn()).boundary((0, 1, 0, 1))


def test_plane_extent_has_margin():
    x0, x1, y0, y1 = plane_extent(np.array([[0.0, 0.0], [1.0, 2.0]]))
    assert x0 < 0 < 1 < x1 and y0 < 0 < 2 < y1


def truth_table(inspector, gate):
    data = make_gate(gate)
    out = inspector.predict(data.x_test)[:, 0]
    return (out > 0.5).astype(int).tolist(), data.y_test.tolist()


@pytest.mark.parametrize(
    ("gate", "w", "b"),
    [("and_gate", [2, 2], -3), ("or_gate", [2, 2], -1), ("nand_gate", [-2, -2], 3)],
)
def test_one_step_unit_makes_and_or_nand(gate, w, b):
    spec = make_spec([2], ("neuron", "Dense", {"units": 1, "activation": "step"}))
    inspector = Inspector(spec)
    for slot, value in zip(hand_editable(spec), [*w, b], strict=True):
        inspector.set_weight(slot.layer, slot.array, slot.index, value)
    got, want = truth_table(inspector, gate)
    assert got == want


def test_not_with_one_unit():
    spec = make_spec([1], ("neuron", "Dense", {"units": 1, "activation": "step"}))
    inspector = Inspector(spec)
    inspector.set_weights({"neuron": [np.array([[-2.0]]), np.array([1.0])]})
    got, want = truth_table(inspector, "not_gate")
    assert got == want == [1, 0]


def test_lecture_xor_and_xnor_weights_plus_minus_two_bias_minus_one():
    spec = make_spec(
        [2],
        ("hidden", "Dense", {"units": 2, "activation": "step"}),
        ("out", "Dense", {"units": 1, "activation": "step"}),
    )
    slots = hand_editable(spec)
    assert [s.label for s in slots][:3] == ["hidden: w1→1", "hidden: w2→1", "hidden: bias 1"]
    assert len(slots) == 9
    inspector = Inspector(spec)
    hidden = [np.array([[2.0, -2.0], [-2.0, 2.0]]), np.array([-1.0, -1.0])]
    inspector.set_weights({"hidden": hidden, "out": [np.array([[2.0], [2.0]]), np.array([-1.0])]})
    got, want = truth_table(inspector, "xor_gate")
    assert got == want == [0, 1, 1, 0]
    inspector.set_weights({"out": [np.array([[-2.0], [-2.0]]), np.array([1.0])]})
    got, want = truth_table(inspector, "xnor_gate")
    assert got == want == [1, 0, 0, 1]


def test_hand_editing_refuses_big_or_non_dense_networks():
    with pytest.raises(InspectError, match="too many to set by hand"):
        hand_editable(load(preset_paths()["lenet5"]))
    spec = make_spec(
        [2],
        ("h", "Dense", {"units": 2}),
        ("bn", "BatchNormalization", {}),
        ("o", "Dense", {"units": 1}),
    )
    with pytest.raises(InspectError, match="'bn' is BatchNormalization"):
        hand_editable(spec)


def test_step_model_saves_and_loads_in_safe_mode(tmp_path):
    import keras

    spec = make_spec([2], ("neuron", "Dense", {"units": 1, "activation": "step"}))
    inspector = Inspector(spec)
    inspector.set_weights({"neuron": [np.array([[2.0], [2.0]]), np.array([-3.0])]})
    path = tmp_path / "and.keras"
    inspector.model.save(path)
    loaded = keras.models.load_model(path, safe_mode=True)
    x = make_gate("and_gate").x_test
    np.testing.assert_array_equal(loaded.predict(x, verbose=0)[:, 0], [0, 0, 0, 1])


def test_mosaic_places_tiles_and_locates_pixels():
    from netcore.introspection import map_tiles, mosaic

    maps = np.arange(2 * 3 * 5, dtype=np.float32).reshape(2, 3, 5)  # H=2, W=3, C=5
    tiles, low, high = map_tiles(maps)
    assert tiles.shape == (5, 2, 3) and tiles.min() == 0 and tiles.max() == 1
    np.testing.assert_array_equal(low, maps.min(axis=(0, 1)))
    m = mosaic(tiles, gap=1)
    assert (m.rows, m.cols) == (2, 3) and m.image.shape == (2 * 3 - 1, 3 * 4 - 1)
    # tile 4 is row 1, column 1: pixel (row 1, col 2) of it
    assert m.locate(x=1 * 4 + 2, y=1 * 3 + 1) == (4, 1, 2)
    assert m.locate(x=3, y=0) is None  # the gap
    assert m.locate(x=2 * 4 + 1, y=3 + 1) is None  # past the last tile
    assert np.isnan(m.image[2, 0])


def test_filter_tiles_shared_or_per_filter_scale():
    from netcore.introspection import filter_tiles

    inspector = Inspector(small_cnn(), seed=4)
    fs = inspector.filters("c1")
    shared = filter_tiles(fs, shared_scale=True)
    own = filter_tiles(fs, shared_scale=False)
    assert np.abs(shared).max() == pytest.approx(1.0)
    for i in range(3):
        assert np.abs(own[i]).max() == pytest.approx(1.0)


def test_a_single_dense_layer_network_draws_its_boundary():
    """Walkthrough: the perceptron (one Dense layer) failed with 'zip() argument 2 is longer'."""
    spec = load(preset_paths()["perceptron-and"])
    data = make_gate("and_gate")
    inspector = Inspector(spec, seed=1)
    boundary = inspector.boundary(plane_extent(data.x_train), n=20)
    assert boundary.predicted.shape == (20, 20)
    assert boundary.hidden == {}
    (only,) = inspector.outputs(np.array([1.0, 1.0], dtype=np.float32))
    assert only.layer == "neuron" and only.values.shape == (1,)
