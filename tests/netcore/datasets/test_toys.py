"""Generated 2-D sets and logic gates: deterministic, balanced, the right shapes."""

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.datasets.errors import DatasetError
from netcore.datasets.toys import CLASSIFICATION_TOYS, REGRESSION_TOYS, make_gate, make_toy


@pytest.mark.parametrize("name", sorted(CLASSIFICATION_TOYS))
def test_toy_classification_sets(name):
    ds = make_toy(name, n=200, noise=0.1, seed=3)
    assert ds.input_shape == (2,) and ds.task == "classification"
    assert len(ds.x_train) + len(ds.x_test) == 200
    assert ds.x_train.dtype == np.float32 and ds.y_train.dtype == np.int32
    assert abs(ds.class_counts()[0] - ds.class_counts()[1]) <= 20
    assert np.abs(ds.x_train).max() < 2.0
    again = make_toy(name, n=200, noise=0.1, seed=3)
    np.testing.assert_array_equal(ds.x_train, again.x_train)
    other = make_toy(name, n=200, noise=0.1, seed=4)
    assert not np.array_equal(ds.x_train, other.x_train)


def test_xor_quadrants_are_labelled_by_sign():
    ds = make_toy("xor", n=400, noise=0.0)
    x, y = ds.x_train, ds.y_train
    np.testing.assert_array_equal(y, (x[:, 0] * x[:, 1] < 0).astype(np.int32))


def test_gaussians_are_linearly_separable_without_noise():
    ds = make_toy("gaussians", n=400, noise=0.0)
    side = (ds.x_train.sum(axis=1) > 0).astype(int)
    assert (side == ds.y_train).mean() > 0.97


def test_circles_inner_and_outer_radius():
    ds = make_toy("circles", n=400, noise=0.0)
    r = np.linalg.norm(ds.x_train, axis=1)
    assert r[ds.y_train == 0].max() < 0.5 < 0.6 < r[ds.y_train == 1].min()


@pytest.mark.parametrize("name", sorted(REGRESSION_TOYS))
def test_regression_sets(name):
    ds = make_toy(name)
    assert ds.task == "regression" and ds.y_train.dtype == np.float32 and ds.y_train.ndim == 1
    assert ds.class_names == [] and ds.output_size == 1


def test_noise_and_size_options_are_checked():
    with pytest.raises(DatasetError, match="noise must be a number from 0 to 2"):
        make_toy("xor", noise=-1)
    with pytest.raises(DatasetError, match="n must be a whole number from 8"):
        make_toy("xor", n=3)


@pytest.mark.parametrize(
    ("gate", "table"),
    [
        ("and_gate", [0, 0, 0, 1]),
        ("or_gate", [0, 1, 1, 1]),
        ("nand_gate", [1, 1, 1, 0]),
        ("xor_gate", [0, 1, 1, 0]),
        ("xnor_gate", [1, 0, 0, 1]),
    ],
)
def test_gate_truth_tables(gate, table):
    ds = load_dataset(gate)
    np.testing.assert_array_equal(ds.x_train, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(ds.y_train, table)
    assert ds.output_size == 1


def test_not_gate_has_one_input():
    ds = make_gate("not_gate")
    assert ds.input_shape == (1,)
    np.testing.assert_array_equal(ds.y_train, [1, 0])
