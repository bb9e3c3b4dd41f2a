"""What a unit wants, on the bundled LeNet-5: the pattern grown for each output unit is read by
the network as that unit's digit; the test images that excite an output unit most are of its
class."""

import numpy as np
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inspector():
    from netcore.digits.classifier import bundled_model_path
    from netcore.introspection import Inspector
    from netcore.models.kerasfile import open_keras_file

    spec, weights = open_keras_file(bundled_model_path())
    return Inspector(spec, weights)


def test_each_output_units_pattern_is_read_as_its_digit(inspector):
    images = inspector.maximize("out", list(range(10)), steps=160)
    assert images.shape == (10, 28, 28, 1) and images.min() >= 0 and images.max() <= 1
    predicted = np.argmax(inspector.predict(images), axis=1)
    assert (predicted == np.arange(10)).sum() >= 9


def test_the_top_examples_of_a_unit_are_of_its_class(inspector):
    from netcore.datasets import load_dataset
    from netcore.explain.maximize import top_examples

    data = load_dataset("mnist")
    means = inspector.unit_means(data.x_test[:2000], "out")
    for digit in (3, 7):
        best = top_examples(means, digit, 8)
        assert [int(data.y_test[i]) for i in best].count(digit) >= 7


def test_a_filter_pattern_and_a_stop(inspector):
    seen = []
    images = inspector.maximize(
        "conv1", [0, 1, 2], steps=50, progress=seen.append, stop=lambda: len(seen) >= 10
    )
    assert images.shape == (3, 28, 28, 1) and len(seen) == 10  # stopped after 10 steps
