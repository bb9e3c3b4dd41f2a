"""A training step whose batch is cut in two halves that run side by side, on a CPU.

A small batch (LeNet's 32 digits) gives each operation too little work to share between
cores: cut inside each operation, the threads mostly wait for each other (see
``netcore.models.threads``). Cut the batch instead: each half goes forward and back on its own
core, and the two gradients are added, weighted by the halves' sizes. Since the loss is a mean
over the batch (plus the weights' penalties), that sum is the batch's gradient: the same step
as ``fit``'s, up to the order floating-point additions are made in.

Only for networks whose layers treat each example on its own and draw no random numbers while
training: a BatchNormalization (the batch's statistics) or a Dropout (its random masks) would
give other numbers than ``fit``, so such networks take Keras's own step.
"""

from __future__ import annotations

from netcore.models import tfruntime

MIN_PART = 8  # examples in each half: below that the halves' overhead outweighs the gain

#: Keras layers that treat each example on its own and are deterministic while training.
SPLIT_SAFE = frozenset(
    {
        "InputLayer",
        "Dense",
        "Conv1D",
        "Conv2D",
        "Conv2DTranspose",
        "DepthwiseConv2D",
        "SeparableConv2D",
        "MaxPooling1D",
        "MaxPooling2D",
        "AveragePooling1D",
        "AveragePooling2D",
        "GlobalAveragePooling1D",
        "GlobalAveragePooling2D",
        "GlobalMaxPooling1D",
        "GlobalMaxPooling2D",
        "Flatten",
        "Reshape",
        "Permute",
        "Activation",
        "ReLU",
        "LeakyReLU",
        "ELU",
        "Softmax",
        "ZeroPadding2D",
        "Cropping2D",
        "UpSampling2D",
        "Rescaling",
        "Add",
        "Subtract",
        "Multiply",
        "Average",
        "Maximum",
        "Minimum",
        "Concatenate",
    }
)


def split_parts(model, batch: int, device: str, side_by_side: int) -> int:
    """2 when this run's steps can be cut in halves that run side by side, else 1: a CPU
    device, room for two operations at once (``side_by_side`` inter-op threads), halves of at
    least ``MIN_PART`` examples, one input and one output, and only ``SPLIT_SAFE`` layers."""
    if "GPU" in device.upper() or side_by_side < 2 or batch < 2 * MIN_PART:
        return 1
    if not all(hasattr(model, name) for name in ("_compute_loss", "_loss_tracker")):
        return 1  # another Keras: its own step
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        return 1
    if any(type(layer).__name__ not in SPLIT_SAFE for layer in model.layers):
        return 1
    return 2


def split_train_step(model, x, y) -> dict:
    """``model.train_step((x, y))`` with the batch (static size ≥ 2·MIN_PART) cut in two
    halves computed side by side; returns the metrics as Keras's step does."""
    tf = tfruntime.tensorflow()

    n = int(x.shape[0])
    half = n // 2
    weights = model.trainable_weights
    gradients, loss, predictions = None, 0.0, []
    for xs, ys in ((x[:half], y[:half]), (x[half:], y[half:])):
        share = int(xs.shape[0]) / n
        with tf.GradientTape() as tape:
            y_pred = model(xs, training=True)
            part_loss = model._compute_loss(
                x=xs, y=ys, y_pred=y_pred, sample_weight=None, training=True
            )
            scaled = model.optimizer.scale_loss(part_loss)
        grads = [
            tf.zeros_like(w) if g is None else g * share
            for g, w in zip(tape.gradient(scaled, weights), weights, strict=True)
        ]
        gradients = (
            grads if gradients is None else [a + b for a, b in zip(gradients, grads, strict=True)]
        )
        loss = loss + part_loss * share
        predictions.append(y_pred)
    # Keras unscales the loss for a distribution strategy here; runs here use none
    model._loss_tracker.update_state(loss, sample_weight=n)
    model.optimizer.apply_gradients(zip(gradients, weights, strict=True))
    return model.compute_metrics(x, y, tf.concat(predictions, axis=0), sample_weight=None)
