"""Vanishing gradients, measured: the deep sigmoid preset's first layer gets gradients at least
10× smaller than its last; the same stack with ReLU does not lose them that way."""

import pytest

from netcore.backprop.gradient_flow import gradient_sizes
from netcore.datasets import load_dataset
from netcore.models.builder import build_model
from netcore.network.spec import load
from netcore.resources import preset_paths

pytestmark = pytest.mark.slow


def sizes(preset):
    import keras

    keras.utils.set_random_seed(0)
    model = build_model(load(preset_paths()[preset]))
    data = load_dataset("circles")
    x, y = data.x_train[:64], data.y_train[:64].reshape(-1, 1).astype("float32")
    return list(gradient_sizes(model, x, y, "binary_crossentropy").values())


def test_a_sigmoid_stack_loses_its_gradients_and_a_relu_stack_keeps_them():
    sigmoid, relu = sizes("deep-sigmoid"), sizes("deep-relu")
    assert len(sigmoid) == len(relu) == 11  # ten hidden layers and the output
    assert sigmoid[0] * 10 <= sigmoid[-2]  # first hidden vs last hidden layer
    assert sigmoid[0] * 100 <= sigmoid[-1]  # ... and vs the output layer
    assert relu[0] * 10 > relu[-2]  # ReLU passes the gradient back
    assert relu[0] / relu[-1] > 10 * sigmoid[0] / sigmoid[-1]
