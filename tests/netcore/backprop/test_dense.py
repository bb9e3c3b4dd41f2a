"""Backprop by hand on real Keras models: the view's numbers are GradientTape's, and the lecture's
chain-rule products (δ = g'(z)·∂L/∂a, ∂L/∂a_i = Σ_k w_ik δ_k, ∂L/∂w_ij = a_i δ_j) equal them."""

import json

import numpy as np
import pytest

from netcore.backprop.dense import BackpropError, backprop_step
from netcore.cli.main import main

pytestmark = pytest.mark.slow


def dense_model(hidden_activation, out_units, out_activation, seed=3):
    import keras

    keras.utils.set_random_seed(seed)
    return keras.Sequential(
        [
            keras.Input((3,)),
            keras.layers.Dense(4, activation=hidden_activation, name="hidden"),
            keras.layers.Dense(out_units, activation=out_activation, name="out"),
        ]
    )


@pytest.mark.parametrize(
    ("hidden", "units", "out", "target", "loss"),
    [
        ("sigmoid", 1, "sigmoid", [1.0], "binary_crossentropy"),
        ("tanh", 2, "linear", [0.5, -1.0], "mse"),
        ("relu", 3, "softmax", [2], "categorical_crossentropy"),
    ],
)
def test_numbers_are_tensorflows_and_the_chain_rule_holds(hidden, units, out, target, loss):
    import keras
    import tensorflow as tf

    model = dense_model(hidden, units, out)
    x = np.array([0.5, -1.0, 2.0], np.float32)
    step = backprop_step(model, x, target, "auto", lr=0.1)
    assert step.loss_name == loss
    # the whole gradient from Keras's own loss and model call
    t = step.target[None, :]
    with tf.GradientTape() as tape:
        value = tf.reduce_mean(keras.losses.get(loss)(t, model(x[None, :])))
    expected = tape.gradient(value, model.trainable_variables)
    assert step.loss == pytest.approx(float(value), rel=1e-6)
    got = [a for layer in step.layers for a in (layer.grad_kernel, layer.grad_bias)]
    for g, e in zip(got, expected, strict=True):
        np.testing.assert_allclose(g, e.numpy(), rtol=1e-5, atol=1e-7)
    hidden_step, out_step = step.layers
    # δ_j = g'(z_j) · ∂L/∂a_j (element-wise activations)
    np.testing.assert_allclose(
        hidden_step.delta, hidden_step.g_prime * hidden_step.grad_a, rtol=1e-5, atol=1e-7
    )
    # ∂L/∂a_j of the hidden layer = Σ_k w_jk δ_k of the next
    np.testing.assert_allclose(
        hidden_step.grad_a, out_step.kernel @ out_step.delta, rtol=1e-5, atol=1e-7
    )
    # ∂L/∂w_ij = a_i δ_j, ∂L/∂b_j = δ_j
    for layer in step.layers:
        np.testing.assert_allclose(
            layer.grad_kernel, np.outer(layer.inputs, layer.delta), rtol=1e-5, atol=1e-7
        )
        np.testing.assert_allclose(layer.grad_bias, layer.delta, rtol=1e-5, atol=1e-7)
        np.testing.assert_allclose(layer.new_kernel, layer.kernel - 0.1 * layer.grad_kernel)
    if out == "softmax":
        assert out_step.g_prime is None
        np.testing.assert_allclose(out_step.delta, out_step.a - step.target, atol=1e-6)
    # the model itself is not changed
    np.testing.assert_array_equal(model.get_layer("out").kernel.numpy(), out_step.kernel)


def test_the_cli_prints_json_and_refuses_what_it_cannot_show(tmp_path, capsys):
    import keras

    model = dense_model("sigmoid", 1, "sigmoid")
    path = tmp_path / "m.keras"
    model.save(path)
    assert main(["backprop", str(path), "--input", "1 0 1", "--target", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [layer["name"] for layer in data["layers"]] == ["hidden", "out"]
    assert np.shape(data["layers"][0]["grad_kernel"]) == (3, 4)  # Keras (inputs, units)
    assert set(data["layers"][1]) >= {"z", "a", "delta", "grad_kernel", "grad_bias", "new_kernel"}
    assert main(["backprop", str(path), "--input", "1 0 1", "--target", "1"]) == 0
    assert "δ=∂L/∂z" in capsys.readouterr().out

    for argv, message in (
        (["--input", "1 0", "--target", "1"], "the input has 2 value(s); the network takes 3"),
        (["--input", "1 0 x", "--target", "1"], "'x' is not a number"),
        (["--input", "1 0 1", "--target", "1 0"], "the target has 2 value(s)"),
        (["--input", "1 0 1", "--target", "1", "--lr", "-1"], "--lr must be a positive"),
    ):
        assert main(["backprop", str(path), *argv]) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err

    conv = keras.Sequential([keras.Input((4, 4, 1)), keras.layers.Conv2D(1, 3, name="c")])
    conv_path = tmp_path / "conv.keras"
    conv.save(conv_path)
    assert main(["backprop", str(conv_path), "--input", "1", "--target", "1"]) == 2
    assert "layer 'c' is Conv2D" in capsys.readouterr().err


def test_a_class_number_is_one_hot_for_softmax_and_checked():
    model = dense_model("relu", 3, "softmax")
    step = backprop_step(model, [0, 1, 2], [1])
    np.testing.assert_array_equal(step.target, [0, 1, 0])
    with pytest.raises(BackpropError, match="class 5 is not one of 0…2"):
        backprop_step(model, [0, 1, 2], [5])


@pytest.mark.parametrize("out", ["sigmoid", "softmax", "linear"])
def test_the_products_written_in_the_view_equal_tensorflows_gradients(out):
    from netcore.backprop import formulas

    units = 1 if out == "sigmoid" else 3
    model = dense_model("tanh", units, out, seed=5)
    target = [1.0] if out == "sigmoid" else [1] if out == "softmax" else [0.2, -0.4, 1.0]
    step = backprop_step(model, [1.5, -0.5, 0.25], target, "auto", lr=0.3)
    for layer, products in zip(step.layers, formulas.chain_rule(step), strict=True):
        for key, value in products.items():
            np.testing.assert_allclose(value, getattr(layer, key), rtol=1e-5, atol=1e-7)
    # every tooltip's last line is the number TensorFlow gave
    hidden = step.layers[0]
    assert formulas.delta_text(step, 0, 2).endswith(f"= {hidden.delta[2]:.4g}")
    assert formulas.z_text(step, 0, 1).endswith(f"= {hidden.z[1]:.4g}")
    assert formulas.grad_w_text(step, 1, 3, 0).endswith(f"= {step.layers[1].grad_kernel[3, 0]:.4g}")
    kinds = [s.kind for s in formulas.stages(step)]
    assert kinds == ["weights", "forward", "loss", "backward", "backward", "update"]
