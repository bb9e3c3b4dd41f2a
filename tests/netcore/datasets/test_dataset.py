"""Validation splits and the sample grid."""

import numpy as np
import pytest

from netcore.datasets import load_dataset, split_indices
from netcore.datasets.errors import DatasetError
from netcore.datasets.preview import sample_grid, sample_grid_image, sample_indices
from tests.netcore.datasets.test_mnist import _write_fake_idx


def test_stratified_split_keeps_class_proportions():
    y = np.array([0] * 80 + [1] * 20)
    keep, held = split_indices(len(y), 0.25, seed=1, stratify=y)
    assert len(held) == 25
    assert np.bincount(y[held]).tolist() == [20, 5]
    assert len(set(keep) | set(held)) == 100 and not set(keep) & set(held)
    again = split_indices(len(y), 0.25, seed=1, stratify=y)
    np.testing.assert_array_equal(held, again[1])


def test_with_validation_is_repeatable_and_does_not_shrink():
    ds = load_dataset("circles", n=400)
    a = ds.with_validation(0.2, seed=5)
    assert a.sizes() == {"train": 240, "validation": 60, "test": 100}
    b = a.with_validation(0.1, seed=5)
    assert b.sizes()["train"] + b.sizes()["validation"] == 300
    np.testing.assert_array_equal(a.x_val, ds.with_validation(0.2, seed=5).x_val)
    with pytest.raises(DatasetError, match=r"validation fraction must be in \[0, 1\)"):
        ds.with_validation(1.0)


def test_sample_grid_tiles_classes_in_rows(tmp_path):
    _write_fake_idx(tmp_path / "m", n_train=40, classes=4)
    ds = load_dataset(str(tmp_path / "m"))
    grid = sample_grid(ds, per_class=3, gap=2)
    assert grid.shape == (4 * 30, 3 * 30) and grid.dtype == np.uint8
    idx = sample_indices(ds.y_train, 4, 3)
    assert all(ds.y_train[idx[row]].tolist() == [row] * 3 for row in range(4))
    tile = (ds.x_train[idx[2, 1], :, :, 0] * 255 + 0.5).astype(np.uint8)  # row 2, column 1
    np.testing.assert_array_equal(grid[60:88, 30:58], tile)
    image = sample_grid_image(ds, per_class=3, zoom=2)
    assert image.size == (180, 240)
    with pytest.raises(DatasetError, match="has no images to preview"):
        sample_grid(load_dataset("xor"))
