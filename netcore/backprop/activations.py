"""Activation functions and their derivatives, computed by Keras (the derivative by a
GradientTape), for the activation explorer: the curves, and where a unit's actual
pre-activations z lie on them."""

from __future__ import annotations

import numpy as np

from netcore.models import tfruntime

CURVES = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "step", "linear")
SLOPE_DEFAULT = 0.3  # Keras's LeakyReLU default
ALPHA_DEFAULT = 1.0


def function(name: str, slope: float = SLOPE_DEFAULT, alpha: float = ALPHA_DEFAULT):
    """The Keras function for an activation name (with LeakyReLU's slope, ELU's α)."""
    keras = tfruntime.keras()

    if name not in CURVES:
        raise ValueError(f"unknown activation '{name}'; one of {', '.join(CURVES)}")
    if name == "step":
        from netcore.models.builder import step_activation

        return step_activation()
    if name == "leaky_relu":
        return lambda z: keras.activations.leaky_relu(z, negative_slope=slope)
    if name == "elu":
        return lambda z: keras.activations.elu(z, alpha=alpha)
    return keras.activations.get(name)


def curve(name: str, z, slope: float = SLOPE_DEFAULT, alpha: float = ALPHA_DEFAULT):
    """(g(z), g'(z)) as NumPy arrays."""
    tf = tfruntime.tensorflow()

    fn = function(name, slope, alpha)
    t = tf.constant(np.asarray(z, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(t)
        a = fn(t)
    return np.asarray(a), np.asarray(tape.gradient(a, t))


def softmax(z) -> np.ndarray:
    """Keras's softmax of one vector."""
    keras = tfruntime.keras()

    return np.asarray(keras.activations.softmax(np.asarray(z, dtype=np.float32)[None]))[0]
