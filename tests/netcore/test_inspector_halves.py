"""A big batch through the inspector is computed as two halves side by side: the numbers must
be those of the whole batch in one piece, in the same order."""

import numpy as np

from netcore.introspection import Inspector
from netcore.introspection.inspector import SIDE_BY_SIDE_BATCH
from tests.netcore.helpers import make_spec


def small_cnn():
    return make_spec(
        [8, 8, 1],
        ("c1", "Conv2D", {"filters": 3, "kernel_size": 3, "activation": "relu"}),
        ("bn", "BatchNormalization", {}),
        ("flat", "Flatten", {}),
        ("out", "Dense", {"units": 4, "activation": "softmax"}),
    )


def test_a_big_batch_in_halves_gives_each_examples_own_numbers():
    inspector = Inspector(small_cnn(), seed=2)
    n = 2 * SIDE_BY_SIDE_BATCH + 3  # halves of unequal size
    x = np.random.default_rng(0).random((n, 8, 8, 1), dtype=np.float32)
    whole = inspector.model(x, training=False).numpy()  # Keras, the batch in one piece
    np.testing.assert_allclose(inspector.predict(x), whole, rtol=1e-5, atol=1e-6)
    one_by_one = np.concatenate([inspector.predict(x[i]) for i in range(0, n, 37)])
    np.testing.assert_allclose(one_by_one, whole[::37], rtol=1e-5, atol=1e-6)
    features = inspector.features(x, "c1", batch=n)
    assert features.shape == (n, 6 * 6 * 3)
    np.testing.assert_allclose(
        features[-1], inspector.features(x[-1:], "c1")[0], rtol=1e-5, atol=1e-6
    )
