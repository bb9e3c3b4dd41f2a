"""What the network sees: a hidden layer's outputs for many test examples, projected to 2-D
with PCA (scikit-learn) or t-SNE (openTSNE: progress callbacks, stoppable, and new points such
as the student's drawing can be placed into a finished map)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

PROJECTIONS = ("pca", "tsne")
TSNE_ITERATIONS = 750  # openTSNE's default: 250 early-exaggeration + 500 iterations


@dataclass
class Projection:
    """2-D points for a sample of examples (their test-set indices), and how to place more."""

    method: str
    points: np.ndarray  # (n, 2)
    indices: np.ndarray  # test-set index of each point
    labels: np.ndarray  # class of each point
    layer: str
    cancelled: bool = False
    _model: object = field(default=None, repr=False)

    def place(self, features: np.ndarray) -> np.ndarray:
        """Where new examples (e.g. the drawing) fall in this map."""
        features = np.asarray(features, dtype=np.float64).reshape(len(features), -1)
        if self.method == "pca":
            return self._model.transform(features)
        return np.asarray(self._model.transform(features))


def sample(n_total: int, n: int, seed: int = 0) -> np.ndarray:
    """Which test examples to embed: all, or ``n`` of them at random (sorted)."""
    if n >= n_total:
        return np.arange(n_total)
    return np.sort(np.random.default_rng(seed).choice(n_total, n, replace=False))


def project(
    features: np.ndarray,
    method: str,
    indices: np.ndarray,
    labels: np.ndarray,
    layer: str,
    progress: Callable[[float], None] | None = None,
    stop: Callable[[], bool] | None = None,
    seed: int = 0,
) -> Projection:
    """PCA or t-SNE of ``features`` (n, d). t-SNE reports its progress (0…1) and stops early
    (``cancelled``) when ``stop()`` says so."""
    x = np.asarray(features, dtype=np.float64).reshape(len(features), -1)
    if method == "pca":
        from sklearn.decomposition import PCA

        model = PCA(n_components=2, random_state=seed).fit(x)
        return Projection("pca", model.transform(x), indices, labels, layer, False, model)
    if method != "tsne":
        raise ValueError(f"projection {method!r} is not one of {', '.join(PROJECTIONS)}")
    from openTSNE import TSNE

    state = {"done": 0, "cancelled": False}

    def callback(iteration, error, embedding):
        state["done"] += 25
        if progress is not None:
            progress(min(state["done"] / TSNE_ITERATIONS, 1.0))
        if stop is not None and stop():
            state["cancelled"] = True
            return True
        return False

    perplexity = min(30.0, max(2.0, (len(x) - 1) / 3))
    tsne = TSNE(
        n_components=2,
        perplexity=perplexity,
        callbacks=callback,
        callbacks_every_iters=25,
        n_jobs=1,
        random_state=seed,
        verbose=False,
    )
    embedding = tsne.fit(x)
    cancelled = state["cancelled"]
    return Projection("tsne", np.asarray(embedding), indices, labels, layer, cancelled, embedding)
