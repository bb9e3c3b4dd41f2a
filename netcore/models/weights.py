"""A Keras model's weights as plain arrays, keyed by layer id (= spec id), and back.

This is how weights leave and enter Keras everywhere: training snapshots, project files,
``.keras`` files and the viewers all hold these dictionaries, never the model itself. It sits
with the models (below training) because reading a saved model needs it too.
"""

from __future__ import annotations

import numpy as np

Weights = dict[str, list[np.ndarray]]


def snapshot_weights(model) -> Weights:
    """Copies of every layer's weights, keyed by layer name (= spec id)."""
    return {
        layer.name: [np.array(w, copy=True) for w in layer.get_weights()]
        for layer in model.layers
        if layer.weights
    }


def apply_weights(model, weights: Weights) -> None:
    """Copy weights by layer id into a model; layers not named, or of another shape, keep
    theirs."""
    for layer in model.layers:
        arrays = weights.get(layer.name)
        if arrays is not None and [np.shape(a) for a in arrays] == [
            tuple(w.shape) for w in layer.weights
        ]:
            layer.set_weights(arrays)
