"""What the gradient view keeps of a run: each layer's gradient size over time, and histograms
of its weights and gradients over epochs (as TensorBoard's histogram dashboard, in the app).

Each reading's histogram is stored with its own bins (as a cumulative count), so readings whose
values grow or shrink are drawn together on one common value axis (``HistogramTrack.image``).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np

BINS = 48  # bins of each stored reading
MAX_ROWS = 300  # readings kept per histogram: beyond this every other one is dropped
RECENT = 5  # readings averaged in the size strip ("the last batches")


@dataclass
class HistogramTrack:
    epochs: list[float] = field(default_factory=list)
    edges: list[np.ndarray] = field(default_factory=list)
    cumulative: list[np.ndarray] = field(default_factory=list)

    def add(self, epoch: float, values) -> None:
        v = np.asarray(values, dtype=np.float64).ravel()
        v = v[np.isfinite(v)]
        if not v.size:
            return
        lo, hi = float(v.min()), float(v.max())
        if hi - lo < 1e-12:
            lo, hi = lo - 1e-6, hi + 1e-6
        counts, edges = np.histogram(v, bins=BINS, range=(lo, hi))
        self.epochs.append(float(epoch))
        self.edges.append(edges)
        self.cumulative.append(np.concatenate([[0], np.cumsum(counts)]) / v.size)
        if len(self.epochs) > MAX_ROWS:  # keep the whole run, at half the detail
            for rows in (self.epochs, self.edges, self.cumulative):
                del rows[1:-1:2]

    def image(self, bins: int = 60) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(epochs, common bin edges, fractions of values per bin: one row per reading)."""
        if not self.epochs:
            return np.zeros(0), np.zeros(bins + 1), np.zeros((0, bins))
        lo = min(float(e[0]) for e in self.edges)
        hi = max(float(e[-1]) for e in self.edges)
        common = np.linspace(lo, hi, bins + 1)
        rows = [
            np.diff(np.interp(common, e, c, left=0.0, right=1.0))
            for e, c in zip(self.edges, self.cumulative, strict=True)
        ]
        return np.asarray(self.epochs), common, np.asarray(rows)


class GradientHistory:
    """Gradient reports of one run, by layer (in network order)."""

    def __init__(self) -> None:
        self.layers: list[str] = []
        self.sizes: dict[str, list[tuple[float, float]]] = {}
        self.weights: dict[str, HistogramTrack] = {}
        self.gradients: dict[str, HistogramTrack] = {}
        self._recent: deque[dict[str, float]] = deque(maxlen=RECENT)

    def add(self, epoch: float, sizes: dict, gradients: dict, weights: dict) -> None:
        for name, size in sizes.items():
            if name not in self.sizes:
                self.layers.append(name)
                self.sizes[name] = []
                self.weights[name] = HistogramTrack()
                self.gradients[name] = HistogramTrack()
            self.sizes[name].append((float(epoch), float(size)))
            self.weights[name].add(epoch, weights[name])
            self.gradients[name].add(epoch, gradients[name])
        self._recent.append(dict(sizes))

    def recent_sizes(self) -> dict[str, float]:
        """Mean |∂L/∂w| per layer over the last few readings."""
        if not self._recent:
            return {}
        return {
            name: float(np.mean([r[name] for r in self._recent if name in r]))
            for name in self.layers
        }
