"""Sequence datasets: shapes a recurrent layer reads, targets that are right by construction,
the same data for the same seed, and options refused with what would work."""

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.datasets.errors import DatasetError
from netcore.datasets.registry import ENTRIES, describe
from netcore.datasets.sequences import SINE_PERIOD


def test_parity_labels_are_the_parity_of_the_ones():
    ds = load_dataset("parity", n=300, steps=9)
    assert ds.input_shape == (9, 1) and ds.task == "classification"
    assert ds.class_names == ["even", "odd"]
    for x, y in ((ds.x_train, ds.y_train), (ds.x_test, ds.y_test)):
        assert set(np.unique(x)) <= {0.0, 1.0}
        np.testing.assert_array_equal(y, x[:, :, 0].sum(axis=1).astype(int) % 2)
    assert len(ds.x_train) + len(ds.x_test) == 300


def test_counting_has_one_class_per_possible_count():
    ds = load_dataset("counting", n=200, steps=5)
    assert ds.class_names == ["0", "1", "2", "3", "4", "5"] and ds.output_size == 6
    np.testing.assert_array_equal(ds.y_train, ds.x_train[:, :, 0].sum(axis=1))


def test_the_sine_target_is_the_next_value_of_the_same_wave():
    ds = load_dataset("sine_wave", n=100, steps=12)
    assert ds.task == "regression" and ds.input_shape == (12, 1)
    x, y = ds.x_train[:, :, 0], ds.y_train
    # a sine of period P: s(t+1) = 2·cos(2π/P)·s(t) − s(t−1), exactly, without noise
    predicted = 2 * np.cos(2 * np.pi / SINE_PERIOD) * x[:, -1] - x[:, -2]
    np.testing.assert_allclose(y, predicted, atol=1e-5)


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data():
    a, b = load_dataset("parity:seed=3,n=50"), load_dataset("parity:seed=3,n=50")
    np.testing.assert_array_equal(a.x_train, b.x_train)
    assert not np.array_equal(a.x_train, load_dataset("parity:seed=4,n=50").x_train)


@pytest.mark.parametrize(
    "ref, says",
    [
        ("parity:steps=1", "steps must be a whole number from 2 to 1000, got 1"),
        ("parity:length=4", "unknown option 'length' for the parity dataset; options: n, steps"),
        ("counting:n=200000,steps=1000", "at most 20,000,000"),
        ("sine_wave:noise=-1", "noise must be a number from 0 to 2"),
    ],
)
def test_bad_options_are_refused_with_what_would_work(ref, says):
    with pytest.raises(DatasetError, match=None) as info:
        load_dataset(ref)
    assert says in str(info.value)


def test_mnist_rows_are_the_digits_read_row_by_row():
    from netcore.datasets.mnist import load_mnist

    rows = load_dataset("mnist_rows")
    digits = load_mnist()
    assert rows.input_shape == (28, 28) and rows.num_classes == 10
    np.testing.assert_array_equal(rows.x_test[7], digits.x_test[7, :, :, 0])
    assert describe("mnist_rows")["input_shape"] == [28, 28]
    assert {ENTRIES[n].kind for n in ("mnist_rows", "parity", "counting", "sine_wave")} == {
        "sequence"
    }


def test_a_project_or_the_command_line_may_keep_the_sequence_length():
    from netcore.datasets.sources import DatasetSource

    source = DatasetSource(name="counting", options={"steps": 8, "n": 100})
    assert source.options["steps"] == 8
