"""The decision boundary of Dense networks is computed in NumPy from the weights given, and the
Keras copy receives them only before a Keras pass: the numbers must be Keras's own."""

import numpy as np
import pytest

from netcore.introspection import Inspector
from netcore.introspection.planar import dense_chain
from netcore.network.analysis import analyze
from netcore.network.params import ACTIVATIONS
from tests.netcore.helpers import make_spec


def planar(activation: str, last: str = "softmax", classes: int = 3):
    return make_spec(
        [2],
        ("h1", "Dense", {"units": 8, "activation": activation}),
        ("drop", "Dropout", {"rate": 0.3}),
        ("h2", "Dense", {"units": 5, "activation": activation, "use_bias": False}),
        ("act", "Activation", {"activation": activation}),
        ("out", "Dense", {"units": classes, "activation": last}),
    )


def keras_values(inspector: Inspector, grid: np.ndarray) -> dict[str, np.ndarray]:
    values = inspector._all(inspector._tf.constant(grid))
    return {i: np.asarray(v) for i, v in zip(inspector.layer_ids, values, strict=True)}


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_numpy_boundary_equals_keras_for_every_activation(activation):
    inspector = Inspector(planar(activation), seed=3)
    rng = np.random.default_rng(0)  # weights big enough to reach every activation's regions
    inspector.set_weights(
        {
            k: [2.0 * rng.standard_normal(a.shape, np.float32) for a in v]
            for k, v in inspector.weights().items()
        }
    )
    boundary = inspector.boundary((-3.0, 3.0, -2.0, 2.0), n=40, hidden_layers=2)
    xs, ys = np.meshgrid(boundary.xs, boundary.ys)
    grid = np.stack([xs.ravel(), ys.ravel()], axis=1).astype(np.float32)
    expected = keras_values(inspector, grid)
    np.testing.assert_allclose(
        boundary.output.reshape(-1, 3), expected["out"], rtol=1e-4, atol=1e-5
    )
    for layer in ("h1", "h2"):
        np.testing.assert_allclose(
            boundary.hidden[layer].reshape(len(grid), -1), expected[layer], rtol=1e-4, atol=1e-5
        )


def test_a_snapshot_reaches_both_the_numpy_boundary_and_every_keras_pass():
    spec = planar("tanh", last="sigmoid", classes=1)
    first, second = Inspector(spec, seed=1), Inspector(spec, seed=2)
    extent = (-1.0, 1.0, -1.0, 1.0)
    before = second.boundary(extent, n=20).output
    snapshot = first.weights()
    second.set_weights(snapshot)
    for arrays in snapshot.values():  # the caller changing its arrays afterwards changes nothing
        for a in arrays:
            a += 100.0
    after = second.boundary(extent, n=20).output
    assert not np.allclose(before, after)
    np.testing.assert_allclose(after, first.boundary(extent, n=20).output, rtol=1e-6)
    point = np.array([[0.25, -0.5]], np.float32)  # Keras's pass sees the same weights
    np.testing.assert_allclose(second.predict(point), first.predict(point), rtol=1e-6)
    np.testing.assert_allclose(second.weights()["h1"][0], first.weights()["h1"][0])


def test_a_hand_set_number_shows_in_the_numpy_boundary():
    inspector = Inspector(planar("relu", last="sigmoid", classes=1), seed=0)
    extent = (-1.0, 1.0, -1.0, 1.0)
    inspector.boundary(extent, n=10)  # the arrays are read once here
    inspector.set_weight("out", 1, (0,), 5.0)  # the output's bias: everything near 1
    assert inspector.boundary(extent, n=10).output.min() > 0.99


def test_only_plain_dense_chains_take_the_numpy_path():
    assert dense_chain(analyze(planar("elu"))) is not None
    branched = make_spec(
        [2],
        ("a", "Dense", {"units": 4}),
        ("b", "Dense", {"units": 4}, ["input"]),
        ("sum", "Add", {}, ["a", "b"]),
        ("out", "Dense", {"units": 1, "activation": "sigmoid"}),
    )
    assert dense_chain(analyze(branched)) is None
    normed = make_spec(
        [2],
        ("bn", "BatchNormalization", {}),
        ("out", "Dense", {"units": 1, "activation": "sigmoid"}),
    )
    assert dense_chain(analyze(normed)) is None
    # and such a network still draws its boundary, through Keras
    assert Inspector(normed).boundary((0.0, 1.0, 0.0, 1.0), n=8).output.shape == (8, 8)
