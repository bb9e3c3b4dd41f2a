"""What a unit wants: gradient ascent on the input, from faint noise, to find the pattern a
filter (or a dense unit) responds to most — with the usual regularisers: random jitter (small
shifts each step), a light blur every few steps, and an L2 pull towards grey — and the test
images that excite it most."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from netcore.models import tfruntime


def maximize(
    model,
    layer: str,
    units: list[int],
    steps: int = 160,
    rate: float = 0.05,
    jitter: int = 2,
    blur_every: int = 4,
    blur: float = 0.6,
    l2: float = 0.002,
    seed: int = 0,
    progress: Callable[[float], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> np.ndarray:
    """One image per unit (n, height, width, channels), each scaled to 0…1."""
    from scipy.ndimage import gaussian_filter

    tf, keras = tfruntime.tensorflow(), tfruntime.keras()
    shape = tuple(model.inputs[0].shape[1:])
    probe = keras.Model(model.inputs[0], model.get_layer(layer).output)
    n = len(units)
    rng = np.random.default_rng(seed)
    x = (0.5 + 0.05 * rng.standard_normal((n, *shape))).astype(np.float32)
    channels = int(probe.output.shape[-1])
    mask = tf.constant(np.eye(channels, dtype=np.float32)[np.asarray(units)])  # image i → unit i
    for step in range(steps):
        dy, dx = rng.integers(-jitter, jitter + 1, 2) if jitter else (0, 0)
        shifted = np.roll(x, (dy, dx), axis=(1, 2))
        xt = tf.constant(shifted)
        with tf.GradientTape() as tape:
            tape.watch(xt)
            out = probe(xt, training=False)
            mean = tf.reduce_mean(tf.reshape(out, (n, -1, channels)), axis=1)  # (n, channels)
            score = tf.reduce_sum(mean * mask)
        g = np.array(tape.gradient(score, xt))
        g /= g.std(axis=(1, 2, 3), keepdims=True) + 1e-8
        x = np.roll(shifted + rate * g, (-dy, -dx), axis=(1, 2))
        x = 0.5 + (x - 0.5) * (1 - l2)
        if blur_every and step % blur_every == 0:
            x = gaussian_filter(x, sigma=(0, blur, blur, 0))
        x = np.clip(x, 0, 1).astype(np.float32)
        if progress is not None:
            progress((step + 1) / steps)
        if stop is not None and stop():
            break
    lo = x.min(axis=(1, 2, 3), keepdims=True)
    hi = x.max(axis=(1, 2, 3), keepdims=True)
    return (x - lo) / np.maximum(hi - lo, 1e-8)


def top_examples(unit_means: np.ndarray, unit: int, k: int = 8) -> np.ndarray:
    """Indices of the k examples whose mean activation of ``unit`` is highest
    (``unit_means``: (examples, units), as ``Inspector.unit_means`` gives them)."""
    return np.argsort(-np.asarray(unit_means)[:, unit], kind="stable")[:k]
