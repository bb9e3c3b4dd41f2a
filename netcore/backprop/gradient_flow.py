"""How large the gradients are, layer by layer: mean |∂L/∂w| of each layer's kernel on a batch,
from TensorFlow. A deep stack of sigmoid layers shows its first layers' gradients vanishing (the
sigmoid's slope is at most 0.25, multiplied in at every layer), the same stack with ReLU does not.
"""

from __future__ import annotations

import numpy as np

from netcore.models import tfruntime

PROBE_EXAMPLES = 256  # training examples a report during training is computed on


def gradient_sizes(model, x, y, loss) -> dict[str, float]:
    """Mean absolute gradient of each layer's first weight array (its kernel), by layer name,
    in network order, for the batch (x, y) and a Keras loss (name or function)."""
    return layer_gradients(model, x, y, loss)[0]


def layer_gradients(model, x, y, loss):
    """(sizes, gradients, kernels): mean |∂L/∂kernel| per layer, and the arrays themselves
    (NumPy, by layer name, network order)."""
    tf = tfruntime.tensorflow()
    keras = tfruntime.keras()

    loss_fn = keras.losses.get(loss) if isinstance(loss, str) else loss
    layers = [layer for layer in model.layers if layer.trainable_weights]
    kernels = [layer.trainable_weights[0] for layer in layers]
    with tf.GradientTape() as tape:
        value = tf.reduce_mean(loss_fn(y, model(x, training=False)))
    grads = tape.gradient(value, kernels)
    sizes, arrays, values = {}, {}, {}
    for layer, g, k in zip(layers, grads, kernels, strict=True):
        g = np.zeros(tuple(k.shape), np.float32) if g is None else g.numpy()
        sizes[layer.name] = float(np.mean(np.abs(g)))
        arrays[layer.name] = g
        values[layer.name] = np.array(k.numpy(), copy=True)
    return sizes, arrays, values
