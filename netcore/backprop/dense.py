"""One example through a dense network and back, with every number of the lecture's derivation:
per unit z and a forward; ∂L/∂a, g'(z) and δ = g'(z)·∂L/∂a backward; per weight ∂L/∂w = a_i·δ_j
and the SGD update −α·∂L/∂w.

All numbers come from TensorFlow: a ``GradientTape`` over the model's own kernels, biases and
activations gives z, a, ∂L/∂z (δ), ∂L/∂a and the weight gradients; g'(z) is the activation's own
derivative, also from a tape. Nothing here re-derives backpropagation by hand: the tests check
that the chain-rule products written in the view equal what TensorFlow computed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netcore.i18n import translate
from netcore.models import tfruntime

LOSSES = ("auto", "mse", "binary_crossentropy", "categorical_crossentropy")
MAX_UNITS = 512  # a view of numbers, not a training run


class BackpropError(ValueError):
    """The model, example or loss cannot be shown step by step; says what would work."""


@dataclass
class LayerStep:
    """One Dense layer's numbers for the example (1-D arrays per unit, kernels (inputs, units)).

    ``g_prime`` is None for softmax (its derivative is a matrix; δ comes with the loss).
    """

    name: str
    activation: str
    inputs: np.ndarray  # a of the layer before (the example for the first layer)
    z: np.ndarray
    a: np.ndarray
    grad_a: np.ndarray  # ∂L/∂a
    g_prime: np.ndarray | None  # g'(z)
    delta: np.ndarray  # ∂L/∂z
    kernel: np.ndarray
    bias: np.ndarray
    grad_kernel: np.ndarray
    grad_bias: np.ndarray
    new_kernel: np.ndarray
    new_bias: np.ndarray

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "activation": self.activation,
            "z": self.z.tolist(),
            "a": self.a.tolist(),
            "grad_a": self.grad_a.tolist(),
            "g_prime": None if self.g_prime is None else self.g_prime.tolist(),
            "delta": self.delta.tolist(),
            "grad_kernel": self.grad_kernel.tolist(),
            "grad_bias": self.grad_bias.tolist(),
            "new_kernel": self.new_kernel.tolist(),
            "new_bias": self.new_bias.tolist(),
        }


@dataclass
class BackpropStep:
    loss_name: str
    loss: float
    x: np.ndarray
    target: np.ndarray
    lr: float
    layers: list[LayerStep]

    def to_dict(self) -> dict:
        return {
            "loss_name": self.loss_name,
            "loss": self.loss,
            "lr": self.lr,
            "input": self.x.tolist(),
            "target": self.target.tolist(),
            "layers": [layer.to_dict() for layer in self.layers],
        }


def dense_layers(model) -> list:
    """The model's Dense layers in order.

    Raises:
        BackpropError: Any layer other than Dense (an Input layer is fine), or a layer too wide.
    """
    layers = []
    for layer in model.layers:
        kind = type(layer).__name__
        if kind == "InputLayer":
            continue
        if kind != "Dense":
            raise BackpropError(
                translate(
                    "Backprop",
                    "layer '{name}' is {kind}: backpropagation by hand shows networks of "
                    "Dense layers only",
                ).format(name=layer.name, kind=kind)
            )
        if int(layer.units) > MAX_UNITS:
            raise BackpropError(
                translate(
                    "Backprop", "layer '{name}' has {units} units; at most {limit} are shown"
                ).format(name=layer.name, units=layer.units, limit=MAX_UNITS)
            )
        layers.append(layer)
    if not layers:
        raise BackpropError(translate("Backprop", "the model has no Dense layer"))
    return layers


def choose_loss(loss: str, activation: str, units: int) -> str:
    """ "auto": binary cross-entropy after one sigmoid unit, categorical after softmax, else MSE."""
    if loss not in LOSSES:
        raise BackpropError(f"loss '{loss}' is not one of {', '.join(LOSSES)}")
    if loss != "auto":
        return loss
    if activation == "sigmoid" and units == 1:
        return "binary_crossentropy"
    if activation == "softmax":
        return "categorical_crossentropy"
    return "mse"


def target_vector(values: list[float], units: int, loss: str) -> np.ndarray:
    """The target as one value per output unit; a single whole number for several softmax
    units is a class index (one-hot)."""
    if len(values) == units:
        return np.asarray(values, dtype=np.float32)
    if len(values) == 1 and units > 1 and loss == "categorical_crossentropy":
        k = values[0]
        if float(k).is_integer() and 0 <= k < units:
            return np.eye(units, dtype=np.float32)[int(k)]
        raise BackpropError(f"class {k:g} is not one of 0…{units - 1}")
    raise BackpropError(
        f"the target has {len(values)} value(s), the output layer {units} unit(s); give "
        f"{units} value(s)" + (" or one class number" if units > 1 else "")
    )


def backprop_step(model, x, target, loss: str = "auto", lr: float = 0.1) -> BackpropStep:
    """Forward, loss, backward and the SGD update for one example (weights are not changed).

    Raises:
        BackpropError: A non-dense model, an input of the wrong size, a bad target or loss.
    """
    tf = tfruntime.tensorflow()
    keras = tfruntime.keras()

    layers = dense_layers(model)
    x = np.asarray(x, dtype=np.float32).reshape(-1)
    width = int(layers[0].kernel.shape[0])
    if x.size != width:
        raise BackpropError(f"the input has {x.size} value(s); the network takes {width}")
    if not np.isfinite(x).all():
        raise BackpropError("the input must be finite numbers")
    if not (isinstance(lr, int | float) and np.isfinite(lr) and lr > 0):
        raise BackpropError(f"the learning rate must be a positive number, got {lr!r}")
    last = layers[-1]
    activation_name = _activation_name(last)
    loss_name = choose_loss(loss, activation_name, int(last.units))
    wanted = list(np.asarray(target, dtype=np.float64).reshape(-1))
    t = target_vector(wanted, int(last.units), loss_name)
    loss_fn = keras.losses.get(loss_name)

    with tf.GradientTape(persistent=True) as tape:
        a = tf.constant(x[None, :])
        inputs, zs, activations = [], [], []
        for layer in layers:
            inputs.append(a)
            z = tf.matmul(a, layer.kernel) + layer.bias
            tape.watch(z)
            # a new tensor: Keras's losses would otherwise read the logits a sigmoid or softmax
            # output carries, and ∂L/∂a of the output layer would be skipped
            a = tf.identity(layer.activation(z))
            tape.watch(a)
            zs.append(z)
            activations.append(a)
        value = tf.reduce_mean(loss_fn(tf.constant(t[None, :]), a))
    variables = [v for layer in layers for v in (layer.kernel, layer.bias)]
    grads = tape.gradient(value, variables)
    grad_z = tape.gradient(value, zs)
    grad_a = tape.gradient(value, activations)
    del tape

    steps = []
    for i, layer in enumerate(layers):
        kernel, bias = _np(layer.kernel), _np(layer.bias)
        gk, gb = _np(grads[2 * i]), _np(grads[2 * i + 1])
        name = _activation_name(layer)
        steps.append(
            LayerStep(
                name=layer.name,
                activation=name,
                inputs=_np(inputs[i])[0],
                z=_np(zs[i])[0],
                a=_np(activations[i])[0],
                grad_a=_np(grad_a[i])[0],
                g_prime=None if name == "softmax" else _derivative(layer, zs[i]),
                delta=_np(grad_z[i])[0],
                kernel=kernel,
                bias=bias,
                grad_kernel=gk,
                grad_bias=gb,
                new_kernel=kernel - lr * gk,
                new_bias=bias - lr * gb,
            )
        )
    return BackpropStep(loss_name, float(value), x, t, float(lr), steps)


def _activation_name(layer) -> str:
    fn = layer.activation
    return getattr(fn, "__name__", type(fn).__name__)


def _derivative(layer, z) -> np.ndarray:
    """g'(z) of an element-wise activation, by TensorFlow."""
    tf = tfruntime.tensorflow()

    with tf.GradientTape() as tape:
        tape.watch(z)
        a = layer.activation(z)
    return _np(tape.gradient(a, z))[0]


def _np(value) -> np.ndarray:
    """A tensor or Keras variable as a NumPy array (a copy)."""
    return np.array(value.numpy() if hasattr(value, "numpy") else value, copy=True)
