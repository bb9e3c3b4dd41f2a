"""The decision boundary of a stack of Dense layers, computed in NumPy from the weights.

While a toy trains, the boundary is drawn 30 and more times a second. Through Keras each picture
first copies the new weights into the inference model (``set_weights``, a few milliseconds per
layer on a busy machine) and then calls a compiled function; both hold Python's lock while the
training thread wants it. For the networks this view is for (2 inputs, a few Dense layers) the
same forward pass is a handful of matrix products on 10,000 grid points: about a millisecond in
NumPy, straight from the snapshot's arrays, with nothing copied into Keras. Networks with any
other layer take the Keras path.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netcore.network.analysis import Analysis
from netcore.network.spec import INPUT_ID


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * z) + 1.0)  # = 1 / (1 + e^-z), without overflow


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


#: Keras's activations (its defaults: leaky ReLU's slope 0.2, ELU's alpha 1) in NumPy.
ACTIVATIONS = {
    "linear": lambda z: z,
    "step": lambda z: (z > 0).astype(z.dtype),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.2 * z),
    "elu": lambda z: np.where(z > 0, z, np.expm1(np.minimum(z, 0.0))),
    "softplus": lambda z: np.logaddexp(0.0, z),
    "softmax": _softmax,
}
#: Layers that leave a value unchanged at inference.
_IDENTITY = {"Dropout", "GaussianNoise", "GaussianDropout", "AlphaDropout"}


@dataclass(frozen=True)
class DenseStep:
    """One layer of the chain: a Dense layer's product (``dense``) and then an activation."""

    layer: str
    dense: bool
    activation: str


def dense_chain(analysis: Analysis) -> list[DenseStep] | None:
    """The network as a chain of Dense/Activation/Dropout layers from the input to the output,
    or None when it is anything else (branches, other layers, an activation NumPy lacks)."""
    steps: list[DenseStep] = []
    previous = INPUT_ID
    for layer_id in analysis.order:
        if layer_id == INPUT_ID:
            continue
        info = analysis.layers[layer_id]
        params = info.params or {}
        if info.inputs != [previous]:
            return None
        if info.type == "Dense" or info.type == "Activation":
            activation = params.get("activation", "linear")
            if activation not in ACTIVATIONS:
                return None
            steps.append(DenseStep(layer_id, info.type == "Dense", activation))
        elif info.type in _IDENTITY:
            steps.append(DenseStep(layer_id, False, "linear"))
        else:
            return None
        previous = layer_id
    if previous != analysis.output_id or not any(step.dense for step in steps):
        return None
    return steps


def forward(
    chain: list[DenseStep], weights: dict[str, list[np.ndarray]], x: np.ndarray
) -> dict[str, np.ndarray]:
    """Every layer's output for inputs ``x`` (float32), by layer id.

    Raises:
        KeyError: ``weights`` lacks a Dense layer of the chain.
    """
    values: dict[str, np.ndarray] = {}
    h = np.asarray(x, dtype=np.float32)
    for step in chain:
        if step.dense:
            arrays = weights[step.layer]
            h = h @ np.asarray(arrays[0], dtype=np.float32)
            if len(arrays) > 1:
                h += np.asarray(arrays[1], dtype=np.float32)
        h = ACTIVATIONS[step.activation](h).astype(np.float32, copy=False)
        values[step.layer] = h
    return values
