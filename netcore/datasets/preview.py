"""A sample grid of an image dataset (rows: classes, columns: examples), for previews."""

from __future__ import annotations

import numpy as np

from netcore.datasets.dataset import Dataset
from netcore.datasets.errors import DatasetError


def sample_indices(y: np.ndarray, num_classes: int, per_class: int, seed: int = 0) -> np.ndarray:
    """``per_class`` example indices of each class, as a (classes, per_class) array (-1 where a
    class has fewer examples)."""
    rng = np.random.default_rng(seed)
    grid = np.full((num_classes, per_class), -1, dtype=np.int64)
    for cls in range(num_classes):
        members = np.flatnonzero(y == cls)
        chosen = rng.choice(members, size=min(per_class, len(members)), replace=False)
        grid[cls, : len(chosen)] = np.sort(chosen)
    return grid


def sample_grid(
    dataset: Dataset, per_class: int = 8, split: str = "train", seed: int = 0, gap: int = 2
) -> np.ndarray:
    """A uint8 image (H, W) or (H, W, 3) tiling ``per_class`` examples of every class.

    Raises:
        DatasetError: The dataset does not hold images.
    """
    if not dataset.is_image or dataset.task != "classification":
        raise DatasetError(f"{dataset.title} has no images to preview")
    x, y = getattr(dataset, f"x_{split}"), getattr(dataset, f"y_{split}")
    idx = sample_indices(y, dataset.num_classes, per_class, seed)
    h, w, c = dataset.input_shape
    tiles = np.zeros((dataset.num_classes, per_class, h + gap, w + gap, c), dtype=np.float32)
    valid = idx >= 0
    tiles[valid, :h, :w, :] = x[idx[valid]]
    # (classes, per_class, h, w, c) → (classes·h, per_class·w, c)
    grid = tiles.transpose(0, 2, 1, 3, 4).reshape(
        dataset.num_classes * (h + gap), per_class * (w + gap), c
    )
    grid = np.clip(grid * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return grid[..., 0] if c == 1 else grid


def sample_grid_image(dataset: Dataset, per_class: int = 8, zoom: int = 2, **kwargs):
    """The sample grid as a Pillow image, enlarged ``zoom`` times with sharp pixels."""
    from PIL import Image

    array = sample_grid(dataset, per_class, **kwargs)
    image = Image.fromarray(array)
    if zoom > 1:
        image = image.resize((image.width * zoom, image.height * zoom), Image.Resampling.NEAREST)
    return image
